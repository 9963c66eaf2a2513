/**
 * What `chiso --help` says, in both languages, and how a command's own part of it is cut out;
 * the nearest known word to a mistyped option or command.
 */
import type { Lang, Msg } from "../core/msg";
import { editDistance } from "../core/text/vietnameseText";

export const USAGE: Msg = {
  vi: `chiso — chỉ số và xếp hạng ứng dụng CNTT của cơ quan nhà nước

Cách dùng / Usage:
  chiso rank FILE [--ties competition|dense|ordinal] [--columns …] [--block …] [--group …]
                  [--methodology ID] [--json]
      FILE: bảng xếp hạng dán từ báo cáo (văn bản: phân cách bằng tab, mỗi ô một dòng,
      các dòng "hạng tên giá trị", HTML, CSV) hoặc sổ tính .xlsx theo mẫu. Có cột kỳ trước thì
      in thêm hạng kỳ trước và mức thay đổi (▲ lên, ▼ xuống).
  chiso check FILE... [--columns …] [--block …] [--methodology ID [--year Y]] [--json]
      Kiểm tra tính nhất quán của các bảng (văn bản dán từ báo cáo hoặc .xlsx), cùng nhau;
      nói rõ đã hiểu mỗi bảng ra sao và đã kiểm tra những gì. Chỉ số tổng hợp (DTI, tổng điểm)
      được đối chiếu với các cột thành phần: theo trọng số của --methodology nếu có (dti-tinh:
      phương pháp áp dụng cho năm --year), không thì theo quan hệ suy ra từ các dòng.
      Mã thoát 0: không có lỗi; 1: có lỗi; 2: đầu vào không dùng được hoặc không kiểm tra được gì.
  --columns rank=1,agency=2,value=4[,previous-rank=5,previous-value=6,ignore=3]
      Chỉ rõ vai trò các cột (đếm từ 1, như khi dán) khi tự nhận không đúng.
  --block bo|cqcp|tinh (ministry|government|province)
      Chỉ rõ khối của bảng.
  --group N1|N4.2|tong-hop|cong-bo (overall|published)
      Chỉ rõ bảng là xếp hạng của nhóm hay tiêu chí nào của phương pháp (--methodology), của
      chỉ số tổng hợp, hay chỉ là bảng xếp hạng công bố, khi tên bảng không nêu.
  chiso regroup FILE --to 2025 [--rule mean|sum|max|population] [--json]
      Gộp số liệu của bảng 63 tỉnh về 34 đơn vị từ 01/7/2025, mỗi đơn vị từ đúng các đơn vị tiền
      thân trong danh mục: mặc định trung bình cộng cho chỉ số, tổng cho số lượng (như DTI 2024);
      population: trung bình theo cột dân số của bảng. In ra một bảng đọc được bằng rank, compare.
  chiso compare OLD NEW [--rule best|mean] [--register Y[,Y]] [--json]
      So sánh hai bảng xếp hạng cùng khối (kỳ trước trước): hạng kỳ trước, thay đổi (▲/▼),
      đơn vị mới và không còn. Khác danh mục (63 tỉnh → 34 đơn vị): mỗi đơn vị kèm các đơn vị
      tiền thân và hạng cũ; --rule chọn cách lấy một hạng kỳ trước (best: tốt nhất, mean:
      trung bình). Hai bảng khác số đơn vị: hạng kèm số đơn vị (44/63) và thay đổi tính theo
      vị trí tương đối, (N − hạng) / (N − 1) × 100, bằng điểm phần trăm.
  --register 2016|2025
      Danh mục đơn vị để đọc bảng dán (mặc định: theo năm của bảng, không có năm thì theo tên
      đơn vị). Với compare: một năm cho cả hai, hoặc hai năm cách dấu phẩy.
  chiso template OUT.xlsx [--methodology ID] [--force]
      Tạo sổ tính nhập liệu có cấu trúc. ID: mac-dinh-tai-dung (mặc định), mic-2016,
      mic-2017-2019, vietnam-ict-index, un-egdi, dti-tinh-922 (DTI cấp tỉnh 2021–2023),
      dti-tinh-405 (DTI cấp tỉnh từ 2024), dti-bo-922, dti-bo-405 (DTI cấp bộ), dti-tinh, dti-bo
      (phương pháp áp dụng cho năm --year).
  chiso sensitivity FILE.xlsx [--draws N] [--spread S] [--seed K] [--points] [--aggregation]
                    [--normalisation] [--block …] [--out OUT.xlsx] [--force] [--json]
      Độ tin cậy của hạng: N lần thử (mặc định 1000), mỗi lần nhân trọng số mỗi nhóm với hệ
      số ngẫu nhiên trong [1 − S, 1 + S] (mặc định S = 0,25); --points: cả điểm từng tiêu chí;
      --aggregation: cả cách tổng hợp; --normalisation: cả cách chuẩn hoá. Mỗi cơ quan: hạng,
      hạng trung vị, khoảng 5–95%, tỷ lệ lần thử trong top 10. Cùng K, cùng kết quả.
  chiso demo [--out DIR] [--json] [--force]
      Tính lại xếp hạng năm 2016 từ các bảng đã công bố, ghi DIR/xep-hang-2016.xlsx, và sổ
      tính nhập liệu DIR/du-lieu-2016.xlsx (dùng được với mọi lệnh).
  --lang vi|en
      Ngôn ngữ của phần in ra (mặc định tiếng Việt, hoặc theo biến CHISO_LANG); lỗi luôn in cả
      hai thứ tiếng.

Mã thoát / Exit codes: 0 xong / done, 1 có lỗi số liệu (check) / data errors found,
  2 đầu vào không dùng được / unusable input, 3 lỗi của chương trình / a fault in chiso.`,
  en: `chiso — IT-application index and ranking of Vietnamese state agencies

Usage:
  chiso rank FILE [--ties competition|dense|ordinal] [--columns …] [--block …] [--group …]
                  [--methodology ID] [--json]
      FILE: a ranked table pasted from a report (text: tab-separated, one cell per line,
      "rank name value" lines, HTML, CSV) or a workbook in the template layout.
      With a previous period's column, prints the previous rank and the movement (▲ up, ▼ down).
  chiso check FILE... [--columns …] [--block …] [--methodology ID [--year Y]] [--json]
      Checks the consistency of the tables (text pasted from reports, or .xlsx), together;
      says how each table was understood and what was checked in it. A composite (the DTI, a
      total score) is checked against its part columns: by the weights of --methodology when
      given (dti-tinh: the methodology in force in year --year), else by the relation the rows show.
      Exit code 0: no error; 1: errors found; 2: unusable input, or nothing could be checked.
  --columns rank=1,agency=2,value=4[,previous-rank=5,previous-value=6,ignore=3]
      Says what the columns are (counted from 1, as pasted) when the reading is wrong.
  --block bo|cqcp|tinh (ministry|government|province)
      Says the table's block.
  --group N1|N4.2|tong-hop|cong-bo (overall|published)
      Says which group or criterion of the methodology (--methodology) the table ranks, or the
      overall, or that it is a published ranking only, when its title does not say.
  chiso regroup FILE --to 2025 [--rule mean|sum|max|population] [--json]
      Carries a table of the 63 provinces to the 34 units of 2025-07-01, each unit from exactly
      its predecessors in the register: by default the mean for indices and the sum for counts
      (as DTI 2024 did); population: weighted by the table's population column. Prints a table
      that rank and compare read.
  chiso compare OLD NEW [--rule best|mean] [--register Y[,Y]] [--json]
      Compares two rankings of one block (the previous period first): previous rank, change
      (▲/▼), units new and gone. Across registers (63 provinces → 34 units): each unit with the
      units it was formed from and their ranks; --rule chooses one previous rank (best: the
      best, mean: the mean). Rankings of different sizes: ranks with their N (44/63) and the
      change of relative position, (N − rank) / (N − 1) × 100, in percentage points.
  --register 2016|2025
      The agency register to read pasted tables with (by default the table's year, else its
      names). For compare: one year for both, or two separated by a comma.
  chiso template OUT.xlsx [--methodology ID] [--force]
      Writes the structured input workbook. ID: mac-dinh-tai-dung (default), mic-2016,
      mic-2017-2019, vietnam-ict-index, un-egdi, dti-tinh-922 (provincial DTI 2021–2023),
      dti-tinh-405 (provincial DTI from 2024), dti-bo-922, dti-bo-405 (ministerial DTI), dti-tinh,
      dti-bo (the one in force in year --year).
  chiso sensitivity FILE.xlsx [--draws N] [--spread S] [--seed K] [--points] [--aggregation]
                    [--normalisation] [--block …] [--out OUT.xlsx] [--force] [--json]
      How robust each rank is: N draws (default 1000), each multiplying every group's weight by
      a random factor in [1 − S, 1 + S] (default S = 0.25); --points: each criterion's points
      too; --aggregation: the aggregation too; --normalisation: the normalisation too. Each
      agency: its rank, median rank, 5–95% band, share of draws in the top 10. Same K, same result.
  chiso demo [--out DIR] [--json] [--force]
      Recomputes the 2016 ranking from the published tables, writes DIR/xep-hang-2016.xlsx and
      the input workbook DIR/du-lieu-2016.xlsx (usable with every command).
  --lang vi|en
      The language of what is printed (Vietnamese by default, or the CHISO_LANG variable);
      errors are always printed in both languages.

Exit codes: 0 done, 1 data errors found (check), 2 unusable input, 3 a fault in chiso.`,
};

