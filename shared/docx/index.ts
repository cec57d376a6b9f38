export { writeDocx } from "./write-docx";
