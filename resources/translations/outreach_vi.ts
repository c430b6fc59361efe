<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>AlertModels</name>
    <message>
        <source>aged %1-%2</source>
        <translation type="unfinished">tuổi %1-%2</translation>
    </message>
    <message>
        <source>uses the name %1</source>
        <translation type="unfinished">dùng tên %1</translation>
    </message>
    <message>
        <source>phone %1</source>
        <translation type="unfinished">điện thoại %1</translation>
    </message>
    <message>
        <source>e-mail %1</source>
        <translation type="unfinished">e-mail %1</translation>
    </message>
    <message>
        <source>online %1</source>
        <translation type="unfinished">trên mạng %1</translation>
    </message>
    <message>
        <source>plate %1</source>
        <translation type="unfinished">biển số %1</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished">Ngày phát</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation type="unfinished">Cảnh báo</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished">Chuyện gì đã xảy ra</translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished">Vùng</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished">Có hiệu lực đến</translation>
    </message>
    <message>
        <source>NEW: </source>
        <translation type="unfinished">MỚI: </translation>
    </message>
</context>
<context>
    <name>AlertsPage</name>
    <message>
        <source>Alerts</source>
        <translation type="unfinished">Cảnh báo</translation>
    </message>
    <message>
        <source>When alerts were last fetched</source>
        <translation type="unfinished">Lần cuối tải cảnh báo</translation>
    </message>
    <message>
        <source>Show alerts for area</source>
        <translation type="unfinished">Hiện cảnh báo cho khu vực</translation>
    </message>
    <message>
        <source>&amp;Save handout as PDF…</source>
        <translation type="unfinished">&amp;Lưu tờ rơi dạng PDF…</translation>
    </message>
    <message>
        <source>Save the alerts handout as PDF</source>
        <translation type="unfinished">Lưu tờ rơi cảnh báo dạng PDF</translation>
    </message>
    <message>
        <source>&amp;Print handout…</source>
        <translation type="unfinished">&amp;In tờ rơi…</translation>
    </message>
    <message>
        <source>Print the alerts handout</source>
        <translation type="unfinished">In tờ rơi cảnh báo</translation>
    </message>
    <message>
        <source>Sign &amp;up for warnings…</source>
        <translation type="unfinished">Đăng ký nhận &amp;cảnh báo…</translation>
    </message>
    <message>
        <source>Sign a person up to get warnings themselves</source>
        <translation type="unfinished">Đăng ký cho một người để chính họ nhận cảnh báo</translation>
    </message>
    <message>
        <source>Language of the handout</source>
        <translation type="unfinished">Ngôn ngữ của tờ rơi</translation>
    </message>
    <message>
        <source>Second language printed beside it</source>
        <translation type="unfinished">Ngôn ngữ thứ hai in bên cạnh</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished">(không có)</translation>
    </message>
    <message>
        <source>Current alerts</source>
        <translation type="unfinished">Cảnh báo hiện tại</translation>
    </message>
    <message>
        <source>Selected alert</source>
        <translation type="unfinished">Cảnh báo đã chọn</translation>
    </message>
    <message>
        <source>Alerts message</source>
        <translation type="unfinished">Thông báo về cảnh báo</translation>
    </message>
    <message>
        <source>Alerts refused for a bad signature</source>
        <translation type="unfinished">Cảnh báo bị từ chối vì chữ ký sai</translation>
    </message>
    <message>
        <source>Check a phone number, plate, e-mail address or online name</source>
        <translation type="unfinished">Kiểm tra số điện thoại, biển số xe, địa chỉ e-mail hoặc tên trên mạng</translation>
    </message>
    <message>
        <source>Check a phone number, plate, e-mail or online name (any format)</source>
        <translation type="unfinished">Kiểm tra số điện thoại, biển số, e-mail hoặc tên trên mạng (định dạng bất kỳ)</translation>
    </message>
    <message>
        <source>Chec&amp;k</source>
        <translation type="unfinished">&amp;Kiểm tra</translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished">Kiểm tra</translation>
    </message>
    <message>
        <source>Check results</source>
        <translation type="unfinished">Kết quả kiểm tra</translation>
    </message>
    <message>
        <source>Page message</source>
        <translation type="unfinished">Thông báo của trang</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation type="unfinished">Kh&amp;u vực:</translation>
    </message>
    <message>
        <source>Handout in &amp;language:</source>
        <translation type="unfinished">Tờ rơi bằng &amp;ngôn ngữ:</translation>
    </message>
    <message>
        <source>side by side &amp;with:</source>
        <translation type="unfinished">bên cạnh &amp;với:</translation>
    </message>
    <message>
        <source>CHECK before meeting someone:</source>
        <translation type="unfinished">KIỂM TRA trước khi gặp ai đó:</translation>
    </message>
    <message>
        <source>load the alerts</source>
        <translation type="unfinished">tải cảnh báo</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation type="unfinished">Tất cả khu vực</translation>
    </message>
    <message>
        <source>Last fetched %1</source>
        <translation type="unfinished">Tải lần cuối %1</translation>
    </message>
    <message>
        <source>Never fetched</source>
        <translation type="unfinished">Chưa từng tải</translation>
    </message>
    <message>
        <source>save the handout languages</source>
        <translation type="unfinished">lưu ngôn ngữ của tờ rơi</translation>
    </message>
    <message>
        <source>No current alerts for this area.</source>
        <translation type="unfinished">Không có cảnh báo hiện tại cho khu vực này.</translation>
    </message>
    <message numerus="yes">
        <source>%n current alert(s), newest first.</source>
        <translation type="unfinished">
            <numerusform>%n cảnh báo hiện tại, mới nhất trước.</numerusform>
        </translation>
    </message>
    <message>
        <source>Alert</source>
        <translation type="unfinished">Cảnh báo</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished">Ngày phát</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished">Có hiệu lực đến</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished">Chuyện gì đã xảy ra</translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished">Chi tiết</translation>
    </message>
    <message>
        <source>Perpetrators</source>
        <translation type="unfinished">Người gây hại</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation type="unfinished">Xe</translation>
    </message>
    <message>
        <source>check</source>
        <translation type="unfinished">kiểm tra</translation>
    </message>
    <message>
        <source>ALERT</source>
        <translation type="unfinished">CẢNH BÁO</translation>
    </message>
    <message>
        <source>Our record</source>
        <translation type="unfinished">Hồ sơ của chúng tôi</translation>
    </message>
    <message>
        <source>Nothing known about “%1”. That does not mean they are safe.</source>
        <translation type="unfinished">Không có thông tin gì về “%1”. Điều đó không có nghĩa là họ an toàn.</translation>
    </message>
    <message>
        <source>all areas</source>
        <translation type="unfinished">tất cả khu vực</translation>
    </message>
    <message>
        <source>Preparing the handout…</source>
        <translation type="unfinished">Đang chuẩn bị tờ rơi…</translation>
    </message>
    <message>
        <source>Handout cancelled. Nothing was saved.</source>
        <translation type="unfinished">Đã hủy tờ rơi. Không có gì được lưu.</translation>
    </message>
    <message>
        <source>Handout saved.</source>
        <translation type="unfinished">Đã lưu tờ rơi.</translation>
    </message>
    <message>
        <source>save the handout</source>
        <translation type="unfinished">lưu tờ rơi</translation>
    </message>
    <message>
        <source>Save the alerts handout</source>
        <translation type="unfinished">Lưu tờ rơi cảnh báo</translation>
    </message>
    <message>
        <source>Printing the handout…</source>
        <translation type="unfinished">Đang in tờ rơi…</translation>
    </message>
    <message>
        <source>Handout sent to the printer.</source>
        <translation type="unfinished">Đã gửi tờ rơi tới máy in.</translation>
    </message>
    <message>
        <source>Printing cancelled.</source>
        <translation type="unfinished">Đã hủy in.</translation>
    </message>
    <message>
        <source>The printer could not be used.</source>
        <translation type="unfinished">Không dùng được máy in.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Hủy</translation>
    </message>
</context>
<context>
    <name>AppStatusBar</name>
    <message>
        <source>Connection</source>
        <translation type="unfinished">Kết nối</translation>
    </message>
    <message>
        <source>Reports waiting</source>
        <translation type="unfinished">Báo cáo đang chờ</translation>
    </message>
    <message>
        <source>Reports that need attention</source>
        <translation type="unfinished">Báo cáo cần chú ý</translation>
    </message>
    <message>
        <source>Reports waiting for review</source>
        <translation type="unfinished">Báo cáo chờ duyệt</translation>
    </message>
    <message>
        <source>Reports a coordinator must approve before they are sent (Review and sync page)</source>
        <translation type="unfinished">Báo cáo mà điều phối viên phải duyệt trước khi gửi (trang Duyệt và đồng bộ)</translation>
    </message>
    <message>
        <source>Restored drafts</source>
        <translation type="unfinished">Bản nháp đã khôi phục</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation type="unfinished">Lần đồng bộ cuối</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished">Khóa</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation type="unfinished">Khóa ngay</translation>
    </message>
    <message>
        <source>Lock now (Ctrl+L). Panic: Ctrl+Shift+L locks and hides.</source>
        <translation type="unfinished">Khóa ngay (Ctrl+L). Khẩn cấp: Ctrl+Shift+L khóa và ẩn.</translation>
    </message>
    <message numerus="yes">
        <source>%n awaiting review</source>
        <translation type="unfinished">
            <numerusform>%n đang chờ duyệt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unfinished form(s) restored</source>
        <translation type="unfinished">
            <numerusform>Đã khôi phục %n biểu mẫu chưa xong</numerusform>
        </translation>
    </message>
    <message>
        <source>Not linked to a server</source>
        <translation type="unfinished">Chưa liên kết với máy chủ</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished">Đang đồng bộ…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished">Ngoại tuyến</translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished">Trực tuyến</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation type="unfinished">Chưa đồng bộ</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation type="unfinished">
            <numerusform>%n đang chờ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need attention</source>
        <translation type="unfinished">
            <numerusform>%n cần chú ý</numerusform>
        </translation>
    </message>
    <message>
        <source>Last sync: never</source>
        <translation type="unfinished">Lần đồng bộ cuối: chưa bao giờ</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation type="unfinished">Lần đồng bộ cuối: %1</translation>
    </message>
</context>
<context>
    <name>AreasSection</name>
    <message>
        <source>Areas</source>
        <translation type="unfinished">Khu vực</translation>
    </message>
    <message>
        <source>Areas and their server regions</source>
        <translation type="unfinished">Các khu vực và vùng máy chủ của chúng</translation>
    </message>
    <message>
        <source>Server region for the selected area</source>
        <translation type="unfinished">Vùng máy chủ cho khu vực đã chọn</translation>
    </message>
    <message>
        <source>Set &amp;region</source>
        <translation type="unfinished">Đặt &amp;vùng</translation>
    </message>
    <message>
        <source>Set the selected area&apos;s region</source>
        <translation type="unfinished">Đặt vùng của khu vực đã chọn</translation>
    </message>
    <message>
        <source>Areas message</source>
        <translation type="unfinished">Thông báo về khu vực</translation>
    </message>
    <message>
        <source>Reports can be shared only from an area with a server region. Regions come from the server when the device is linked and at every sync.</source>
        <translation type="unfinished">Chỉ có thể chia sẻ báo cáo từ khu vực có vùng máy chủ. Các vùng đến từ máy chủ khi thiết bị được liên kết và mỗi lần đồng bộ.</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation type="unfinished">V&amp;ùng:</translation>
    </message>
    <message>
        <source>load the areas</source>
        <translation type="unfinished">tải khu vực</translation>
    </message>
    <message>
        <source>No region (not shareable)</source>
        <translation type="unfinished">Không có vùng (không chia sẻ được)</translation>
    </message>
    <message>
        <source>no region: not shareable</source>
        <translation type="unfinished">không có vùng: không chia sẻ được</translation>
    </message>
    <message>
        <source>No server regions yet: link this device to a server, or sync.</source>
        <translation type="unfinished">Chưa có vùng máy chủ: hãy liên kết thiết bị này với máy chủ, hoặc đồng bộ.</translation>
    </message>
    <message>
        <source>Region saved.</source>
        <translation type="unfinished">Đã lưu vùng.</translation>
    </message>
    <message>
        <source>set the region</source>
        <translation type="unfinished">đặt vùng</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Audit log</source>
        <translation type="unfinished">Nhật ký kiểm tra</translation>
    </message>
    <message>
        <source>Only coordinators can see the audit log.</source>
        <translation type="unfinished">Chỉ điều phối viên mới xem được nhật ký kiểm tra.</translation>
    </message>
    <message>
        <source>&amp;Verify the log</source>
        <translation type="unfinished">&amp;Xác minh nhật ký</translation>
    </message>
    <message>
        <source>Verification result</source>
        <translation type="unfinished">Kết quả xác minh</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation type="unfinished">Các mục nhật ký</translation>
    </message>
    <message>
        <source>The log is intact: %1 entries.</source>
        <translation type="unfinished">Nhật ký nguyên vẹn: %1 mục.</translation>
    </message>
    <message>
        <source>(Not yet compared with the server: entries cut off the end show after a sync.)</source>
        <translation type="unfinished">(Chưa đối chiếu với máy chủ: các mục bị cắt ở cuối sẽ hiện sau khi đồng bộ.)</translation>
    </message>
    <message>
        <source>The log was changed:</source>
        <translation type="unfinished">Nhật ký đã bị thay đổi:</translation>
    </message>
    <message>
        <source>That did not work.</source>
        <translation type="unfinished">Việc đó không thành công.</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation type="unfinished">Đổi cụm mật khẩu</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation type="unfinished">Cụm mật khẩu hiện tại</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished">Cụm mật khẩu mới</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation type="unfinished">Nhập lại cụm mật khẩu mới</translation>
    </message>
    <message>
        <source>Passphrase feedback</source>
        <translation type="unfinished">Nhận xét về cụm mật khẩu</translation>
    </message>
    <message>
        <source>Show the new passphrase</source>
        <translation type="unfinished">Hiện cụm mật khẩu mới</translation>
    </message>
    <message>
        <source>&amp;Suggest</source>
        <translation type="unfinished">&amp;Gợi ý</translation>
    </message>
    <message>
        <source>Suggest a passphrase of random words</source>
        <translation type="unfinished">Gợi ý cụm mật khẩu gồm các từ ngẫu nhiên</translation>
    </message>
    <message>
        <source>About the team&apos;s passphrases</source>
        <translation type="unfinished">Về các cụm mật khẩu của nhóm</translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished">Lỗi</translation>
    </message>
    <message>
        <source>C&amp;urrent:</source>
        <translation type="unfinished">&amp;Hiện tại:</translation>
    </message>
    <message>
        <source>&amp;New:</source>
        <translation type="unfinished">&amp;Mới:</translation>
    </message>
    <message>
        <source>&amp;Repeat new:</source>
        <translation type="unfinished">Nhập &amp;lại mới:</translation>
    </message>
    <message>
        <source>The records stay as they are; only the passphrase that opens them changes.</source>
        <translation type="unfinished">Hồ sơ vẫn giữ nguyên; chỉ cụm mật khẩu để mở chúng thay đổi.</translation>
    </message>
    <message>
        <source>Six random words are shown. Write them down somewhere safe before you press OK.</source>
        <translation type="unfinished">Sáu từ ngẫu nhiên được hiện ra. Hãy ghi lại ở nơi an toàn trước khi bấm OK.</translation>
    </message>
    <message>
        <source>Strong enough.</source>
        <translation type="unfinished">Đủ mạnh.</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>%1 table</source>
        <translation type="unfinished">Bảng %1</translation>
    </message>
