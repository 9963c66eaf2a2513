import type { AgencyRegister } from "../../core/agencies/agencyRegister";
import type { WorkbookPort } from "../../workbook/workbookPort";
import type { Lang, Strings } from "../strings";
import type { Step } from "./stepNames";

/** What every step receives: the workbook port and the register, never Excel itself. */
export interface StepProps {
  port: WorkbookPort;
  register: AgencyRegister;
  t: Strings;
  lang: Lang;
  /** How many edits a person has made since the pane opened: a result older than one is stale. */
  edits: number;
  /** The register edition the user chose for pasted tables (`2016`, `2025`); by default each table's own. */
  edition?: string;
  /** Goes to another step (a result's "next step" button). */
  go: (step: Step) => void;
}