/**
 * What the options parser refused, in words, with the known option closest to an unknown one
 * (`--jsn` → `--json`).
 */
export function invalidArguments(
  message: string,
  options: readonly string[],
): Msg {
  const unknown = /Unknown option '(-{1,2}[^']+)'/.exec(message)?.[1];
  if (!unknown)
    return {
      vi: `Tham số không hợp lệ: ${message}. Xem “chiso --help”.`,
      en: `Invalid arguments: ${message}. See “chiso --help”.`,
    };
  const like = closest(unknown.replace(/^-+/, "").split("=")[0], options);
  return {
    vi: `Không có tùy chọn “${unknown}”.${like ? ` Có phải “--${like}”?` : ""} Xem “chiso --help”.`,
    en: `Unknown option “${unknown}”.${like ? ` Did you mean “--${like}”?` : ""} See “chiso --help”.`,
  };
}

/** The known word nearest a mistyped one: at most two edits away, or one it begins. */
export function closest(
  typed: string,
  known: readonly string[],
): string | undefined {
  const t = typed.toLowerCase();
  let best: string | undefined;
  let fewest = 3;
  for (const k of known) {
    const d = k.startsWith(t) && t.length >= 2 ? 0 : editDistance(t, k);
    if (d < fewest) [best, fewest] = [k, d];
  }
  return best;
}

