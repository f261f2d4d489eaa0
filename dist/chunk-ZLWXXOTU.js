import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  toSarifReport
} from "./chunk-G4MY2IK5.js";
import "./chunk-CBG7K5AY.js";
import "./chunk-DRRYQ44P.js";
import "./chunk-YHUTCP7B.js";
import "./chunk-JWVZN7SF.js";
import "./chunk-H3Z4XLX7.js";
import "./chunk-N5WOCPM4.js";
import "./chunk-NEMYVKAW.js";
import "./chunk-JWJWPWM3.js";
import "./chunk-MU4YXCHH.js";
import "./chunk-HJUJN6IV.js";
import "./chunk-AQLX4YLR.js";
import "./chunk-PV4T63TV.js";
export {
  toSarifReport
};