</context>
<context>
    <name>ConsentStep</name>
    <message>
        <source>Read each purpose to the person in these words. They decide each one separately; saying no to all of them is fine and changes nothing about the support they get.</source>
        <translation type="unfinished">Đọc từng mục đích cho người đó bằng những lời này. Họ quyết định riêng từng mục; từ chối tất cả cũng không sao và không thay đổi gì trong sự hỗ trợ họ nhận được.</translation>
    </message>
    <message>
        <source>What is shared: %1</source>
        <translation type="unfinished">Những gì được chia sẻ: %1</translation>
    </message>
    <message>
        <source>Cannot be undone: %1</source>
        <translation type="unfinished">Không thể hoàn tác: %1</translation>
    </message>
    <message>
        <source>Yes, share this</source>
        <translation type="unfinished">Có, chia sẻ mục này</translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished">Không</translation>
    </message>
    <message>
        <source>Yes to: %1</source>
        <translation type="unfinished">Đồng ý với: %1</translation>
    </message>
    <message>
        <source>No to: %1</source>
        <translation type="unfinished">Không đồng ý với: %1</translation>
    </message>
    <message>
        <source>Said out loud (verbal)</source>
        <translation type="unfinished">Nói thành lời (bằng lời nói)</translation>
    </message>
    <message>
        <source>Signed or written</source>
        <translation type="unfinished">Ký tên hoặc bằng văn bản</translation>
    </message>
    <message>
        <source>How consent was given</source>
        <translation type="unfinished">Cách đưa ra sự đồng ý</translation>
    </message>
    <message>
        <source>Initials of the worker recording consent</source>
        <translation type="unfinished">Tên viết tắt của nhân viên ghi nhận sự đồng ý</translation>
    </message>
    <message>
        <source>&amp;How given:</source>
        <translation type="unfinished">&amp;Cách đồng ý:</translation>
    </message>
    <message>
        <source>Recorded &amp;by:</source>
        <translation type="unfinished">&amp;Ghi nhận bởi:</translation>
    </message>
    <message>
        <source>Consent status</source>
        <translation type="unfinished">Trạng thái đồng ý</translation>
    </message>
    <message>
        <source>&amp;Record consent</source>
        <translation type="unfinished">Ghi nhận &amp;sự đồng ý</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation type="unfinished">Ghi nhận sự đồng ý</translation>
    </message>
    <message>
        <source>Nothing is shared — &amp;finish</source>
        <translation type="unfinished">Không chia sẻ gì — &amp;hoàn tất</translation>
    </message>
    <message>
        <source>Finish without sharing anything</source>
        <translation type="unfinished">Hoàn tất mà không chia sẻ gì</translation>
    </message>
    <message>
        <source>&amp;Next: what will be shared</source>
        <translation type="unfinished">&amp;Tiếp: những gì sẽ được chia sẻ</translation>
    </message>
    <message>
        <source>Show what will be shared</source>
        <translation type="unfinished">Hiện những gì sẽ được chia sẻ</translation>
    </message>
    <message>
        <source>Record a fresh consent &amp;instead</source>
        <translation type="unfinished">Ghi nhận sự đồng ý &amp;mới thay thế</translation>
    </message>
    <message>
        <source>Record a fresh consent instead (needed to add a purpose)</source>
        <translation type="unfinished">Ghi nhận sự đồng ý mới thay thế (cần để thêm mục đích)</translation>
    </message>
    <message>
        <source>Give the person this withdrawal code now. It is shown only once and cannot be looked up later. With it they can withdraw their consent at any time.</source>
        <translation type="unfinished">Hãy đưa cho người đó mã rút lại này ngay bây giờ. Mã chỉ hiện một lần và không thể tra lại sau. Với mã này họ có thể rút lại sự đồng ý bất cứ lúc nào.</translation>
    </message>
    <message>
        <source>Withdrawal code</source>
        <translation type="unfinished">Mã rút lại</translation>
    </message>
    <message>
        <source>&amp;Print slip…</source>
        <translation type="unfinished">&amp;In phiếu…</translation>
    </message>
    <message>
        <source>Print the withdrawal slip</source>
        <translation type="unfinished">In phiếu rút lại</translation>
    </message>
    <message>
        <source>Consent version %1 is recorded. Change the answers and record again, or go on.</source>
        <translation type="unfinished">Đã ghi nhận phiên bản %1 của sự đồng ý. Hãy sửa câu trả lời và ghi nhận lại, hoặc tiếp tục.</translation>
    </message>
    <message>
        <source>Answer every purpose with yes or no.</source>
        <translation type="unfinished">Hãy trả lời có hoặc không cho mỗi mục đích.</translation>
    </message>
    <message>
        <source>This incident was changed after it was shared. Read the purposes again with the person: they may keep them or say no to some. Their withdrawal code stays the same.</source>
        <translation type="unfinished">Sự việc này đã được sửa sau khi chia sẻ. Hãy đọc lại các mục đích với người đó: họ có thể giữ nguyên hoặc từ chối một số mục. Mã rút lại của họ vẫn giữ nguyên.</translation>
    </message>
    <message>
        <source>Consent recorded (version %1).</source>
        <translation type="unfinished">Đã ghi nhận sự đồng ý (phiên bản %1).</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <source>Edit contact</source>
        <translation type="unfinished">Sửa lần tiếp xúc</translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished">Khi nào</translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished">Khu vực</translation>
    </message>
    <message>
        <source>No area</source>
        <translation type="unfinished">Không có khu vực</translation>
    </message>
    <message>
        <source>Alias (empty: anonymous)</source>
        <translation type="unfinished">Biệt danh (để trống: ẩn danh)</translation>
    </message>
    <message>
        <source>How the contact happened</source>
        <translation type="unfinished">Lần tiếp xúc diễn ra thế nào</translation>
    </message>
    <message>
        <source>%1 handed out</source>
        <translation type="unfinished">Đã phát %1</translation>
    </message>
    <message>
        <source>Referred to %1</source>
        <translation type="unfinished">Đã giới thiệu tới %1</translation>
    </message>
    <message>
        <source>Note (stays on this device)</source>
        <translation type="unfinished">Ghi chú (ở lại trên thiết bị này)</translation>
    </message>
    <message>
        <source>Problem with the contact</source>
        <translation type="unfinished">Vấn đề với lần tiếp xúc</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation type="unfinished">Khi &amp;nào:</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation type="unfinished">Kh&amp;u vực:</translation>
    </message>
    <message>
        <source>A&amp;lias:</source>
        <translation type="unfinished">Biệt &amp;danh:</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation type="unfinished">&amp;Cách thức:</translation>
    </message>
    <message>
        <source>Supplies:</source>
        <translation type="unfinished">Vật phẩm:</translation>
    </message>
    <message>
        <source>Referrals:</source>
        <translation type="unfinished">Giới thiệu:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished">&amp;Ghi chú:</translation>
    </message>
    <message>
        <source>save the contact</source>
        <translation type="unfinished">lưu lần tiếp xúc</translation>
    </message>
    <message>
        <source>Contact saved.</source>
        <translation type="unfinished">Đã lưu lần tiếp xúc.</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>Contacts</source>
        <translation type="unfinished">Tiếp xúc</translation>
    </message>
    <message>
        <source>Filter by how the contact happened</source>
        <translation type="unfinished">Lọc theo cách tiếp xúc</translation>
    </message>
    <message>
        <source>Any way</source>
        <translation type="unfinished">Mọi cách</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished">&amp;Sửa…</translation>
    </message>
    <message>
        <source>Edit the selected contact</source>
        <translation type="unfinished">Sửa lần tiếp xúc đã chọn</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished">&amp;Xóa…</translation>
    </message>
    <message>
        <source>Delete the selected contact</source>
        <translation type="unfinished">Xóa lần tiếp xúc đã chọn</translation>
    </message>
    <message>
        <source>&amp;Forget this person…</source>
        <translation type="unfinished">&amp;Quên người này…</translation>
    </message>
    <message>
        <source>Forget the person of the selected contact</source>
        <translation type="unfinished">Quên người của lần tiếp xúc đã chọn</translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished">Khi nào</translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished">Khu vực</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation type="unfinished">Biệt danh</translation>
    </message>
    <message>
        <source>(anonymous)</source>
        <translation type="unfinished">(ẩn danh)</translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished">Cách thức</translation>
    </message>
    <message>
        <source>Supplies</source>
        <translation type="unfinished">Vật phẩm</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished">Giới thiệu</translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished">Ghi chú</translation>
    </message>
    <message>
        <source>Contact deleted.</source>
        <translation type="unfinished">Đã xóa lần tiếp xúc.</translation>
    </message>
    <message>
        <source>delete the contact</source>
        <translation type="unfinished">xóa lần tiếp xúc</translation>
    </message>
    <message>
        <source>Delete contact</source>
        <translation type="unfinished">Xóa lần tiếp xúc</translation>
    </message>
    <message>
        <source>Delete the contact of %1? This cannot be undone.</source>
        <translation type="unfinished">Xóa lần tiếp xúc của %1? Không thể hoàn tác.</translation>
    </message>
</context>
<context>
    <name>CountsTableModel</name>
    <message>
        <source>Total</source>
        <translation type="unfinished">Tổng</translation>
    </message>
</context>
<context>
    <name>DeskAdminPage</name>
    <message>
        <source>Admin</source>
        <translation type="unfinished">Quản trị</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished">&amp;Làm mới</translation>
    </message>
    <message>
        <source>Ask the server again</source>
        <translation type="unfinished">Hỏi lại máy chủ</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation type="unfinished">Các vùng</translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished">Vùng</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Tên</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished">Các tổ chức</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished">Tổ chức</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished">Các thiết bị</translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished">Thiết bị</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation type="unfinished">Đã đăng ký</translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished">Trạng thái</translation>
    </message>
    <message>
        <source>New region id</source>
        <translation type="unfinished">Mã của vùng mới</translation>
    </message>
    <message>
        <source>id, e.g. north</source>
        <translation type="unfinished">mã, ví dụ north</translation>
    </message>
    <message>
        <source>New region name</source>
        <translation type="unfinished">Tên vùng mới</translation>
    </message>
    <message>
        <source>Add re&amp;gion</source>
        <translation type="unfinished">Thêm &amp;vùng</translation>
    </message>
    <message>
        <source>Add the region</source>
        <translation type="unfinished">Thêm vùng</translation>
    </message>
    <message>
        <source>New organisation name</source>
        <translation type="unfinished">Tên tổ chức mới</translation>
    </message>
    <message>
        <source>Its regions (comma separated)</source>
        <translation type="unfinished">Các vùng của tổ chức (cách nhau bằng dấu phẩy)</translation>
    </message>
    <message>
        <source>Add &amp;organisation</source>
        <translation type="unfinished">Thêm &amp;tổ chức</translation>
    </message>
    <message>
        <source>Add the organisation</source>
        <translation type="unfinished">Thêm tổ chức</translation>
    </message>
    <message>
        <source>Organisation for the enrolment code</source>
        <translation type="unfinished">Tổ chức cho mã đăng ký</translation>
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished"> giờ</translation>
    </message>
    <message>
        <source>Hours the code stays valid</source>
        <translation type="unfinished">Số giờ mã còn hiệu lực</translation>
    </message>
    <message>
        <source>Make enrolment &amp;code</source>
        <translation type="unfinished">Tạo &amp;mã đăng ký</translation>
    </message>
    <message>
        <source>Make a device enrolment code</source>
        <translation type="unfinished">Tạo mã đăng ký thiết bị</translation>
    </message>
    <message>
        <source>The enrolment code (shown once)</source>
        <translation type="unfinished">Mã đăng ký (chỉ hiện một lần)</translation>
    </message>
    <message>
        <source>Re&amp;voke device…</source>
        <translation type="unfinished">T&amp;hu hồi thiết bị…</translation>
    </message>
    <message>
        <source>Revoke the selected device</source>
        <translation type="unfinished">Thu hồi thiết bị đã chọn</translation>
    </message>
    <message>
        <source>New region:</source>
        <translation type="unfinished">Vùng mới:</translation>
    </message>
    <message>
        <source>New organisation:</source>
        <translation type="unfinished">Tổ chức mới:</translation>
    </message>
    <message>
        <source>Device code for:</source>
        <translation type="unfinished">Mã thiết bị cho:</translation>
    </message>
    <message>
        <source>ask the server</source>
        <translation type="unfinished">hỏi máy chủ</translation>
    </message>
    <message>
        <source>add the region</source>
        <translation type="unfinished">thêm vùng</translation>
    </message>
    <message>
        <source>Region added.</source>
        <translation type="unfinished">Đã thêm vùng.</translation>
    </message>
    <message>
        <source>add the organisation</source>
        <translation type="unfinished">thêm tổ chức</translation>
    </message>
    <message>
        <source>Organisation added.</source>
        <translation type="unfinished">Đã thêm tổ chức.</translation>
    </message>
    <message>
        <source>Enrolment code (shown once, valid %1 h): %2</source>
        <translation type="unfinished">Mã đăng ký (chỉ hiện một lần, hiệu lực %1 giờ): %2</translation>
    </message>
    <message>
        <source>make the code</source>
        <translation type="unfinished">tạo mã</translation>
    </message>
    <message>
        <source>Select the device to revoke.</source>
        <translation type="unfinished">Hãy chọn thiết bị cần thu hồi.</translation>
    </message>
    <message>
        <source>Revoke device</source>
        <translation type="unfinished">Thu hồi thiết bị</translation>
    </message>
    <message>
        <source>Revoke this device? It can no longer send or fetch anything.</source>
        <translation type="unfinished">Thu hồi thiết bị này? Nó sẽ không thể gửi hay tải gì nữa.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation type="unfinished">Thu hồi</translation>
    </message>
    <message>
        <source>revoke the device</source>
        <translation type="unfinished">thu hồi thiết bị</translation>
    </message>
    <message>
        <source>Device revoked.</source>
        <translation type="unfinished">Đã thu hồi thiết bị.</translation>
    </message>
</context>
<context>
    <name>DeskAlertsPage</name>
    <message>
        <source>Alerts</source>
        <translation type="unfinished">Cảnh báo</translation>
    </message>
    <message>
        <source>This desk&apos;s alerts</source>
        <translation type="unfinished">Cảnh báo của bàn này</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation type="unfinished">Cảnh báo</translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished">Phiên bản</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Trạng thái</translation>
    </message>
    <message>
        <source>Check code</source>
        <translation type="unfinished">Mã kiểm tra</translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished">Duyệt</translation>
    </message>
    <message>
        <source>Report to draft an alert from</source>
        <translation type="unfinished">Báo cáo để soạn cảnh báo</translation>
    </message>
    <message>
        <source>&amp;Draft alert</source>
        <translation type="unfinished">&amp;Soạn cảnh báo</translation>
    </message>
    <message>
        <source>Draft an alert from this report</source>
        <translation type="unfinished">Soạn bản nháp cảnh báo từ báo cáo này</translation>
    </message>
    <message>
        <source>Alert title</source>
        <translation type="unfinished">Tiêu đề cảnh báo</translation>
    </message>
    <message>
        <source>Alert text</source>
        <translation type="unfinished">Nội dung cảnh báo</translation>
    </message>
    <message>
        <source>Regions (comma separated)</source>
        <translation type="unfinished">Các vùng (cách nhau bằng dấu phẩy)</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished">Có hiệu lực đến</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished">Chuyện gì đã xảy ra</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished">Mức độ nghiêm trọng</translation>
    </message>
    <message>
        <source>Structured details</source>
        <translation type="unfinished">Chi tiết có cấu trúc</translation>
    </message>
    <message>
        <source>Source summary, scrubber&apos;s finds marked</source>
        <translation type="unfinished">Tóm tắt nguồn, đánh dấu những gì bộ lọc tìm thấy</translation>
    </message>
    <message>
        <source>Alert text, what might identify someone marked</source>
        <translation type="unfinished">Nội dung cảnh báo, đánh dấu những gì có thể nhận ra ai đó</translation>
    </message>
    <message>
        <source>Preview as the handout prints it</source>
        <translation type="unfinished">Xem trước như tờ rơi in ra</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation type="unfinished">&amp;Lưu bản nháp</translation>
    </message>
    <message>
        <source>Save the draft</source>
        <translation type="unfinished">Lưu bản nháp</translation>
    </message>
    <message>
        <source>Sign and &amp;publish…</source>
        <translation type="unfinished">Ký và &amp;đăng…</translation>
    </message>
    <message>
        <source>Sign and publish the alert</source>
        <translation type="unfinished">Ký và đăng cảnh báo</translation>
    </message>
    <message>
        <source>Exp&amp;ire…</source>
        <translation type="unfinished">&amp;Cho hết hạn…</translation>
    </message>
    <message>
        <source>Expire the alert now</source>
        <translation type="unfinished">Cho cảnh báo hết hạn ngay</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation type="unfinished">&amp;Rút lại…</translation>
    </message>
    <message>
        <source>Withdraw the alert</source>
        <translation type="unfinished">Rút lại cảnh báo</translation>
    </message>
    <message>
        <source>From &amp;report:</source>
        <translation type="unfinished">Từ &amp;báo cáo:</translation>
    </message>
    <message>
        <source>Details to look out for (edit them here):</source>
        <translation type="unfinished">Chi tiết cần để ý (sửa ở đây):</translation>
    </message>
    <message>
        <source>Source summary (the scrubber&apos;s finds marked):</source>
        <translation type="unfinished">Tóm tắt nguồn (đánh dấu những gì bộ lọc tìm thấy):</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished">&amp;Tiêu đề:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation type="unfinished">&amp;Nội dung:</translation>
    </message>
    <message>
        <source>Check:</source>
        <translation type="unfinished">Kiểm tra:</translation>
    </message>
    <message>
        <source>Re&amp;gions:</source>
        <translation type="unfinished">Các &amp;vùng:</translation>
    </message>
    <message>
        <source>&amp;Valid until:</source>
        <translation type="unfinished">Có &amp;hiệu lực đến:</translation>
    </message>
    <message>
        <source>What &amp;happened:</source>
        <translation type="unfinished">Chuyện gì đã &amp;xảy ra:</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation type="unfinished">Mức độ nghiêm trọng:</translation>
    </message>
    <message>
        <source>Preview, as the handout prints it:</source>
        <translation type="unfinished">Xem trước, như tờ rơi in ra:</translation>
    </message>
    <message>
        <source>load the alerts</source>
        <translation type="unfinished">tải cảnh báo</translation>
    </message>
    <message>
        <source>Review: source report withdrawn</source>
        <translation type="unfinished">Duyệt: báo cáo nguồn đã bị rút lại</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished">Bản nháp</translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished">Đã đăng</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished">Đã hết hạn</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished">Đã rút lại</translation>
    </message>
    <message>
        <source>open the alert</source>
        <translation type="unfinished">mở cảnh báo</translation>
    </message>
    <message numerus="yes">
        <source>The scrubber found %n thing(s) to take out; the text below shows the replacements.</source>
        <translation type="unfinished">
            <numerusform>Bộ lọc tìm thấy %n điều cần bỏ đi; văn bản bên dưới hiện các phần thay thế.</numerusform>
        </translation>
    </message>
    <message>
        <source>The scrubber found nothing more to take out.</source>
        <translation type="unfinished">Bộ lọc không tìm thấy gì thêm cần bỏ đi.</translation>
    </message>
    <message>
        <source>Tick what happened.</source>
        <translation type="unfinished">Hãy đánh dấu chuyện gì đã xảy ra.</translation>
    </message>
    <message>
        <source>Review this alert: its source report was withdrawn by the person.</source>
        <translation type="unfinished">Hãy duyệt cảnh báo này: người đó đã rút lại báo cáo nguồn.</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) might still identify someone: check each before publishing.</source>
        <translation type="unfinished">
            <numerusform>%n chỗ vẫn có thể nhận ra ai đó: hãy kiểm tra từng chỗ trước khi đăng.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing in the text looks like it identifies someone.</source>
        <translation type="unfinished">Không có gì trong văn bản có vẻ nhận ra ai đó.</translation>
    </message>
    <message>
        <source>Not a valid alert yet: fill in the title and the text.</source>
        <translation type="unfinished">Chưa phải cảnh báo hợp lệ: hãy điền tiêu đề và nội dung.</translation>
    </message>
    <message>
        <source>Drafted. Check the marked text, then sign and publish.</source>
        <translation type="unfinished">Đã soạn. Hãy kiểm tra phần được đánh dấu, rồi ký và đăng.</translation>
    </message>
    <message>
        <source>draft the alert</source>
        <translation type="unfinished">soạn cảnh báo</translation>
    </message>
    <message>
        <source>Draft saved (version %1).</source>
        <translation type="unfinished">Đã lưu bản nháp (phiên bản %1).</translation>
    </message>
    <message>
        <source>save</source>
        <translation type="unfinished">lưu</translation>
    </message>
    <message>
        <source>Sign and publish</source>
        <translation type="unfinished">Ký và đăng</translation>
    </message>
    <message>
        <source>Sign “%1” with this desk&apos;s key and publish it to every device? Devices print it on their handouts as shown in the preview.</source>
        <translation type="unfinished">Ký “%1” bằng khóa của bàn này và đăng tới mọi thiết bị? Các thiết bị in nó trên tờ rơi như trong bản xem trước.</translation>
    </message>
    <message>
        <source>Published version %1; its check code is %2.</source>
        <translation type="unfinished">Đã đăng phiên bản %1; mã kiểm tra là %2.</translation>
    </message>
    <message>
        <source>publish</source>
        <translation type="unfinished">đăng</translation>
    </message>
    <message>
        <source>Expire this alert now? Devices stop showing it.</source>
        <translation type="unfinished">Cho cảnh báo này hết hạn ngay? Các thiết bị sẽ ngừng hiển thị nó.</translation>
    </message>
    <message>
        <source>Withdraw this alert? Devices remove it from their lists and handouts.</source>
        <translation type="unfinished">Rút lại cảnh báo này? Các thiết bị sẽ gỡ nó khỏi danh sách và tờ rơi.</translation>
    </message>
    <message>
        <source>Expire</source>
        <translation type="unfinished">Cho hết hạn</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation type="unfinished">Rút lại</translation>
    </message>
    <message>
        <source>The alert is now: %1</source>
        <translation type="unfinished">Cảnh báo hiện ở trạng thái: %1</translation>
    </message>
    <message>
        <source>end the alert</source>
        <translation type="unfinished">kết thúc cảnh báo</translation>
    </message>
