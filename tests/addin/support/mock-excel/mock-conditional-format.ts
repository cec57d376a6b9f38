import type { ModelRule, ModelSheet } from "./excel-model";
import { itemNotFound, type MockContext, MockObject } from "./mock-context";

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
    const rule: ModelRule = {
      id: this.ctx.model.nextId("cf"),
      sheet: this.sheet,
      type,
      formula: "",
      fill: null,
      addresses: this.addresses,
    };
    this.ctx.model.rules.push(rule);
    return new MockConditionalFormat(this.ctx, rule);
  }

  getItem(id: string): MockConditionalFormat {
    const rule = this.ctx.model.rules.find((r) => r.sheet === this.sheet && r.id === id);
    if (!rule) throw itemNotFound(`conditional format ${id}`);
    return new MockConditionalFormat(this.ctx, rule);
  }

  protected override navigate(prop: string): readonly MockObject[] {
    if (prop !== "items" || this.addresses !== null) return super.navigate(prop) as readonly MockObject[];
    return this.ctx.model.rules
      .filter((r) => r.sheet === this.sheet)
      .map((r) => new MockConditionalFormat(this.ctx, r));
  }
}

export class MockConditionalFormat extends MockObject {
  constructor(
    ctx: MockContext,
    private readonly rule: ModelRule,
  ) {
    super(ctx);
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

  delete(): void {
    this.ctx.queue();
    const { rules } = this.ctx.model;
    rules.splice(rules.indexOf(this.rule), 1);
  }

  protected override scalar(prop: string): unknown {
    if (prop === "id" || prop === "type") return this.rule[prop];
    return super.scalar(prop);
  }

  protected override navigate(prop: string): MockCustomFormat {
    if (prop !== "customOrNullObject") return super.navigate(prop) as MockCustomFormat;
    return new MockCustomFormat(this.ctx, this.rule.type === "Custom" ? this.rule : null);
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
