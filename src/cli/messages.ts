/**
 * What `chiso` prints for people (not its JSON), each a Msg: Vietnamese, and English with
 * `--lang en`. Errors print both, Vietnamese first, whatever the language.
 */
import { both } from "../core/msg";

/** `1 table`, `3 tables`. */
const many = (n: number, one: string, more = `${one}s`) =>
  `${n} ${n === 1 ? one : more}`;

export const CLI = {
  column: {
    rank: both("Hạng", "Rank"),
    published: both("Công bố", "Published"),
    agency: both("Cơ quan", "Agency"),
    value: both("Giá trị", "Value"),
    previous: both("Kỳ trước", "Previous"),
    movement: both("Thay đổi", "Change"),
    previousValue: both("Giá trị trước", "Previous value"),
    predecessors: both("Đơn vị tiền thân (hạng)", "Formed from (rank)"),
    notes: both("Ghi chú", "Notes"),
    median: both("Trung vị", "Median"),
  },
  rank: {
    notRanking: both(
      "Không phải bảng xếp hạng, bỏ qua:",
      "Not a ranking, passed over:",
    ),
    unknownName: both(
      (name: string) => `không nhận ra tên “${name}”`,
      (name) => `name “${name}” not recognised`,
    ),
    nameNotes: both(
      (name: string, notes: string, confidence?: string) =>
        `tên “${name}”: ${notes}${confidence ? ` (độ tin cậy ${confidence})` : ""}`,
      (name, notes, confidence) =>
        `name “${name}”: ${notes}${confidence ? ` (confidence ${confidence})` : ""}`,
    ),
    noPublished: both(
      (ties: string) =>
        `Bảng không có hạng công bố: hạng tính lại (${ties}) từ giá trị.`,
      (ties) =>
        `The table has no published rank: ranks computed (${ties}) from the values.`,
    ),
    emptyTables: both(
      (n: number, titles: string) =>
        `Chưa xếp hạng ${n} bảng vì chưa có số liệu: ${titles}.`,
      (n, titles) =>
        `${many(n, "table")} not ranked, having no figures yet: ${titles}.`,
    ),
    unranked: both(
      (n: number, names: string) =>
        `Không xếp hạng ${n} cơ quan vì thiếu số liệu: ${names}.`,
      (n, names) =>
        `${many(n, "agency", "agencies")} not ranked, for want of figures: ${names}.`,
    ),
    ranksOnly: both(
      "Bảng chỉ có thứ hạng, không có giá trị để tính lại.",
      "The table has ranks only, no values to rank again.",
    ),
    excerptKept: both(
      "Bảng là trích đoạn với thứ hạng không liền nhau: giữ hạng như công bố, chưa tính lại.",
      "The table is an excerpt whose ranks jump: ranks kept as published, not computed again.",
    ),
    agree: both(
      (ties: string, n: number) =>
        `Hạng tính lại (${ties}) trùng với hạng công bố ở cả ${n} cơ quan.`,
      (ties, n) =>
        `The recomputed ranks (${ties}) agree with the published ones for all ${n} agencies.`,
    ),
    differ: both(
      (ties: string, d: number, n: number) =>
        `Hạng tính lại (${ties}) khác hạng công bố ở ${d}/${n} cơ quan.`,
      (ties, d, n) =>
        `The recomputed ranks (${ties}) differ from the published ones for ${d} of ${many(n, "agency", "agencies")}.`,
    ),
    movement: both(
      (period: string | undefined, up: number, down: number) =>
        ` So với kỳ trước${period ? ` (${period})` : ""}: ${up} cơ quan lên hạng, ${down} xuống hạng.`,
      (period, up, down) =>
        ` Against the previous period${period ? ` (${period})` : ""}: ${up} moved up, ${down} down.`,
    ),
    namesOtherwise: both(
      (n: number) => ` Tên viết khác chuẩn: ${n}.`,
      (n) => ` Names written otherwise: ${n}.`,
    ),
  },
  check: {
    onlyOwn: both(
      (n: number) =>
        `Chỉ có kết quả do chiso ghi (${n} trang), không có bảng số liệu nào để kiểm tra. Hãy kiểm tra sổ tính số liệu đã dùng để tính các kết quả này.`,
      (n) =>
        `Only results written by chiso (${many(n, "sheet")}), no table of figures to check. Check the workbook of figures these results were computed from.`,
    ),
    summary: both(
      (
        read: number,
        tables: number,
        relations: string,
        e: number,
        w: number,
        i: number,
      ) =>
        `Đã đọc ${read} bảng, kiểm tra ${tables} bảng (${relations} lần áp quy tắc): ${e} lỗi, ${w} cảnh báo, ${i} thông tin.`,
      (read, tables, relations, e, w, i) =>
        `Read ${many(read, "table")}, checked ${tables} (${relations} rule applications): ${many(e, "error")}, ${many(w, "warning")}, ${many(i, "note")}.`,
    ),
    nothingChecked: both(
      (read: number) =>
        `Đã đọc ${read} bảng nhưng không kiểm tra được quan hệ nào: chưa thể nói số liệu đúng hay sai.`,
      (read) =>
        `Read ${many(read, "table")} but could check no relation: nothing can be said yet of whether the figures are right.`,
    ),
    noFindings: both(
      "Không có phát hiện nào trong các quan hệ đã kiểm tra.",
      "No finding in the relations checked.",
    ),
    tablesRead: both("Bảng đã đọc", "Tables read"),
    checked: both("đã kiểm tra", "checked"),
    nothing: both("chưa kiểm tra quan hệ nào", "no relation checked"),
    inferredRule: both(" (quy tắc suy ra)", " (inferred rule)"),
    suggestion: both("Gợi ý", "Suggestion"),
    inferred: both(
      "Quan hệ suy ra từ hình dạng bảng (hãy xác nhận):",
      "Relations inferred from the table's shape (please confirm):",
    ),
  },
  compare: {
    heading: both(
      (
        p: string,
        pp: string | undefined,
        pe: string,
        c: string,
        cp: string | undefined,
        ce: string,
      ) =>
        `So sánh ${p} (${pp ?? "kỳ trước"}, danh mục ${pe}) → ${c} (${cp ?? "kỳ này"}, danh mục ${ce}).`,
      (p, pp, pe, c, cp, ce) =>
        `Comparing ${p} (${pp ?? "previous period"}, ${pe} register) → ${c} (${cp ?? "this period"}, ${ce} register).`,
    ),
    acrossRule: both(
      (rule: string) =>
        `Khác danh mục: mỗi đơn vị so với các đơn vị tiền thân; đơn vị hình thành từ nhiều đơn vị lấy hạng kỳ trước theo ${rule}.`,
      (rule) =>
        `Different registers: each unit is set against the units it was formed from; a unit formed from several takes ${rule} as its previous rank.`,
    ),
    acrossNoRule: both(
      "Khác danh mục: mỗi đơn vị so với các đơn vị tiền thân; đơn vị hình thành từ nhiều đơn vị không có một hạng kỳ trước (chọn --rule best hoặc --rule mean nếu cần).",
      "Different registers: each unit is set against the units it was formed from; a unit formed from several has no single previous rank (choose --rule best or --rule mean if needed).",
    ),
    relative: both(
      (before: number, now: number) =>
        `Hai bảng khác số đơn vị (${before} → ${now}): thay đổi là vị trí tương đối, (N − hạng) / (N − 1) × 100 (100 là đầu bảng, 0 là cuối bảng), kỳ này trừ kỳ trước, tính bằng điểm phần trăm; hạng ghi kèm số đơn vị (44/63 → 34/34).`,
      (before, now) =>
        `The two rankings rank different numbers of units (${before} → ${now}): the change is of relative position, (N − rank) / (N − 1) × 100 (100 at the top, 0 at the bottom), this period minus the previous, in percentage points; ranks are written with their N (44/63 → 34/34).`,
    ),
    unranked: both(
      (which: "previous" | "current", ranked: number, of: number) =>
        `Bảng ${which === "previous" ? "kỳ trước" : "kỳ này"} chỉ ${ranked}/${of} cơ quan có số liệu: hạng của chúng là hạng trong số đó, đặt trên ${of} cơ quan của bảng.`,
      (which, ranked, of) =>
        `The ${which} table: only ${ranked} of ${of} agencies have figures; their ranks are among those, set against the table's ${of}.`,
    ),
    isNew: both("đơn vị mới", "new unit"),
    unlisted: both("không ở bảng trước", "not listed before"),
    points: both(" điểm", " points"),
    gone: both(
      (n: number, list: string) => `Không có trong bảng kỳ này (${n}): ${list}`,
      (n, list) => `Not in this period's table (${n}): ${list}`,
    ),
  },
  sensitivity: {
    written: both(
      (out: string) => `Đã ghi các trang độ tin cậy vào “${out}”.`,
      (out) => `Band sheets written to “${out}”.`,
    ),
  },
  demo: {
    dti: both(
      (file: string, note: string, top: string, n: number) =>
        `DTI cấp tỉnh (${note}): ${n} tỉnh, chỉ số chính theo điểm của Quyết định 922/QĐ-BTTTT (100 × 5, 200, 150 × 2 trên 1.000); đứng đầu: ${top}. Đã ghi “${file}”.`,
      (file, note, top, n) =>
        `Provincial DTI (${note}): ${n} provinces, main indices weighted by the points of Decision 922/QĐ-BTTTT (100 × 5, 200, 150 × 2 out of 1,000); top: ${top}. Wrote “${file}”.`,
    ),
    written: both(
      (n: number, file: string) => `Đã ghi ${n} bảng xếp hạng vào “${file}”.`,
      (n, file) => `Wrote ${n} ranked tables to “${file}”.`,
    ),
    agencies: both(
      (n: number) => `${n} cơ quan`,
      (n) => many(n, "agency", "agencies"),
    ),
    differs: both(
      (
        group: string,
        agency: string,
        published: number | null,
        rank: number | null,
      ) => `${group} ${agency}: công bố ${published}, tính lại ${rank ?? "—"}`,
      (group, agency, published, rank) =>
        `${group} ${agency}: published ${published}, recomputed ${rank ?? "—"}`,
    ),
    differing: both(
      (n: number, list: string) =>
        `  Hạng tính lại khác hạng công bố (${n}): ${list}`,
      (n, list) =>
        `  Recomputed ranks that differ from the published ones (${n}): ${list}`,
    ),
    allAgree: both(
      "  Hạng tính lại của mọi nhóm trùng với hạng công bố.",
      "  Every group's recomputed ranks agree with the published ones.",
    ),
    ends: both(
      (method: string, top: string, bottom: string) =>
        `  ${method}: đầu bảng ${top}; cuối bảng ${bottom}`,
      (method, top, bottom) => `  ${method}: top ${top}; bottom ${bottom}`,
    ),
    input: both(
      (file: string) =>
        `Sổ tính nhập liệu (sửa được, dùng được với mọi lệnh): “${file}”.`,
      (file) => `Input workbook (editable, for every command): “${file}”.`,
    ),
  },
  template: {
    made: both(
      (out: string, name: string, groups: number) =>
        `Đã tạo sổ tính mẫu “${out}” theo phương pháp “${name}”: ${4 + groups} trang (Cài đặt, Phương pháp, Quy tắc, Danh mục và ${groups} trang số liệu).`,
      (out, name, groups) =>
        `Made the template workbook “${out}” for the methodology “${name}”: ${4 + groups} sheets (Cài đặt, Phương pháp, Quy tắc, Danh mục and ${groups} data sheets).`,
    ),
  },
};
