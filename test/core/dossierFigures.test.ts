import { readDossierText } from "../../src/core/checks/dossierFigures";

describe("figures stated in the prose of a dossiers table", () => {
  it.each([
    ["04 dịch vụ có số lượng hồ sơ xử lý trực tuyến trong năm là 80.216.", { online: 80216, processed: null, services: 4 }],
    ["- 02 dịch vụ có tỷ lệ hồ sơ xử lý trực tuyến 98%; số lượng hồ sơ xử lý trực tuyến là: 1.637.000 ; - 09 dịch vụ có tỷ lệ hồ sơ xử lý trực tuyến là 50%; số lượng hồ sơ xử lý trực tuyến là: 45.000.", { online: 1682000, processed: null, services: 11 }],
    ["04 dịch vụ có số hồ sơ được giải quyết trong năm là: 617.491, với số lượng hồ sơ được xử lý trực tuyến là 617.184", { online: 617184, processed: 617491, services: 4 }],
    ["06 dịch vụ có số lượng hồ sơ xử lý trực tuyến trong năm khoảng 295.415", { online: 295415, processed: null, services: 6 }],
    ["01 dịch vụ có số lượng hồ sơ được xử lý trực tuyến trong năm là 75/200", { online: 75, processed: 200, services: 1 }],
    ["Có 2.188/5.968 hồ sơ được tiếp nhận xử lý trực tuyến mức độ 3, đạt tỷ lệ 36,6%", { online: 2188, processed: 5968, services: null }],
    ["54 dịch vụ có tổng số hồ sơ được xử lý trong năm là 669.504, trong đó có 42 dịch vụ có số lượng hồ sơ được xử lý trực tuyến trong năm là 340.027", { online: 340027, processed: 669504, services: 54 }],
    ["21 dịch vụ có tỷ lệ hồ sơ trực tuyến được xử lý trong năm là 100%", { online: null, processed: null, services: 21 }],
    ["07 dịch vụ, tỷ lệ hồ sơ được xử lý trực tuyến trung bình trong năm là 100%", { online: null, processed: null, services: 7 }],
    ["Hồ sơ được xử lý trực tuyến trong năm, báo cáo của tỉnh thống kê như sau: - Hoạt động KH-CN là 1007; tỷ lệ 99,3%. - Đất đai là 189 hồ sơ; tỷ lệ 69,7%.", { online: 1196, processed: null, services: null }],
    ["- 02 dịch vụ có số lượng hồ sơ được xử lý trực tuyến trong năm là 24 và tỷ lệ là 100% - 01 dịch vụ có số lượng hồ sơ được xử lý trực tuyến trong năm là 1 và tỷ lệ là 50%", { online: 25, processed: null, services: 3 }],
    ["", { online: null, processed: null, services: null }],
  ])("%s", (text, expected) => {
    expect(readDossierText(text)).toEqual(expected);
  });
});