</context>
<context>
    <name>DeskChoiceBox</name>
    <message>
        <source>An outreach &amp;worker&apos;s records</source>
        <translation type="unfinished">&amp;Hồ sơ của một nhân viên tiếp cận</translation>
    </message>
    <message>
        <source>The charity&apos;s &amp;desk (staff: triage, alerts, police, admin)</source>
        <translation type="unfinished">&amp;Bàn của tổ chức (nhân viên: phân loại, cảnh báo, cảnh sát, quản trị)</translation>
    </message>
    <message>
        <source>Desk role</source>
        <translation type="unfinished">Vai trò của bàn</translation>
    </message>
    <message>
        <source>Alerts desk</source>
        <translation type="unfinished">Bàn cảnh báo</translation>
    </message>
    <message>
        <source>Police desk</source>
        <translation type="unfinished">Bàn cảnh sát</translation>
    </message>
    <message>
        <source>Admin desk</source>
        <translation type="unfinished">Bàn quản trị</translation>
    </message>
    <message>
        <source>Desk id in the key bundle</source>
        <translation type="unfinished">Mã bàn trong gói khóa</translation>
    </message>
    <message>
        <source>Desk name in the server&apos;s log</source>
        <translation type="unfinished">Tên bàn trong nhật ký máy chủ</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation type="unfinished">&amp;Vai trò:</translation>
    </message>
    <message>
        <source>Desk &amp;id:</source>
        <translation type="unfinished">&amp;Mã bàn:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished">&amp;Tên:</translation>
    </message>
    <message>
        <source>This laptop keeps:</source>
        <translation type="unfinished">Máy tính xách tay này giữ:</translation>
    </message>
</context>
<context>
    <name>DeskPages</name>
    <message>
        <source>Alert</source>
        <translation type="unfinished">Cảnh báo</translation>
    </message>
    <message>
        <source>Police intelligence</source>
        <translation type="unfinished">Thông tin cho cảnh sát</translation>
    </message>
    <message>
        <source>Police referral</source>
        <translation type="unfinished">Chuyển tới cảnh sát</translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished">Mới</translation>
    </message>
    <message>
        <source>In review</source>
        <translation type="unfinished">Đang duyệt</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">Xong</translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <translation type="unfinished">Không thể %1: %2</translation>
    </message>
    <message>
        <source>Page message</source>
        <translation type="unfinished">Thông báo của trang</translation>
    </message>
    <message>
        <source>This desk</source>
        <translation type="unfinished">Bàn này</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished">Địa chỉ máy chủ</translation>
    </message>
    <message>
        <source>https://server.example.org</source>
        <translation type="unfinished">https://server.example.org</translation>
    </message>
    <message>
        <source>Desk enrolment code</source>
        <translation type="unfinished">Mã đăng ký bàn</translation>
    </message>
    <message>
        <source>Desk code from the server&apos;s admin</source>
        <translation type="unfinished">Mã bàn do quản trị viên máy chủ cấp</translation>
    </message>
    <message>
        <source>&amp;Enrol this desk</source>
        <translation type="unfinished">Đăn&amp;g ký bàn này</translation>
    </message>
    <message>
        <source>Enrol this desk</source>
        <translation type="unfinished">Đăng ký bàn này</translation>
    </message>
    <message>
        <source>read the desk</source>
        <translation type="unfinished">đọc thông tin bàn</translation>
    </message>
    <message>
        <source>%1 desk “%2”, enrolled with %3</source>
        <translation type="unfinished">Bàn %1 “%2”, đã đăng ký với %3</translation>
    </message>
    <message>
        <source>%1 desk “%2”: not enrolled yet</source>
        <translation type="unfinished">Bàn %1 “%2”: chưa đăng ký</translation>
    </message>
    <message>
        <source>Type the server&apos;s address and the desk code.</source>
        <translation type="unfinished">Hãy gõ địa chỉ máy chủ và mã bàn.</translation>
    </message>
    <message>
        <source>The desk is enrolled.</source>
        <translation type="unfinished">Bàn đã được đăng ký.</translation>
    </message>
    <message>
        <source>enrol the desk</source>
        <translation type="unfinished">đăng ký bàn</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished">Cảnh báo</translation>
    </message>
    <message>
        <source>Police</source>
        <translation type="unfinished">Cảnh sát</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation type="unfinished">Quản trị</translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished">có</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished">không</translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished">Ngày</translation>
    </message>
    <message>
        <source>Part of day</source>
        <translation type="unfinished">Buổi trong ngày</translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished">Vùng</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished">Chuyện gì đã xảy ra</translation>
    </message>
    <message>
        <source>Perpetrators</source>
        <translation type="unfinished">Người gây hại</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation type="unfinished">Xe</translation>
    </message>
    <message>
        <source>Weapon used</source>
        <translation type="unfinished">Có dùng vũ khí</translation>
    </message>
    <message>
        <source>Injured</source>
        <translation type="unfinished">Bị thương</translation>
    </message>
    <message>
        <source>Injury</source>
        <translation type="unfinished">Thương tích</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished">Tóm tắt</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished">Liên hệ</translation>
    </message>
    <message>
        <source>through the project only</source>
        <translation type="unfinished">chỉ qua dự án</translation>
    </message>
    <message>
        <source>not in any other report</source>
        <translation type="unfinished">không có trong báo cáo nào khác</translation>
    </message>
</context>
<context>
    <name>DeskPolicePage</name>
    <message>
        <source>Police</source>
        <translation type="unfinished">Cảnh sát</translation>
    </message>
    <message>
        <source>Police reports</source>
        <translation type="unfinished">Báo cáo cho cảnh sát</translation>
    </message>
    <message>
        <source>Disclose</source>
        <translation type="unfinished">Tiết lộ</translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished">Loại</translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished">Vùng</translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished">Khi nào</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished">Xếp loại</translation>
    </message>
    <message>
        <source>The selected police report</source>
        <translation type="unfinished">Báo cáo cho cảnh sát đã chọn</translation>
    </message>
    <message>
        <source>Source grade</source>
        <translation type="unfinished">Xếp loại nguồn</translation>
    </message>
    <message>
        <source>Intelligence grade</source>
        <translation type="unfinished">Xếp loại thông tin</translation>
    </message>
    <message>
        <source>Handling code</source>
        <translation type="unfinished">Mã xử lý</translation>
    </message>
    <message>
        <source>Handling conditions</source>
        <translation type="unfinished">Điều kiện xử lý</translation>
    </message>
    <message>
        <source>Conditions (handling code C only)</source>
        <translation type="unfinished">Điều kiện (chỉ với mã xử lý C)</translation>
    </message>
    <message>
        <source>&amp;Grade ticked reports</source>
        <translation type="unfinished">Xế&amp;p loại các báo cáo đã đánh dấu</translation>
    </message>
    <message>
        <source>Grade the ticked reports</source>
        <translation type="unfinished">Xếp loại các báo cáo đã đánh dấu</translation>
    </message>
    <message>
        <source>Receiving police force</source>
        <translation type="unfinished">Lực lượng cảnh sát nhận</translation>
    </message>
    <message>
        <source>The charity&apos;s name as the police know it</source>
        <translation type="unfinished">Tên tổ chức theo cách cảnh sát biết</translation>
    </message>
    <message>
        <source>Your name (kept in the log)</source>
        <translation type="unfinished">Tên của bạn (lưu trong nhật ký)</translation>
    </message>
    <message>
        <source>File type</source>
        <translation type="unfinished">Loại tệp</translation>
    </message>
    <message>
        <source>CSV (one column per field)</source>
        <translation type="unfinished">CSV (mỗi trường một cột)</translation>
    </message>
    <message>
        <source>PDF (printable)</source>
        <translation type="unfinished">PDF (để in)</translation>
    </message>
    <message>
        <source>E&amp;xport for the force…</source>
        <translation type="unfinished">&amp;Xuất cho lực lượng cảnh sát…</translation>
    </message>
    <message>
        <source>Export the ticked reports</source>
        <translation type="unfinished">Xuất các báo cáo đã đánh dấu</translation>
    </message>
    <message>
        <source>Disclosure log</source>
        <translation type="unfinished">Nhật ký tiết lộ</translation>
    </message>
    <message>
        <source>Force</source>
        <translation type="unfinished">Lực lượng</translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished">Bởi</translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished">Tệp</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished">Báo cáo</translation>
    </message>
    <message>
        <source>Notices to police forces</source>
        <translation type="unfinished">Thông báo cho lực lượng cảnh sát</translation>
    </message>
    <message>
        <source>Notify</source>
        <translation type="unfinished">Thông báo</translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished">Lý do</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation type="unfinished">Tạo lúc</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">Xong</translation>
    </message>
    <message>
        <source>Mark &amp;notified</source>
        <translation type="unfinished">Đánh &amp;dấu đã thông báo</translation>
    </message>
    <message>
        <source>Mark the selected notice as done</source>
        <translation type="unfinished">Đánh dấu thông báo đã chọn là xong</translation>
    </message>
    <message>
        <source>&amp;Force:</source>
        <translation type="unfinished">&amp;Lực lượng:</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation type="unfinished">&amp;Cơ quan:</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation type="unfinished">&amp;Bởi:</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation type="unfinished">&amp;Tệp:</translation>
    </message>
    <message>
        <source>Disclosure log:</source>
        <translation type="unfinished">Nhật ký tiết lộ:</translation>
    </message>
    <message>
        <source>Withdrawn after disclosure — tell the force:</source>
        <translation type="unfinished">Bị rút lại sau khi tiết lộ — hãy báo cho lực lượng cảnh sát:</translation>
    </message>
    <message>
        <source>3x5x2 grade (source, intelligence, handling):</source>
        <translation type="unfinished">Xếp loại 3x5x2 (nguồn, thông tin, xử lý):</translation>
    </message>
    <message>
        <source>load the police reports</source>
        <translation type="unfinished">tải báo cáo cho cảnh sát</translation>
    </message>
    <message>
        <source>a disclosed report was withdrawn</source>
        <translation type="unfinished">một báo cáo đã tiết lộ bị rút lại</translation>
    </message>
    <message>
        <source>TO DO</source>
        <translation type="unfinished">CẦN LÀM</translation>
    </message>
    <message>
        <source>told %1 by %2</source>
        <translation type="unfinished">%2 đã báo cho %1</translation>
    </message>
    <message>
        <source>Tick the reports to grade first.</source>
        <translation type="unfinished">Hãy đánh dấu các báo cáo cần xếp loại trước.</translation>
    </message>
    <message>
        <source>Not a valid grade: %1</source>
        <translation type="unfinished">Xếp loại không hợp lệ: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) graded %1.</source>
        <translation type="unfinished">
            <numerusform>Đã xếp loại %1 cho %n báo cáo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick the reports to disclose first.</source>
        <translation type="unfinished">Hãy đánh dấu các báo cáo cần tiết lộ trước.</translation>
    </message>
    <message numerus="yes">
        <source>No grade yet for %n ticked report(s).</source>
        <translation type="unfinished">
            <numerusform>Chưa có xếp loại cho %n báo cáo đã đánh dấu.</numerusform>
        </translation>
    </message>
    <message>
        <source>prepare the export</source>
        <translation type="unfinished">chuẩn bị bản xuất</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) for %1:</source>
        <translation type="unfinished">
            <numerusform>%n báo cáo cho %1:</numerusform>
        </translation>
    </message>
    <message>
        <source>They are written in plain text to a file you choose next, and the disclosure is logged.</source>
        <translation type="unfinished">Chúng được ghi dạng văn bản thường vào tệp bạn chọn tiếp theo, và việc tiết lộ được ghi nhật ký.</translation>
    </message>
    <message>
        <source>Disclose to the police</source>
        <translation type="unfinished">Tiết lộ cho cảnh sát</translation>
    </message>
    <message>
        <source>Choose the file…</source>
        <translation type="unfinished">Chọn tệp…</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished">Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished">Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the police export</source>
        <translation type="unfinished">Lưu bản xuất cho cảnh sát</translation>
    </message>
    <message>
        <source>%1 already exists: choose a new file.</source>
        <translation type="unfinished">%1 đã tồn tại: hãy chọn tệp mới.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n report(s) to %1; the disclosure is logged.</source>
        <translation type="unfinished">
            <numerusform>Đã ghi %n báo cáo vào %1; việc tiết lộ đã được ghi nhật ký.</numerusform>
        </translation>
    </message>
    <message>
        <source>export</source>
        <translation type="unfinished">xuất</translation>
    </message>
    <message>
        <source>Select the notice the force was told of.</source>
        <translation type="unfinished">Hãy chọn thông báo mà lực lượng cảnh sát đã được báo.</translation>
    </message>
    <message>
        <source>Kept: %1 was told.</source>
        <translation type="unfinished">Đã ghi nhận: đã báo cho %1.</translation>
    </message>
    <message>
        <source>mark the notice</source>
        <translation type="unfinished">đánh dấu thông báo</translation>
    </message>
</context>
<context>
    <name>DeskQueuePage</name>
    <message>
        <source>Queue</source>
        <translation type="unfinished">Hàng đợi</translation>
    </message>
    <message>
        <source>&amp;Pull new reports</source>
        <translation type="unfinished">&amp;Lấy báo cáo mới</translation>
    </message>
    <message>
        <source>Pull new reports</source>
        <translation type="unfinished">Lấy báo cáo mới</translation>
    </message>
    <message>
        <source>Also &amp;those another desk took</source>
        <translation type="unfinished">Cả những báo cáo &amp;bàn khác đã nhận</translation>
    </message>
    <message>
        <source>A second desk of this role: fetch the reports the first desk already acknowledged.</source>
        <translation type="unfinished">Bàn thứ hai cùng vai trò: lấy các báo cáo mà bàn đầu tiên đã xác nhận.</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished">Mục đích</translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished">Vùng</translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished">Tháng</translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished">Trạng thái</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished">Báo cáo</translation>
    </message>
    <message>
        <source>Pulled</source>
        <translation type="unfinished">Lấy lúc</translation>
    </message>
    <message>
        <source>The opened report</source>
        <translation type="unfinished">Báo cáo đang mở</translation>
    </message>
    <message>
        <source>Start &amp;review</source>
        <translation type="unfinished">Bắt đầu &amp;duyệt</translation>
    </message>
    <message>
        <source>Start reviewing this report</source>
        <translation type="unfinished">Bắt đầu duyệt báo cáo này</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation type="unfinished">Đánh dấu &amp;xong</translation>
    </message>
    <message>
        <source>Mark this report done</source>
        <translation type="unfinished">Đánh dấu báo cáo này là xong</translation>
    </message>
    <message>
        <source>Back to &amp;new</source>
        <translation type="unfinished">Trả về &amp;mới</translation>
    </message>
    <message>
        <source>Put this report back to new</source>
        <translation type="unfinished">Đưa báo cáo này trở lại mới</translation>
    </message>
    <message>
        <source>Withdrawn reports</source>
        <translation type="unfinished">Báo cáo bị rút lại</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished">Đã rút lại</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished">Việc cần làm</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation type="unfinished">Mục đích:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation type="unfinished">Vùng:</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation type="unfinished">Tháng:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation type="unfinished">Trạng thái:</translation>
    </message>
    <message>
        <source>Withdrawn by the person (the decrypted copy is deleted):</source>
        <translation type="unfinished">Bị người đó rút lại (bản đã giải mã bị xóa):</translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished">Tất cả</translation>
    </message>
    <message>
        <source>load the queue</source>
        <translation type="unfinished">tải hàng đợi</translation>
    </message>
    <message>
        <source>Disclosed: notify %1 (Police page)</source>
        <translation type="unfinished">Đã tiết lộ: hãy báo cho %1 (trang Cảnh sát)</translation>
    </message>
    <message>
        <source>Disclosed to the police: the force was told</source>
        <translation type="unfinished">Đã tiết lộ cho cảnh sát: lực lượng đã được báo</translation>
    </message>
    <message>
        <source>Nothing to do: it was never disclosed</source>
        <translation type="unfinished">Không cần làm gì: chưa từng tiết lộ</translation>
    </message>
    <message>
        <source>%1 shown · %2 new of %3 held</source>
        <translation type="unfinished">%1 đang hiện · %2 mới trong %3 đang giữ</translation>
    </message>
    <message>
        <source>open the report</source>
        <translation type="unfinished">mở báo cáo</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished">Tổ chức</translation>
    </message>
    <message numerus="yes">
        <source>in %n other report(s)</source>
        <translation type="unfinished">
            <numerusform>trong %n báo cáo khác</numerusform>
        </translation>
    </message>
    <message>
        <source>The report is now: %1</source>
        <translation type="unfinished">Báo cáo hiện ở trạng thái: %1</translation>
    </message>
    <message>
        <source>change the state</source>
        <translation type="unfinished">đổi trạng thái</translation>
    </message>
    <message>
        <source>Pulling new reports…</source>
        <translation type="unfinished">Đang lấy báo cáo mới…</translation>
    </message>
    <message numerus="yes">
        <source>%n new report(s), %1 withdrawn.</source>
        <translation type="unfinished">
            <numerusform>%n báo cáo mới, %1 bị rút lại.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n did not open with this desk&apos;s key.</source>
        <translation type="unfinished">
            <numerusform>%n không mở được bằng khóa của bàn này.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) to review.</source>
        <translation type="unfinished">
            <numerusform>%n cảnh báo cần duyệt.</numerusform>
        </translation>
    </message>
    <message>
        <source>pull</source>
        <translation type="unfinished">lấy báo cáo</translation>
    </message>
