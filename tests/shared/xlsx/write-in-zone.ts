// Writes the streamed workbook of streamed-workbook.ts to stdout, in the time zone the TZ variable names.
import { nodeCompressor } from "../../../bin/node-deflate";
import { writeStreamedXlsx } from "../../../shared/xlsx/write-streamed-xlsx";
import { interleaved, spec } from "./streamed-workbook";

void writeStreamedXlsx(spec, interleaved, nodeCompressor).then((chunks) => process.stdout.write(Buffer.concat(chunks)));
