import {
  FluentProvider,
  makeStyles,
  Tab,
  TabList,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import { type ReactNode, useState } from "react";
import type { Lang } from "../../../shared/i18n/lang";
import { t } from "../../../shared/i18n/translate";
import { TAB_NEEDS } from "../port/requirements";
import { AboutPanel } from "./about-panel";
import { ConsolidateTab } from "./consolidate/consolidate-tab";
import { FillTab } from "./fill/fill-tab";
import { LangProvider } from "./lang-context";
import { LanguagePicker } from "./language-picker";
import type { PaneServices } from "./pane-services";
import { RequirementGuard } from "./requirement-guard";
import { StartTab } from "./start/start-tab";
import { ValidateTab } from "./validate/validate-tab";

const TABS = ["start", "fill", "validate", "consolidate"] as const;
type TabId = (typeof TABS)[number];

const useStyles = makeStyles({
  pane: { minHeight: "100vh", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  header: { padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} 0` },
  panel: { padding: `0 ${tokens.spacingHorizontalM} ${tokens.spacingVerticalL}` },
});

export interface AppProps {
  readonly services: PaneServices;
  readonly lang: Lang;
  readonly dark: boolean;
  /** The workbench's own bar, above the tabs; none in Excel. */
  readonly workbench?: ReactNode;
}

/**
 * The task pane: four tabs kept in state (Office.js nulls `history.pushState`, so no router). Every panel
 * stays mounted while hidden, so nothing typed is lost when the user looks at another tab.
 */
export function App({ services, lang: initialLang, dark, workbench }: AppProps) {
  const styles = useStyles();
  const [lang, setLang] = useState(initialLang);
  const [tab, setTab] = useState<TabId>("start");
  const panel = (id: TabId, content: ReactNode) => (
    <div role="tabpanel" id={`panel-${id}`} aria-labelledby={`tab-${id}`} hidden={tab !== id} className={styles.panel}>
      {content}
    </div>
  );
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} lang={lang} className={styles.pane}>
      <LangProvider value={lang}>
        <div className={styles.header}>
          {workbench}
          <LanguagePicker value={lang} onChange={setLang} />
        </div>
        <TabList
          selectedValue={tab}
          onTabSelect={(_, data) => setTab(data.value as TabId)}
          aria-label={t(lang, "pane.tabs")}
        >
          {TABS.map((id) => (
            <Tab key={id} id={`tab-${id}`} value={id} aria-controls={`panel-${id}`}>
              {t(lang, `pane.tab.${id}`)}
            </Tab>
          ))}
        </TabList>
        {panel("start", <StartTab services={services} active={tab === "start"} />)}
        {panel(
          "fill",
          <RequirementGuard host={services.host} tab="fill" version={TAB_NEEDS.fill}>
            <FillTab services={services} active={tab === "fill"} />
          </RequirementGuard>,
        )}
        {panel(
          "validate",
          <RequirementGuard host={services.host} tab="validate" version={TAB_NEEDS.validate}>
            <ValidateTab port={services.port} />
          </RequirementGuard>,
        )}
        {panel("consolidate", <ConsolidateTab services={services} />)}
        <AboutPanel host={services.host} />
      </LangProvider>
    </FluentProvider>
  );
}
