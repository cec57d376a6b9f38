import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Locator, Page } from "playwright-core";
import { type Column, columnOf, directions, type FormDef, passport, risks, TEMPLATES } from "../../shared/forms";
import { t } from "../../shared/i18n/translate";
import type { MessageId, MessageParams } from "../../shared/i18n/translate";
import { inputColumns } from "../../addin/src/use-cases/input-columns";
import { ROOT } from "./support/built-pane";
import { JOURNEY, type JourneyEntry, shown } from "./support/journey-entries";
import { servedPane } from "./support/served-pane";

const site = servedPane();
const kk = (id: MessageId, params?: MessageParams) => t("kk", id, params);
const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** A text that begins as the given one does. */
const startingWith = (text: string) => new RegExp(`^${escaped(text)}`);
const formOf = (id: string): FormDef => {
  const form = TEMPLATES.vakr.forms.find((f) => f.id === id);
  if (!form) throw new Error(`no form ${id}`);
  return form;
};

/**
 * What the user does, counted as they would do it: a click for each button, tab and field they go to, one
 * key per character typed, two clicks for a dropdown (open it, pick the item).
 */
class User {
  clicks = 0;
  keys = 0;
  validations = 0;

  constructor(private readonly page: Page) {}

  async click(target: Locator): Promise<void> {
    await target.click();
    this.clicks++;
  }

  async type(field: Locator, text: string): Promise<void> {
    await field.fill(text);
    this.clicks++;
    this.keys += [...text].length;
  }

  async choose(dropdown: Locator, label: string): Promise<void> {
    await dropdown.selectOption(label);
    this.clicks += 2;
  }

  /** Fills one entry of a form into the fields within `scope`, in the form's column order. */
  async fill(scope: Locator, columns: readonly Column[], entry: JourneyEntry): Promise<void> {
    for (const column of columns) {
      const value = entry[column.key];
      if (value === undefined) continue;
      const name = column.labels.kk;
      if (column.type === "list" || column.type === "yesNo")
        await this.choose(scope.getByRole("combobox", { name, exact: true }), shown(column, value, "kk"));
      else await this.type(scope.getByRole("textbox", { name, exact: true }), value);
    }
  }

  async pickForm(form: FormDef): Promise<void> {
    await this.choose(this.page.getByRole("combobox", { name: kk("pane.fill.form"), exact: true }), form.sheet.kk);
  }

  /** Adds each entry as a row of the form's table, and sees the pane say the entry's number. */
  async addRows(form: FormDef, entries: readonly JourneyEntry[], first = 1): Promise<void> {
    const panel = this.page.locator("#panel-fill");
    for (const [i, entry] of entries.entries()) {
      await this.fill(panel, inputColumns(form), entry);
      await this.click(panel.getByRole("button", { name: kk("pane.fill.add"), exact: true }));
      await panel.getByText(kk("pane.fill.added", { row: first + i, sheet: form.sheet.kk })).waitFor();
    }
  }
}

describe("the accountant's journey in the pane", () => {
  it("goes from an empty workbook to ready to send in Kazakh at 350 px, with the pane alone, validating once", async () => {
    const pane = await site.open({ locale: "kk-KZ", viewport: { width: 350, height: 720 } });
    const { page } = pane;
    // The machine may be slow and busy: every wait is for something to appear, never for a time.
    page.setDefaultTimeout(120_000);
    const user = new User(page);
    try {
      // Start: the sheets go into the empty workbook.
      await user.click(page.getByRole("button", { name: kk("pane.start.insert.kk"), exact: true }));
      await page.getByText(startingWith(kk("pane.start.inserted", { count: 9, sheets: "" }).trim())).waitFor();

      // Fill: the Passport.
      await user.click(page.getByRole("tab", { name: kk("pane.tab.fill") }));
      const panel = page.locator("#panel-fill");
      const fields = Object.keys(JOURNEY.Passport).length;
      await user.fill(panel, inputColumns(passport), JOURNEY.Passport);
      await user.click(panel.getByRole("button", { name: kk("pane.fill.passport.save"), exact: true }));
      await panel.getByText(kk("pane.fill.passport.saved", { count: fields })).waitFor();

      // The nine directions, one checklist.
      await user.pickForm(directions);
      for (const [i, entry] of JOURNEY.Directions.entries()) {
        const direction = panel.getByRole("region", { name: new RegExp(`^${i + 1}\\. `) });
        await user.fill(direction, inputColumns(directions), entry);
      }
      await user.click(panel.getByRole("button", { name: kk("pane.fill.directions.save"), exact: true }));
      await panel.getByText(kk("pane.fill.directions.saved", { count: 9 * 3 })).waitFor();

      // Direction 1 found a risk: its "add a risk" opens Risks with the direction chosen.
      const first = panel.getByRole("region", { name: /^1\. / });
      await user.click(first.getByRole("button", { name: kk("pane.fill.directions.addRisk") }));
      const direction = columnOf(risks, "direction");
      const chosen = panel.getByRole("combobox", { name: direction.labels.kk, exact: true });
      expect(await chosen.inputValue()).toBe(shown(direction, "1", "kk"));
      await user.addRows(risks, JOURNEY.Risks);

      for (const id of ["Staffing", "Conflicts", "Services", "Contracts"] as const) {
        await user.pickForm(formOf(id));
        await user.addRows(formOf(id), JOURNEY[id]);
      }

      // Validate: ready to send at the first check.
      await user.click(page.getByRole("tab", { name: kk("pane.tab.validate") }));
      const validatePanel = page.locator("#panel-validate");
      await user.click(validatePanel.getByRole("button", { name: kk("pane.validate.run"), exact: true }));
      user.validations++;
      const verdict = validatePanel
        .getByText(kk("pane.validate.ready"), { exact: true })
        .or(validatePanel.getByText(kk("pane.validate.notReady"), { exact: true }));
      await verdict.waitFor();
      mkdirSync(join(ROOT, "test-artifacts"), { recursive: true });
      await page.screenshot({ path: join(ROOT, "test-artifacts/journey-ready.png"), fullPage: true });
      const findings = await validatePanel.innerText();
      expect({ verdict: await verdict.innerText(), findings }).toEqual({
        verdict: kk("pane.validate.ready"),
        findings: expect.stringContaining(kk("pane.validate.counts", { errors: 0, warnings: 0 })),
      });
      expect(user.validations).toBeLessThanOrEqual(2);
      console.log(
        `The journey, empty workbook to ready to send: ${user.clicks} clicks, ${user.keys} keystrokes, ` +
          `${user.validations} validation(s).`,
      );
    } finally {
      await pane.close();
    }
  }, 900_000);
});
