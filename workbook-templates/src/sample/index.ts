export {
  sampleOrg,
  sampleContracts,
  departmentBin,
  SAMPLE_PERIOD,
  type SampleOrg,
  type SampleOptions,
} from "./sample-org";
export { sampleWorkbook } from "./sample-workbook";
export { DISTRICTS, type District } from "./districts";
export type { OrgType } from "./positions";
export {
  demoInbox,
  planDemoInbox,
  writeDemoFile,
  type DemoFile,
  type DemoInbox,
  type DemoDesign,
  type DemoPlan,
} from "./demo-inbox";
