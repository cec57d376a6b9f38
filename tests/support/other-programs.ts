/**
 * Tests that open our files in another program (openpyxl, LibreOffice): `npm test` runs them, and
 * `npm run test:unit` (jest.unit.config.js sets ADAL_UNIT_TESTS) leaves them out, for a quick run.
 * Whole files of such tests are left out there by their path instead.
 */
const unitOnly = process.env.ADAL_UNIT_TESTS === "1";

export const itInOtherPrograms: jest.It = unitOnly ? it.skip : it;
export const describeInOtherPrograms: jest.Describe = unitOnly ? describe.skip : describe;
