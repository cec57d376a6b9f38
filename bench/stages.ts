/**
 * `npx tsx bench/stages.ts [COUNT]`: where reading and validating one thread's files spends its time, stage by
 * stage (unzip, parse, cells, rules, stamp, packing), each file through every stage in turn, against the floor
 * run in the same process. Proportions hold on a busy machine where absolute times do not.
 */
import { nodeDeflate } from "../bin/node-deflate";
import { nodeInflate } from "../bin/node-inflate";
import { nodeSha256 } from "../bin/node-sha256";
import { digestOf } from "../shared/consolidate/digest";
import { packUnit } from "../shared/consolidate/pack";
import { unitOfWorkbook } from "../shared/consolidate/org-unit";
import { formAt, VAKR_FORMS } from "../shared/forms";
import { RULES } from "../shared/rules";
import { checkStamp } from "../shared/stamp/stamp";
import { checkTemplate } from "../shared/validation/check-template";
import { locateForm } from "../shared/validation/locate-form";
import { readForm } from "../shared/validation/read-form";
import { readMeta } from "../shared/validation/read-meta";
import type { FormData, WorkbookData } from "../shared/findings/workbook-data";
import { readWorkbook } from "../shared/xlsx/read-workbook";
import { corpus } from "./corpus";
import { floorScan, floorUnzip } from "./floor";
import { laps, median } from "./measure";

const STAGES = ["unzip", "parse", "cells", "rules", "stamp", "packing"] as const;
type Stage = (typeof STAGES)[number];

type Times = Record<Stage | "floor" | "webCrypto", number>;

async function pass(files: readonly Uint8Array[]): Promise<Times> {
  const ms = { floor: 0, unzip: 0, parse: 0, cells: 0, rules: 0, stamp: 0, packing: 0, webCrypto: 0 };
  const since = laps();
  for (const bytes of files) floorScan(bytes);
  ms.floor = since();
  for (const bytes of files) floorUnzip(bytes);
  ms.unzip = since();
  for (const bytes of files) {
    since();
    const read = readWorkbook(bytes, { inflate: nodeInflate });
    if (!read.ok) throw new Error(read.fault.code);
    ms.parse += since();
    const meta = readMeta(read.snapshot);
    const version = checkTemplate(meta, "vakr").contract ?? 2;
    const forms = new Map<string, FormData>();
    for (const form of VAKR_FORMS.flatMap((f) => formAt(f, version) ?? [])) {
      const place = locateForm(read.snapshot, form);
      if (place) forms.set(form.id, readForm(form, place, read.snapshot.date1904).data);
    }
    const data: WorkbookData = { lang: "ru", version, forms };
    ms.cells += since();
    let findings = 0;
    for (const rule of RULES) findings += [...rule(data)].length;
    ms.rules += since();
    await checkStamp(data, meta ?? new Map(), nodeSha256);
    ms.stamp += since();
    // The stamp as it was hashed before the command line passed Node's hash: Web Crypto, through the thread pool.
    await checkStamp(data, meta ?? new Map());
    ms.webCrypto += since();
    const unit = unitOfWorkbook(data, { file: "", sha256: "", warnings: findings });
    if (unit) {
      digestOf(unit);
      packUnit(unit, nodeDeflate);
    }
    ms.packing += since();
  }
  // The reader's time holds its unzipping: parse is what it spends beyond.
  ms.parse -= ms.unzip;
  return ms;
}

async function main(): Promise<void> {
  const count = Number(process.argv[2] ?? 500);
  const runs = 3;
  const { files } = await corpus(count);
  await pass(files.slice(0, 20));
  const results: Times[] = [];
  for (let i = 0; i < runs; i++) results.push(await pass(files));
  const of = (key: keyof Times) => median(results.map((r) => r[key]));
  const floor = of("floor");
  const total = STAGES.reduce((n, s) => n + of(s), 0);
  console.log(
    `${files.length} workbooks, median of ${runs} passes; floor (zlib unzip + regex scan) ${(floor / 1000).toFixed(2)} s`,
  );
  for (const stage of STAGES)
    console.log(
      `  ${stage.padEnd(8)} ${(of(stage) / 1000).toFixed(2).padStart(6)} s  ${((of(stage) / total) * 100).toFixed(0).padStart(3)} %  ${(of(stage) / floor).toFixed(2)} x floor`,
    );
  console.log(`  all      ${(total / 1000).toFixed(2).padStart(6)} s        ${(total / floor).toFixed(2)} x floor`);
  const before = total - of("stamp") + of("webCrypto");
  console.log(
    `  the stamp hashed by Web Crypto instead: ${(of("webCrypto") / 1000).toFixed(2)} s, all ${(before / floor).toFixed(2)} x floor`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