</context>
<context>
    <name>DeskStatsPage</name>
    <message>
        <source>Statistics</source>
        <translation type="unfinished">Thống kê</translation>
    </message>
    <message>
        <source>No figures opened yet.</source>
        <translation type="unfinished">Chưa mở số liệu nào.</translation>
    </message>
    <message>
        <source>Fetch from the &amp;server</source>
        <translation type="unfinished">Lấy từ máy &amp;chủ</translation>
    </message>
    <message>
        <source>Fetch the figures for this period from the server</source>
        <translation type="unfinished">Lấy số liệu của giai đoạn này từ máy chủ</translation>
    </message>
    <message>
        <source>&amp;Open the server&apos;s figures…</source>
        <translation type="unfinished">&amp;Mở số liệu của máy chủ…</translation>
    </message>
    <message>
        <source>Open the server&apos;s figures</source>
        <translation type="unfinished">Mở số liệu của máy chủ</translation>
    </message>
    <message>
        <source>First month</source>
        <translation type="unfinished">Tháng đầu</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation type="unfinished">Tháng cuối</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation type="unfinished">&amp;Hiện</translation>
    </message>
    <message>
        <source>Show the figures for this period</source>
        <translation type="unfinished">Hiện số liệu cho giai đoạn này</translation>
    </message>
    <message>
        <source>Table to chart</source>
        <translation type="unfinished">Bảng để vẽ biểu đồ</translation>
    </message>
    <message>
        <source>Chart of the chosen table</source>
        <translation type="unfinished">Biểu đồ của bảng đã chọn</translation>
    </message>
    <message>
        <source>Tables as published</source>
        <translation type="unfinished">Các bảng như đã công bố</translation>
    </message>
    <message>
        <source>Funder report file type</source>
        <translation type="unfinished">Loại tệp của báo cáo cho nhà tài trợ</translation>
    </message>
    <message>
        <source>PDF with charts</source>
        <translation type="unfinished">PDF có biểu đồ</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation type="unfinished">CSV</translation>
    </message>
    <message>
        <source>&amp;Export funder report…</source>
        <translation type="unfinished">&amp;Xuất báo cáo cho nhà tài trợ…</translation>
    </message>
    <message>
        <source>Export the funder report</source>
        <translation type="unfinished">Xuất báo cáo cho nhà tài trợ</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished">&amp;Từ:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished">Đế&amp;n:</translation>
    </message>
    <message>
        <source>&amp;Chart:</source>
        <translation type="unfinished">&amp;Biểu đồ:</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished">Tệp JSON (*.json)</translation>
    </message>
    <message>
        <source>Figures: %1</source>
        <translation type="unfinished">Số liệu: %1</translation>
    </message>
    <message>
        <source>Figures: from the server</source>
        <translation type="unfinished">Số liệu: từ máy chủ</translation>
    </message>
    <message>
        <source>fetch the figures</source>
        <translation type="unfinished">lấy số liệu</translation>
    </message>
    <message>
        <source>Fetch the figures from the server or open a file first.</source>
        <translation type="unfinished">Hãy lấy số liệu từ máy chủ hoặc mở một tệp trước.</translation>
    </message>
    <message>
        <source>read the figures</source>
        <translation type="unfinished">đọc số liệu</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s); counts suppressed by the disclosure rule: %1.</source>
        <translation type="unfinished">
            <numerusform>%n bảng; số đếm bị ẩn theo quy tắc tiết lộ: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not drawn (the disclosure rule): %n suppressed count(s).</source>
        <translation type="unfinished">
            <numerusform>Không vẽ (quy tắc tiết lộ): %n số đếm bị ẩn.</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished">Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished">Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save the funder report</source>
        <translation type="unfinished">Lưu báo cáo cho nhà tài trợ</translation>
    </message>
    <message>
        <source>%1 already exists: choose a new file.</source>
        <translation type="unfinished">%1 đã tồn tại: hãy chọn tệp mới.</translation>
    </message>
    <message>
        <source>Funder report written to %1 (%2 tables).</source>
        <translation type="unfinished">Đã ghi báo cáo cho nhà tài trợ vào %1 (%2 bảng).</translation>
    </message>
    <message>
        <source>export the funder report</source>
        <translation type="unfinished">xuất báo cáo cho nhà tài trợ</translation>
    </message>
</context>
<context>
    <name>DetailsEditor</name>
    <message>
        <source>Phone numbers:</source>
        <translation type="unfinished">Số điện thoại:</translation>
    </message>
    <message>
        <source>E-mail addresses:</source>
        <translation type="unfinished">Địa chỉ e-mail:</translation>
    </message>
    <message>
        <source>Handles:</source>
        <translation type="unfinished">Tên tài khoản:</translation>
    </message>
    <message>
        <source>Name used:</source>
        <translation type="unfinished">Tên đã dùng:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation type="unfinished">Mô tả:</translation>
    </message>
    <message>
        <source>Plate:</source>
        <translation type="unfinished">Biển số:</translation>
    </message>
    <message>
        <source>Make:</source>
        <translation type="unfinished">Hãng xe:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation type="unfinished">Mẫu xe:</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation type="unfinished">Màu:</translation>
    </message>
    <message>
        <source>Perpetrator %1</source>
        <translation type="unfinished">Người gây hại %1</translation>
    </message>
    <message>
        <source>Vehicle %1</source>
        <translation type="unfinished">Xe %1</translation>
    </message>
</context>
<context>
    <name>FirstRunScreen</name>
    <message>
        <source>Welcome to Outreach</source>
        <translation type="unfinished">Chào mừng đến với Outreach</translation>
    </message>
    <message>
        <source>Everything you record is kept encrypted on this laptop. Choose a passphrase to protect it: a few unrelated words are easier to remember than symbols.</source>
        <translation type="unfinished">Mọi thứ bạn ghi lại được giữ mã hóa trên máy tính xách tay này. Hãy chọn một cụm mật khẩu để bảo vệ: vài từ không liên quan dễ nhớ hơn ký hiệu.</translation>
    </message>
    <message>
        <source>If this passphrase is lost, the records cannot be recovered — not by the charity, not by anyone. Keep a copy somewhere safe, away from this laptop.</source>
        <translation type="unfinished">Nếu mất cụm mật khẩu này, không thể khôi phục hồ sơ — tổ chức không thể, không ai có thể. Hãy giữ một bản ở nơi an toàn, tránh xa máy tính này.</translation>
    </message>
    <message>
        <source>Warning about losing the passphrase</source>
        <translation type="unfinished">Cảnh báo về việc mất cụm mật khẩu</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished">Cụm mật khẩu mới</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation type="unfinished">Nhập lại cụm mật khẩu</translation>
    </message>
    <message>
        <source>&amp;Suggest a passphrase</source>
        <translation type="unfinished">&amp;Gợi ý một cụm mật khẩu</translation>
    </message>
    <message>
        <source>Suggest a passphrase of random words</source>
        <translation type="unfinished">Gợi ý cụm mật khẩu gồm các từ ngẫu nhiên</translation>
    </message>
    <message>
        <source>Show what I type</source>
        <translation type="unfinished">Hiện những gì tôi gõ</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation type="unfinished">Hiện cụm mật khẩu</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation type="unfinished">Độ mạnh cụm mật khẩu</translation>
    </message>
    <message>
        <source>Passphrase feedback</source>
        <translation type="unfinished">Nhận xét về cụm mật khẩu</translation>
    </message>
    <message>
        <source>Create the vault</source>
        <translation type="unfinished">Tạo kho bảo mật</translation>
    </message>
    <message>
        <source>Restore from a backup instead…</source>
        <translation type="unfinished">Khôi phục từ bản sao lưu thay thế…</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished">Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished">&amp;Cụm mật khẩu:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation type="unfinished">&amp;Nhập lại:</translation>
    </message>
    <message>
        <source>Strong enough.</source>
        <translation type="unfinished">Đủ mạnh.</translation>
    </message>
    <message>
        <source>A passphrase of six random words is shown. Write it down and keep it somewhere safe away from this laptop before you go on.</source>
        <translation type="unfinished">Một cụm mật khẩu gồm sáu từ ngẫu nhiên được hiện ra. Hãy ghi lại và cất ở nơi an toàn, xa máy tính này, trước khi tiếp tục.</translation>
    </message>
    <message>
        <source>The two match.</source>
        <translation type="unfinished">Hai lần nhập khớp nhau.</translation>
    </message>
    <message>
        <source>The two do not match yet.</source>
        <translation type="unfinished">Hai lần nhập chưa khớp.</translation>
    </message>
    <message>
        <source>Creating the encrypted vault…</source>
        <translation type="unfinished">Đang tạo kho bảo mật mã hóa…</translation>
    </message>
</context>
<context>
    <name>IncidentForm</name>
    <message>
        <source>Interview step</source>
        <translation type="unfinished">Bước phỏng vấn</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished">Chuyện gì đã xảy ra</translation>
    </message>
    <message>
        <source>When and where</source>
        <translation type="unfinished">Khi nào và ở đâu</translation>
    </message>
    <message>
        <source>Perpetrators and vehicles</source>
        <translation type="unfinished">Người gây hại và xe</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation type="unfinished">Những gì đã nói</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished">Đồng ý</translation>
    </message>
    <message>
        <source>What will be shared</source>
        <translation type="unfinished">Những gì sẽ được chia sẻ</translation>
    </message>
    <message>
        <source>Interview message</source>
        <translation type="unfinished">Thông báo phỏng vấn</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished">&amp;Quay lại</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation type="unfinished">Bước trước</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished">T&amp;iếp</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished">Bước tiếp theo</translation>
    </message>
    <message>
        <source>Save and continue to &amp;consent</source>
        <translation type="unfinished">Lưu và tiếp tục tới &amp;đồng ý</translation>
    </message>
    <message>
        <source>Save the incident and continue to consent</source>
        <translation type="unfinished">Lưu sự việc và tiếp tục tới phần đồng ý</translation>
    </message>
    <message>
        <source>Save and cl&amp;ose</source>
        <translation type="unfinished">&amp;Lưu và đóng</translation>
    </message>
    <message>
        <source>Save the incident and close</source>
        <translation type="unfinished">Lưu sự việc và đóng</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation type="unfinished">Đóng mà không lưu</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation type="unfinished">Bước %1 trên %2: %3</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Đóng</translation>
    </message>
    <message>
        <source>Closed.</source>
        <translation type="unfinished">Đã đóng.</translation>
    </message>
    <message>
        <source>Closed without saving.</source>
        <translation type="unfinished">Đã đóng mà không lưu.</translation>
    </message>
    <message>
        <source>Close without saving?</source>
        <translation type="unfinished">Đóng mà không lưu?</translation>
    </message>
    <message>
        <source>What was typed in this interview since it was last saved will be lost.</source>
        <translation type="unfinished">Những gì đã gõ trong cuộc phỏng vấn này từ lần lưu cuối sẽ mất.</translation>
    </message>
    <message>
        <source>Discard what was typed</source>
        <translation type="unfinished">Bỏ những gì đã gõ</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation type="unfinished">Tiếp tục sửa</translation>
    </message>
    <message>
        <source>Tick at least one thing that happened (step 1).</source>
        <translation type="unfinished">Hãy đánh dấu ít nhất một điều đã xảy ra (bước 1).</translation>
    </message>
    <message>
        <source>Type the worker&apos;s initials (step 1).</source>
        <translation type="unfinished">Hãy gõ tên viết tắt của nhân viên (bước 1).</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished">Số điện thoại</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation type="unfinished">Địa chỉ e-mail</translation>
    </message>
</context>
<context>
    <name>IncidentsPage</name>
    <message>
        <source>changed since shared: needs the person&apos;s consent again (open it to confirm)</source>
        <translation type="unfinished">đã thay đổi sau khi chia sẻ: cần sự đồng ý của người đó lần nữa (mở để xác nhận)</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished">Sự việc</translation>
    </message>
    <message>
        <source>Filter by type</source>
        <translation type="unfinished">Lọc theo loại</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation type="unfinished">Mọi loại</translation>
    </message>
    <message>
        <source>&amp;New incident</source>
        <translation type="unfinished">Sự việc &amp;mới</translation>
    </message>
    <message>
        <source>Record a new incident</source>
        <translation type="unfinished">Ghi lại sự việc mới</translation>
    </message>
    <message>
        <source>&amp;Open / share…</source>
        <translation type="unfinished">&amp;Mở / chia sẻ…</translation>
    </message>
    <message>
        <source>Open the selected incident</source>
        <translation type="unfinished">Mở sự việc đã chọn</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished">&amp;Xóa…</translation>
    </message>
    <message>
        <source>Delete the selected incident</source>
        <translation type="unfinished">Xóa sự việc đã chọn</translation>
    </message>
    <message>
        <source>&amp;Forget this person…</source>
        <translation type="unfinished">&amp;Quên người này…</translation>
    </message>
    <message>
        <source>Forget the person of the selected incident</source>
        <translation type="unfinished">Quên người của sự việc đã chọn</translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished">Khi nào</translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished">Khu vực</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation type="unfinished">Biệt danh</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation type="unfinished">(chưa ghi)</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished">Chuyện gì đã xảy ra</translation>
    </message>
    <message>
        <source>Injury</source>
        <translation type="unfinished">Thương tích</translation>
    </message>
    <message>
        <source>Perpetrators</source>
        <translation type="unfinished">Người gây hại</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation type="unfinished">Xe</translation>
    </message>
    <message>
        <source>Where exactly</source>
        <translation type="unfinished">Chính xác ở đâu</translation>
    </message>
    <message>
        <source>Their words</source>
        <translation type="unfinished">Lời của họ</translation>
    </message>
    <message>
        <source>Alert summary</source>
        <translation type="unfinished">Tóm tắt cảnh báo</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation type="unfinished">Chia sẻ</translation>
    </message>
    <message>
        <source>The interview you had started before the lock was restored.</source>
        <translation type="unfinished">Cuộc phỏng vấn bạn bắt đầu trước khi khóa đã được khôi phục.</translation>
    </message>
    <message>
        <source>restore the interview</source>
        <translation type="unfinished">khôi phục cuộc phỏng vấn</translation>
    </message>
    <message>
        <source>open the form</source>
        <translation type="unfinished">mở biểu mẫu</translation>
    </message>
    <message>
        <source>That incident is no longer stored.</source>
        <translation type="unfinished">Sự việc đó không còn được lưu.</translation>
    </message>
    <message>
        <source>open the incident</source>
        <translation type="unfinished">mở sự việc</translation>
    </message>
    <message>
        <source>Incident deleted.</source>
        <translation type="unfinished">Đã xóa sự việc.</translation>
    </message>
    <message>
        <source>delete the incident</source>
        <translation type="unfinished">xóa sự việc</translation>
    </message>
    <message>
        <source>Delete incident</source>
        <translation type="unfinished">Xóa sự việc</translation>
    </message>
    <message>
        <source>Delete the incident of %1 from this device? This cannot be undone. A report already sent is not recalled by this: withdraw it with the withdrawal code.</source>
        <translation type="unfinished">Xóa sự việc của %1 khỏi thiết bị này? Không thể hoàn tác. Báo cáo đã gửi không bị thu hồi bằng cách này: hãy rút lại bằng mã rút lại.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Street</source>
        <translation type="unfinished">Đường phố</translation>
    </message>
    <message>
        <source>Van</source>
        <translation type="unfinished">Xe lưu động</translation>
    </message>
    <message>
        <source>Drop-in</source>
        <translation type="unfinished">Điểm tiếp nhận</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">Điện thoại</translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished">Trực tuyến</translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished">Trực tiếp</translation>
    </message>
    <message>
        <source>Advocacy</source>
        <translation type="unfinished">Vận động</translation>
    </message>
    <message>
        <source>Condoms</source>
        <translation type="unfinished">Bao cao su</translation>
    </message>
    <message>
        <source>Lube</source>
        <translation type="unfinished">Chất bôi trơn</translation>
    </message>
    <message>
        <source>Needles/syringes</source>
        <translation type="unfinished">Kim/bơm tiêm</translation>
    </message>
    <message>
        <source>Naloxone</source>
        <translation type="unfinished">Naloxone</translation>
    </message>
    <message>
        <source>Safety leaflets</source>
        <translation type="unfinished">Tờ rơi an toàn</translation>
    </message>
    <message>
        <source>Alert bulletins</source>
        <translation type="unfinished">Bản tin cảnh báo</translation>
    </message>
    <message>
        <source>Food/drink</source>
        <translation type="unfinished">Đồ ăn/thức uống</translation>
    </message>
    <message>
        <source>Other supplies</source>
        <translation type="unfinished">Vật phẩm khác</translation>
    </message>
    <message>
        <source>Sexual health</source>
        <translation type="unfinished">Sức khỏe tình dục</translation>
    </message>
    <message>
        <source>Drugs/alcohol</source>
        <translation type="unfinished">Ma túy/rượu</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation type="unfinished">Nhà ở</translation>
    </message>
    <message>
        <source>ISVA/victim support</source>
        <translation type="unfinished">ISVA/hỗ trợ nạn nhân</translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation type="unfinished">Sức khỏe tâm thần</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation type="unfinished">Pháp lý</translation>
    </message>
    <message>
        <source>Other referral</source>
        <translation type="unfinished">Giới thiệu khác</translation>
    </message>
    <message>
        <source>Physical assault</source>
        <translation type="unfinished">Tấn công thể xác</translation>
    </message>
    <message>
        <source>Sexual assault</source>
        <translation type="unfinished">Tấn công tình dục</translation>
    </message>
    <message>
        <source>Rape</source>
        <translation type="unfinished">Hiếp dâm</translation>
    </message>
    <message>
        <source>Robbery/theft</source>
        <translation type="unfinished">Cướp/trộm</translation>
    </message>
    <message>
        <source>Non-payment</source>
        <translation type="unfinished">Không trả tiền</translation>
    </message>
    <message>
        <source>Threats/intimidation</source>
        <translation type="unfinished">Đe dọa/uy hiếp</translation>
    </message>
    <message>
        <source>Condom removal</source>
        <translation type="unfinished">Tháo bao cao su</translation>
    </message>
    <message>
        <source>Stalking/harassment</source>
        <translation type="unfinished">Theo dõi/quấy rối</translation>
    </message>
    <message>
        <source>Kidnap/false imprisonment</source>
        <translation type="unfinished">Bắt cóc/giam giữ trái phép</translation>
    </message>
    <message>
        <source>Verbal abuse</source>
        <translation type="unfinished">Lăng mạ</translation>
    </message>
    <message>
        <source>Hate incident</source>
        <translation type="unfinished">Sự việc do thù ghét</translation>
    </message>
    <message>
        <source>Fraud</source>
        <translation type="unfinished">Lừa đảo</translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished">Khác</translation>
    </message>
    <message>
        <source>Exact time</source>
        <translation type="unfinished">Giờ chính xác</translation>
    </message>
    <message>
        <source>Approximately</source>
        <translation type="unfinished">Khoảng chừng</translation>
    </message>
    <message>
        <source>Sometime that day</source>
        <translation type="unfinished">Lúc nào đó trong ngày đó</translation>
    </message>
    <message>
        <source>Sometime that week</source>
        <translation type="unfinished">Lúc nào đó trong tuần đó</translation>
    </message>
    <message>
        <source>Sometime that month</source>
        <translation type="unfinished">Lúc nào đó trong tháng đó</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation type="unfinished">Dưới 18</translation>
    </message>
    <message>
        <source>18-24</source>
        <translation type="unfinished">18-24</translation>
    </message>
    <message>
        <source>25-34</source>
        <translation type="unfinished">25-34</translation>
    </message>
    <message>
        <source>35-44</source>
        <translation type="unfinished">35-44</translation>
    </message>
    <message>
        <source>45-54</source>
        <translation type="unfinished">45-54</translation>
    </message>
    <message>
        <source>55+</source>
        <translation type="unfinished">55+</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation type="unfinished">Không rõ</translation>
    </message>
    <message>
        <source>Woman</source>
        <translation type="unfinished">Nữ</translation>
    </message>
    <message>
        <source>Man</source>
        <translation type="unfinished">Nam</translation>
    </message>
    <message>
        <source>Trans woman</source>
        <translation type="unfinished">Nữ chuyển giới</translation>
    </message>
    <message>
        <source>Trans man</source>
        <translation type="unfinished">Nam chuyển giới</translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation type="unfinished">Phi nhị nguyên</translation>
    </message>
    <message>
        <source>No injury</source>
        <translation type="unfinished">Không bị thương</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation type="unfinished">Nhẹ</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation type="unfinished">Vừa</translation>
    </message>
    <message>
        <source>Serious</source>
        <translation type="unfinished">Nặng</translation>
    </message>
    <message>
        <source>Slim</source>
        <translation type="unfinished">Gầy</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished">Trung bình</translation>
    </message>
    <message>
        <source>Heavy</source>
        <translation type="unfinished">To béo</translation>
    </message>
    <message>
        <source>Muscular</source>
        <translation type="unfinished">Vạm vỡ</translation>
    </message>
    <message>
        <source>Warn other sex workers (alert)</source>
        <translation type="unfinished">Cảnh báo những người bán dâm khác (cảnh báo)</translation>
    </message>
    <message>
        <source>Count it in statistics</source>
        <translation type="unfinished">Tính vào thống kê</translation>
    </message>
    <message>
        <source>Anonymous intelligence to police</source>
        <translation type="unfinished">Thông tin ẩn danh cho cảnh sát</translation>
    </message>
    <message>
        <source>Police contact (referral)</source>
        <translation type="unfinished">Liên hệ cảnh sát (giới thiệu)</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <source>Add</source>
        <translation type="unfinished">Thêm</translation>
    </message>
    <message>
        <source>Add: %1</source>
        <translation type="unfinished">Thêm: %1</translation>
    </message>
    <message>
        <source>Remove this one</source>
        <translation type="unfinished">Bỏ mục này</translation>
    </message>
    <message>
        <source>Remove: %1</source>
        <translation type="unfinished">Bỏ: %1</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation type="unfinished">Chưa ghi gì.</translation>
    </message>
