import { fileURLToPath } from "node:url";
import path from "node:path";

/** The repository root; HANDBOOK_ROOT overrides it (tests and benchmarks point it at a copy). */
export const projectRoot: string = process.env.HANDBOOK_ROOT
  ? path.resolve(process.env.HANDBOOK_ROOT)
  : path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
