// Vietnamese text of the task pane, the ribbon commands and their notice dialog.

export const UI = {
  appTitle: "Theo dõi nhiệm vụ",
  tabsLabel: "Chức năng",
  /** Short tab names that fit a narrow pane; the headings give the full names. */
  tabs: {
    import: "Tạo bảng",
    check: "Kiểm tra",
    tracking: "Theo dõi hạn",
    summary: "Tổng hợp",
    roundTrip: "Gửi & nhận",
  },
  headings: {
    import: "Tạo bảng theo dõi",
    check: "Kiểm tra bảng theo dõi",
    tracking: "Theo dõi hạn",
    summary: "Tổng hợp kết quả",
    roundTrip: "Gửi đơn vị, nhận bản gửi lại, nhắc việc",
  },
  outsideExcel: {
    title: "Tiện ích này chạy bên trong Excel",
    body: "Hãy mở một sổ làm việc trong Excel (trên máy tính hoặc trên web), chọn thẻ “Theo dõi nhiệm vụ” trên dải băng rồi bấm “Mở bảng điều khiển”.",
  },
  loading: "Đang tải…",
  working: "Đang xử lý…",
  errorTitle: "Không thực hiện được",
  dismissError: "Đóng thông báo",
  unexpected: (detail: string) =>
    `Đã xảy ra lỗi ngoài dự kiến (${detail}). Hãy lưu sổ làm việc, đóng rồi mở lại bảng điều khiển và thử lại; nếu vẫn lỗi, hãy báo cho bộ phận hỗ trợ kèm nội dung này.`,
  unavailableTitle: "Chưa dùng được trên phiên bản Excel này",

  import: {
    sourceLabel: "Lấy nhiệm vụ từ",
    sourceSheet: "Trang tính đang mở (bảng hoặc văn bản đã dán vào)",
    sourceText: "Văn bản dán vào ô dưới đây",
    textLabel: "Nội dung văn bản chỉ đạo",
    textPlaceholder: "Dán nội dung văn bản (từ Word hoặc PDF) vào đây…",
    planYear: "Năm kế hoạch",
    planYearHint: "Dùng cho các thời hạn không ghi năm (ví dụ “Tháng 9”, “Hằng năm”).",
    preview: "Xem trước",
    create: "Tạo bảng",
    emptyText: "Hãy dán nội dung văn bản vào ô trước khi xem trước.",
    fromSheet: (sheet: string, count: number) => `Đọc từ trang “${sheet}”: ${count} nhiệm vụ.`,
    fromText: (count: number) => `Đọc từ văn bản: ${count} nhiệm vụ.`,
    catalogFromWorkbook: "Danh mục đơn vị: theo trang Danh mục của sổ",
    catalogDefault: "Danh mục đơn vị: mặc định",
    noTasks: "Không tìm thấy nhiệm vụ nào. Hãy kiểm tra lại nội dung (mỗi đoạn một dòng, hoặc bảng có dòng tiêu đề) rồi xem trước lại.",
    previewCaption: "Danh sách nhiệm vụ sẽ đưa vào bảng theo dõi",
    columns: {
      id: "Mã NV",
      title: "Nội dung",
      lead: "Chủ trì",
      deadline: "Thời hạn",
      due: "Hạn",
      warnings: "Cảnh báo",
    },
    warningCount: (n: number) => `${n} cảnh báo`,
    warningsTitle: "Cần xem lại",
    unplaced: (n: number) => `${n} đoạn văn bản không xếp được vào nhiệm vụ nào:`,
    unplacedAt: (row: boolean, n: number) => (row ? `Hàng ${n}:` : `Dòng ${n}:`),
    created: (n: number) => `Đã tạo bảng theo dõi với ${n} nhiệm vụ.`,
    extended: (added: number, kept: number) => `Đã thêm ${added} nhiệm vụ mới, giữ nguyên ${kept} nhiệm vụ đã có.`,
    noDropdowns: "Cột Tình trạng sẽ không có danh sách chọn: cần Excel 2019 trở lên hoặc Excel trên web (ExcelApi 1.8). Bảng vẫn được tạo đầy đủ.",
    noFreeze: "Dòng tiêu đề sẽ không được cố định khi cuộn: cần Excel 2019 trở lên (ExcelApi 1.7).",
  },

  check: {
    run: "Kiểm tra",
    rerun: "Kiểm tra lại",
    intro: "Kiểm tra mọi dòng của bảng theo dõi; kết quả cũng được ghi vào trang Kiểm tra.",
    clean: "Không phát hiện lỗi nào. Bảng theo dõi đã đúng quy định.",
    counts: (errors: number, warnings: number) => `${errors} lỗi, ${warnings} cảnh báo.`,
    groupCount: (n: number) => `${n} mục`,
    error: "Lỗi",
    warning: "Cảnh báo",
    goTo: (id: string, cell: string) => `Đến ô ${cell}${id ? ` (mã NV ${id})` : ""}`,
    fix: "Sửa",
    fixLabel: (label: string, cell: string) => `Sửa ô ${cell}: ${label}`,
    fixAll: (n: number) => `Sửa tất cả (${n})`,
    fixed: (n: number) => `Đã sửa ${n} ô. Đã kiểm tra lại bảng.`,
  },

  tracking: {
    load: "Xem tình hình",
    reportDate: "Ngày báo cáo (dd/mm/yyyy)",
    today: "Hôm nay (luôn lấy ngày mở sổ)",
    windowDays: "Cảnh báo sắp đến hạn trước (ngày)",
    save: "Lưu và cập nhật",
    saved: "Đã lưu ngày báo cáo và số ngày cảnh báo.",
    badDate: "Ngày báo cáo phải có dạng dd/mm/yyyy, ví dụ 30/06/2026.",
    asOf: (date: string) => `Tình hình đến ngày ${date}`,
    countsLabel: "Số nhiệm vụ theo tình trạng",
    overdueTitle: "Nhiệm vụ quá hạn",
    dueSoonTitle: "Nhiệm vụ sắp đến hạn",
    none: "Không có.",
    daysLate: (n: number) => `quá ${n} ngày`,
    dueOn: (date: string) => `hạn ${date}`,
    noColours: "Các dòng sẽ không được tô màu theo tình trạng: cần Excel 2016 bản cập nhật mới hoặc Excel trên web (ExcelApi 1.6). Cột Đánh giá vẫn được tính đúng.",
  },

  summary: {
    refresh: "Cập nhật tổng hợp",
    intro: "Dựng lại trang Tổng hợp (theo đơn vị chủ trì) và biểu đồ từ bảng theo dõi.",
    asOf: (date: string) => `Tính đến ngày ${date}`,
    noChart: "Phiên bản Excel này không vẽ được biểu đồ; trang Tổng hợp vẫn được cập nhật đầy đủ.",
    tableCaption: "Kết quả theo đơn vị chủ trì",
    columns: { unit: "Đơn vị · xếp loại", total: "Số NV", done: "Hoàn thành", overdue: "Quá hạn" },
    noRating: "Chưa đánh giá",
  },

  roundTrip: {
    send: {
      heading: "Gửi đơn vị",
      intro: "Mỗi đơn vị chủ trì nhận một tệp Excel chỉ gồm nhiệm vụ của mình; đơn vị chỉ sửa được các cột Tình trạng, Tiến độ, Ngày hoàn thành, Kết quả, Ghi chú và đề xuất gia hạn.",
      load: "Xem danh sách đơn vị",
      build: "Tạo tệp cho các đơn vị",
      caption: "Đơn vị chủ trì và số nhiệm vụ",
      columns: { unit: "Đơn vị chủ trì", tasks: "Số NV", file: "Tệp" },
      none: "Bảng theo dõi chưa có nhiệm vụ nào có đơn vị chủ trì.",
      units: (units: number, tasks: number) => `${units} đơn vị chủ trì, ${tasks} nhiệm vụ.`,
      built: (n: number) => `Đã tạo ${n} tệp. Bấm “Tải về” để lưu từng tệp rồi gửi qua thư điện tử.`,
      download: "Tải về",
      downloadLabel: (file: string) => `Tải về tệp ${file}`,
      open: "Mở trong Excel",
      openLabel: (unit: string) => `Mở tệp của ${unit} trong Excel`,
      opened: (unit: string) => `Đã mở tệp của ${unit} thành sổ làm việc mới.`,
      idWritten: (id: string) => `Sổ theo dõi chưa có mã; đã ghi mã ${id} vào ô MaSoTheoDoi (trang Danh mục) để các tệp gửi lại nhận đúng sổ. Hãy lưu sổ.`,
      building: "Đang tạo tệp cho các đơn vị…",
      notSent: (groups: number, noLead: number) =>
        [
          groups > 0 ? `${groups} nhiệm vụ giao cho nhóm đơn vị (ví dụ “Các phòng, đơn vị trực thuộc Sở”) không gửi cho đơn vị nào; chọn “Tách nhiệm vụ giao cho nhóm…” rồi tạo tệp lại để mỗi đơn vị trong nhóm nhận dòng của mình.` : "",
          noLead > 0 ? `${noLead} nhiệm vụ chưa có đơn vị chủ trì nên không được gửi.` : "",
        ]
          .filter(Boolean)
          .join(" "),
    },
    receive: {
      heading: "Nhận bản gửi lại",
      reportSheet: "Đối chiếu",
      intro: "Chọn các tệp đơn vị gửi lại (.xlsx). Xem trước những gì sẽ cập nhật, rồi bấm “Áp dụng”. Tệp của đơn vị không bị sửa.",
      pick: "Chọn tệp gửi lại",
      reading: (n: number) => `Đang đọc ${n} tệp…`,
      merging: "Đang đối chiếu với sổ theo dõi…",
      unreadable: "Không đọc được tệp",
      files: (n: number) => `${n} tệp đã chọn.`,
      counts: (applied: number, conflicts: number, refused: number, proposals: number) =>
        `${applied} thay đổi sẽ cập nhật, ${conflicts} xung đột, ${refused} không nhận, ${proposals} đề xuất gia hạn.`,
      alreadyMerged: (files: string) => `Đã nhận trước đây, không có gì mới: ${files}.`,
      applied: "Sẽ cập nhật",
      conflicts: "Xung đột (sổ gốc giữ giá trị của mình, trừ ô được chọn)",
      refused: "Không nhận",
      proposals: "Đề xuất gia hạn",
      takeUnit: "lấy giá trị của đơn vị",
      takeUnitLabel: (id: string, column: string) => `Lấy giá trị của đơn vị cho ${id}, cột ${column}`,
      change: (from: string, to: string) => `${from || "(trống)"} → ${to || "(trống)"}`,
      conflict: (master: string, returned: string) => `sổ gốc: ${master || "(trống)"} · đơn vị: ${returned || "(trống)"}`,
      proposal: (due: string, reason: string) => `hạn mới ${due || "(không ghi)"}${reason ? ` · lý do: ${reason}` : ""}`,
      more: (n: number) => `… và ${n} mục khác (xem đầy đủ trên trang Đối chiếu sau khi áp dụng).`,
      apply: "Áp dụng",
      nothing: "Không có gì để cập nhật; trang Đối chiếu vẫn ghi lại các mục không nhận và đề xuất.",
      done: (written: number, sheet: string) => `Đã cập nhật ${written} ô vào bảng theo dõi. Chi tiết trên trang “${sheet}”.`,
      renamed: (own: string, used: string) => `Sổ đã có trang “${own}” của bạn nên báo cáo được ghi vào trang “${used}” (trang của bạn giữ nguyên).`,
      skipped: (n: number) => `${n} thay đổi không ghi được vì bảng không còn cột tương ứng.`,
      findings: (fresh: number, earlier: number, sheet: string | null) =>
        `Sau khi nhận: ${fresh} lỗi/cảnh báo mới (trên trang Đối chiếu)` +
        (earlier > 0 ? `, ${earlier} đã có từ trước trên các nhiệm vụ vừa nhận` : "") +
        (sheet ? `; danh sách đầy đủ đã cập nhật trên trang “${sheet}”.` : "; các trang “Kiểm tra” đều là trang của bạn nên danh sách đầy đủ chưa được ghi."),
      stale: (id: string) =>
        `Bảng theo dõi đã thay đổi từ lúc xem trước (dòng của nhiệm vụ ${id} đã bị di chuyển, xoá hoặc sửa). Không ghi gì cả. Hãy chọn lại tệp để xem trước lần nữa.`,
      noReportName: (name: string) =>
        `Các trang “${name}”, “${name} (2)”… đều là trang của bạn; tiện ích không ghi đè. Hãy đổi tên một trang rồi áp dụng lại.`,
      noIdCell:
        "Sổ theo dõi chưa có ô MaSoTheoDoi và ô dành cho nó trên trang Danh mục (dòng 9, cột F:G) đang có dữ liệu. Hãy để trống hai ô đó hoặc dựng lại sổ bằng công cụ dòng lệnh rồi thử lại.",
    },
    remind: {
      heading: "Nhắc việc",
      intro: "Theo ngày báo cáo của sổ: với mỗi đơn vị, các nhiệm vụ quá hạn và sắp đến hạn, thành đoạn văn bản để gửi.",
      load: "Soạn nhắc việc",
      asOf: (date: string) => `Tính đến ngày ${date}`,
      none: "Không đơn vị nào có nhiệm vụ quá hạn hay sắp đến hạn.",
      counts: (overdue: number, dueSoon: number) => `${overdue} quá hạn, ${dueSoon} sắp đến hạn`,
      copy: "Sao chép",
      copyLabel: (unit: string) => `Sao chép nội dung nhắc việc cho ${unit}`,
      copied: "Đã sao chép.",
      selectToCopy: "Không sao chép tự động được: nội dung đã được chọn sẵn, hãy nhấn Ctrl+C.",
      textLabel: (unit: string) => `Nội dung nhắc việc cho ${unit}`,
    },
    backup: {
      option: "Tải bản sao lưu của sổ trước khi ghi (nên dùng)",
      hint: "Tiện ích không hoàn tác được những gì nó ghi vào sổ. Bản sao lưu là sổ đúng như lúc này; mở nó khi cần quay lại.",
      taking: "Đang tạo bản sao lưu của sổ…",
      bookFallback: "So-theo-doi",
      fileName: (book: string, stamp: string) => `${book} - sao luu ${stamp}.xlsx`,
      saved: (file: string) => `Đã tải về bản sao lưu “${file}” (sổ như trước khi ghi). Không thấy tệp trong thư mục Tải về thì bấm “Tải lại bản sao lưu”.`,
      again: "Tải lại bản sao lưu",
      againLabel: (file: string) => `Tải lại bản sao lưu ${file}`,
      unsupported:
        "Phiên bản Excel này không cho tiện ích lấy bản sao của sổ để tải về (cần bộ API File và CompressedFile của Office; Excel trên iPad chẳng hạn không có), nên không có bản sao lưu trước khi ghi. " +
        "Vẫn làm được: trang Đối chiếu giữ giá trị cũ của mọi ô được cập nhật, các dòng tách nhóm (mã như 7.1, 7.2) xoá được. Muốn chắc chắn, hãy tự lưu một bản sao (Tệp > Lưu bản sao) trước.",
      failed: (detail: string) =>
        `Không tạo được bản sao lưu của sổ${detail ? ` (${detail})` : ""}, nên chưa ghi gì vào sổ. ` +
        "Hãy thử lại; nếu vẫn không được, lưu một bản sao bằng Tệp > Lưu bản sao (trên web: Tệp > Tạo bản sao > Tải xuống bản sao), rồi bỏ chọn “Tải bản sao lưu của sổ trước khi ghi” và làm lại.",
      incomplete: (got: number, size: number) => `chỉ nhận được ${got}/${size} byte`,
    },
    expand: {
      option: "Tách nhiệm vụ giao cho nhóm đơn vị thành từng đơn vị trước khi tạo tệp",
      hint: "Thêm vào bảng theo dõi một dòng cho mỗi đơn vị thành viên (mã như 7.1, 7.2), để mỗi đơn vị nhận, báo cáo và được đánh giá riêng. Dòng của nhóm giữ nguyên; làm lại không thêm dòng trùng.",
      added: (rows: number, tasks: number) => `Đã thêm ${rows} dòng vào bảng theo dõi khi tách ${tasks} nhiệm vụ giao cho nhóm:`,
      none: "Không thêm dòng nào: các nhiệm vụ giao cho nhóm đã được tách từ trước.",
      noGroups: "Bảng theo dõi không có nhiệm vụ nào giao cho nhóm đơn vị; không thêm dòng nào.",
      task: (id: string, group: string, members: { id: string; unit: string }[]) =>
        `Nhiệm vụ ${id} (“${group}”): ${members.map((m) => `${m.id} ${m.unit}`).join("; ")}.`,
      held: (id: string, group: string, count: number) => `Nhiệm vụ ${id} (“${group}”) đã có ${count} dòng tách từ trước.`,
      noMembers: (id: string, group: string) =>
        `Nhiệm vụ ${id} (“${group}”): danh mục không cho biết nhóm gồm những đơn vị nào nên không tách; hãy ghi đơn vị chủ trì cụ thể.`,
      noId: (title: string, group: string) => `Nhiệm vụ “${title}” (“${group}”) chưa có Mã NV nên không tách; hãy ghi Mã NV rồi làm lại.`,
      renamed: (from: string, to: string) => `Mã ${from} đã có nhiệm vụ khác dùng nên dòng mới mang mã ${to}.`,
    },
    noCreateWorkbook:
      "Không mở được tệp thành sổ làm việc mới: cần Excel 2019 trở lên hoặc Excel trên web (ExcelApi 1.8). Hãy dùng “Tải về” rồi mở tệp đã tải.",
  },

  notice: {
    close: "Đóng",
    checkTitle: "Kiểm tra bảng theo dõi",
    summaryTitle: "Cập nhật tổng hợp",
    checkClean: "Không phát hiện lỗi nào.",
    checkDone: (errors: number, warnings: number) =>
      `Phát hiện ${errors} lỗi, ${warnings} cảnh báo. Xem chi tiết trên trang Kiểm tra, hoặc mở bảng điều khiển để sửa từng ô.`,
    summaryDone: (headline: string) => `Đã cập nhật trang Tổng hợp: ${headline}.`,
  },
} as const;