</context>
<context>
    <name>MainScreen</name>
    <message>
        <source>Pages</source>
        <translation type="unfinished">Trang</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation type="unfinished">%1 (Ctrl+%2)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Outreach</source>
        <translation type="unfinished">Outreach</translation>
    </message>
    <message>
        <source>The vault could not be created: %1</source>
        <translation type="unfinished">Không tạo được kho bảo mật: %1</translation>
    </message>
    <message>
        <source>That passphrase is not right.</source>
        <translation type="unfinished">Cụm mật khẩu đó không đúng.</translation>
    </message>
    <message>
        <source>Too many wrong passphrases in a row.</source>
        <translation type="unfinished">Nhập sai cụm mật khẩu quá nhiều lần liên tiếp.</translation>
    </message>
    <message>
        <source>Outreach is already open in another window. Close it there first.</source>
        <translation type="unfinished">Outreach đã mở ở một cửa sổ khác. Hãy đóng nó ở đó trước.</translation>
    </message>
    <message>
        <source>The vault&apos;s files are damaged and cannot be opened. Nothing was changed. Restore a backup, or ask your coordinator for help.</source>
        <translation type="unfinished">Các tệp của kho bảo mật bị hỏng và không mở được. Không có gì bị thay đổi. Hãy khôi phục bản sao lưu, hoặc nhờ điều phối viên giúp.</translation>
    </message>
    <message>
        <source>The vault could not be opened: %1</source>
        <translation type="unfinished">Không mở được kho bảo mật: %1</translation>
    </message>
    <message>
        <source>The disk is full: the vault is intact, but nothing new can be saved until space is freed. Half-typed forms are kept in memory until then. Free some space, or make a backup to another disk (Settings).</source>
        <translation type="unfinished">Ổ đĩa đã đầy: kho bảo mật vẫn nguyên vẹn, nhưng không lưu được gì mới cho tới khi có chỗ trống. Các biểu mẫu đang gõ dở được giữ trong bộ nhớ tới lúc đó. Hãy giải phóng dung lượng, hoặc sao lưu sang ổ đĩa khác (Cài đặt).</translation>
    </message>
    <message>
        <source>Retention removed %1 contact notes, %2 people, %3 incident texts, %4 sent payloads.</source>
        <translation type="unfinished">Chế độ lưu giữ đã xóa %1 ghi chú tiếp xúc, %2 người, %3 nội dung sự việc, %4 nội dung đã gửi.</translation>
    </message>
    <message>
        <source>An unfinished form was restored on the %1 page.</source>
        <translation type="unfinished">Một biểu mẫu chưa xong đã được khôi phục trên trang %1.</translation>
    </message>
    <message>
        <source>Something went wrong (%1). Nothing was changed.</source>
        <translation type="unfinished">Đã có lỗi (%1). Không có gì bị thay đổi.</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished">Bản nháp</translation>
    </message>
    <message>
        <source>Consented</source>
        <translation type="unfinished">Đã đồng ý</translation>
    </message>
    <message>
        <source>Waiting for a coordinator</source>
        <translation type="unfinished">Chờ điều phối viên</translation>
    </message>
    <message>
        <source>Rejected by a coordinator</source>
        <translation type="unfinished">Bị điều phối viên từ chối</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation type="unfinished">Chờ gửi</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished">Đang gửi</translation>
    </message>
    <message>
        <source>Sent (receipt stored)</source>
        <translation type="unfinished">Đã gửi (đã lưu biên nhận)</translation>
    </message>
    <message>
        <source>Parked: needs attention</source>
        <translation type="unfinished">Tạm giữ: cần chú ý</translation>
    </message>
    <message>
        <source>Replaced by a newer version</source>
        <translation type="unfinished">Đã được thay bằng phiên bản mới hơn</translation>
    </message>
    <message>
        <source>Withdrawal waiting to be sent</source>
        <translation type="unfinished">Yêu cầu rút lại đang chờ gửi</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished">Đã rút lại</translation>
    </message>
    <message>
        <source>Withdrawn on the server</source>
        <translation type="unfinished">Đã rút lại trên máy chủ</translation>
    </message>
    <message>
        <source>Not found on the server yet: asked again at each sync for 30 days</source>
        <translation type="unfinished">Chưa tìm thấy trên máy chủ: hỏi lại mỗi lần đồng bộ trong 30 ngày</translation>
    </message>
    <message>
        <source>Not found on the server; it still withdraws the report if it arrives</source>
        <translation type="unfinished">Không tìm thấy trên máy chủ; vẫn rút lại báo cáo nếu nó tới</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished">Đã đổi</translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished">Gì</translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished">Cho</translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished">Trạng thái</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation type="unfinished">Số lần thử</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished">Lý do</translation>
    </message>
    <message>
        <source>Withdrawal of consent</source>
        <translation type="unfinished">Rút lại sự đồng ý</translation>
    </message>
    <message>
        <source>Report v%1</source>
        <translation type="unfinished">Báo cáo v%1</translation>
    </message>
    <message>
        <source> (incident of %1)</source>
        <translation type="unfinished"> (sự việc lúc %1)</translation>
    </message>
</context>
<context>
    <name>PassphrasesSection</name>
    <message>
        <source>Passphrases</source>
        <translation type="unfinished">Cụm mật khẩu</translation>
    </message>
    <message>
        <source>Passphrases of this vault</source>
        <translation type="unfinished">Các cụm mật khẩu của kho bảo mật này</translation>
    </message>
    <message>
        <source>Re&amp;move passphrase…</source>
        <translation type="unfinished">&amp;Bỏ cụm mật khẩu…</translation>
    </message>
    <message>
        <source>Remove the selected passphrase</source>
        <translation type="unfinished">Bỏ cụm mật khẩu đã chọn</translation>
    </message>
    <message>
        <source>Passphrases message</source>
        <translation type="unfinished">Thông báo về cụm mật khẩu</translation>
    </message>
    <message>
        <source>Removing a passphrase changes the vault&apos;s key, so a copy of the old key file with that passphrase opens nothing. The other passphrases keep working.</source>
        <translation type="unfinished">Bỏ một cụm mật khẩu sẽ đổi khóa của kho bảo mật, nên bản sao tệp khóa cũ với cụm mật khẩu đó không mở được gì. Các cụm mật khẩu khác vẫn dùng được.</translation>
    </message>
    <message>
        <source>list the passphrases</source>
        <translation type="unfinished">liệt kê cụm mật khẩu</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation type="unfinished">điều phối viên</translation>
    </message>
    <message>
        <source>worker</source>
        <translation type="unfinished">nhân viên</translation>
    </message>
    <message>
        <source> (this session)</source>
        <translation type="unfinished"> (phiên này)</translation>
    </message>
    <message>
        <source>Remove passphrase</source>
        <translation type="unfinished">Bỏ cụm mật khẩu</translation>
    </message>
    <message>
        <source>Remove passphrase %1? Whoever uses it can no longer open this vault.</source>
        <translation type="unfinished">Bỏ cụm mật khẩu %1? Người dùng nó sẽ không mở được kho bảo mật này nữa.</translation>
    </message>
    <message>
        <source>Removing the passphrase and changing the vault&apos;s key…</source>
        <translation type="unfinished">Đang bỏ cụm mật khẩu và đổi khóa kho bảo mật…</translation>
    </message>
    <message>
        <source>Passphrase removed; the vault&apos;s key was changed.</source>
        <translation type="unfinished">Đã bỏ cụm mật khẩu; khóa của kho bảo mật đã được đổi.</translation>
    </message>
    <message>
        <source>Also removed (from before the coordinator key): %1</source>
        <translation type="unfinished">Cũng đã bỏ (từ trước khi có khóa điều phối viên): %1</translation>
    </message>
    <message>
        <source>remove the passphrase</source>
        <translation type="unfinished">bỏ cụm mật khẩu</translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <translation type="unfinished">Không thể %1: %2</translation>
    </message>
</context>
<context>
    <name>PerpetratorEditor</name>
    <message>
        <source>Perpetrator&apos;s gender</source>
        <translation type="unfinished">Giới tính người gây hại</translation>
    </message>
    <message>
        <source>Perpetrator&apos;s age from</source>
        <translation type="unfinished">Tuổi người gây hại từ</translation>
    </message>
    <message>
        <source>Perpetrator&apos;s age to</source>
        <translation type="unfinished">Tuổi người gây hại đến</translation>
    </message>
    <message>
        <source>Perpetrator&apos;s build</source>
        <translation type="unfinished">Dáng người của người gây hại</translation>
    </message>
    <message>
        <source>Gender:</source>
        <translation type="unfinished">Giới tính:</translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished">đến</translation>
    </message>
    <message>
        <source>Age:</source>
        <translation type="unfinished">Tuổi:</translation>
    </message>
    <message>
        <source>Build:</source>
        <translation type="unfinished">Dáng người:</translation>
    </message>
    <message>
        <source>Height</source>
        <translation type="unfinished">Chiều cao</translation>
    </message>
    <message>
        <source>Ethnicity (as described)</source>
        <translation type="unfinished">Dân tộc (theo mô tả)</translation>
    </message>
    <message>
        <source>Hair</source>
        <translation type="unfinished">Tóc</translation>
    </message>
    <message>
        <source>Distinguishing features</source>
        <translation type="unfinished">Đặc điểm nhận dạng</translation>
    </message>
    <message>
        <source>Clothing</source>
        <translation type="unfinished">Quần áo</translation>
    </message>
    <message>
        <source>Name they used</source>
        <translation type="unfinished">Tên họ đã dùng</translation>
    </message>
    <message>
        <source>Phone numbers (comma between)</source>
        <translation type="unfinished">Số điện thoại (cách nhau bằng dấu phẩy)</translation>
    </message>
    <message>
        <source>E-mail addresses (comma between)</source>
        <translation type="unfinished">Địa chỉ e-mail (cách nhau bằng dấu phẩy)</translation>
    </message>
    <message>
        <source>Online names (comma between)</source>
        <translation type="unfinished">Tên trên mạng (cách nhau bằng dấu phẩy)</translation>
    </message>
    <message>
        <source>Website or app</source>
        <translation type="unfinished">Trang web hoặc ứng dụng</translation>
    </message>
    <message>
        <source>Problem with: %1</source>
        <translation type="unfinished">Vấn đề với: %1</translation>
    </message>
    <message>
        <source>not known</source>
        <translation type="unfinished">không rõ</translation>
    </message>
</context>
<context>
    <name>PersonChoiceDialog</name>
    <message>
        <source>Which person?</source>
        <translation type="unfinished">Người nào?</translation>
    </message>
    <message>
        <source>%1 people are called “%2”. Who was this?</source>
        <translation type="unfinished">Có %1 người tên “%2”. Đây là ai?</translation>
    </message>
    <message>
        <source>The %1 last seen on %2</source>
        <translation type="unfinished">%1 được gặp lần cuối vào %2</translation>
    </message>
    <message>
        <source>The %1 with no contact or incident yet</source>
        <translation type="unfinished">%1 chưa có lần tiếp xúc hay sự việc nào</translation>
    </message>
    <message>
        <source>Someone new called %1</source>
        <translation type="unfinished">Người mới tên %1</translation>
    </message>
