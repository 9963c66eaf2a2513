/**
 * Long work in the pane: a busy state with a Cancel button (the result of a cancelled run is
 * discarded), and errors in plain words with the technical detail one click away.
 */
import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
} from "@fluentui/react-components";
import * as React from "react";
import type { Strings } from "./strings";

export interface Task {
  busy: boolean;
  run: <T>(work: () => Promise<T>, done: (result: T) => void) => Promise<void>;
  status: React.ReactNode;
}

export function useTask(t: Strings): Task {
  const [busy, setBusy] = React.useState(false);
  const [error, setError] = React.useState<Error | null>(null);
  const [cancelled, setCancelled] = React.useState(false);
  const [showDetails, setShowDetails] = React.useState(false);
  const generation = React.useRef(0);

  const run = async <T,>(work: () => Promise<T>, done: (result: T) => void) => {
    const mine = ++generation.current;
    setBusy(true);
    setError(null);
    setCancelled(false);
    try {
      const result = await work();
      if (mine === generation.current) done(result);
    } catch (e) {
      if (mine === generation.current)
        setError(e instanceof Error ? e : new Error(String(e)));
    } finally {
      if (mine === generation.current) setBusy(false);
    }
  };
  const cancel = () => {
    generation.current++;
    setBusy(false);
    setCancelled(true);
  };

  const status = (
    <>
      {busy && (
        <div
          role="status"
          style={{ display: "flex", gap: 8, alignItems: "center" }}
        >
          <Spinner size="tiny" label={t.busy} />
          <Button size="small" onClick={cancel}>
            {t.cancel}
          </Button>
        </div>
      )}
      {cancelled && <MessageBar intent="info">{t.cancelled}</MessageBar>}
      {error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.errorTitle}</MessageBarTitle>{" "}
            {plainMessage(error)}{" "}
            <Button
              size="small"
              appearance="transparent"
              onClick={() => setShowDetails(!showDetails)}
              aria-expanded={showDetails}
            >
              {t.details}
            </Button>
            {showDetails && (
              <pre style={{ whiteSpace: "pre-wrap", fontSize: 11 }}>
                {technicalDetail(error)}
              </pre>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
  return { busy, run, status };
}

/** Office.js error codes in plain Vietnamese, with what to do. */
const OFFICE_ERRORS: Record<string, string> = {
  InvalidArgument:
    "Excel không nhận một giá trị gửi tới. Kiểm tra tên trang tính và ô rồi thử lại.",
  ItemNotFound:
    "Không tìm thấy trang tính hoặc bảng cần dùng. Bấm “Tạo hoặc sửa các trang tính” ở bước Chuẩn bị.",
  ItemAlreadyExists:
    "Đã có một trang tính cùng tên do bạn tạo; phần bổ trợ không ghi đè lên nó. Hãy đổi tên trang đó.",
  RequestPayloadSizeLimitExceeded:
    "Dữ liệu quá lớn cho một lần gửi. Thử lại với ít dòng hơn.",
  AccessDenied: "Sổ tính đang được bảo vệ hoặc chỉ đọc. Bỏ bảo vệ rồi thử lại.",
  GeneralException: "Excel báo lỗi chung. Lưu sổ tính, mở lại rồi thử lại.",
};

function plainMessage(e: Error): string {
  const code = (e as { code?: string }).code;
  if (code && OFFICE_ERRORS[code]) return OFFICE_ERRORS[code];
  if (e.name === "SheetExistsError" || /already exists/.test(e.message))
    return OFFICE_ERRORS.ItemAlreadyExists;
  const problems = (
    e as { problems?: { where: { vi: string }; message: { vi: string } }[] }
  ).problems;
  if (problems)
    return `Phương pháp không hợp lệ: ${problems.map((p) => `${p.where.vi}: ${p.message.vi}`).join("; ")}`;
  return e.message;
}

function technicalDetail(e: Error): string {
  const debug = (e as { debugInfo?: unknown }).debugInfo;
  return [
    e.name,
    (e as { code?: string }).code,
    e.message,
    debug ? JSON.stringify(debug, null, 2) : "",
    e.stack,
  ]
    .filter(Boolean)
    .join("\n");
}
