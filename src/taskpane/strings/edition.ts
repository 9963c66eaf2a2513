/** The pane's words for the register edition chooser, each a Msg: Vietnamese, then English. */
import { both } from "../../core/msg";

export const EDITION = {
  edition: both("Danh mục đơn vị", "Agency register"),
  editionAuto: both(
    "Tự chọn theo năm và tên đơn vị",
    "Chosen by the table's year and names",
  ),
  editionOf: both(
    (year: string) => `Danh mục ${year}`,
    (year) => `Register ${year}`,
  ),
};