</context>
<context>
    <name>PreviewStep</name>
    <message>
        <source>WHAT WILL BE SHARED</source>
        <translation type="unfinished">NHỮNG GÌ SẼ ĐƯỢC CHIA SẺ</translation>
    </message>
    <message>
        <source>This is exactly what will leave this device when it is sent, and nothing else. Read it with the person. If anything could identify them, go back and change it.</source>
        <translation type="unfinished">Đây chính xác là những gì sẽ rời thiết bị này khi gửi, không có gì khác. Hãy đọc cùng người đó. Nếu có gì có thể nhận ra họ, hãy quay lại và sửa.</translation>
    </message>
    <message>
        <source>What will be shared, in plain words</source>
        <translation type="unfinished">Những gì sẽ được chia sẻ, bằng lời đơn giản</translation>
    </message>
    <message>
        <source>What will be shared, as sent (JSON)</source>
        <translation type="unfinished">Những gì sẽ được chia sẻ, như khi gửi (JSON)</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation type="unfinished">Chi tiết kỹ thuật</translation>
    </message>
    <message>
        <source>Show technical details</source>
        <translation type="unfinished">Hiện chi tiết kỹ thuật</translation>
    </message>
    <message>
        <source>Might still identify someone</source>
        <translation type="unfinished">Vẫn có thể nhận ra ai đó</translation>
    </message>
    <message>
        <source>Look at each marked part with the person: keep it, or remove it from the text it is in. Sealing is possible once every part is decided.</source>
        <translation type="unfinished">Xem từng phần được đánh dấu cùng người đó: giữ lại, hoặc bỏ khỏi đoạn văn chứa nó. Chỉ niêm phong được khi mọi phần đã được quyết định.</translation>
    </message>
    <message>
        <source>Sharing status</source>
        <translation type="unfinished">Trạng thái chia sẻ</translation>
    </message>
    <message>
        <source>&amp;Back to consent</source>
        <translation type="unfinished">&amp;Quay lại phần đồng ý</translation>
    </message>
    <message>
        <source>Back to consent</source>
        <translation type="unfinished">Quay lại phần đồng ý</translation>
    </message>
    <message>
        <source>&amp;Seal and queue for sending</source>
        <translation type="unfinished">&amp;Niêm phong và xếp hàng chờ gửi</translation>
    </message>
    <message>
        <source>Seal and queue for sending</source>
        <translation type="unfinished">Niêm phong và xếp hàng chờ gửi</translation>
    </message>
    <message>
        <source>This is exactly what the new version will send; it replaces the earlier one. Read it with the person. Sealing records that they confirmed it.</source>
        <translation type="unfinished">Đây chính xác là những gì phiên bản mới sẽ gửi; nó thay thế phiên bản trước. Hãy đọc cùng người đó. Niêm phong sẽ ghi nhận rằng họ đã xác nhận.</translation>
    </message>
    <message>
        <source>Confirm and &amp;seal the new version</source>
        <translation type="unfinished">Xác nhận và &amp;niêm phong phiên bản mới</translation>
    </message>
    <message>
        <source>Confirm and seal the new version</source>
        <translation type="unfinished">Xác nhận và niêm phong phiên bản mới</translation>
    </message>
    <message>
        <source>Might still identify someone (%1)</source>
        <translation type="unfinished">Vẫn có thể nhận ra ai đó (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n marked part(s) still to keep or remove before sealing.</source>
        <translation type="unfinished">
            <numerusform>Còn %n phần được đánh dấu cần giữ hoặc bỏ trước khi niêm phong.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removing it from %1…</source>
        <translation type="unfinished">Đang bỏ khỏi %1…</translation>
    </message>
</context>
<context>
    <name>PrintToFile</name>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished">PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation type="unfinished">OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Hủy</translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished">Lưu</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Đóng</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished">&amp;Có</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished">&amp;Không</translation>
    </message>
</context>
<context>
    <name>QuickDeletePanel</name>
    <message>
        <source>DELETE</source>
        <translation type="unfinished">XOA</translation>
    </message>
    <message>
        <source>Quick delete…</source>
        <translation type="unfinished">Xóa nhanh…</translation>
    </message>
    <message>
        <source>Quick delete</source>
        <translation type="unfinished">Xóa nhanh</translation>
    </message>
    <message>
        <source>Everything on this laptop is destroyed and cannot be recovered: the vault, unsent reports, and the files Outreach saved outside it (exports, backups, PDFs) as far as it knows them. No passphrase is needed.</source>
        <translation type="unfinished">Mọi thứ trên máy tính này bị hủy và không thể khôi phục: kho bảo mật, báo cáo chưa gửi, và các tệp Outreach đã lưu bên ngoài (tệp xuất, bản sao lưu, PDF) trong phạm vi nó biết. Không cần cụm mật khẩu.</translation>
    </message>
    <message>
        <source>Type %1 to confirm.</source>
        <translation type="unfinished">Gõ %1 để xác nhận.</translation>
    </message>
    <message>
        <source>Type %1 to confirm quick delete</source>
        <translation type="unfinished">Gõ %1 để xác nhận xóa nhanh</translation>
    </message>
    <message>
        <source>Delete everything now</source>
        <translation type="unfinished">Xóa mọi thứ ngay</translation>
    </message>
    <message>
        <source>Confirm quick delete</source>
        <translation type="unfinished">Xác nhận xóa nhanh</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Hủy</translation>
    </message>
    <message>
        <source>Cancel quick delete</source>
        <translation type="unfinished">Hủy xóa nhanh</translation>
    </message>
</context>
<context>
    <name>RecordListPage</name>
    <message>
        <source>Any time</source>
        <translation type="unfinished">Bất kỳ lúc nào</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished">24 giờ qua</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished">7 ngày qua</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished">30 ngày qua</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation type="unfinished">12 tháng qua</translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished">Tìm kiếm</translation>
    </message>
    <message>
        <source>Search: words, alias, phone number or plate (Ctrl+F)</source>
        <translation type="unfinished">Tìm: từ ngữ, biệt danh, số điện thoại hoặc biển số (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter by area</source>
        <translation type="unfinished">Lọc theo khu vực</translation>
    </message>
    <message>
        <source>Any area</source>
        <translation type="unfinished">Mọi khu vực</translation>
    </message>
    <message>
        <source>Filter by date</source>
        <translation type="unfinished">Lọc theo ngày</translation>
    </message>
    <message>
        <source>Number of records shown</source>
        <translation type="unfinished">Số hồ sơ đang hiện</translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished">Hồ sơ</translation>
    </message>
    <message>
        <source>Selected record</source>
        <translation type="unfinished">Hồ sơ đã chọn</translation>
    </message>
    <message>
        <source>Select a row to see it here.</source>
        <translation type="unfinished">Chọn một hàng để xem ở đây.</translation>
    </message>
    <message>
        <source>Page message</source>
        <translation type="unfinished">Thông báo của trang</translation>
    </message>
    <message>
        <source>list records</source>
        <translation type="unfinished">liệt kê hồ sơ</translation>
    </message>
    <message>
        <source>%1 shown</source>
        <translation type="unfinished">Đang hiện %1</translation>
    </message>
    <message>
        <source>this person</source>
        <translation type="unfinished">người này</translation>
    </message>
    <message>
        <source>Forget %1?

This permanently erases %1 and everything recorded about them on this device: %2 contacts and %3 incidents, with their consents and unsent reports. It cannot be undone.

Reports already sent to the charity will be withdrawn from its server at the next sync. An alert already read, or intelligence already passed to the police, cannot be recalled.</source>
        <translation type="unfinished">Quên %1?

Việc này xóa vĩnh viễn %1 và mọi thứ đã ghi về họ trên thiết bị này: %2 lần tiếp xúc và %3 sự việc, cùng với sự đồng ý và báo cáo chưa gửi. Không thể hoàn tác.

Các báo cáo đã gửi cho tổ chức sẽ được rút khỏi máy chủ của họ ở lần đồng bộ tới. Cảnh báo đã được đọc, hoặc thông tin đã chuyển cho cảnh sát, thì không thể thu hồi.</translation>
    </message>
    <message>
        <source>Forget %1 and erase %2 records</source>
        <translation type="unfinished">Quên %1 và xóa %2 hồ sơ</translation>
    </message>
    <message>
        <source>Forgotten. Reports already sent will be withdrawn from the charity&apos;s server at the next sync.</source>
        <translation type="unfinished">Đã quên. Các báo cáo đã gửi sẽ được rút khỏi máy chủ của tổ chức ở lần đồng bộ tới.</translation>
    </message>
    <message>
        <source>forget the person</source>
        <translation type="unfinished">quên người đó</translation>
    </message>
    <message>
        <source>Forget this person</source>
        <translation type="unfinished">Quên người này</translation>
    </message>
    <message>
        <source>count their records</source>
        <translation type="unfinished">đếm hồ sơ của họ</translation>
    </message>
</context>
<context>
    <name>RecordModels</name>
    <message>
        <source>When</source>
        <translation type="unfinished">Khi nào</translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished">Khu vực</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation type="unfinished">Biệt danh</translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished">Cách thức</translation>
    </message>
    <message>
        <source>Supplies</source>
        <translation type="unfinished">Vật phẩm</translation>
    </message>
    <message>
        <source>Supplies handed out, with counts</source>
        <translation type="unfinished">Vật phẩm đã phát, kèm số lượng</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished">Giới thiệu</translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished">Ghi chú</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished">Chuyện gì đã xảy ra</translation>
    </message>
    <message>
        <source>Perpetrators</source>
        <translation type="unfinished">Người gây hại</translation>
    </message>
    <message>
        <source>Number of perpetrators</source>
        <translation type="unfinished">Số người gây hại</translation>
    </message>
    <message>
        <source>Plates</source>
        <translation type="unfinished">Biển số</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished">Tóm tắt</translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished">Tuổi</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished">Giới tính</translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished">Ngôn ngữ</translation>
    </message>
</context>
<context>
    <name>RecordPages</name>
    <message>
        <source>Could not %1: %2</source>
        <translation type="unfinished">Không thể %1: %2</translation>
    </message>
    <message>
        <source>Could not %1: the vault is locked.</source>
        <translation type="unfinished">Không thể %1: kho bảo mật đang khóa.</translation>
    </message>
    <message>
        <source>Could not %1: the vault refused the change (%2). Nothing was saved.</source>
        <translation type="unfinished">Không thể %1: kho bảo mật từ chối thay đổi (%2). Không có gì được lưu.</translation>
    </message>
    <message>
        <source>Could not %1 (%2).</source>
        <translation type="unfinished">Không thể %1 (%2).</translation>
    </message>
</context>
<context>
    <name>RestorePassphraseDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished">Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <source>Passphrase of the backup</source>
        <translation type="unfinished">Cụm mật khẩu của bản sao lưu</translation>
    </message>
    <message>
        <source>Current coordinator passphrase</source>
        <translation type="unfinished">Cụm mật khẩu điều phối viên hiện tại</translation>
    </message>
    <message>
        <source>Restoring replaces every record on this laptop with the backup&apos;s. Records added since the backup are lost.</source>
        <translation type="unfinished">Khôi phục sẽ thay mọi hồ sơ trên máy tính này bằng hồ sơ trong bản sao lưu. Hồ sơ thêm sau lần sao lưu sẽ mất.</translation>
    </message>
    <message>
        <source>&amp;Coordinator passphrase of this vault:</source>
        <translation type="unfinished">Cụm mật khẩu &amp;điều phối viên của kho này:</translation>
    </message>
    <message>
        <source>&amp;Passphrase of the backup:</source>
        <translation type="unfinished">Cụm mật khẩu của &amp;bản sao lưu:</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review and sync</source>
        <translation type="unfinished">Duyệt và đồng bộ</translation>
    </message>
    <message>
        <source>Queue summary</source>
        <translation type="unfinished">Tóm tắt hàng đợi</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation type="unfinished">Hộp thư đi</translation>
    </message>
    <message>
        <source>Selected report, in plain words</source>
        <translation type="unfinished">Báo cáo đã chọn, bằng lời đơn giản</translation>
    </message>
    <message>
        <source>Selected report, as sent (JSON)</source>
        <translation type="unfinished">Báo cáo đã chọn, như khi gửi (JSON)</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished">&amp;Duyệt</translation>
    </message>
    <message>
        <source>Approve the selected report</source>
        <translation type="unfinished">Duyệt báo cáo đã chọn</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation type="unfinished">&amp;Từ chối</translation>
    </message>
    <message>
        <source>Reject the selected report</source>
        <translation type="unfinished">Từ chối báo cáo đã chọn</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation type="unfinished">Đồng bộ &amp;ngay</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished">Đồng bộ ngay</translation>
    </message>
    <message>
        <source>Page message</source>
        <translation type="unfinished">Thông báo của trang</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished">Địa chỉ máy chủ</translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <translation type="unfinished">Mã đăng ký</translation>
    </message>
    <message>
        <source>Charity key fingerprint from the code sheet</source>
        <translation type="unfinished">Dấu vân tay khóa của tổ chức trên tờ mã</translation>
    </message>
    <message>
        <source>&amp;Link this device</source>
        <translation type="unfinished">&amp;Liên kết thiết bị này</translation>
    </message>
    <message>
        <source>Link this device to the server</source>
        <translation type="unfinished">Liên kết thiết bị này với máy chủ</translation>
    </message>
    <message>
        <source>Link to the charity&apos;s server</source>
        <translation type="unfinished">Liên kết với máy chủ của tổ chức</translation>
    </message>
    <message>
        <source>Ser&amp;ver address:</source>
        <translation type="unfinished">Địa chỉ &amp;máy chủ:</translation>
    </message>
    <message>
        <source>Enrolment &amp;code:</source>
        <translation type="unfinished">Mã đăn&amp;g ký:</translation>
    </message>
    <message>
        <source>Charity key &amp;fingerprint:</source>
        <translation type="unfinished">Dấu vân tay &amp;khóa của tổ chức:</translation>
    </message>
    <message>
        <source>load the outbox</source>
        <translation type="unfinished">tải hộp thư đi</translation>
    </message>
    <message>
        <source>%1 waiting to be sent</source>
        <translation type="unfinished">%1 đang chờ gửi</translation>
    </message>
    <message>
        <source>%1 waiting for review</source>
        <translation type="unfinished">%1 đang chờ duyệt</translation>
    </message>
    <message>
        <source>%1 parked</source>
        <translation type="unfinished">%1 tạm giữ</translation>
    </message>
    <message>
        <source>%1 sent</source>
        <translation type="unfinished">%1 đã gửi</translation>
    </message>
    <message numerus="yes">
        <source>%n withdrawal(s) not found on the server yet</source>
        <translation type="unfinished">
            <numerusform>%n yêu cầu rút lại chưa tìm thấy trên máy chủ</numerusform>
        </translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation type="unfinished">Trạng thái: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished">Lý do: %1</translation>
    </message>
    <message>
        <source>What was sent was removed from this device by retention. The report can still be withdrawn from the charity&apos;s server.</source>
        <translation type="unfinished">Nội dung đã gửi đã bị xóa khỏi thiết bị này theo chế độ lưu giữ. Vẫn có thể rút báo cáo khỏi máy chủ của tổ chức.</translation>
    </message>
    <message>
        <source>(removed by retention)</source>
        <translation type="unfinished">(đã xóa theo chế độ lưu giữ)</translation>
    </message>
    <message>
        <source>Approved: it is sent at the next sync.</source>
        <translation type="unfinished">Đã duyệt: sẽ gửi ở lần đồng bộ tới.</translation>
    </message>
    <message>
        <source>Rejected.</source>
        <translation type="unfinished">Đã từ chối.</translation>
    </message>
    <message>
        <source>approve the report</source>
        <translation type="unfinished">duyệt báo cáo</translation>
    </message>
    <message>
        <source>reject the report</source>
        <translation type="unfinished">từ chối báo cáo</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished">Đang đồng bộ…</translation>
    </message>
    <message>
        <source>Type the server address, the enrolment code and the charity key fingerprint.</source>
        <translation type="unfinished">Hãy gõ địa chỉ máy chủ, mã đăng ký và dấu vân tay khóa của tổ chức.</translation>
    </message>
    <message>
        <source>Linking…</source>
        <translation type="unfinished">Đang liên kết…</translation>
    </message>
    <message>
        <source>Outreach device</source>
        <translation type="unfinished">Thiết bị Outreach</translation>
    </message>
    <message>
        <source>the charity</source>
        <translation type="unfinished">tổ chức</translation>
    </message>
    <message>
        <source>Linked to %1 (%2 regions).</source>
        <translation type="unfinished">Đã liên kết với %1 (%2 vùng).</translation>
    </message>
    <message>
        <source>Charity key pinned: %1.</source>
        <translation type="unfinished">Đã ghim khóa của tổ chức: %1.</translation>
    </message>
    <message>
        <source>Linking failed: %1.</source>
        <translation type="unfinished">Liên kết thất bại: %1.</translation>
    </message>
</context>
<context>
    <name>RoleNotice</name>
    <message>
        <source>Alarm: something protected was changed without the coordinator&apos;s key. It has been put back, and this is recorded in the audit log.</source>
        <translation type="unfinished">Báo động: một thứ được bảo vệ đã bị thay đổi mà không có khóa điều phối viên. Nó đã được đặt lại, và việc này được ghi trong nhật ký kiểm tra.</translation>
    </message>
    <message>
        <source>This passphrase acts as a worker in this session.</source>
        <translation type="unfinished">Cụm mật khẩu này hoạt động như nhân viên trong phiên này.</translation>
    </message>
    <message>
        <source>Protected settings and roles are now sealed with the coordinator key.</source>
        <translation type="unfinished">Các cài đặt và vai trò được bảo vệ nay đã được niêm phong bằng khóa điều phối viên.</translation>
    </message>
    <message>
        <source>Review and retention settings are not sealed yet: the next coordinator unlock seals them.</source>
        <translation type="unfinished">Cài đặt duyệt và lưu giữ chưa được niêm phong: lần mở khóa tới của điều phối viên sẽ niêm phong chúng.</translation>
    </message>
    <message>
        <source>Outreach</source>
        <translation type="unfinished">Outreach</translation>
    </message>
</context>
<context>
    <name>SaveFlow</name>
    <message>
        <source>save the incident</source>
        <translation type="unfinished">lưu sự việc</translation>
    </message>
    <message>
        <source>Saved. This incident was shared, and the new version is not shared until the person confirms it. Close to leave the earlier version as it was.</source>
        <translation type="unfinished">Đã lưu. Sự việc này đã được chia sẻ, và phiên bản mới sẽ không được chia sẻ cho tới khi người đó xác nhận. Đóng để giữ nguyên phiên bản trước.</translation>
    </message>
    <message>
        <source>Incident saved.</source>
        <translation type="unfinished">Đã lưu sự việc.</translation>
    </message>
    <message>
        <source>Incident saved. It stays on this device until consent is given.</source>
        <translation type="unfinished">Đã lưu sự việc. Nó ở lại thiết bị này cho tới khi có sự đồng ý.</translation>
    </message>
    <message>
        <source>Perpetrator %1: %2</source>
        <translation type="unfinished">Người gây hại %1: %2</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished">Cài đặt</translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"> phút</translation>
    </message>
    <message>
        <source>Lock after minutes without use</source>
        <translation type="unfinished">Khóa sau số phút không dùng</translation>
    </message>
    <message>
        <source>Panic: %1 locks and hides the window at once.</source>
        <translation type="unfinished">Khẩn cấp: %1 khóa và ẩn cửa sổ ngay lập tức.</translation>
    </message>
    <message>
        <source>Locking</source>
        <translation type="unfinished">Khóa</translation>
    </message>
    <message>
        <source>Lock after &amp;idle:</source>
        <translation type="unfinished">Khóa khi &amp;không dùng:</translation>
    </message>
    <message>
        <source>A coordinator approves reports before they leave</source>
        <translation type="unfinished">Điều phối viên duyệt báo cáo trước khi gửi đi</translation>
    </message>
    <message>
        <source>Review required</source>
        <translation type="unfinished">Bắt buộc duyệt</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation type="unfinished">Chia sẻ</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished">Lưu giữ</translation>
    </message>
    <message>
        <source>Contact notes:</source>
        <translation type="unfinished">Ghi chú tiếp xúc:</translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"> tháng</translation>
    </message>
    <message>
        <source>People (alias and notes):</source>
        <translation type="unfinished">Người (biệt danh và ghi chú):</translation>
    </message>
    <message>
        <source>Incident descriptions:</source>
        <translation type="unfinished">Mô tả sự việc:</translation>
    </message>
    <message>
        <source>Sent reports&apos; copies:</source>
        <translation type="unfinished">Bản sao báo cáo đã gửi:</translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"> ngày</translation>
    </message>
    <message>
        <source>Save retention</source>
        <translation type="unfinished">Lưu chế độ lưu giữ</translation>
    </message>
    <message>
        <source>Save the retention periods</source>
        <translation type="unfinished">Lưu thời hạn lưu giữ</translation>
    </message>
    <message>
        <source>Retention message</source>
        <translation type="unfinished">Thông báo về lưu giữ</translation>
    </message>
    <message>
        <source>Dark (low glare)</source>
        <translation type="unfinished">Tối (ít chói)</translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished">Sáng</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished">Giao diện</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation type="unfinished">Ngôn ngữ của hệ thống</translation>
    </message>
    <message>
        <source>Language of the app</source>
        <translation type="unfinished">Ngôn ngữ của ứng dụng</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished">Hiển thị</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished">&amp;Giao diện:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished">&amp;Ngôn ngữ:</translation>
    </message>
    <message>
        <source>Contact line on the alerts handout</source>
        <translation type="unfinished">Dòng liên hệ trên tờ rơi cảnh báo</translation>
    </message>
    <message>
        <source>e.g. Outreach van 07700 900123, Mon–Sat 8pm–2am</source>
        <translation type="unfinished">vd. Xe Outreach 07700 900123, T2–T7 20h–2h</translation>
    </message>
    <message>
        <source>Save contact line</source>
        <translation type="unfinished">Lưu dòng liên hệ</translation>
    </message>
    <message>
        <source>Save the contact line</source>
        <translation type="unfinished">Lưu dòng liên hệ</translation>
    </message>
    <message>
        <source>Contact line message</source>
        <translation type="unfinished">Thông báo về dòng liên hệ</translation>
    </message>
    <message>
        <source>Printed handout</source>
        <translation type="unfinished">Tờ rơi in</translation>
    </message>
    <message>
        <source>&amp;Contact line:</source>
        <translation type="unfinished">&amp;Dòng liên hệ:</translation>
    </message>
    <message>
        <source>Not linked to a server.</source>
        <translation type="unfinished">Chưa liên kết với máy chủ.</translation>
    </message>
    <message>
        <source>Server link</source>
        <translation type="unfinished">Liên kết máy chủ</translation>
    </message>
    <message>
        <source>Link to a server…</source>
        <translation type="unfinished">Liên kết với máy chủ…</translation>
    </message>
    <message>
        <source>Link to a server</source>
        <translation type="unfinished">Liên kết với máy chủ</translation>
    </message>
    <message>
        <source>Charity server</source>
        <translation type="unfinished">Máy chủ của tổ chức</translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation type="unfinished">Đổi cụm mật khẩu…</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation type="unfinished">Đổi cụm mật khẩu</translation>
    </message>
    <message>
        <source>Back up…</source>
        <translation type="unfinished">Sao lưu…</translation>
    </message>
    <message>
        <source>Back up the vault</source>
        <translation type="unfinished">Sao lưu kho bảo mật</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation type="unfinished">Khôi phục…</translation>
    </message>
    <message>
        <source>Restore the vault from a backup</source>
        <translation type="unfinished">Khôi phục kho bảo mật từ bản sao lưu</translation>
    </message>
    <message>
        <source>Vault message</source>
        <translation type="unfinished">Thông báo về kho bảo mật</translation>
    </message>
    <message>
        <source>Passphrase and backups</source>
        <translation type="unfinished">Cụm mật khẩu và sao lưu</translation>
    </message>
    <message>
        <source>Quick delete…</source>
        <translation type="unfinished">Xóa nhanh…</translation>
    </message>
    <message>
        <source>Quick delete</source>
        <translation type="unfinished">Xóa nhanh</translation>
    </message>
    <message>
        <source>Quick delete warning</source>
        <translation type="unfinished">Cảnh báo xóa nhanh</translation>
    </message>
    <message>
        <source>Delete everything now</source>
        <translation type="unfinished">Xóa mọi thứ ngay</translation>
    </message>
    <message>
        <source>Confirm quick delete</source>
        <translation type="unfinished">Xác nhận xóa nhanh</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Hủy</translation>
    </message>
    <message>
        <source>Cancel quick delete</source>
        <translation type="unfinished">Hủy xóa nhanh</translation>
    </message>
    <message>
        <source>Also destroy the files Outreach saved outside the vault (exports, backups, PDFs)</source>
        <translation type="unfinished">Hủy cả các tệp Outreach đã lưu bên ngoài kho bảo mật (tệp xuất, bản sao lưu, PDF)</translation>
    </message>
    <message>
        <source>Destroys the key first, then every record on this laptop and the files Outreach saved outside the vault (exports, backups, PDFs) that are still where it saved them; it lists any it cannot reach. Copies you made elsewhere stay. It cannot be undone. Use it if the laptop is about to be taken. The lock screen offers it too, without the passphrase.</source>
        <translation type="unfinished">Hủy khóa trước, rồi tới mọi hồ sơ trên máy tính này và các tệp Outreach đã lưu bên ngoài kho bảo mật (tệp xuất, bản sao lưu, PDF) vẫn còn ở chỗ đã lưu; liệt kê những tệp không truy cập được. Các bản sao bạn đã làm ở nơi khác vẫn còn. Không thể hoàn tác. Hãy dùng khi máy tính sắp bị lấy đi. Màn hình khóa cũng có chức năng này, không cần cụm mật khẩu.</translation>
    </message>
    <message>
        <source>The new language is used when Outreach starts again.</source>
        <translation type="unfinished">Ngôn ngữ mới sẽ được dùng khi Outreach mở lại.</translation>
    </message>
    <message>
        <source>Contact line saved.</source>
        <translation type="unfinished">Đã lưu dòng liên hệ.</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation type="unfinished">Chưa lưu.</translation>
    </message>
    <message>
        <source>Retention periods saved.</source>
        <translation type="unfinished">Đã lưu thời hạn lưu giữ.</translation>
    </message>
    <message>
        <source>Only a coordinator can change the retention periods.</source>
        <translation type="unfinished">Chỉ điều phối viên mới đổi được thời hạn lưu giữ.</translation>
    </message>
    <message>
        <source>The retention periods were not saved.</source>
        <translation type="unfinished">Thời hạn lưu giữ chưa được lưu.</translation>
    </message>
    <message>
        <source>Only a coordinator can change the review setting.</source>
        <translation type="unfinished">Chỉ điều phối viên mới đổi được cài đặt duyệt.</translation>
    </message>
    <message>
        <source>Outreach backups (*.obk)</source>
        <translation type="unfinished">Bản sao lưu Outreach (*.obk)</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished">Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <source>Counting reports that have not been sent…</source>
        <translation type="unfinished">Đang đếm báo cáo chưa gửi…</translation>
    </message>
    <message>
        <source>Everything on this laptop will be destroyed and cannot be recovered.</source>
        <translation type="unfinished">Mọi thứ trên máy tính này sẽ bị hủy và không thể khôi phục.</translation>
    </message>
    <message>
        <source>All reports have been sent. Everything on this laptop will be destroyed.</source>
        <translation type="unfinished">Mọi báo cáo đã được gửi. Mọi thứ trên máy tính này sẽ bị hủy.</translation>
    </message>
    <message numerus="yes">
        <source>Not yet sent to the charity: %n report(s). They will be lost. Everything on this laptop will be destroyed.</source>
        <translation type="unfinished">
            <numerusform>Chưa gửi cho tổ chức: %n báo cáo. Chúng sẽ mất. Mọi thứ trên máy tính này sẽ bị hủy.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleting everything in %n second(s). Press Cancel to stop.</source>
        <translation type="unfinished">
            <numerusform>Xóa mọi thứ sau %n giây. Bấm Hủy để dừng.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SharingFlow</name>
    <message>
        <source>the area “%1” has no server region yet</source>
        <translation type="unfinished">khu vực “%1” chưa có vùng máy chủ</translation>
    </message>
    <message>
        <source>it has no area</source>
        <translation type="unfinished">không có khu vực</translation>
    </message>
    <message>
        <source>Saved, but not shareable: %1, so a report cannot be sent and no consent was asked. Choose an area, or set the area&apos;s region in Settings → Areas (or `outreach area set-region`), then open the incident again to share it.</source>
        <translation type="unfinished">Đã lưu, nhưng không chia sẻ được: %1, nên không thể gửi báo cáo và chưa hỏi sự đồng ý. Hãy chọn khu vực, hoặc đặt vùng cho khu vực trong Cài đặt → Khu vực (hoặc `outreach area set-region`), rồi mở lại sự việc để chia sẻ.</translation>
    </message>
    <message>
        <source>check the area</source>
        <translation type="unfinished">kiểm tra khu vực</translation>
    </message>
    <message>
        <source>load the consent</source>
        <translation type="unfinished">tải sự đồng ý</translation>
    </message>
    <message>
        <source>Type the initials of the worker recording consent.</source>
        <translation type="unfinished">Hãy gõ tên viết tắt của nhân viên ghi nhận sự đồng ý.</translation>
    </message>
    <message>
        <source>record consent</source>
        <translation type="unfinished">ghi nhận sự đồng ý</translation>
    </message>
    <message>
        <source>Nothing will be shared. The incident stays on this device.</source>
        <translation type="unfinished">Sẽ không chia sẻ gì. Sự việc ở lại thiết bị này.</translation>
    </message>
    <message>
        <source>prepare the preview</source>
        <translation type="unfinished">chuẩn bị bản xem trước</translation>
    </message>
    <message>
        <source>Removed. This incident was shared, so the new version needs the person&apos;s confirmation before it is sealed.</source>
        <translation type="unfinished">Đã bỏ. Sự việc này đã được chia sẻ, nên phiên bản mới cần người đó xác nhận trước khi niêm phong.</translation>
    </message>
    <message>
        <source>remove it</source>
        <translation type="unfinished">bỏ nó</translation>
    </message>
    <message>
        <source>Sealed. A coordinator reviews it before it is sent.</source>
        <translation type="unfinished">Đã niêm phong. Điều phối viên sẽ duyệt trước khi gửi.</translation>
    </message>
    <message>
        <source>Sealed and queued: it is sent at a random time within the next 15 minutes, so the sending does not show when it was written. Sync now on Review &amp; sync sends it at once.</source>
        <translation type="unfinished">Đã niêm phong và xếp hàng: sẽ gửi vào thời điểm ngẫu nhiên trong 15 phút tới, để việc gửi không lộ lúc nó được viết. “Đồng bộ ngay” ở trang Duyệt và đồng bộ sẽ gửi ngay.</translation>
    </message>
    <message>
        <source>It replaces the version sent earlier.</source>
        <translation type="unfinished">Nó thay thế phiên bản đã gửi trước đó.</translation>
    </message>
    <message>
        <source>seal the report</source>
        <translation type="unfinished">niêm phong báo cáo</translation>
    </message>
    <message>
        <source>Print the withdrawal slip</source>
        <translation type="unfinished">In phiếu rút lại</translation>
    </message>
    <message>
        <source>Slip saved as a PDF.</source>
        <translation type="unfinished">Đã lưu phiếu dạng PDF.</translation>
    </message>
    <message>
        <source>The slip could not be saved.</source>
        <translation type="unfinished">Không lưu được phiếu.</translation>
    </message>
    <message>
        <source>The slip could not be printed.</source>
        <translation type="unfinished">Không in được phiếu.</translation>
    </message>
    <message>
        <source>Slip sent to the printer.</source>
        <translation type="unfinished">Đã gửi phiếu tới máy in.</translation>
    </message>
</context>
<context>
    <name>SharingSteps</name>
    <message>
        <source>night</source>
        <translation type="unfinished">đêm</translation>
    </message>
    <message>
        <source>morning</source>
        <translation type="unfinished">sáng</translation>
    </message>
    <message>
        <source>afternoon</source>
        <translation type="unfinished">chiều</translation>
    </message>
    <message>
        <source>evening</source>
        <translation type="unfinished">tối</translation>
    </message>
    <message>
        <source>Format version</source>
        <translation type="unfinished">Phiên bản định dạng</translation>
    </message>
    <message>
        <source>Report number (random; not linked to this device or the person)</source>
        <translation type="unfinished">Số báo cáo (ngẫu nhiên; không liên quan tới thiết bị này hay người đó)</translation>
    </message>
    <message>
        <source>Replaces the earlier report</source>
        <translation type="unfinished">Thay thế báo cáo trước</translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished">Vùng</translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished">Ngày</translation>
    </message>
    <message>
        <source>Part of the day</source>
        <translation type="unfinished">Buổi trong ngày</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished">Chuyện gì đã xảy ra</translation>
    </message>
    <message>
        <source>Withdrawal check (a one-way fingerprint of the code, not the code)</source>
        <translation type="unfinished">Kiểm tra rút lại (dấu vân tay một chiều của mã, không phải mã)</translation>
    </message>
    <message>
        <source>Perpetrator</source>
        <translation type="unfinished">Người gây hại</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation type="unfinished">Xe</translation>
    </message>
    <message>
        <source>Weapon used</source>
        <translation type="unfinished">Có dùng vũ khí</translation>
    </message>
    <message>
        <source>Summary (names and numbers taken out)</source>
        <translation type="unfinished">Tóm tắt (đã bỏ tên và số)</translation>
    </message>
    <message>
        <source>Age band of the person</source>
        <translation type="unfinished">Nhóm tuổi của người đó</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished">Giới tính</translation>
    </message>
    <message>
        <source>Hurt</source>
        <translation type="unfinished">Bị thương</translation>
    </message>
    <message>
        <source>How badly hurt</source>
        <translation type="unfinished">Bị thương nặng mức nào</translation>
    </message>
    <message>
        <source>Police already told</source>
        <translation type="unfinished">Đã báo cảnh sát</translation>
    </message>
    <message>
        <source>Wants police contact through the outreach project</source>
        <translation type="unfinished">Muốn liên hệ cảnh sát qua dự án</translation>
    </message>
    <message>
        <source>Age from</source>
        <translation type="unfinished">Tuổi từ</translation>
    </message>
    <message>
        <source>Age to</source>
        <translation type="unfinished">Tuổi đến</translation>
    </message>
    <message>
        <source>Height</source>
        <translation type="unfinished">Chiều cao</translation>
    </message>
    <message>
        <source>Build</source>
        <translation type="unfinished">Dáng người</translation>
    </message>
    <message>
        <source>Ethnicity (as described)</source>
        <translation type="unfinished">Dân tộc (theo mô tả)</translation>
    </message>
    <message>
        <source>Hair</source>
        <translation type="unfinished">Tóc</translation>
    </message>
    <message>
        <source>Distinguishing features</source>
        <translation type="unfinished">Đặc điểm nhận dạng</translation>
    </message>
    <message>
        <source>Clothing</source>
        <translation type="unfinished">Quần áo</translation>
    </message>
    <message>
        <source>Name used</source>
        <translation type="unfinished">Tên đã dùng</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation type="unfinished">Số điện thoại</translation>
    </message>
    <message>
        <source>E-mail addresses</source>
        <translation type="unfinished">Địa chỉ e-mail</translation>
    </message>
    <message>
        <source>Online names</source>
        <translation type="unfinished">Tên trên mạng</translation>
    </message>
    <message>
        <source>Website or app</source>
        <translation type="unfinished">Trang web hoặc ứng dụng</translation>
    </message>
    <message>
        <source>Make</source>
        <translation type="unfinished">Hãng</translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished">Mẫu xe</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished">Màu</translation>
    </message>
    <message>
        <source>Registration plate</source>
        <translation type="unfinished">Biển số xe</translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished">có</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished">không</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation type="unfinished">từ %1 đến %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished">từ %1</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation type="unfinished">đến %1</translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished">Tuổi</translation>
    </message>
    <message>
        <source>Sent to the charity:</source>
        <translation type="unfinished">Gửi cho tổ chức:</translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation type="unfinished">Cho: %1</translation>
    </message>
    <message>
        <source>(only that this purpose was agreed)</source>
        <translation type="unfinished">(chỉ việc mục đích này được đồng ý)</translation>
    </message>
    <message>
        <source>Nothing else leaves this device.</source>
        <translation type="unfinished">Không có gì khác rời thiết bị này.</translation>
    </message>
    <message>
        <source>a name or a place?</source>
        <translation type="unfinished">tên người hay địa điểm?</translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished">một con số</translation>
    </message>
    <message>
        <source>an address or online name (has @)</source>
        <translation type="unfinished">địa chỉ hoặc tên trên mạng (có @)</translation>
    </message>
    <message>
        <source>comes after lives, works, at or flat: a place?</source>
        <translation type="unfinished">đứng sau “sống”, “làm việc”, “ở” hoặc “căn hộ”: một địa điểm?</translation>
    </message>
    <message>
        <source>height</source>
        <translation type="unfinished">chiều cao</translation>
    </message>
    <message>
        <source>ethnicity as described</source>
        <translation type="unfinished">dân tộc theo mô tả</translation>
    </message>
    <message>
        <source>hair</source>
        <translation type="unfinished">tóc</translation>
    </message>
    <message>
        <source>distinguishing features</source>
        <translation type="unfinished">đặc điểm nhận dạng</translation>
    </message>
    <message>
        <source>clothing</source>
        <translation type="unfinished">quần áo</translation>
    </message>
    <message>
        <source>name used</source>
        <translation type="unfinished">tên đã dùng</translation>
    </message>
    <message>
        <source>website or app</source>
        <translation type="unfinished">trang web hoặc ứng dụng</translation>
    </message>
    <message>
        <source>make</source>
        <translation type="unfinished">hãng</translation>
    </message>
    <message>
        <source>model</source>
        <translation type="unfinished">mẫu xe</translation>
    </message>
    <message>
        <source>colour</source>
        <translation type="unfinished">màu</translation>
    </message>
    <message>
        <source>the summary</source>
        <translation type="unfinished">phần tóm tắt</translation>
    </message>
    <message>
        <source>perpetrator %1</source>
        <translation type="unfinished">người gây hại %1</translation>
    </message>
    <message>
        <source>vehicle %1</source>
        <translation type="unfinished">xe %1</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished">trong %1</translation>
    </message>
    <message>
        <source>Might identify: %1 (%2), in %3</source>
        <translation type="unfinished">Có thể nhận ra: %1 (%2), trong %3</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished">Giữ</translation>
    </message>
    <message>
        <source>Keep: %1</source>
        <translation type="unfinished">Giữ: %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished">Bỏ</translation>
    </message>
    <message>
        <source>Remove from %1: %2</source>
        <translation type="unfinished">Bỏ khỏi %1: %2</translation>
    </message>
</context>
<context>
    <name>ShiftPage</name>
    <message>
        <source>Shift</source>
        <translation type="unfinished">Ca làm</translation>
    </message>
    <message>
        <source>No shift running.</source>
        <translation type="unfinished">Không có ca làm nào đang chạy.</translation>
    </message>
    <message>
        <source>Shift state</source>
        <translation type="unfinished">Trạng thái ca làm</translation>
    </message>
    <message>
        <source>Area (pick one or type a new one)</source>
        <translation type="unfinished">Khu vực (chọn hoặc gõ khu vực mới)</translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished">Khu vực</translation>
    </message>
    <message>
        <source>Shift mode</source>
        <translation type="unfinished">Hình thức ca làm</translation>
    </message>
    <message>
        <source>Staff initials</source>
        <translation type="unfinished">Tên viết tắt của nhóm</translation>
    </message>
    <message>
        <source>e.g. AB, CD</source>
        <translation type="unfinished">vd. AB, CD</translation>
    </message>
    <message>
        <source>&amp;Start shift</source>
        <translation type="unfinished">&amp;Bắt đầu ca</translation>
    </message>
    <message>
        <source>Start shift</source>
        <translation type="unfinished">Bắt đầu ca</translation>
    </message>
    <message>
        <source>E&amp;nd shift</source>
        <translation type="unfinished">&amp;Kết thúc ca</translation>
    </message>
    <message>
        <source>End shift</source>
        <translation type="unfinished">Kết thúc ca</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation type="unfinished">Kh&amp;u vực:</translation>
    </message>
    <message>
        <source>M&amp;ode:</source>
        <translation type="unfinished">&amp;Hình thức:</translation>
    </message>
    <message>
        <source>Server region of the new area</source>
        <translation type="unfinished">Vùng máy chủ của khu vực mới</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation type="unfinished">V&amp;ùng:</translation>
    </message>
    <message>
        <source>&amp;Initials:</source>
        <translation type="unfinished">&amp;Tên viết tắt:</translation>
    </message>
    <message>
        <source>Quick contact (Enter saves)</source>
        <translation type="unfinished">Tiếp xúc nhanh (Enter để lưu)</translation>
    </message>
    <message>
        <source>Quick contact</source>
        <translation type="unfinished">Tiếp xúc nhanh</translation>
    </message>
    <message>
        <source>Alias (leave empty for an anonymous contact)</source>
        <translation type="unfinished">Biệt danh (để trống cho tiếp xúc ẩn danh)</translation>
    </message>
    <message>
        <source>Alias, or leave empty</source>
        <translation type="unfinished">Biệt danh, hoặc để trống</translation>
    </message>
    <message>
        <source>How the contact happened</source>
        <translation type="unfinished">Lần tiếp xúc diễn ra thế nào</translation>
    </message>
    <message>
        <source>%1 handed out</source>
        <translation type="unfinished">Đã phát %1</translation>
    </message>
    <message>
        <source>Referred to %1</source>
        <translation type="unfinished">Đã giới thiệu tới %1</translation>
    </message>
    <message>
        <source>Note (stays on this device)</source>
        <translation type="unfinished">Ghi chú (ở lại trên thiết bị này)</translation>
    </message>
    <message>
        <source>A short note (stays on this device)</source>
        <translation type="unfinished">Ghi chú ngắn (ở lại trên thiết bị này)</translation>
    </message>
    <message>
        <source>Save contact</source>
        <translation type="unfinished">Lưu lần tiếp xúc</translation>
    </message>
    <message>
        <source>Quick contact message</source>
        <translation type="unfinished">Thông báo tiếp xúc nhanh</translation>
    </message>
    <message>
        <source>A&amp;lias:</source>
        <translation type="unfinished">Biệt &amp;danh:</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation type="unfinished">&amp;Cách thức:</translation>
    </message>
    <message>
        <source>Supplies:</source>
        <translation type="unfinished">Vật phẩm:</translation>
    </message>
    <message>
        <source>Referrals:</source>
        <translation type="unfinished">Giới thiệu:</translation>
    </message>
    <message>
        <source>No&amp;te:</source>
        <translation type="unfinished">&amp;Ghi chú:</translation>
    </message>
    <message>
        <source>Shift tally</source>
        <translation type="unfinished">Tổng kết ca</translation>
    </message>
    <message>
        <source>This shift&apos;s contacts (Enter edits the selected one)</source>
        <translation type="unfinished">Các lần tiếp xúc của ca này (Enter để sửa mục đã chọn)</translation>
    </message>
    <message>
        <source>&amp;Undo last contact</source>
        <translation type="unfinished">Hoàn tác &amp;lần tiếp xúc cuối</translation>
    </message>
    <message>
        <source>Undo the last contact saved here (Ctrl+Z)</source>
        <translation type="unfinished">Hoàn tác lần tiếp xúc cuối đã lưu ở đây (Ctrl+Z)</translation>
    </message>
    <message>
        <source>This shift so far</source>
        <translation type="unfinished">Ca này tới giờ</translation>
    </message>
    <message>
        <source>load the shift</source>
        <translation type="unfinished">tải ca làm</translation>
    </message>
    <message>
        <source>No region (not shareable)</source>
        <translation type="unfinished">Không có vùng (không chia sẻ được)</translation>
    </message>
    <message>
        <source>A contact you had started before the lock was restored.</source>
        <translation type="unfinished">Lần tiếp xúc bạn bắt đầu trước khi khóa đã được khôi phục.</translation>
    </message>
    <message>
        <source>No shift running. Contacts can still be logged.</source>
        <translation type="unfinished">Không có ca làm nào đang chạy. Vẫn có thể ghi lần tiếp xúc.</translation>
    </message>
    <message>
        <source>Shift running since %1 — %2, %3, %4</source>
        <translation type="unfinished">Ca làm từ %1 — %2, %3, %4</translation>
    </message>
    <message>
        <source>no area</source>
        <translation type="unfinished">không có khu vực</translation>
    </message>
    <message>
        <source>%1 contacts</source>
        <translation type="unfinished">%1 lần tiếp xúc</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation type="unfinished">%1 người</translation>
    </message>
    <message>
        <source>%1 referrals</source>
        <translation type="unfinished">%1 lần giới thiệu</translation>
    </message>
    <message>
        <source>Type the staff initials to start a shift.</source>
        <translation type="unfinished">Hãy gõ tên viết tắt của nhóm để bắt đầu ca.</translation>
    </message>
    <message>
        <source>start the shift</source>
        <translation type="unfinished">bắt đầu ca</translation>
    </message>
    <message>
        <source>Shift ended.</source>
        <translation type="unfinished">Đã kết thúc ca.</translation>
    </message>
    <message>
        <source>end the shift</source>
        <translation type="unfinished">kết thúc ca</translation>
    </message>
    <message>
        <source>Nothing to save: type an alias, a note, supplies or a referral first.</source>
        <translation type="unfinished">Không có gì để lưu: hãy gõ biệt danh, ghi chú, vật phẩm hoặc giới thiệu trước.</translation>
    </message>
    <message>
        <source>save the contact</source>
        <translation type="unfinished">lưu lần tiếp xúc</translation>
    </message>
    <message>
        <source>Saved. %1 contacts this shift.</source>
        <translation type="unfinished">Đã lưu. %1 lần tiếp xúc trong ca này.</translation>
    </message>
    <message>
        <source>Saved (no shift running).</source>
        <translation type="unfinished">Đã lưu (không có ca nào đang chạy).</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation type="unfinished">ẩn danh</translation>
    </message>
    <message>
        <source>That contact was already deleted.</source>
        <translation type="unfinished">Lần tiếp xúc đó đã bị xóa rồi.</translation>
    </message>
    <message>
        <source>Contact removed. Its details are back in the form.</source>
        <translation type="unfinished">Đã bỏ lần tiếp xúc. Chi tiết của nó đã trở lại biểu mẫu.</translation>
    </message>
    <message>
        <source>undo the contact</source>
        <translation type="unfinished">hoàn tác lần tiếp xúc</translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <source>Statistics</source>
        <translation type="unfinished">Thống kê</translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished">Từ</translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished">Đến</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished">&amp;Hiện</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished">Xuất &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation type="unfinished">Xuất &amp;PDF…</translation>
    </message>
    <message>
        <source>Statistics status</source>
        <translation type="unfinished">Trạng thái thống kê</translation>
    </message>
    <message>
        <source>Contacts by month and area</source>
        <translation type="unfinished">Tiếp xúc theo tháng và khu vực</translation>
    </message>
    <message>
        <source>Contacts by month and shift mode</source>
        <translation type="unfinished">Tiếp xúc theo tháng và hình thức ca</translation>
    </message>
    <message>
        <source>Contacts by week</source>
        <translation type="unfinished">Tiếp xúc theo tuần</translation>
    </message>
    <message>
        <source>Unique people seen by month</source>
        <translation type="unfinished">Số người khác nhau gặp mỗi tháng</translation>
    </message>
    <message>
        <source>Supplies by month and kind</source>
        <translation type="unfinished">Vật phẩm theo tháng và loại</translation>
    </message>
    <message>
        <source>Referrals by month and kind</source>
        <translation type="unfinished">Giới thiệu theo tháng và loại</translation>
    </message>
    <message>
        <source>Incidents by month and type</source>
        <translation type="unfinished">Sự việc theo tháng và loại</translation>
    </message>
    <message>
        <source>Reports shared and withdrawn</source>
        <translation type="unfinished">Báo cáo đã chia sẻ và đã rút</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished">Tiếp xúc</translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished">Người</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation type="unfinished">Đã chia sẻ</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished">Đã rút lại</translation>
    </message>
    <message>
        <source>%1 contacts, %2 people seen, %3 incidents in this period.</source>
        <translation type="unfinished">%1 lần tiếp xúc, %2 người đã gặp, %3 sự việc trong giai đoạn này.</translation>
    </message>
    <message>
        <source>No shift</source>
        <translation type="unfinished">Không có ca</translation>
    </message>
    <message>
        <source>Exporting the statistics…</source>
        <translation type="unfinished">Đang xuất thống kê…</translation>
    </message>
    <message>
        <source>Exported %1 tables to %2 (%3 small counts hidden).</source>
        <translation type="unfinished">Đã xuất %1 bảng tới %2 (ẩn %3 số nhỏ).</translation>
    </message>
    <message>
        <source>Export cancelled. Nothing was written.</source>
        <translation type="unfinished">Đã hủy xuất. Không ghi gì.</translation>
    </message>
    <message>
        <source>That did not work.</source>
        <translation type="unfinished">Việc đó không thành công.</translation>
    </message>
    <message>
        <source>Export statistics</source>
        <translation type="unfinished">Xuất thống kê</translation>
    </message>
</context>
<context>
    <name>StoryStep</name>
    <message>
        <source>What happened, in their words (stays on this device)</source>
        <translation type="unfinished">Chuyện gì đã xảy ra, bằng lời của họ (ở lại trên thiết bị này)</translation>
    </message>
    <message>
        <source>Alert summary (written for sharing)</source>
        <translation type="unfinished">Tóm tắt cảnh báo (viết để chia sẻ)</translation>
    </message>
    <message>
        <source>What happened, in their words — stays on this device:</source>
        <translation type="unfinished">Chuyện gì đã xảy ra, bằng lời của họ — ở lại trên thiết bị này:</translation>
    </message>
    <message>
        <source>Alert summary — written for sharing:</source>
        <translation type="unfinished">Tóm tắt cảnh báo — viết để chia sẻ:</translation>
    </message>
    <message>
        <source>Write it for other sex workers to read. Names, numbers, addresses and plates are taken out automatically; check the preview before anything is sealed.</source>
        <translation type="unfinished">Hãy viết cho những người bán dâm khác đọc. Tên, số, địa chỉ và biển số được tự động bỏ đi; hãy xem bản xem trước trước khi niêm phong bất cứ thứ gì.</translation>
    </message>
</context>
<context>
    <name>SubscribeDialog</name>
    <message>
        <source>Text message</source>
        <translation type="unfinished">Tin nhắn SMS</translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished">E-mail</translation>
    </message>
    <message>
        <source>Sign someone up for warnings</source>
        <translation type="unfinished">Đăng ký nhận cảnh báo cho ai đó</translation>
    </message>
    <message>
        <source>Their number or address</source>
        <translation type="unfinished">Số hoặc địa chỉ của họ</translation>
    </message>
    <message>
        <source>Language of their messages</source>
        <translation type="unfinished">Ngôn ngữ tin nhắn của họ</translation>
    </message>
    <message>
        <source>Discreet wording (nothing on a lock screen gives it away)</source>
        <translation type="unfinished">Lời lẽ kín đáo (không có gì trên màn hình khóa để lộ ra)</translation>
    </message>
    <message>
        <source>They agreed to get these messages</source>
        <translation type="unfinished">Họ đồng ý nhận các tin nhắn này</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Trạng thái</translation>
    </message>
    <message>
        <source>&amp;Sign up</source>
        <translation type="unfinished">Đăn&amp;g ký</translation>
    </message>
    <message>
        <source>Send the sign-up to the server</source>
        <translation type="unfinished">Gửi đăng ký tới máy chủ</translation>
    </message>
    <message>
        <source>Send by:</source>
        <translation type="unfinished">Gửi qua:</translation>
    </message>
    <message>
        <source>Number or address:</source>
        <translation type="unfinished">Số hoặc địa chỉ:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished">Ngôn ngữ:</translation>
    </message>
    <message>
        <source>Areas:</source>
        <translation type="unfinished">Khu vực:</translation>
    </message>
    <message>
        <source>The address goes straight to the charity&apos;s server; it is not kept here.</source>
        <translation type="unfinished">Địa chỉ được gửi thẳng tới máy chủ của tổ chức; không giữ ở đây.</translation>
    </message>
    <message>
        <source>Tick that they agreed first. Nothing was sent.</source>
        <translation type="unfinished">Hãy đánh dấu rằng họ đã đồng ý trước. Không có gì được gửi.</translation>
    </message>
    <message>
        <source>Pick at least one area. Nothing was sent.</source>
        <translation type="unfinished">Hãy chọn ít nhất một khu vực. Không có gì được gửi.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished">Đang gửi…</translation>
    </message>
    <message>
        <source>Signed up: they will get a welcome message with a link to stop.</source>
        <translation type="unfinished">Đã đăng ký: họ sẽ nhận tin chào mừng kèm đường dẫn để ngừng.</translation>
    </message>
</context>
<context>
    <name>SyncBridge</name>
    <message numerus="yes">
        <source>%n new or updated alert(s).</source>
        <translation type="unfinished">
            <numerusform>%n cảnh báo mới hoặc cập nhật.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not linked to a server.</source>
        <translation type="unfinished">Chưa liên kết với máy chủ.</translation>
    </message>
    <message>
        <source>This laptop must be linked again: %1</source>
        <translation type="unfinished">Máy tính này phải được liên kết lại: %1</translation>
    </message>
    <message>
        <source>Linked to %1 at %2.</source>
        <translation type="unfinished">Đã liên kết với %1 lúc %2.</translation>
    </message>
    <message>
        <source>an organisation</source>
        <translation type="unfinished">một tổ chức</translation>
    </message>
</context>
<context>
    <name>TaskProgress</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Hủy</translation>
    </message>
    <message>
        <source>Outreach</source>
        <translation type="unfinished">Outreach</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished">Đang hủy…</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>Outreach is locked</source>
        <translation type="unfinished">Outreach đang khóa</translation>
    </message>
    <message>
        <source>Enter your passphrase to open the records.</source>
        <translation type="unfinished">Nhập cụm mật khẩu để mở hồ sơ.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished">Cụm mật khẩu</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished">&amp;Mở khóa</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished">Mở khóa</translation>
    </message>
    <message>
        <source>Unlock message</source>
        <translation type="unfinished">Thông báo mở khóa</translation>
    </message>
    <message>
        <source>Time until the next attempt</source>
        <translation type="unfinished">Thời gian tới lần thử tiếp theo</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation type="unfinished">Hãy gõ cụm mật khẩu trước.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation type="unfinished">Đang mở khóa…</translation>
    </message>
    <message numerus="yes">
        <source>You can try again in %n second(s).</source>
        <translation type="unfinished">
            <numerusform>Bạn có thể thử lại sau %n giây.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VaultActions</name>
    <message>
        <source>Changing the passphrase…</source>
        <translation type="unfinished">Đang đổi cụm mật khẩu…</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation type="unfinished">Đã đổi cụm mật khẩu.</translation>
    </message>
    <message>
        <source>The passphrase was not changed: %1</source>
        <translation type="unfinished">Chưa đổi cụm mật khẩu: %1</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation type="unfinished">Đang ghi bản sao lưu…</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation type="unfinished">Sao lưu thất bại: %1</translation>
    </message>
    <message>
        <source>Backup written. It is encrypted with the current passphrase.</source>
        <translation type="unfinished">Đã ghi bản sao lưu. Nó được mã hóa bằng cụm mật khẩu hiện tại.</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished">Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <source>Outreach backups (*.obk)</source>
        <translation type="unfinished">Bản sao lưu Outreach (*.obk)</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation type="unfinished">Đang khôi phục bản sao lưu…</translation>
    </message>
    <message>
        <source>The backup was restored. Unlock it with its passphrase.</source>
        <translation type="unfinished">Đã khôi phục bản sao lưu. Hãy mở khóa bằng cụm mật khẩu của nó.</translation>
    </message>
    <message>
        <source>The backup was not restored: %1</source>
        <translation type="unfinished">Chưa khôi phục bản sao lưu: %1</translation>
    </message>
    <message>
        <source>Files Outreach saved outside the vault (exports, backups, PDFs) were not looked for: their list is inside the vault, and it was not unlocked since Outreach started. Delete them yourself.</source>
        <translation type="unfinished">Chưa tìm các tệp Outreach đã lưu bên ngoài kho bảo mật (tệp xuất, bản sao lưu, PDF): danh sách của chúng nằm trong kho, và kho chưa được mở khóa từ khi Outreach khởi động. Hãy tự xóa chúng.</translation>
    </message>
    <message numerus="yes">
        <source>Also destroyed: %n file(s) saved outside the vault.</source>
        <translation type="unfinished">
            <numerusform>Cũng đã hủy: %n tệp lưu bên ngoài kho bảo mật.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not destroy %1: %2.</source>
        <translation type="unfinished">Không hủy được %1: %2.</translation>
    </message>
    <message>
        <source>Quick delete did not finish: %1</source>
        <translation type="unfinished">Xóa nhanh chưa xong: %1</translation>
    </message>
</context>
<context>
    <name>VehicleEditor</name>
    <message>
        <source>Make</source>
        <translation type="unfinished">Hãng</translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished">Mẫu xe</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished">Màu</translation>
    </message>
    <message>
        <source>Registration plate (part is fine)</source>
        <translation type="unfinished">Biển số xe (một phần cũng được)</translation>
    </message>
    <message>
        <source>Vehicle: %1</source>
        <translation type="unfinished">Xe: %1</translation>
    </message>
</context>
<context>
    <name>WhatStep</name>
    <message>
        <source>What happened (tick all that apply)</source>
        <translation type="unfinished">Chuyện gì đã xảy ra (đánh dấu mọi mục phù hợp)</translation>
    </message>
    <message>
        <source>Alias of the person harmed (empty: not recorded)</source>
        <translation type="unfinished">Biệt danh của người bị hại (để trống: chưa ghi)</translation>
    </message>
    <message>
        <source>Age band of the person</source>
        <translation type="unfinished">Nhóm tuổi của người đó</translation>
    </message>
    <message>
        <source>Gender of the person</source>
        <translation type="unfinished">Giới tính của người đó</translation>
    </message>
    <message>
        <source>Worker initials</source>
        <translation type="unfinished">Tên viết tắt của nhân viên</translation>
    </message>
    <message>
        <source>Injury</source>
        <translation type="unfinished">Thương tích</translation>
    </message>
    <message>
        <source>Injury notes (stay on this device)</source>
        <translation type="unfinished">Ghi chú thương tích (ở lại trên thiết bị này)</translation>
    </message>
    <message>
        <source>A weapon was used</source>
        <translation type="unfinished">Có dùng vũ khí</translation>
    </message>
    <message>
        <source>Weapon (stays on this device)</source>
        <translation type="unfinished">Vũ khí (ở lại trên thiết bị này)</translation>
    </message>
    <message>
        <source>The police have already been told</source>
        <translation type="unfinished">Đã báo cảnh sát rồi</translation>
    </message>
    <message>
        <source>A&amp;lias:</source>
        <translation type="unfinished">Biệt &amp;danh:</translation>
    </message>
    <message>
        <source>Age band, gender:</source>
        <translation type="unfinished">Nhóm tuổi, giới tính:</translation>
    </message>
    <message>
        <source>Worker &amp;initials:</source>
        <translation type="unfinished">Tên viết tắt của &amp;nhân viên:</translation>
    </message>
    <message>
        <source>In&amp;jury:</source>
        <translation type="unfinished">&amp;Thương tích:</translation>
    </message>
    <message>
        <source>Injury notes (stay here):</source>
        <translation type="unfinished">Ghi chú thương tích (ở lại đây):</translation>
    </message>
</context>
<context>
    <name>WhenStep</name>
    <message>
        <source>When it happened</source>
        <translation type="unfinished">Khi nào xảy ra</translation>
    </message>
    <message>
        <source>&amp;Approximately</source>
        <translation type="unfinished">&amp;Khoảng chừng</translation>
    </message>
    <message>
        <source>The time is approximate</source>
        <translation type="unfinished">Thời gian là ước chừng</translation>
    </message>
    <message>
        <source>How well the time is known</source>
        <translation type="unfinished">Mức độ biết rõ thời gian</translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished">Khu vực</translation>
    </message>
    <message>
        <source>Where exactly (stays on this device)</source>
        <translation type="unfinished">Chính xác ở đâu (ở lại trên thiết bị này)</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation type="unfinished">Khi &amp;nào:</translation>
    </message>
    <message>
        <source>A&amp;rea:</source>
        <translation type="unfinished">Kh&amp;u vực:</translation>
    </message>
    <message>
        <source>Where exactly
(stays on this device):</source>
        <translation type="unfinished">Chính xác ở đâu
(ở lại trên thiết bị này):</translation>
    </message>
    <message>
        <source>No area</source>
        <translation type="unfinished">Không có khu vực</translation>
    </message>
</context>
<context>
    <name>WhoStep</name>
    <message>
        <source>Perpetrator</source>
        <translation type="unfinished">Người gây hại</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation type="unfinished">Xe</translation>
    </message>
    <message>
        <source>Perpetrators</source>
        <translation type="unfinished">Người gây hại</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation type="unfinished">Xe</translation>
    </message>
</context>
</TS>