/**
 * The usage, or one command's part of it: its lines and those of the options it names, with the
 * language and the exit codes. The blocks are cut from USAGE, so there is one text to keep.
 */
export function usageOf(command: string | undefined, lang: Lang): string {
  const text = USAGE[lang];
  if (!command) return text;
  const lines = text.split("\n");
  const start = lines.findIndex((l) => /^ {2}(chiso |--)/.test(l));
  const end = lines.findIndex((l, i) => i > start && l.trim() === "");
  const blocks: string[][] = [];
  for (const line of lines.slice(start, end)) {
    if (/^ {2}(chiso |--)/.test(line)) blocks.push([line]);
    else blocks[blocks.length - 1].push(line);
  }
  const own = blocks.filter(
    (b) =>
      b[0].startsWith(`  chiso ${command} `) || b[0] === `  chiso ${command}`,
  );
  const named = new Set(own.join("\n").match(/--[a-z]+/g) ?? []);
  named.add("--lang");
  const options = blocks.filter((b) => {
    const option = /^ {2}(--[a-z]+)/.exec(b[0])?.[1];
    return option !== undefined && named.has(option);
  });
  return [
    ...lines.slice(0, start),
    ...[...own, ...options].flat(),
    "",
    ...lines.slice(end + 1),
  ].join("\n");
}
