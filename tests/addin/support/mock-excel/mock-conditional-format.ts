import type { ModelRule, ModelSheet } from "./excel-model";
import { itemNotFound, type MockContext, MockObject, officeError } from "./mock-context";

/** A sheet's conditional formats (`addresses` null), or those `add` puts on an address list. */
export class MockConditionalFormatCollection extends MockObject {
  constructor(
    ctx: MockContext,
    private readonly sheet: ModelSheet,
    private readonly addresses: string | null,
  ) {
    super(ctx);
  }

  get items(): MockConditionalFormat[] {
    return this.read("items");
  }

  add(type: string): MockConditionalFormat {
    if (type !== "Custom") throw new Error(`the mock adds custom conditional formats only, not ${type}`);
    if (this.addresses === null) throw new Error("the mock adds conditional formats to address lists only");
    this.ctx.queue();
    const rule: ModelRule = { sheet: this.sheet, type, formula: "", fill: null, addresses: this.addresses };
    this.ctx.model.addRuleOnTop(rule);
    return new MockConditionalFormat(this.ctx, this.sheet, () => rule);
  }

  /** By id, that is by priority: the object stands for whatever rule has that priority when a command runs. */
  getItem(id: string): MockConditionalFormat {
    return new MockConditionalFormat(this.ctx, this.sheet, () => this.ctx.model.rulesOf(this.sheet)[Number(id)]);
  }

  protected override navigate(prop: string): readonly MockObject[] {
    if (prop !== "items" || this.addresses !== null) return super.navigate(prop) as readonly MockObject[];
    // Items loaded through the collection are known to Excel by their id, the priority they had then.
    return this.ctx.model.rulesOf(this.sheet).map((_, id) => this.getItem(String(id)));
  }
}

export class MockConditionalFormat extends MockObject {
  constructor(
    ctx: MockContext,
    private readonly sheet: ModelSheet,
    private readonly find: () => ModelRule | undefined,
  ) {
    super(ctx);
  }

  private get rule(): ModelRule {
    const rule = this.find();
    if (!rule) throw itemNotFound("conditional format");
    return rule;
  }

  get id(): string {
    return this.read("id");
  }

  get custom(): MockCustomFormat {
    if (this.rule.type !== "Custom") throw new Error("custom of a conditional format of another type");
    return new MockCustomFormat(this.ctx, this.rule);
  }

  get customOrNullObject(): MockCustomFormat {
    return this.child("customOrNullObject");
  }

  /** Deletes the rule that has this one's id now: after other deletions above it, that is another rule. */
  delete(): void {
    this.ctx.queue();
    const { rules } = this.ctx.model;
    rules.splice(rules.indexOf(this.rule), 1);
  }

  protected override scalar(prop: string): unknown {
    if (prop === "id") return String(this.ctx.model.rulesOf(this.sheet).indexOf(this.rule));
    if (prop === "type") return this.rule.type;
    return super.scalar(prop);
  }

  protected override navigate(prop: string): MockCustomFormat {
    if (prop !== "customOrNullObject") return super.navigate(prop) as MockCustomFormat;
    const { rule } = this;
    if (rule.unreadable) throw officeError("GeneralException", "the rule's properties cannot be read");
    return new MockCustomFormat(this.ctx, rule.type === "Custom" ? rule : null);
  }
}

export class MockCustomFormat extends MockObject {
  readonly format: { readonly fill: { color: string } };

  constructor(
    ctx: MockContext,
    private readonly model: ModelRule | null,
  ) {
    super(ctx, model === null);
    const fill = {
      set color(color: string) {
        ctx.queue();
        if (model) model.fill = color;
      },
      get color(): string {
        throw new Error("the mock does not read a conditional format's fill");
      },
    };
    this.format = { fill };
  }

  get rule(): MockConditionalRule {
    this.live();
    return this.child("rule");
  }

  protected override navigate(prop: string): MockConditionalRule {
    if (prop !== "rule") return super.navigate(prop) as MockConditionalRule;
    return new MockConditionalRule(this.ctx, this.model as ModelRule);
  }
}

export class MockConditionalRule extends MockObject {
  constructor(
    ctx: MockContext,
    private readonly model: ModelRule,
  ) {
    super(ctx);
  }

  get formula(): string {
    return this.read("formula");
  }

  set formula(formula: string) {
    this.ctx.queue();
    this.model.formula = formula;
  }

  protected override scalar(prop: string): unknown {
    return prop === "formula" ? this.model.formula : super.scalar(prop);
  }
}
