<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th">
<context>
    <name>AlertModels</name>
    <message>
        <source>aged %1-%2</source>
        <translation type="unfinished">อายุ %1-%2</translation>
    </message>
    <message>
        <source>uses the name %1</source>
        <translation type="unfinished">ใช้ชื่อ %1</translation>
    </message>
    <message>
        <source>phone %1</source>
        <translation type="unfinished">โทรศัพท์ %1</translation>
    </message>
    <message>
        <source>e-mail %1</source>
        <translation type="unfinished">อีเมล %1</translation>
    </message>
    <message>
        <source>online %1</source>
        <translation type="unfinished">ออนไลน์ %1</translation>
    </message>
    <message>
        <source>plate %1</source>
        <translation type="unfinished">ป้ายทะเบียน %1</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished">ออกเมื่อ</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation type="unfinished">การแจ้งเตือน</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished">เกิดอะไรขึ้น</translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished">ภูมิภาค</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished">ใช้ได้ถึง</translation>
    </message>
    <message>
        <source>NEW: </source>
        <translation type="unfinished">ใหม่: </translation>
    </message>
</context>
<context>
    <name>AlertsPage</name>
    <message>
        <source>Alerts</source>
        <translation type="unfinished">การแจ้งเตือน</translation>
    </message>
    <message>
        <source>When alerts were last fetched</source>
        <translation type="unfinished">เวลาที่ดึงการแจ้งเตือนครั้งล่าสุด</translation>
    </message>
    <message>
        <source>Show alerts for area</source>
        <translation type="unfinished">แสดงการแจ้งเตือนของพื้นที่</translation>
    </message>
    <message>
        <source>&amp;Save handout as PDF…</source>
        <translation type="unfinished">บันทึกใบปลิวเป็น PDF(&amp;S)…</translation>
    </message>
    <message>
        <source>Save the alerts handout as PDF</source>
        <translation type="unfinished">บันทึกใบปลิวการแจ้งเตือนเป็น PDF</translation>
    </message>
    <message>
        <source>&amp;Print handout…</source>
        <translation type="unfinished">พิมพ์ใบปลิว(&amp;P)…</translation>
    </message>
    <message>
        <source>Print the alerts handout</source>
        <translation type="unfinished">พิมพ์ใบปลิวการแจ้งเตือน</translation>
    </message>
    <message>
        <source>Sign &amp;up for warnings…</source>
        <translation type="unfinished">ลงทะเบียนรับคำเตือน(&amp;U)…</translation>
    </message>
    <message>
        <source>Sign a person up to get warnings themselves</source>
        <translation type="unfinished">ลงทะเบียนให้บุคคลรับคำเตือนเอง</translation>
    </message>
    <message>
        <source>Language of the handout</source>
        <translation type="unfinished">ภาษาของใบปลิว</translation>
    </message>
    <message>
        <source>Second language printed beside it</source>
        <translation type="unfinished">ภาษาที่สองที่พิมพ์คู่กัน</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished">(ไม่มี)</translation>
    </message>
    <message>
        <source>Current alerts</source>
        <translation type="unfinished">การแจ้งเตือนปัจจุบัน</translation>
    </message>
    <message>
        <source>Selected alert</source>
        <translation type="unfinished">การแจ้งเตือนที่เลือก</translation>
    </message>
    <message>
        <source>Alerts message</source>
        <translation type="unfinished">ข้อความเกี่ยวกับการแจ้งเตือน</translation>
    </message>
    <message>
        <source>Alerts refused for a bad signature</source>
        <translation type="unfinished">การแจ้งเตือนที่ถูกปฏิเสธเพราะลายเซ็นไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>Check a phone number, plate, e-mail address or online name</source>
        <translation type="unfinished">ตรวจสอบเบอร์โทรศัพท์ ป้ายทะเบียน อีเมล หรือชื่อออนไลน์</translation>
    </message>
    <message>
        <source>Check a phone number, plate, e-mail or online name (any format)</source>
        <translation type="unfinished">ตรวจสอบเบอร์โทร ป้ายทะเบียน อีเมล หรือชื่อออนไลน์ (รูปแบบใดก็ได้)</translation>
    </message>
    <message>
        <source>Chec&amp;k</source>
        <translation type="unfinished">ตรวจสอบ(&amp;K)</translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished">ตรวจสอบ</translation>
    </message>
    <message>
        <source>Check results</source>
        <translation type="unfinished">ผลการตรวจสอบ</translation>
    </message>
    <message>
        <source>Page message</source>
        <translation type="unfinished">ข้อความของหน้า</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation type="unfinished">พื้นที่(&amp;A):</translation>
    </message>
    <message>
        <source>Handout in &amp;language:</source>
        <translation type="unfinished">ใบปลิวเป็นภาษา(&amp;L):</translation>
    </message>
    <message>
        <source>side by side &amp;with:</source>
        <translation type="unfinished">คู่กับภาษา(&amp;W):</translation>
    </message>
    <message>
        <source>CHECK before meeting someone:</source>
        <translation type="unfinished">ตรวจสอบก่อนพบใครก็ตาม:</translation>
    </message>
    <message>
        <source>load the alerts</source>
        <translation type="unfinished">โหลดการแจ้งเตือน</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation type="unfinished">ทุกพื้นที่</translation>
    </message>
    <message>
        <source>Last fetched %1</source>
        <translation type="unfinished">ดึงล่าสุด %1</translation>
    </message>
    <message>
        <source>Never fetched</source>
        <translation type="unfinished">ยังไม่เคยดึง</translation>
    </message>
    <message>
        <source>save the handout languages</source>
        <translation type="unfinished">บันทึกภาษาของใบปลิว</translation>
    </message>
    <message>
        <source>No current alerts for this area.</source>
        <translation type="unfinished">ไม่มีการแจ้งเตือนปัจจุบันสำหรับพื้นที่นี้</translation>
    </message>
    <message numerus="yes">
        <source>%n current alert(s), newest first.</source>
        <translation type="unfinished">
            <numerusform>การแจ้งเตือนปัจจุบัน %n รายการ ใหม่สุดก่อน</numerusform>
        </translation>
    </message>
    <message>
        <source>Alert</source>
        <translation type="unfinished">การแจ้งเตือน</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished">ออกเมื่อ</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished">ใช้ได้ถึง</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished">เกิดอะไรขึ้น</translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished">รายละเอียด</translation>
    </message>
    <message>
        <source>Perpetrators</source>
        <translation type="unfinished">ผู้กระทำ</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation type="unfinished">ยานพาหนะ</translation>
    </message>
    <message>
        <source>check</source>
        <translation type="unfinished">ตรวจสอบ</translation>
    </message>
    <message>
        <source>ALERT</source>
        <translation type="unfinished">แจ้งเตือน</translation>
    </message>
    <message>
        <source>Our record</source>
        <translation type="unfinished">บันทึกของเรา</translation>
    </message>
    <message>
        <source>Nothing known about “%1”. That does not mean they are safe.</source>
        <translation type="unfinished">ไม่มีข้อมูลเกี่ยวกับ “%1” แต่ไม่ได้หมายความว่าปลอดภัย</translation>
    </message>
    <message>
        <source>all areas</source>
        <translation type="unfinished">ทุกพื้นที่</translation>
    </message>
    <message>
        <source>Preparing the handout…</source>
        <translation type="unfinished">กำลังเตรียมใบปลิว…</translation>
    </message>
    <message>
        <source>Handout cancelled. Nothing was saved.</source>
        <translation type="unfinished">ยกเลิกใบปลิวแล้ว ไม่มีอะไรถูกบันทึก</translation>
    </message>
    <message>
        <source>Handout saved.</source>
        <translation type="unfinished">บันทึกใบปลิวแล้ว</translation>
    </message>
    <message>
        <source>save the handout</source>
        <translation type="unfinished">บันทึกใบปลิว</translation>
    </message>
    <message>
        <source>Save the alerts handout</source>
        <translation type="unfinished">บันทึกใบปลิวการแจ้งเตือน</translation>
    </message>
    <message>
        <source>Printing the handout…</source>
        <translation type="unfinished">กำลังพิมพ์ใบปลิว…</translation>
    </message>
    <message>
        <source>Handout sent to the printer.</source>
        <translation type="unfinished">ส่งใบปลิวไปที่เครื่องพิมพ์แล้ว</translation>
    </message>
    <message>
        <source>Printing cancelled.</source>
        <translation type="unfinished">ยกเลิกการพิมพ์แล้ว</translation>
    </message>
    <message>
        <source>The printer could not be used.</source>
        <translation type="unfinished">ใช้เครื่องพิมพ์ไม่ได้</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">ยกเลิก</translation>
    </message>
</context>
<context>
    <name>AppStatusBar</name>
    <message>
        <source>Connection</source>
        <translation type="unfinished">การเชื่อมต่อ</translation>
    </message>
    <message>
        <source>Reports waiting</source>
        <translation type="unfinished">รายงานที่รออยู่</translation>
    </message>
    <message>
        <source>Reports that need attention</source>
        <translation type="unfinished">รายงานที่ต้องดูแล</translation>
    </message>
    <message>
        <source>Reports waiting for review</source>
        <translation type="unfinished">รายงานที่รอการตรวจทาน</translation>
    </message>
    <message>
        <source>Reports a coordinator must approve before they are sent (Review and sync page)</source>
        <translation type="unfinished">รายงานที่ผู้ประสานงานต้องอนุมัติก่อนส่ง (หน้าตรวจทานและซิงค์)</translation>
    </message>
    <message>
        <source>Restored drafts</source>
        <translation type="unfinished">แบบร่างที่กู้คืน</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation type="unfinished">ซิงค์ล่าสุด</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished">ล็อก</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation type="unfinished">ล็อกทันที</translation>
    </message>
    <message>
        <source>Lock now (Ctrl+L). Panic: Ctrl+Shift+L locks and hides.</source>
        <translation type="unfinished">ล็อกทันที (Ctrl+L) ฉุกเฉิน: Ctrl+Shift+L ล็อกและซ่อน</translation>
    </message>
    <message numerus="yes">
        <source>%n awaiting review</source>
        <translation type="unfinished">
            <numerusform>%n รายการรอตรวจทาน</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unfinished form(s) restored</source>
        <translation type="unfinished">
            <numerusform>กู้คืนแบบฟอร์มที่ยังไม่เสร็จ %n รายการ</numerusform>
        </translation>
    </message>
    <message>
        <source>Not linked to a server</source>
        <translation type="unfinished">ยังไม่ได้เชื่อมกับเซิร์ฟเวอร์</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished">กำลังซิงค์…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished">ออฟไลน์</translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished">ออนไลน์</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation type="unfinished">ยังไม่ได้ซิงค์</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation type="unfinished">
            <numerusform>รออยู่ %n รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need attention</source>
        <translation type="unfinished">
            <numerusform>ต้องดูแล %n รายการ</numerusform>
        </translation>
    </message>
    <message>
        <source>Last sync: never</source>
        <translation type="unfinished">ซิงค์ล่าสุด: ไม่เคย</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation type="unfinished">ซิงค์ล่าสุด: %1</translation>
    </message>
</context>
<context>
    <name>AreasSection</name>
    <message>
        <source>Areas</source>
        <translation type="unfinished">พื้นที่</translation>
    </message>
    <message>
        <source>Areas and their server regions</source>
        <translation type="unfinished">พื้นที่และภูมิภาคบนเซิร์ฟเวอร์</translation>
    </message>
    <message>
        <source>Server region for the selected area</source>
        <translation type="unfinished">ภูมิภาคบนเซิร์ฟเวอร์ของพื้นที่ที่เลือก</translation>
    </message>
    <message>
        <source>Set &amp;region</source>
        <translation type="unfinished">ตั้งภูมิภาค(&amp;R)</translation>
    </message>
    <message>
        <source>Set the selected area&apos;s region</source>
        <translation type="unfinished">ตั้งภูมิภาคของพื้นที่ที่เลือก</translation>
    </message>
    <message>
        <source>Areas message</source>
        <translation type="unfinished">ข้อความเกี่ยวกับพื้นที่</translation>
    </message>
    <message>
        <source>Reports can be shared only from an area with a server region. Regions come from the server when the device is linked and at every sync.</source>
        <translation type="unfinished">แชร์รายงานได้เฉพาะจากพื้นที่ที่มีภูมิภาคบนเซิร์ฟเวอร์ ภูมิภาคมาจากเซิร์ฟเวอร์เมื่อเชื่อมอุปกรณ์และทุกครั้งที่ซิงค์</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation type="unfinished">ภูมิภาค(&amp;G):</translation>
    </message>
    <message>
        <source>load the areas</source>
        <translation type="unfinished">โหลดพื้นที่</translation>
    </message>
    <message>
        <source>No region (not shareable)</source>
        <translation type="unfinished">ไม่มีภูมิภาค (แชร์ไม่ได้)</translation>
    </message>
    <message>
        <source>no region: not shareable</source>
        <translation type="unfinished">ไม่มีภูมิภาค: แชร์ไม่ได้</translation>
    </message>
    <message>
        <source>No server regions yet: link this device to a server, or sync.</source>
        <translation type="unfinished">ยังไม่มีภูมิภาคจากเซิร์ฟเวอร์: เชื่อมอุปกรณ์นี้กับเซิร์ฟเวอร์ หรือซิงค์</translation>
    </message>
    <message>
        <source>Region saved.</source>
        <translation type="unfinished">บันทึกภูมิภาคแล้ว</translation>
    </message>
    <message>
        <source>set the region</source>
        <translation type="unfinished">ตั้งภูมิภาค</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Audit log</source>
        <translation type="unfinished">บันทึกการตรวจสอบ</translation>
    </message>
    <message>
        <source>Only coordinators can see the audit log.</source>
        <translation type="unfinished">เฉพาะผู้ประสานงานเท่านั้นที่ดูบันทึกการตรวจสอบได้</translation>
    </message>
    <message>
        <source>&amp;Verify the log</source>
        <translation type="unfinished">ตรวจยืนยันบันทึก(&amp;V)</translation>
    </message>
    <message>
        <source>Verification result</source>
        <translation type="unfinished">ผลการตรวจยืนยัน</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation type="unfinished">รายการในบันทึกการตรวจสอบ</translation>
    </message>
    <message>
        <source>The log is intact: %1 entries.</source>
        <translation type="unfinished">บันทึกครบถ้วน: %1 รายการ</translation>
    </message>
    <message>
        <source>(Not yet compared with the server: entries cut off the end show after a sync.)</source>
        <translation type="unfinished">(ยังไม่ได้เทียบกับเซิร์ฟเวอร์: รายการที่ถูกตัดออกจากท้ายจะแสดงหลังการซิงค์)</translation>
    </message>
    <message>
        <source>The log was changed:</source>
        <translation type="unfinished">บันทึกถูกเปลี่ยนแปลง:</translation>
    </message>
    <message>
        <source>That did not work.</source>
        <translation type="unfinished">ไม่สำเร็จ</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation type="unfinished">เปลี่ยนวลีรหัสผ่าน</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation type="unfinished">วลีรหัสผ่านปัจจุบัน</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished">วลีรหัสผ่านใหม่</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation type="unfinished">พิมพ์วลีรหัสผ่านใหม่อีกครั้ง</translation>
    </message>
    <message>
        <source>Passphrase feedback</source>
        <translation type="unfinished">ความเห็นเกี่ยวกับวลีรหัสผ่าน</translation>
    </message>
    <message>
        <source>Show the new passphrase</source>
        <translation type="unfinished">แสดงวลีรหัสผ่านใหม่</translation>
    </message>
    <message>
        <source>&amp;Suggest</source>
        <translation type="unfinished">แนะนำ(&amp;S)</translation>
    </message>
    <message>
        <source>Suggest a passphrase of random words</source>
        <translation type="unfinished">แนะนำวลีรหัสผ่านจากคำสุ่ม</translation>
    </message>
    <message>
        <source>About the team&apos;s passphrases</source>
        <translation type="unfinished">เกี่ยวกับวลีรหัสผ่านของทีม</translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished">ข้อผิดพลาด</translation>
    </message>
    <message>
        <source>C&amp;urrent:</source>
        <translation type="unfinished">ปัจจุบัน(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;New:</source>
        <translation type="unfinished">ใหม่(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Repeat new:</source>
        <translation type="unfinished">พิมพ์ใหม่อีกครั้ง(&amp;R):</translation>
    </message>
    <message>
        <source>The records stay as they are; only the passphrase that opens them changes.</source>
        <translation type="unfinished">บันทึกข้อมูลยังคงเหมือนเดิม เปลี่ยนเฉพาะวลีรหัสผ่านที่ใช้เปิดเท่านั้น</translation>
    </message>
    <message>
        <source>Six random words are shown. Write them down somewhere safe before you press OK.</source>
        <translation type="unfinished">มีคำสุ่มหกคำแสดงอยู่ จดไว้ในที่ปลอดภัยก่อนกด ตกลง</translation>
    </message>
    <message>
        <source>Strong enough.</source>
        <translation type="unfinished">แข็งแรงพอ</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>%1 table</source>
        <translation type="unfinished">ตาราง %1</translation>
    </message>
</context>
<context>
    <name>ConsentStep</name>
    <message>
        <source>Read each purpose to the person in these words. They decide each one separately; saying no to all of them is fine and changes nothing about the support they get.</source>
        <translation type="unfinished">อ่านแต่ละวัตถุประสงค์ให้บุคคลนั้นฟังด้วยถ้อยคำเหล่านี้ เขาตัดสินใจแต่ละข้อแยกกัน การปฏิเสธทั้งหมดไม่เป็นไร และไม่เปลี่ยนแปลงความช่วยเหลือที่เขาได้รับ</translation>
    </message>
    <message>
        <source>What is shared: %1</source>
        <translation type="unfinished">สิ่งที่แชร์: %1</translation>
    </message>
    <message>
        <source>Cannot be undone: %1</source>
        <translation type="unfinished">ยกเลิกไม่ได้: %1</translation>
    </message>
    <message>
        <source>Yes, share this</source>
        <translation type="unfinished">ใช่ แชร์สิ่งนี้</translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished">ไม่</translation>
    </message>
    <message>
        <source>Yes to: %1</source>
        <translation type="unfinished">ใช่สำหรับ: %1</translation>
    </message>
    <message>
        <source>No to: %1</source>
        <translation type="unfinished">ไม่สำหรับ: %1</translation>
    </message>
    <message>
        <source>Said out loud (verbal)</source>
        <translation type="unfinished">พูดออกเสียง (ด้วยวาจา)</translation>
    </message>
    <message>
        <source>Signed or written</source>
        <translation type="unfinished">ลงชื่อหรือเป็นลายลักษณ์อักษร</translation>
    </message>
    <message>
        <source>How consent was given</source>
        <translation type="unfinished">วิธีที่ให้ความยินยอม</translation>
    </message>
    <message>
        <source>Initials of the worker recording consent</source>
        <translation type="unfinished">อักษรย่อของเจ้าหน้าที่ที่บันทึกความยินยอม</translation>
    </message>
    <message>
        <source>&amp;How given:</source>
        <translation type="unfinished">ให้ความยินยอมอย่างไร(&amp;H):</translation>
    </message>
    <message>
        <source>Recorded &amp;by:</source>
        <translation type="unfinished">บันทึกโดย(&amp;B):</translation>
    </message>
    <message>
        <source>Consent status</source>
        <translation type="unfinished">สถานะความยินยอม</translation>
    </message>
    <message>
        <source>&amp;Record consent</source>
        <translation type="unfinished">บันทึกความยินยอม(&amp;R)</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation type="unfinished">บันทึกความยินยอม</translation>
    </message>
    <message>
        <source>Nothing is shared — &amp;finish</source>
        <translation type="unfinished">ไม่แชร์อะไรเลย — เสร็จสิ้น(&amp;F)</translation>
    </message>
    <message>
        <source>Finish without sharing anything</source>
        <translation type="unfinished">เสร็จสิ้นโดยไม่แชร์อะไร</translation>
    </message>
    <message>
        <source>&amp;Next: what will be shared</source>
        <translation type="unfinished">ถัดไป: สิ่งที่จะแชร์(&amp;N)</translation>
    </message>
    <message>
        <source>Show what will be shared</source>
        <translation type="unfinished">แสดงสิ่งที่จะแชร์</translation>
    </message>
    <message>
        <source>Record a fresh consent &amp;instead</source>
        <translation type="unfinished">บันทึกความยินยอมใหม่แทน(&amp;I)</translation>
    </message>
    <message>
        <source>Record a fresh consent instead (needed to add a purpose)</source>
        <translation type="unfinished">บันทึกความยินยอมใหม่แทน (จำเป็นเมื่อต้องการเพิ่มวัตถุประสงค์)</translation>
    </message>
    <message>
        <source>Give the person this withdrawal code now. It is shown only once and cannot be looked up later. With it they can withdraw their consent at any time.</source>
        <translation type="unfinished">ให้รหัสถอนความยินยอมนี้แก่บุคคลนั้นตอนนี้ รหัสจะแสดงเพียงครั้งเดียวและค้นหาภายหลังไม่ได้ ด้วยรหัสนี้เขาสามารถถอนความยินยอมได้ทุกเมื่อ</translation>
    </message>
    <message>
        <source>Withdrawal code</source>
        <translation type="unfinished">รหัสถอนความยินยอม</translation>
    </message>
    <message>
        <source>&amp;Print slip…</source>
        <translation type="unfinished">พิมพ์ใบรหัส(&amp;P)…</translation>
    </message>
    <message>
        <source>Print the withdrawal slip</source>
        <translation type="unfinished">พิมพ์ใบรหัสถอนความยินยอม</translation>
    </message>
    <message>
        <source>Consent version %1 is recorded. Change the answers and record again, or go on.</source>
        <translation type="unfinished">บันทึกความยินยอมฉบับที่ %1 แล้ว เปลี่ยนคำตอบแล้วบันทึกใหม่ หรือทำต่อไป</translation>
    </message>
    <message>
        <source>Answer every purpose with yes or no.</source>
        <translation type="unfinished">ตอบใช่หรือไม่ในทุกวัตถุประสงค์</translation>
    </message>
    <message>
        <source>This incident was changed after it was shared. Read the purposes again with the person: they may keep them or say no to some. Their withdrawal code stays the same.</source>
        <translation type="unfinished">เหตุการณ์นี้ถูกแก้ไขหลังจากแชร์แล้ว อ่านวัตถุประสงค์ให้บุคคลนั้นฟังอีกครั้ง เขาอาจคงไว้หรือปฏิเสธบางข้อ รหัสถอนความยินยอมยังคงเดิม</translation>
    </message>
    <message>
        <source>Consent recorded (version %1).</source>
        <translation type="unfinished">บันทึกความยินยอมแล้ว (ฉบับที่ %1)</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <source>Edit contact</source>
        <translation type="unfinished">แก้ไขการติดต่อ</translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished">เมื่อไร</translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished">พื้นที่</translation>
    </message>
    <message>
        <source>No area</source>
        <translation type="unfinished">ไม่มีพื้นที่</translation>
    </message>
    <message>
        <source>Alias (empty: anonymous)</source>
        <translation type="unfinished">ชื่อเล่น (ว่าง: ไม่ระบุชื่อ)</translation>
    </message>
    <message>
        <source>How the contact happened</source>
        <translation type="unfinished">การติดต่อเกิดขึ้นอย่างไร</translation>
    </message>
    <message>
        <source>%1 handed out</source>
        <translation type="unfinished">แจก %1</translation>
    </message>
    <message>
        <source>Referred to %1</source>
        <translation type="unfinished">ส่งต่อไปยัง %1</translation>
    </message>
    <message>
        <source>Note (stays on this device)</source>
        <translation type="unfinished">หมายเหตุ (เก็บไว้ในอุปกรณ์นี้)</translation>
    </message>
    <message>
        <source>Problem with the contact</source>
        <translation type="unfinished">ปัญหาเกี่ยวกับการติดต่อ</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation type="unfinished">เมื่อไร(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation type="unfinished">พื้นที่(&amp;A):</translation>
    </message>
    <message>
        <source>A&amp;lias:</source>
        <translation type="unfinished">ชื่อเล่น(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation type="unfinished">อย่างไร(&amp;H):</translation>
    </message>
    <message>
        <source>Supplies:</source>
        <translation type="unfinished">สิ่งของ:</translation>
    </message>
    <message>
        <source>Referrals:</source>
        <translation type="unfinished">การส่งต่อ:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished">หมายเหตุ(&amp;N):</translation>
    </message>
    <message>
        <source>save the contact</source>
        <translation type="unfinished">บันทึกการติดต่อ</translation>
    </message>
    <message>
        <source>Contact saved.</source>
        <translation type="unfinished">บันทึกการติดต่อแล้ว</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>Contacts</source>
        <translation type="unfinished">การติดต่อ</translation>
    </message>
    <message>
        <source>Filter by how the contact happened</source>
        <translation type="unfinished">กรองตามวิธีการติดต่อ</translation>
    </message>
    <message>
        <source>Any way</source>
        <translation type="unfinished">ทุกวิธี</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished">แก้ไข(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit the selected contact</source>
        <translation type="unfinished">แก้ไขการติดต่อที่เลือก</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished">ลบ(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete the selected contact</source>
        <translation type="unfinished">ลบการติดต่อที่เลือก</translation>
    </message>
    <message>
        <source>&amp;Forget this person…</source>
        <translation type="unfinished">ลืมบุคคลนี้(&amp;F)…</translation>
    </message>
    <message>
        <source>Forget the person of the selected contact</source>
        <translation type="unfinished">ลืมบุคคลของการติดต่อที่เลือก</translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished">เมื่อไร</translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished">พื้นที่</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation type="unfinished">ชื่อเล่น</translation>
    </message>
    <message>
        <source>(anonymous)</source>
        <translation type="unfinished">(ไม่ระบุชื่อ)</translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished">อย่างไร</translation>
    </message>
    <message>
        <source>Supplies</source>
        <translation type="unfinished">สิ่งของ</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished">การส่งต่อ</translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished">หมายเหตุ</translation>
    </message>
    <message>
        <source>Contact deleted.</source>
        <translation type="unfinished">ลบการติดต่อแล้ว</translation>
    </message>
    <message>
        <source>delete the contact</source>
        <translation type="unfinished">ลบการติดต่อ</translation>
    </message>
    <message>
        <source>Delete contact</source>
        <translation type="unfinished">ลบการติดต่อ</translation>
    </message>
    <message>
        <source>Delete the contact of %1? This cannot be undone.</source>
        <translation type="unfinished">ลบการติดต่อของ %1 หรือไม่ ยกเลิกไม่ได้</translation>
    </message>
</context>
<context>
    <name>CountsTableModel</name>
    <message>
        <source>Total</source>
        <translation type="unfinished">รวม</translation>
    </message>
</context>
<context>
    <name>DeskAdminPage</name>
    <message>
        <source>Admin</source>
        <translation type="unfinished">ผู้ดูแลระบบ</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished">รีเฟรช(&amp;R)</translation>
    </message>
    <message>
        <source>Ask the server again</source>
        <translation type="unfinished">ถามเซิร์ฟเวอร์อีกครั้ง</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation type="unfinished">ภูมิภาค</translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished">ภูมิภาค</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">ชื่อ</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished">องค์กร</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished">องค์กร</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished">อุปกรณ์</translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished">อุปกรณ์</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation type="unfinished">ลงทะเบียนเมื่อ</translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished">สถานะ</translation>
    </message>
    <message>
        <source>New region id</source>
        <translation type="unfinished">รหัสภูมิภาคใหม่</translation>
    </message>
    <message>
        <source>id, e.g. north</source>
        <translation type="unfinished">รหัส เช่น north</translation>
    </message>
    <message>
        <source>New region name</source>
        <translation type="unfinished">ชื่อภูมิภาคใหม่</translation>
    </message>
    <message>
        <source>Add re&amp;gion</source>
        <translation type="unfinished">เพิ่มภูมิภาค(&amp;G)</translation>
    </message>
    <message>
        <source>Add the region</source>
        <translation type="unfinished">เพิ่มภูมิภาค</translation>
    </message>
    <message>
        <source>New organisation name</source>
        <translation type="unfinished">ชื่อองค์กรใหม่</translation>
    </message>
    <message>
        <source>Its regions (comma separated)</source>
        <translation type="unfinished">ภูมิภาคขององค์กร (คั่นด้วยจุลภาค)</translation>
    </message>
    <message>
        <source>Add &amp;organisation</source>
        <translation type="unfinished">เพิ่มองค์กร(&amp;O)</translation>
    </message>
    <message>
        <source>Add the organisation</source>
        <translation type="unfinished">เพิ่มองค์กร</translation>
    </message>
    <message>
        <source>Organisation for the enrolment code</source>
        <translation type="unfinished">องค์กรสำหรับรหัสลงทะเบียน</translation>
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished"> ชม.</translation>
    </message>
    <message>
        <source>Hours the code stays valid</source>
        <translation type="unfinished">จำนวนชั่วโมงที่รหัสใช้ได้</translation>
    </message>
    <message>
        <source>Make enrolment &amp;code</source>
        <translation type="unfinished">สร้างรหัสลงทะเบียน(&amp;C)</translation>
    </message>
    <message>
        <source>Make a device enrolment code</source>
        <translation type="unfinished">สร้างรหัสลงทะเบียนอุปกรณ์</translation>
    </message>
    <message>
        <source>The enrolment code (shown once)</source>
        <translation type="unfinished">รหัสลงทะเบียน (แสดงครั้งเดียว)</translation>
    </message>
    <message>
        <source>Re&amp;voke device…</source>
        <translation type="unfinished">เพิกถอนอุปกรณ์(&amp;V)…</translation>
    </message>
    <message>
        <source>Revoke the selected device</source>
        <translation type="unfinished">เพิกถอนอุปกรณ์ที่เลือก</translation>
    </message>
    <message>
        <source>New region:</source>
        <translation type="unfinished">ภูมิภาคใหม่:</translation>
    </message>
    <message>
        <source>New organisation:</source>
        <translation type="unfinished">องค์กรใหม่:</translation>
    </message>
    <message>
        <source>Device code for:</source>
        <translation type="unfinished">รหัสอุปกรณ์สำหรับ:</translation>
    </message>
    <message>
        <source>ask the server</source>
        <translation type="unfinished">ถามเซิร์ฟเวอร์</translation>
    </message>
    <message>
        <source>add the region</source>
        <translation type="unfinished">เพิ่มภูมิภาค</translation>
    </message>
    <message>
        <source>Region added.</source>
        <translation type="unfinished">เพิ่มภูมิภาคแล้ว</translation>
    </message>
    <message>
        <source>add the organisation</source>
        <translation type="unfinished">เพิ่มองค์กร</translation>
    </message>
    <message>
        <source>Organisation added.</source>
        <translation type="unfinished">เพิ่มองค์กรแล้ว</translation>
    </message>
    <message>
        <source>Enrolment code (shown once, valid %1 h): %2</source>
        <translation type="unfinished">รหัสลงทะเบียน (แสดงครั้งเดียว ใช้ได้ %1 ชม.): %2</translation>
    </message>
    <message>
        <source>make the code</source>
        <translation type="unfinished">สร้างรหัส</translation>
    </message>
    <message>
        <source>Select the device to revoke.</source>
        <translation type="unfinished">เลือกอุปกรณ์ที่จะเพิกถอน</translation>
    </message>
    <message>
        <source>Revoke device</source>
        <translation type="unfinished">เพิกถอนอุปกรณ์</translation>
    </message>
    <message>
        <source>Revoke this device? It can no longer send or fetch anything.</source>
        <translation type="unfinished">เพิกถอนอุปกรณ์นี้หรือไม่ อุปกรณ์จะส่งหรือดึงข้อมูลใดๆ ไม่ได้อีก</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation type="unfinished">เพิกถอน</translation>
    </message>
    <message>
        <source>revoke the device</source>
        <translation type="unfinished">เพิกถอนอุปกรณ์</translation>
    </message>
    <message>
        <source>Device revoked.</source>
        <translation type="unfinished">เพิกถอนอุปกรณ์แล้ว</translation>
    </message>
</context>
<context>
    <name>DeskAlertsPage</name>
    <message>
        <source>Alerts</source>
        <translation type="unfinished">การแจ้งเตือน</translation>
    </message>
    <message>
        <source>This desk&apos;s alerts</source>
        <translation type="unfinished">การแจ้งเตือนของโต๊ะนี้</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation type="unfinished">การแจ้งเตือน</translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished">ฉบับ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">สถานะ</translation>
    </message>
    <message>
        <source>Check code</source>
        <translation type="unfinished">รหัสตรวจสอบ</translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished">ตรวจทาน</translation>
    </message>
    <message>
        <source>Report to draft an alert from</source>
        <translation type="unfinished">รายงานที่จะใช้ร่างการแจ้งเตือน</translation>
    </message>
    <message>
        <source>&amp;Draft alert</source>
        <translation type="unfinished">ร่างการแจ้งเตือน(&amp;D)</translation>
    </message>
    <message>
        <source>Draft an alert from this report</source>
        <translation type="unfinished">ร่างการแจ้งเตือนจากรายงานนี้</translation>
    </message>
    <message>
        <source>Alert title</source>
        <translation type="unfinished">หัวข้อการแจ้งเตือน</translation>
    </message>
    <message>
        <source>Alert text</source>
        <translation type="unfinished">ข้อความการแจ้งเตือน</translation>
    </message>
    <message>
        <source>Regions (comma separated)</source>
        <translation type="unfinished">ภูมิภาค (คั่นด้วยจุลภาค)</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished">ใช้ได้ถึง</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished">เกิดอะไรขึ้น</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished">ความรุนแรง</translation>
    </message>
    <message>
        <source>Structured details</source>
        <translation type="unfinished">รายละเอียดแบบมีโครงสร้าง</translation>
    </message>
    <message>
        <source>Source summary, scrubber&apos;s finds marked</source>
        <translation type="unfinished">สรุปจากต้นทาง ทำเครื่องหมายสิ่งที่ตัวกรองพบ</translation>
    </message>
    <message>
        <source>Alert text, what might identify someone marked</source>
        <translation type="unfinished">ข้อความการแจ้งเตือน ทำเครื่องหมายสิ่งที่อาจระบุตัวบุคคลได้</translation>
    </message>
    <message>
        <source>Preview as the handout prints it</source>
        <translation type="unfinished">ตัวอย่างตามที่พิมพ์บนใบปลิว</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation type="unfinished">บันทึกแบบร่าง(&amp;S)</translation>
    </message>
    <message>
        <source>Save the draft</source>
        <translation type="unfinished">บันทึกแบบร่าง</translation>
    </message>
    <message>
        <source>Sign and &amp;publish…</source>
        <translation type="unfinished">ลงนามและเผยแพร่(&amp;P)…</translation>
    </message>
    <message>
        <source>Sign and publish the alert</source>
        <translation type="unfinished">ลงนามและเผยแพร่การแจ้งเตือน</translation>
    </message>
    <message>
        <source>Exp&amp;ire…</source>
        <translation type="unfinished">ให้หมดอายุ(&amp;I)…</translation>
    </message>
    <message>
        <source>Expire the alert now</source>
        <translation type="unfinished">ให้การแจ้งเตือนหมดอายุตอนนี้</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation type="unfinished">ถอน(&amp;W)…</translation>
    </message>
    <message>
        <source>Withdraw the alert</source>
        <translation type="unfinished">ถอนการแจ้งเตือน</translation>
    </message>
    <message>
        <source>From &amp;report:</source>
        <translation type="unfinished">จากรายงาน(&amp;R):</translation>
    </message>
    <message>
        <source>Details to look out for (edit them here):</source>
        <translation type="unfinished">รายละเอียดที่ต้องระวัง (แก้ไขได้ที่นี่):</translation>
    </message>
    <message>
        <source>Source summary (the scrubber&apos;s finds marked):</source>
        <translation type="unfinished">สรุปจากต้นทาง (ทำเครื่องหมายสิ่งที่ตัวกรองพบ):</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished">หัวข้อ(&amp;T):</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation type="unfinished">ข้อความ(&amp;X):</translation>
    </message>
    <message>
        <source>Check:</source>
        <translation type="unfinished">ตรวจ:</translation>
    </message>
    <message>
        <source>Re&amp;gions:</source>
        <translation type="unfinished">ภูมิภาค(&amp;G):</translation>
    </message>
    <message>
        <source>&amp;Valid until:</source>
        <translation type="unfinished">ใช้ได้ถึง(&amp;V):</translation>
    </message>
    <message>
        <source>What &amp;happened:</source>
        <translation type="unfinished">เกิดอะไรขึ้น(&amp;H):</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation type="unfinished">ความรุนแรง:</translation>
    </message>
    <message>
        <source>Preview, as the handout prints it:</source>
        <translation type="unfinished">ตัวอย่าง ตามที่พิมพ์บนใบปลิว:</translation>
    </message>
    <message>
        <source>load the alerts</source>
        <translation type="unfinished">โหลดการแจ้งเตือน</translation>
    </message>
    <message>
        <source>Review: source report withdrawn</source>
        <translation type="unfinished">ตรวจทาน: รายงานต้นทางถูกถอนแล้ว</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished">แบบร่าง</translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished">เผยแพร่แล้ว</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished">หมดอายุแล้ว</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished">ถอนแล้ว</translation>
    </message>
    <message>
        <source>open the alert</source>
        <translation type="unfinished">เปิดการแจ้งเตือน</translation>
    </message>
    <message numerus="yes">
        <source>The scrubber found %n thing(s) to take out; the text below shows the replacements.</source>
        <translation type="unfinished">
            <numerusform>ตัวกรองพบ %n สิ่งที่ต้องตัดออก ข้อความด้านล่างแสดงสิ่งที่แทนที่</numerusform>
        </translation>
    </message>
    <message>
        <source>The scrubber found nothing more to take out.</source>
        <translation type="unfinished">ตัวกรองไม่พบสิ่งที่ต้องตัดออกอีก</translation>
    </message>
    <message>
        <source>Tick what happened.</source>
        <translation type="unfinished">ทำเครื่องหมายสิ่งที่เกิดขึ้น</translation>
    </message>
    <message>
        <source>Review this alert: its source report was withdrawn by the person.</source>
        <translation type="unfinished">ตรวจทานการแจ้งเตือนนี้: บุคคลนั้นถอนรายงานต้นทางแล้ว</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) might still identify someone: check each before publishing.</source>
        <translation type="unfinished">
            <numerusform>%n จุดอาจยังระบุตัวบุคคลได้: ตรวจแต่ละจุดก่อนเผยแพร่</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing in the text looks like it identifies someone.</source>
        <translation type="unfinished">ไม่มีอะไรในข้อความที่ดูเหมือนจะระบุตัวบุคคลได้</translation>
    </message>
    <message>
        <source>Not a valid alert yet: fill in the title and the text.</source>
        <translation type="unfinished">ยังไม่ใช่การแจ้งเตือนที่ถูกต้อง: กรอกหัวข้อและข้อความ</translation>
    </message>
    <message>
        <source>Drafted. Check the marked text, then sign and publish.</source>
        <translation type="unfinished">ร่างแล้ว ตรวจข้อความที่ทำเครื่องหมาย แล้วลงนามและเผยแพร่</translation>
    </message>
    <message>
        <source>draft the alert</source>
        <translation type="unfinished">ร่างการแจ้งเตือน</translation>
    </message>
    <message>
        <source>Draft saved (version %1).</source>
        <translation type="unfinished">บันทึกแบบร่างแล้ว (ฉบับ %1)</translation>
    </message>
    <message>
        <source>save</source>
        <translation type="unfinished">บันทึก</translation>
    </message>
    <message>
        <source>Sign and publish</source>
        <translation type="unfinished">ลงนามและเผยแพร่</translation>
    </message>
    <message>
        <source>Sign “%1” with this desk&apos;s key and publish it to every device? Devices print it on their handouts as shown in the preview.</source>
        <translation type="unfinished">ลงนาม “%1” ด้วยกุญแจของโต๊ะนี้และเผยแพร่ไปยังทุกอุปกรณ์หรือไม่ อุปกรณ์จะพิมพ์บนใบปลิวตามที่แสดงในตัวอย่าง</translation>
    </message>
    <message>
        <source>Published version %1; its check code is %2.</source>
        <translation type="unfinished">เผยแพร่ฉบับ %1 แล้ว รหัสตรวจสอบคือ %2</translation>
    </message>
    <message>
        <source>publish</source>
        <translation type="unfinished">เผยแพร่</translation>
    </message>
    <message>
        <source>Expire this alert now? Devices stop showing it.</source>
        <translation type="unfinished">ให้การแจ้งเตือนนี้หมดอายุตอนนี้หรือไม่ อุปกรณ์จะหยุดแสดง</translation>
    </message>
    <message>
        <source>Withdraw this alert? Devices remove it from their lists and handouts.</source>
        <translation type="unfinished">ถอนการแจ้งเตือนนี้หรือไม่ อุปกรณ์จะนำออกจากรายการและใบปลิว</translation>
    </message>
    <message>
        <source>Expire</source>
        <translation type="unfinished">ให้หมดอายุ</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation type="unfinished">ถอน</translation>
    </message>
    <message>
        <source>The alert is now: %1</source>
        <translation type="unfinished">ตอนนี้การแจ้งเตือนอยู่ในสถานะ: %1</translation>
    </message>
    <message>
        <source>end the alert</source>
        <translation type="unfinished">ปิดการแจ้งเตือน</translation>
    </message>
</context>
<context>
    <name>DeskChoiceBox</name>
    <message>
        <source>An outreach &amp;worker&apos;s records</source>
        <translation type="unfinished">บันทึกของเจ้าหน้าที่ภาคสนาม(&amp;W)</translation>
    </message>
    <message>
        <source>The charity&apos;s &amp;desk (staff: triage, alerts, police, admin)</source>
        <translation type="unfinished">โต๊ะขององค์กร (เจ้าหน้าที่: คัดกรอง การแจ้งเตือน ตำรวจ ผู้ดูแลระบบ)(&amp;D)</translation>
    </message>
    <message>
        <source>Desk role</source>
        <translation type="unfinished">บทบาทของโต๊ะ</translation>
    </message>
    <message>
        <source>Alerts desk</source>
        <translation type="unfinished">โต๊ะการแจ้งเตือน</translation>
    </message>
    <message>
        <source>Police desk</source>
        <translation type="unfinished">โต๊ะตำรวจ</translation>
    </message>
    <message>
        <source>Admin desk</source>
        <translation type="unfinished">โต๊ะผู้ดูแลระบบ</translation>
    </message>
    <message>
        <source>Desk id in the key bundle</source>
        <translation type="unfinished">รหัสโต๊ะในชุดกุญแจ</translation>
    </message>
    <message>
        <source>Desk name in the server&apos;s log</source>
        <translation type="unfinished">ชื่อโต๊ะในบันทึกของเซิร์ฟเวอร์</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation type="unfinished">บทบาท(&amp;O):</translation>
    </message>
    <message>
        <source>Desk &amp;id:</source>
        <translation type="unfinished">รหัสโต๊ะ(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished">ชื่อ(&amp;N):</translation>
    </message>
    <message>
        <source>This laptop keeps:</source>
        <translation type="unfinished">แล็ปท็อปนี้เก็บ:</translation>
    </message>
</context>
<context>
    <name>DeskPages</name>
    <message>
        <source>Alert</source>
        <translation type="unfinished">การแจ้งเตือน</translation>
    </message>
    <message>
        <source>Police intelligence</source>
        <translation type="unfinished">ข้อมูลข่าวกรองสำหรับตำรวจ</translation>
    </message>
    <message>
        <source>Police referral</source>
        <translation type="unfinished">การส่งต่อให้ตำรวจ</translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished">ใหม่</translation>
    </message>
    <message>
        <source>In review</source>
        <translation type="unfinished">กำลังตรวจทาน</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">เสร็จแล้ว</translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <translation type="unfinished">ไม่สามารถ%1: %2</translation>
    </message>
    <message>
        <source>Page message</source>
        <translation type="unfinished">ข้อความของหน้า</translation>
    </message>
    <message>
        <source>This desk</source>
        <translation type="unfinished">โต๊ะนี้</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished">ที่อยู่เซิร์ฟเวอร์</translation>
    </message>
    <message>
        <source>https://server.example.org</source>
        <translation type="unfinished">https://server.example.org</translation>
    </message>
    <message>
        <source>Desk enrolment code</source>
        <translation type="unfinished">รหัสลงทะเบียนโต๊ะ</translation>
    </message>
    <message>
        <source>Desk code from the server&apos;s admin</source>
        <translation type="unfinished">รหัสโต๊ะจากผู้ดูแลเซิร์ฟเวอร์</translation>
    </message>
    <message>
        <source>&amp;Enrol this desk</source>
        <translation type="unfinished">ลงทะเบียนโต๊ะนี้(&amp;E)</translation>
    </message>
    <message>
        <source>Enrol this desk</source>
        <translation type="unfinished">ลงทะเบียนโต๊ะนี้</translation>
    </message>
    <message>
        <source>read the desk</source>
        <translation type="unfinished">อ่านข้อมูลโต๊ะ</translation>
    </message>
    <message>
        <source>%1 desk “%2”, enrolled with %3</source>
        <translation type="unfinished">โต๊ะ%1 “%2” ลงทะเบียนกับ %3</translation>
    </message>
    <message>
        <source>%1 desk “%2”: not enrolled yet</source>
        <translation type="unfinished">โต๊ะ%1 “%2”: ยังไม่ได้ลงทะเบียน</translation>
    </message>
    <message>
        <source>Type the server&apos;s address and the desk code.</source>
        <translation type="unfinished">พิมพ์ที่อยู่เซิร์ฟเวอร์และรหัสโต๊ะ</translation>
    </message>
    <message>
        <source>The desk is enrolled.</source>
        <translation type="unfinished">ลงทะเบียนโต๊ะแล้ว</translation>
    </message>
    <message>
        <source>enrol the desk</source>
        <translation type="unfinished">ลงทะเบียนโต๊ะ</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished">การแจ้งเตือน</translation>
    </message>
    <message>
        <source>Police</source>
        <translation type="unfinished">ตำรวจ</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation type="unfinished">ผู้ดูแลระบบ</translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished">ใช่</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished">ไม่</translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished">วันที่</translation>
    </message>
    <message>
        <source>Part of day</source>
        <translation type="unfinished">ช่วงเวลาของวัน</translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished">ภูมิภาค</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished">เกิดอะไรขึ้น</translation>
    </message>
    <message>
        <source>Perpetrators</source>
        <translation type="unfinished">ผู้กระทำ</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation type="unfinished">ยานพาหนะ</translation>
    </message>
    <message>
        <source>Weapon used</source>
        <translation type="unfinished">มีการใช้อาวุธ</translation>
    </message>
    <message>
        <source>Injured</source>
        <translation type="unfinished">ได้รับบาดเจ็บ</translation>
    </message>
    <message>
        <source>Injury</source>
        <translation type="unfinished">การบาดเจ็บ</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished">สรุป</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished">การติดต่อ</translation>
    </message>
    <message>
        <source>through the project only</source>
        <translation type="unfinished">ผ่านโครงการเท่านั้น</translation>
    </message>
    <message>
        <source>not in any other report</source>
        <translation type="unfinished">ไม่อยู่ในรายงานอื่นใด</translation>
    </message>
</context>
<context>
    <name>DeskPolicePage</name>
    <message>
        <source>Police</source>
        <translation type="unfinished">ตำรวจ</translation>
    </message>
    <message>
        <source>Police reports</source>
        <translation type="unfinished">รายงานสำหรับตำรวจ</translation>
    </message>
    <message>
        <source>Disclose</source>
        <translation type="unfinished">เปิดเผย</translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished">ประเภท</translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished">ภูมิภาค</translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished">เมื่อไร</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished">ระดับ</translation>
    </message>
    <message>
        <source>The selected police report</source>
        <translation type="unfinished">รายงานสำหรับตำรวจที่เลือก</translation>
    </message>
    <message>
        <source>Source grade</source>
        <translation type="unfinished">ระดับแหล่งข่าว</translation>
    </message>
    <message>
        <source>Intelligence grade</source>
        <translation type="unfinished">ระดับข้อมูล</translation>
    </message>
    <message>
        <source>Handling code</source>
        <translation type="unfinished">รหัสการจัดการ</translation>
    </message>
    <message>
        <source>Handling conditions</source>
        <translation type="unfinished">เงื่อนไขการจัดการ</translation>
    </message>
    <message>
        <source>Conditions (handling code C only)</source>
        <translation type="unfinished">เงื่อนไข (เฉพาะรหัสการจัดการ C)</translation>
    </message>
    <message>
        <source>&amp;Grade ticked reports</source>
        <translation type="unfinished">ให้ระดับรายงานที่เลือก(&amp;G)</translation>
    </message>
    <message>
        <source>Grade the ticked reports</source>
        <translation type="unfinished">ให้ระดับรายงานที่ทำเครื่องหมาย</translation>
    </message>
    <message>
        <source>Receiving police force</source>
        <translation type="unfinished">หน่วยตำรวจที่รับ</translation>
    </message>
    <message>
        <source>The charity&apos;s name as the police know it</source>
        <translation type="unfinished">ชื่อองค์กรที่ตำรวจรู้จัก</translation>
    </message>
    <message>
        <source>Your name (kept in the log)</source>
        <translation type="unfinished">ชื่อของคุณ (เก็บไว้ในบันทึก)</translation>
    </message>
    <message>
        <source>File type</source>
        <translation type="unfinished">ประเภทไฟล์</translation>
    </message>
    <message>
        <source>CSV (one column per field)</source>
        <translation type="unfinished">CSV (หนึ่งคอลัมน์ต่อหนึ่งช่อง)</translation>
    </message>
    <message>
        <source>PDF (printable)</source>
        <translation type="unfinished">PDF (พิมพ์ได้)</translation>
    </message>
    <message>
        <source>E&amp;xport for the force…</source>
        <translation type="unfinished">ส่งออกให้หน่วยตำรวจ(&amp;X)…</translation>
    </message>
    <message>
        <source>Export the ticked reports</source>
        <translation type="unfinished">ส่งออกรายงานที่ทำเครื่องหมาย</translation>
    </message>
    <message>
        <source>Disclosure log</source>
        <translation type="unfinished">บันทึกการเปิดเผย</translation>
    </message>
    <message>
        <source>Force</source>
        <translation type="unfinished">หน่วย</translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished">โดย</translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished">ไฟล์</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished">รายงาน</translation>
    </message>
    <message>
        <source>Notices to police forces</source>
        <translation type="unfinished">การแจ้งหน่วยตำรวจ</translation>
    </message>
    <message>
        <source>Notify</source>
        <translation type="unfinished">แจ้ง</translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished">เหตุผล</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation type="unfinished">สร้างเมื่อ</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">เสร็จแล้ว</translation>
    </message>
    <message>
        <source>Mark &amp;notified</source>
        <translation type="unfinished">ทำเครื่องหมายว่าแจ้งแล้ว(&amp;N)</translation>
    </message>
    <message>
        <source>Mark the selected notice as done</source>
        <translation type="unfinished">ทำเครื่องหมายการแจ้งที่เลือกว่าเสร็จแล้ว</translation>
    </message>
    <message>
        <source>&amp;Force:</source>
        <translation type="unfinished">หน่วย(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation type="unfinished">หน่วยงาน(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation type="unfinished">โดย(&amp;B):</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation type="unfinished">ไฟล์(&amp;I):</translation>
    </message>
    <message>
        <source>Disclosure log:</source>
        <translation type="unfinished">บันทึกการเปิดเผย:</translation>
    </message>
    <message>
        <source>Withdrawn after disclosure — tell the force:</source>
        <translation type="unfinished">ถอนหลังเปิดเผย — แจ้งหน่วยตำรวจ:</translation>
    </message>
    <message>
        <source>3x5x2 grade (source, intelligence, handling):</source>
        <translation type="unfinished">ระดับ 3x5x2 (แหล่งข่าว ข้อมูล การจัดการ):</translation>
    </message>
    <message>
        <source>load the police reports</source>
        <translation type="unfinished">โหลดรายงานสำหรับตำรวจ</translation>
    </message>
    <message>
        <source>a disclosed report was withdrawn</source>
        <translation type="unfinished">รายงานที่เปิดเผยแล้วถูกถอน</translation>
    </message>
    <message>
        <source>TO DO</source>
        <translation type="unfinished">ต้องทำ</translation>
    </message>
    <message>
        <source>told %1 by %2</source>
        <translation type="unfinished">แจ้ง %1 แล้ว โดย %2</translation>
    </message>
    <message>
        <source>Tick the reports to grade first.</source>
        <translation type="unfinished">ทำเครื่องหมายรายงานที่จะให้ระดับก่อน</translation>
    </message>
    <message>
        <source>Not a valid grade: %1</source>
        <translation type="unfinished">ระดับไม่ถูกต้อง: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) graded %1.</source>
        <translation type="unfinished">
            <numerusform>ให้ระดับ %1 แก่รายงาน %n ฉบับแล้ว</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick the reports to disclose first.</source>
        <translation type="unfinished">ทำเครื่องหมายรายงานที่จะเปิดเผยก่อน</translation>
    </message>
    <message numerus="yes">
        <source>No grade yet for %n ticked report(s).</source>
        <translation type="unfinished">
            <numerusform>รายงานที่ทำเครื่องหมาย %n ฉบับยังไม่มีระดับ</numerusform>
        </translation>
    </message>
    <message>
        <source>prepare the export</source>
        <translation type="unfinished">เตรียมการส่งออก</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) for %1:</source>
        <translation type="unfinished">
            <numerusform>รายงาน %n ฉบับสำหรับ %1:</numerusform>
        </translation>
    </message>
    <message>
        <source>They are written in plain text to a file you choose next, and the disclosure is logged.</source>
        <translation type="unfinished">รายงานจะถูกเขียนเป็นข้อความธรรมดาลงในไฟล์ที่คุณเลือกถัดไป และการเปิดเผยจะถูกบันทึกไว้</translation>
    </message>
    <message>
        <source>Disclose to the police</source>
        <translation type="unfinished">เปิดเผยให้ตำรวจ</translation>
    </message>
    <message>
        <source>Choose the file…</source>
        <translation type="unfinished">เลือกไฟล์…</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished">ไฟล์ CSV (*.csv)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished">ไฟล์ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the police export</source>
        <translation type="unfinished">บันทึกไฟล์ส่งออกสำหรับตำรวจ</translation>
    </message>
    <message>
        <source>%1 already exists: choose a new file.</source>
        <translation type="unfinished">มี %1 อยู่แล้ว: เลือกไฟล์ใหม่</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n report(s) to %1; the disclosure is logged.</source>
        <translation type="unfinished">
            <numerusform>เขียนรายงาน %n ฉบับลงใน %1 แล้ว การเปิดเผยถูกบันทึกไว้</numerusform>
        </translation>
    </message>
    <message>
        <source>export</source>
        <translation type="unfinished">ส่งออก</translation>
    </message>
    <message>
        <source>Select the notice the force was told of.</source>
        <translation type="unfinished">เลือกการแจ้งที่หน่วยตำรวจได้รับแจ้งแล้ว</translation>
    </message>
    <message>
        <source>Kept: %1 was told.</source>
        <translation type="unfinished">บันทึกแล้ว: แจ้ง %1 แล้ว</translation>
    </message>
    <message>
        <source>mark the notice</source>
        <translation type="unfinished">ทำเครื่องหมายการแจ้ง</translation>
    </message>
</context>
<context>
    <name>DeskQueuePage</name>
    <message>
        <source>Queue</source>
        <translation type="unfinished">คิว</translation>
    </message>
    <message>
        <source>&amp;Pull new reports</source>
        <translation type="unfinished">ดึงรายงานใหม่(&amp;P)</translation>
    </message>
    <message>
        <source>Pull new reports</source>
        <translation type="unfinished">ดึงรายงานใหม่</translation>
    </message>
    <message>
        <source>Also &amp;those another desk took</source>
        <translation type="unfinished">รวมรายงานที่โต๊ะอื่นรับไปแล้วด้วย(&amp;T)</translation>
    </message>
    <message>
        <source>A second desk of this role: fetch the reports the first desk already acknowledged.</source>
        <translation type="unfinished">โต๊ะที่สองที่มีบทบาทนี้: ดึงรายงานที่โต๊ะแรกยืนยันรับแล้ว</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished">วัตถุประสงค์</translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished">ภูมิภาค</translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished">เดือน</translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished">สถานะ</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished">รายงาน</translation>
    </message>
    <message>
        <source>Pulled</source>
        <translation type="unfinished">ดึงเมื่อ</translation>
    </message>
    <message>
        <source>The opened report</source>
        <translation type="unfinished">รายงานที่เปิดอยู่</translation>
    </message>
    <message>
        <source>Start &amp;review</source>
        <translation type="unfinished">เริ่มตรวจทาน(&amp;R)</translation>
    </message>
    <message>
        <source>Start reviewing this report</source>
        <translation type="unfinished">เริ่มตรวจทานรายงานนี้</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation type="unfinished">ทำเครื่องหมายว่าเสร็จ(&amp;D)</translation>
    </message>
    <message>
        <source>Mark this report done</source>
        <translation type="unfinished">ทำเครื่องหมายว่ารายงานนี้เสร็จแล้ว</translation>
    </message>
    <message>
        <source>Back to &amp;new</source>
        <translation type="unfinished">กลับเป็นใหม่(&amp;N)</translation>
    </message>
    <message>
        <source>Put this report back to new</source>
        <translation type="unfinished">ให้รายงานนี้กลับเป็นใหม่</translation>
    </message>
    <message>
        <source>Withdrawn reports</source>
        <translation type="unfinished">รายงานที่ถูกถอน</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished">ถอนแล้ว</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished">สิ่งที่ต้องทำ</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation type="unfinished">วัตถุประสงค์:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation type="unfinished">ภูมิภาค:</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation type="unfinished">เดือน:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation type="unfinished">สถานะ:</translation>
    </message>
    <message>
        <source>Withdrawn by the person (the decrypted copy is deleted):</source>
        <translation type="unfinished">ถูกถอนโดยบุคคลนั้น (สำเนาที่ถอดรหัสแล้วถูกลบ):</translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished">ทั้งหมด</translation>
    </message>
    <message>
        <source>load the queue</source>
        <translation type="unfinished">โหลดคิว</translation>
    </message>
    <message>
        <source>Disclosed: notify %1 (Police page)</source>
        <translation type="unfinished">เปิดเผยแล้ว: แจ้ง %1 (หน้าตำรวจ)</translation>
    </message>
    <message>
        <source>Disclosed to the police: the force was told</source>
        <translation type="unfinished">เปิดเผยให้ตำรวจแล้ว: แจ้งหน่วยตำรวจแล้ว</translation>
    </message>
    <message>
        <source>Nothing to do: it was never disclosed</source>
        <translation type="unfinished">ไม่ต้องทำอะไร: ไม่เคยเปิดเผย</translation>
    </message>
    <message>
        <source>%1 shown · %2 new of %3 held</source>
        <translation type="unfinished">แสดง %1 · ใหม่ %2 จากที่เก็บไว้ %3</translation>
    </message>
    <message>
        <source>open the report</source>
        <translation type="unfinished">เปิดรายงาน</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished">องค์กร</translation>
    </message>
    <message numerus="yes">
        <source>in %n other report(s)</source>
        <translation type="unfinished">
            <numerusform>อยู่ในรายงานอื่น %n ฉบับ</numerusform>
        </translation>
    </message>
    <message>
        <source>The report is now: %1</source>
        <translation type="unfinished">ตอนนี้รายงานอยู่ในสถานะ: %1</translation>
    </message>
    <message>
        <source>change the state</source>
        <translation type="unfinished">เปลี่ยนสถานะ</translation>
    </message>
    <message>
        <source>Pulling new reports…</source>
        <translation type="unfinished">กำลังดึงรายงานใหม่…</translation>
    </message>
    <message numerus="yes">
        <source>%n new report(s), %1 withdrawn.</source>
        <translation type="unfinished">
            <numerusform>รายงานใหม่ %n ฉบับ ถอนแล้ว %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n did not open with this desk&apos;s key.</source>
        <translation type="unfinished">
            <numerusform>%n ฉบับเปิดด้วยกุญแจของโต๊ะนี้ไม่ได้</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) to review.</source>
        <translation type="unfinished">
            <numerusform>การแจ้งเตือนที่ต้องตรวจทาน %n รายการ</numerusform>
        </translation>
    </message>
    <message>
        <source>pull</source>
        <translation type="unfinished">ดึงข้อมูล</translation>
    </message>
</context>
<context>
    <name>DeskStatsPage</name>
    <message>
        <source>Statistics</source>
        <translation type="unfinished">สถิติ</translation>
    </message>
    <message>
        <source>No figures opened yet.</source>
        <translation type="unfinished">ยังไม่ได้เปิดตัวเลข</translation>
    </message>
    <message>
        <source>Fetch from the &amp;server</source>
        <translation type="unfinished">ดึงจากเซิร์ฟเวอร์(&amp;S)</translation>
    </message>
    <message>
        <source>Fetch the figures for this period from the server</source>
        <translation type="unfinished">ดึงตัวเลขของช่วงเวลานี้จากเซิร์ฟเวอร์</translation>
    </message>
    <message>
        <source>&amp;Open the server&apos;s figures…</source>
        <translation type="unfinished">เปิดตัวเลขของเซิร์ฟเวอร์(&amp;O)…</translation>
    </message>
    <message>
        <source>Open the server&apos;s figures</source>
        <translation type="unfinished">เปิดตัวเลขของเซิร์ฟเวอร์</translation>
    </message>
    <message>
        <source>First month</source>
        <translation type="unfinished">เดือนแรก</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation type="unfinished">เดือนสุดท้าย</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation type="unfinished">แสดง(&amp;H)</translation>
    </message>
    <message>
        <source>Show the figures for this period</source>
        <translation type="unfinished">แสดงตัวเลขของช่วงเวลานี้</translation>
    </message>
    <message>
        <source>Table to chart</source>
        <translation type="unfinished">ตารางที่จะทำแผนภูมิ</translation>
    </message>
    <message>
        <source>Chart of the chosen table</source>
        <translation type="unfinished">แผนภูมิของตารางที่เลือก</translation>
    </message>
    <message>
        <source>Tables as published</source>
        <translation type="unfinished">ตารางตามที่เผยแพร่</translation>
    </message>
    <message>
        <source>Funder report file type</source>
        <translation type="unfinished">ประเภทไฟล์ของรายงานสำหรับผู้ให้ทุน</translation>
    </message>
    <message>
        <source>PDF with charts</source>
        <translation type="unfinished">PDF พร้อมแผนภูมิ</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation type="unfinished">CSV</translation>
    </message>
    <message>
        <source>&amp;Export funder report…</source>
        <translation type="unfinished">ส่งออกรายงานสำหรับผู้ให้ทุน(&amp;E)…</translation>
    </message>
    <message>
        <source>Export the funder report</source>
        <translation type="unfinished">ส่งออกรายงานสำหรับผู้ให้ทุน</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished">จาก(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished">ถึง(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Chart:</source>
        <translation type="unfinished">แผนภูมิ(&amp;C):</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished">ไฟล์ JSON (*.json)</translation>
    </message>
    <message>
        <source>Figures: %1</source>
        <translation type="unfinished">ตัวเลข: %1</translation>
    </message>
    <message>
        <source>Figures: from the server</source>
        <translation type="unfinished">ตัวเลข: จากเซิร์ฟเวอร์</translation>
    </message>
    <message>
        <source>fetch the figures</source>
        <translation type="unfinished">ดึงตัวเลข</translation>
    </message>
    <message>
        <source>Fetch the figures from the server or open a file first.</source>
        <translation type="unfinished">ดึงตัวเลขจากเซิร์ฟเวอร์หรือเปิดไฟล์ก่อน</translation>
    </message>
    <message>
        <source>read the figures</source>
        <translation type="unfinished">อ่านตัวเลข</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s); counts suppressed by the disclosure rule: %1.</source>
        <translation type="unfinished">
            <numerusform>%n ตาราง ตัวเลขที่ถูกซ่อนตามกฎการเปิดเผย: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not drawn (the disclosure rule): %n suppressed count(s).</source>
        <translation type="unfinished">
            <numerusform>ไม่ได้วาด (กฎการเปิดเผย): ตัวเลขที่ถูกซ่อน %n รายการ</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished">ไฟล์ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished">ไฟล์ CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save the funder report</source>
        <translation type="unfinished">บันทึกรายงานสำหรับผู้ให้ทุน</translation>
    </message>
    <message>
        <source>%1 already exists: choose a new file.</source>
        <translation type="unfinished">มี %1 อยู่แล้ว: เลือกไฟล์ใหม่</translation>
    </message>
    <message>
        <source>Funder report written to %1 (%2 tables).</source>
        <translation type="unfinished">เขียนรายงานสำหรับผู้ให้ทุนลงใน %1 แล้ว (%2 ตาราง)</translation>
    </message>
    <message>
        <source>export the funder report</source>
        <translation type="unfinished">ส่งออกรายงานสำหรับผู้ให้ทุน</translation>
    </message>
</context>
<context>
    <name>DetailsEditor</name>
    <message>
        <source>Phone numbers:</source>
        <translation type="unfinished">เบอร์โทรศัพท์:</translation>
    </message>
    <message>
        <source>E-mail addresses:</source>
        <translation type="unfinished">ที่อยู่อีเมล:</translation>
    </message>
    <message>
        <source>Handles:</source>
        <translation type="unfinished">ชื่อบัญชี:</translation>
    </message>
    <message>
        <source>Name used:</source>
        <translation type="unfinished">ชื่อที่ใช้:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation type="unfinished">ลักษณะ:</translation>
    </message>
    <message>
        <source>Plate:</source>
        <translation type="unfinished">ป้ายทะเบียน:</translation>
    </message>
    <message>
        <source>Make:</source>
        <translation type="unfinished">ยี่ห้อ:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation type="unfinished">รุ่น:</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation type="unfinished">สี:</translation>
    </message>
    <message>
        <source>Perpetrator %1</source>
        <translation type="unfinished">ผู้กระทำคนที่ %1</translation>
    </message>
    <message>
        <source>Vehicle %1</source>
        <translation type="unfinished">ยานพาหนะคันที่ %1</translation>
    </message>
</context>
<context>
    <name>FirstRunScreen</name>
    <message>
        <source>Welcome to Outreach</source>
        <translation type="unfinished">ยินดีต้อนรับสู่ Outreach</translation>
    </message>
    <message>
        <source>Everything you record is kept encrypted on this laptop. Choose a passphrase to protect it: a few unrelated words are easier to remember than symbols.</source>
        <translation type="unfinished">ทุกอย่างที่คุณบันทึกจะถูกเข้ารหัสเก็บไว้ในแล็ปท็อปเครื่องนี้ เลือกวลีรหัสผ่านเพื่อปกป้อง: คำที่ไม่เกี่ยวกันสองสามคำจำง่ายกว่าสัญลักษณ์</translation>
    </message>
    <message>
        <source>If this passphrase is lost, the records cannot be recovered — not by the charity, not by anyone. Keep a copy somewhere safe, away from this laptop.</source>
        <translation type="unfinished">ถ้าวลีรหัสผ่านนี้หาย จะกู้คืนบันทึกไม่ได้ — ทั้งองค์กรและใครก็ตาม เก็บสำเนาไว้ในที่ปลอดภัย ห่างจากแล็ปท็อปเครื่องนี้</translation>
    </message>
    <message>
        <source>Warning about losing the passphrase</source>
        <translation type="unfinished">คำเตือนเรื่องการทำวลีรหัสผ่านหาย</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished">วลีรหัสผ่านใหม่</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation type="unfinished">พิมพ์วลีรหัสผ่านอีกครั้ง</translation>
    </message>
    <message>
        <source>&amp;Suggest a passphrase</source>
        <translation type="unfinished">แนะนำวลีรหัสผ่าน(&amp;S)</translation>
    </message>
    <message>
        <source>Suggest a passphrase of random words</source>
        <translation type="unfinished">แนะนำวลีรหัสผ่านจากคำสุ่ม</translation>
    </message>
    <message>
        <source>Show what I type</source>
        <translation type="unfinished">แสดงสิ่งที่ฉันพิมพ์</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation type="unfinished">แสดงวลีรหัสผ่าน</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation type="unfinished">ความแข็งแรงของวลีรหัสผ่าน</translation>
    </message>
    <message>
        <source>Passphrase feedback</source>
        <translation type="unfinished">ความเห็นเกี่ยวกับวลีรหัสผ่าน</translation>
    </message>
    <message>
        <source>Create the vault</source>
        <translation type="unfinished">สร้างตู้นิรภัย</translation>
    </message>
    <message>
        <source>Restore from a backup instead…</source>
        <translation type="unfinished">กู้คืนจากข้อมูลสำรองแทน…</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished">กู้คืนจากข้อมูลสำรอง</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished">วลีรหัสผ่าน(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation type="unfinished">พิมพ์อีกครั้ง(&amp;R):</translation>
    </message>
    <message>
        <source>Strong enough.</source>
        <translation type="unfinished">แข็งแรงพอ</translation>
    </message>
    <message>
        <source>A passphrase of six random words is shown. Write it down and keep it somewhere safe away from this laptop before you go on.</source>
        <translation type="unfinished">มีวลีรหัสผ่านจากคำสุ่มหกคำแสดงอยู่ จดไว้และเก็บในที่ปลอดภัยห่างจากแล็ปท็อปเครื่องนี้ก่อนทำต่อ</translation>
    </message>
    <message>
        <source>The two match.</source>
        <translation type="unfinished">ทั้งสองตรงกัน</translation>
    </message>
    <message>
        <source>The two do not match yet.</source>
        <translation type="unfinished">ทั้งสองยังไม่ตรงกัน</translation>
    </message>
    <message>
        <source>Creating the encrypted vault…</source>
        <translation type="unfinished">กำลังสร้างตู้นิรภัยที่เข้ารหัส…</translation>
    </message>
</context>
<context>
    <name>IncidentForm</name>
    <message>
        <source>Interview step</source>
        <translation type="unfinished">ขั้นตอนการสัมภาษณ์</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished">เกิดอะไรขึ้น</translation>
    </message>
    <message>
        <source>When and where</source>
        <translation type="unfinished">เมื่อไรและที่ไหน</translation>
    </message>
    <message>
        <source>Perpetrators and vehicles</source>
        <translation type="unfinished">ผู้กระทำและยานพาหนะ</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation type="unfinished">สิ่งที่พูด</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished">ความยินยอม</translation>
    </message>
    <message>
        <source>What will be shared</source>
        <translation type="unfinished">สิ่งที่จะแชร์</translation>
    </message>
    <message>
        <source>Interview message</source>
        <translation type="unfinished">ข้อความการสัมภาษณ์</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished">ย้อนกลับ(&amp;B)</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation type="unfinished">ขั้นตอนก่อนหน้า</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished">ถัดไป(&amp;N)</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished">ขั้นตอนถัดไป</translation>
    </message>
    <message>
        <source>Save and continue to &amp;consent</source>
        <translation type="unfinished">บันทึกแล้วไปที่ความยินยอม(&amp;C)</translation>
    </message>
    <message>
        <source>Save the incident and continue to consent</source>
        <translation type="unfinished">บันทึกเหตุการณ์แล้วไปที่ความยินยอม</translation>
    </message>
    <message>
        <source>Save and cl&amp;ose</source>
        <translation type="unfinished">บันทึกและปิด(&amp;O)</translation>
    </message>
    <message>
        <source>Save the incident and close</source>
        <translation type="unfinished">บันทึกเหตุการณ์และปิด</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation type="unfinished">ปิดโดยไม่บันทึก</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation type="unfinished">ขั้นตอน %1 จาก %2: %3</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">ปิด</translation>
    </message>
    <message>
        <source>Closed.</source>
        <translation type="unfinished">ปิดแล้ว</translation>
    </message>
    <message>
        <source>Closed without saving.</source>
        <translation type="unfinished">ปิดโดยไม่บันทึกแล้ว</translation>
    </message>
    <message>
        <source>Close without saving?</source>
        <translation type="unfinished">ปิดโดยไม่บันทึกหรือไม่</translation>
    </message>
    <message>
        <source>What was typed in this interview since it was last saved will be lost.</source>
        <translation type="unfinished">สิ่งที่พิมพ์ในการสัมภาษณ์นี้ตั้งแต่บันทึกครั้งล่าสุดจะหายไป</translation>
    </message>
    <message>
        <source>Discard what was typed</source>
        <translation type="unfinished">ทิ้งสิ่งที่พิมพ์</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation type="unfinished">แก้ไขต่อ</translation>
    </message>
    <message>
        <source>Tick at least one thing that happened (step 1).</source>
        <translation type="unfinished">เลือกอย่างน้อยหนึ่งสิ่งที่เกิดขึ้น (ขั้นตอนที่ 1)</translation>
    </message>
    <message>
        <source>Type the worker&apos;s initials (step 1).</source>
        <translation type="unfinished">พิมพ์อักษรย่อของเจ้าหน้าที่ (ขั้นตอนที่ 1)</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished">เบอร์โทรศัพท์</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation type="unfinished">อีเมล</translation>
    </message>
</context>
<context>
    <name>IncidentsPage</name>
    <message>
        <source>changed since shared: needs the person&apos;s consent again (open it to confirm)</source>
        <translation type="unfinished">เปลี่ยนไปหลังจากแชร์: ต้องได้รับความยินยอมจากบุคคลนั้นอีกครั้ง (เปิดเพื่อยืนยัน)</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished">เหตุการณ์</translation>
    </message>
    <message>
        <source>Filter by type</source>
        <translation type="unfinished">กรองตามประเภท</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation type="unfinished">ทุกประเภท</translation>
    </message>
    <message>
        <source>&amp;New incident</source>
        <translation type="unfinished">เหตุการณ์ใหม่(&amp;N)</translation>
    </message>
    <message>
        <source>Record a new incident</source>
        <translation type="unfinished">บันทึกเหตุการณ์ใหม่</translation>
    </message>
    <message>
        <source>&amp;Open / share…</source>
        <translation type="unfinished">เปิด / แชร์(&amp;O)…</translation>
    </message>
    <message>
        <source>Open the selected incident</source>
        <translation type="unfinished">เปิดเหตุการณ์ที่เลือก</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished">ลบ(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete the selected incident</source>
        <translation type="unfinished">ลบเหตุการณ์ที่เลือก</translation>
    </message>
    <message>
        <source>&amp;Forget this person…</source>
        <translation type="unfinished">ลืมบุคคลนี้(&amp;F)…</translation>
    </message>
    <message>
        <source>Forget the person of the selected incident</source>
        <translation type="unfinished">ลืมบุคคลของเหตุการณ์ที่เลือก</translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished">เมื่อไร</translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished">พื้นที่</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation type="unfinished">ชื่อเล่น</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation type="unfinished">(ไม่ได้บันทึก)</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished">เกิดอะไรขึ้น</translation>
    </message>
    <message>
        <source>Injury</source>
        <translation type="unfinished">การบาดเจ็บ</translation>
    </message>
    <message>
        <source>Perpetrators</source>
        <translation type="unfinished">ผู้กระทำ</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation type="unfinished">ยานพาหนะ</translation>
    </message>
    <message>
        <source>Where exactly</source>
        <translation type="unfinished">ที่ไหนแน่ชัด</translation>
    </message>
    <message>
        <source>Their words</source>
        <translation type="unfinished">คำพูดของเขา</translation>
    </message>
    <message>
        <source>Alert summary</source>
        <translation type="unfinished">สรุปการแจ้งเตือน</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation type="unfinished">การแชร์</translation>
    </message>
    <message>
        <source>The interview you had started before the lock was restored.</source>
        <translation type="unfinished">กู้คืนการสัมภาษณ์ที่คุณเริ่มไว้ก่อนล็อกแล้ว</translation>
    </message>
    <message>
        <source>restore the interview</source>
        <translation type="unfinished">กู้คืนการสัมภาษณ์</translation>
    </message>
    <message>
        <source>open the form</source>
        <translation type="unfinished">เปิดแบบฟอร์ม</translation>
    </message>
    <message>
        <source>That incident is no longer stored.</source>
        <translation type="unfinished">ไม่มีเหตุการณ์นั้นเก็บไว้แล้ว</translation>
    </message>
    <message>
        <source>open the incident</source>
        <translation type="unfinished">เปิดเหตุการณ์</translation>
    </message>
    <message>
        <source>Incident deleted.</source>
        <translation type="unfinished">ลบเหตุการณ์แล้ว</translation>
    </message>
    <message>
        <source>delete the incident</source>
        <translation type="unfinished">ลบเหตุการณ์</translation>
    </message>
    <message>
        <source>Delete incident</source>
        <translation type="unfinished">ลบเหตุการณ์</translation>
    </message>
    <message>
        <source>Delete the incident of %1 from this device? This cannot be undone. A report already sent is not recalled by this: withdraw it with the withdrawal code.</source>
        <translation type="unfinished">ลบเหตุการณ์ของ %1 ออกจากอุปกรณ์นี้หรือไม่ ยกเลิกไม่ได้ รายงานที่ส่งไปแล้วจะไม่ถูกเรียกคืนด้วยวิธีนี้: ให้ถอนด้วยรหัสถอนความยินยอม</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Street</source>
        <translation type="unfinished">ถนน</translation>
    </message>
    <message>
        <source>Van</source>
        <translation type="unfinished">รถตู้</translation>
    </message>
    <message>
        <source>Drop-in</source>
        <translation type="unfinished">ศูนย์แวะพัก</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">โทรศัพท์</translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished">ออนไลน์</translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished">พบตัว</translation>
    </message>
    <message>
        <source>Advocacy</source>
        <translation type="unfinished">การสนับสนุนสิทธิ</translation>
    </message>
    <message>
        <source>Condoms</source>
        <translation type="unfinished">ถุงยางอนามัย</translation>
    </message>
    <message>
        <source>Lube</source>
        <translation type="unfinished">สารหล่อลื่น</translation>
    </message>
    <message>
        <source>Needles/syringes</source>
        <translation type="unfinished">เข็ม/กระบอกฉีดยา</translation>
    </message>
    <message>
        <source>Naloxone</source>
        <translation type="unfinished">นาลอกโซน</translation>
    </message>
    <message>
        <source>Safety leaflets</source>
        <translation type="unfinished">แผ่นพับความปลอดภัย</translation>
    </message>
    <message>
        <source>Alert bulletins</source>
        <translation type="unfinished">จดหมายข่าวแจ้งเตือน</translation>
    </message>
    <message>
        <source>Food/drink</source>
        <translation type="unfinished">อาหาร/เครื่องดื่ม</translation>
    </message>
    <message>
        <source>Other supplies</source>
        <translation type="unfinished">สิ่งของอื่น</translation>
    </message>
    <message>
        <source>Sexual health</source>
        <translation type="unfinished">สุขภาพทางเพศ</translation>
    </message>
    <message>
        <source>Drugs/alcohol</source>
        <translation type="unfinished">ยาเสพติด/แอลกอฮอล์</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation type="unfinished">ที่อยู่อาศัย</translation>
    </message>
    <message>
        <source>ISVA/victim support</source>
        <translation type="unfinished">ISVA/ช่วยเหลือผู้เสียหาย</translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation type="unfinished">สุขภาพจิต</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation type="unfinished">กฎหมาย</translation>
    </message>
    <message>
        <source>Other referral</source>
        <translation type="unfinished">การส่งต่ออื่น</translation>
    </message>
    <message>
        <source>Physical assault</source>
        <translation type="unfinished">การทำร้ายร่างกาย</translation>
    </message>
    <message>
        <source>Sexual assault</source>
        <translation type="unfinished">การล่วงละเมิดทางเพศ</translation>
    </message>
    <message>
        <source>Rape</source>
        <translation type="unfinished">การข่มขืน</translation>
    </message>
    <message>
        <source>Robbery/theft</source>
        <translation type="unfinished">การปล้น/ลักทรัพย์</translation>
    </message>
    <message>
        <source>Non-payment</source>
        <translation type="unfinished">ไม่จ่ายเงิน</translation>
    </message>
    <message>
        <source>Threats/intimidation</source>
        <translation type="unfinished">การข่มขู่/คุกคาม</translation>
    </message>
    <message>
        <source>Condom removal</source>
        <translation type="unfinished">การถอดถุงยางอนามัย</translation>
    </message>
    <message>
        <source>Stalking/harassment</source>
        <translation type="unfinished">การสะกดรอย/ก่อกวน</translation>
    </message>
    <message>
        <source>Kidnap/false imprisonment</source>
        <translation type="unfinished">การลักพาตัว/กักขัง</translation>
    </message>
    <message>
        <source>Verbal abuse</source>
        <translation type="unfinished">การด่าทอ</translation>
    </message>
    <message>
        <source>Hate incident</source>
        <translation type="unfinished">เหตุการณ์จากความเกลียดชัง</translation>
    </message>
    <message>
        <source>Fraud</source>
        <translation type="unfinished">การฉ้อโกง</translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished">อื่น ๆ</translation>
    </message>
    <message>
        <source>Exact time</source>
        <translation type="unfinished">เวลาที่แน่นอน</translation>
    </message>
    <message>
        <source>Approximately</source>
        <translation type="unfinished">โดยประมาณ</translation>
    </message>
    <message>
        <source>Sometime that day</source>
        <translation type="unfinished">สักช่วงในวันนั้น</translation>
    </message>
    <message>
        <source>Sometime that week</source>
        <translation type="unfinished">สักช่วงในสัปดาห์นั้น</translation>
    </message>
    <message>
        <source>Sometime that month</source>
        <translation type="unfinished">สักช่วงในเดือนนั้น</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation type="unfinished">ต่ำกว่า 18</translation>
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
        <translation type="unfinished">ไม่ทราบ</translation>
    </message>
    <message>
        <source>Woman</source>
        <translation type="unfinished">ผู้หญิง</translation>
    </message>
    <message>
        <source>Man</source>
        <translation type="unfinished">ผู้ชาย</translation>
    </message>
    <message>
        <source>Trans woman</source>
        <translation type="unfinished">ผู้หญิงข้ามเพศ</translation>
    </message>
    <message>
        <source>Trans man</source>
        <translation type="unfinished">ผู้ชายข้ามเพศ</translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation type="unfinished">นอนไบนารี</translation>
    </message>
    <message>
        <source>No injury</source>
        <translation type="unfinished">ไม่บาดเจ็บ</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation type="unfinished">เล็กน้อย</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation type="unfinished">ปานกลาง</translation>
    </message>
    <message>
        <source>Serious</source>
        <translation type="unfinished">สาหัส</translation>
    </message>
    <message>
        <source>Slim</source>
        <translation type="unfinished">ผอม</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished">ปานกลาง</translation>
    </message>
    <message>
        <source>Heavy</source>
        <translation type="unfinished">ตัวใหญ่</translation>
    </message>
    <message>
        <source>Muscular</source>
        <translation type="unfinished">กล้ามเนื้อ</translation>
    </message>
    <message>
        <source>Warn other sex workers (alert)</source>
        <translation type="unfinished">เตือนพนักงานบริการทางเพศคนอื่น (การแจ้งเตือน)</translation>
    </message>
    <message>
        <source>Count it in statistics</source>
        <translation type="unfinished">นับรวมในสถิติ</translation>
    </message>
    <message>
        <source>Anonymous intelligence to police</source>
        <translation type="unfinished">ข้อมูลไม่ระบุตัวตนให้ตำรวจ</translation>
    </message>
    <message>
        <source>Police contact (referral)</source>
        <translation type="unfinished">ติดต่อตำรวจ (การส่งต่อ)</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <source>Add</source>
        <translation type="unfinished">เพิ่ม</translation>
    </message>
    <message>
        <source>Add: %1</source>
        <translation type="unfinished">เพิ่ม: %1</translation>
    </message>
    <message>
        <source>Remove this one</source>
        <translation type="unfinished">ลบอันนี้</translation>
    </message>
    <message>
        <source>Remove: %1</source>
        <translation type="unfinished">ลบ: %1</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation type="unfinished">ไม่มีการบันทึก</translation>
    </message>
</context>
<context>
    <name>MainScreen</name>
    <message>
        <source>Pages</source>
        <translation type="unfinished">หน้า</translation>
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
        <translation type="unfinished">สร้างตู้นิรภัยไม่ได้: %1</translation>
    </message>
    <message>
        <source>That passphrase is not right.</source>
        <translation type="unfinished">วลีรหัสผ่านนั้นไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>Too many wrong passphrases in a row.</source>
        <translation type="unfinished">ใส่วลีรหัสผ่านผิดติดต่อกันหลายครั้งเกินไป</translation>
    </message>
    <message>
        <source>Outreach is already open in another window. Close it there first.</source>
        <translation type="unfinished">Outreach เปิดอยู่ในหน้าต่างอื่นแล้ว ปิดที่นั่นก่อน</translation>
    </message>
    <message>
        <source>The vault&apos;s files are damaged and cannot be opened. Nothing was changed. Restore a backup, or ask your coordinator for help.</source>
        <translation type="unfinished">ไฟล์ของตู้นิรภัยเสียหายและเปิดไม่ได้ ไม่มีอะไรถูกเปลี่ยน กู้คืนข้อมูลสำรอง หรือขอความช่วยเหลือจากผู้ประสานงาน</translation>
    </message>
    <message>
        <source>The vault could not be opened: %1</source>
        <translation type="unfinished">เปิดตู้นิรภัยไม่ได้: %1</translation>
    </message>
    <message>
        <source>The disk is full: the vault is intact, but nothing new can be saved until space is freed. Half-typed forms are kept in memory until then. Free some space, or make a backup to another disk (Settings).</source>
        <translation type="unfinished">ดิสก์เต็ม: ตู้นิรภัยยังสมบูรณ์ แต่บันทึกสิ่งใหม่ไม่ได้จนกว่าจะมีพื้นที่ว่าง แบบฟอร์มที่พิมพ์ค้างไว้จะเก็บในหน่วยความจำจนถึงตอนนั้น เพิ่มพื้นที่ว่าง หรือสำรองข้อมูลไปยังดิสก์อื่น (การตั้งค่า)</translation>
    </message>
    <message>
        <source>Retention removed %1 contact notes, %2 people, %3 incident texts, %4 sent payloads.</source>
        <translation type="unfinished">การเก็บรักษาได้ลบหมายเหตุการติดต่อ %1 รายการ บุคคล %2 คน ข้อความเหตุการณ์ %3 รายการ เนื้อหาที่ส่งแล้ว %4 รายการ</translation>
    </message>
    <message>
        <source>An unfinished form was restored on the %1 page.</source>
        <translation type="unfinished">กู้คืนแบบฟอร์มที่ยังไม่เสร็จในหน้า %1 แล้ว</translation>
    </message>
    <message>
        <source>Something went wrong (%1). Nothing was changed.</source>
        <translation type="unfinished">เกิดข้อผิดพลาด (%1) ไม่มีอะไรถูกเปลี่ยน</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished">แบบร่าง</translation>
    </message>
    <message>
        <source>Consented</source>
        <translation type="unfinished">ได้รับความยินยอม</translation>
    </message>
    <message>
        <source>Waiting for a coordinator</source>
        <translation type="unfinished">รอผู้ประสานงาน</translation>
    </message>
    <message>
        <source>Rejected by a coordinator</source>
        <translation type="unfinished">ผู้ประสานงานปฏิเสธ</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation type="unfinished">รอส่ง</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished">กำลังส่ง</translation>
    </message>
    <message>
        <source>Sent (receipt stored)</source>
        <translation type="unfinished">ส่งแล้ว (เก็บใบตอบรับแล้ว)</translation>
    </message>
    <message>
        <source>Parked: needs attention</source>
        <translation type="unfinished">พักไว้: ต้องดูแล</translation>
    </message>
    <message>
        <source>Replaced by a newer version</source>
        <translation type="unfinished">ถูกแทนที่ด้วยฉบับใหม่กว่า</translation>
    </message>
    <message>
        <source>Withdrawal waiting to be sent</source>
        <translation type="unfinished">การถอนรอส่ง</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished">ถอนแล้ว</translation>
    </message>
    <message>
        <source>Withdrawn on the server</source>
        <translation type="unfinished">ถอนบนเซิร์ฟเวอร์แล้ว</translation>
    </message>
    <message>
        <source>Not found on the server yet: asked again at each sync for 30 days</source>
        <translation type="unfinished">ยังไม่พบบนเซิร์ฟเวอร์: ถามใหม่ทุกครั้งที่ซิงค์เป็นเวลา 30 วัน</translation>
    </message>
    <message>
        <source>Not found on the server; it still withdraws the report if it arrives</source>
        <translation type="unfinished">ไม่พบบนเซิร์ฟเวอร์ ยังคงถอนรายงานหากรายงานมาถึง</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished">เปลี่ยนเมื่อ</translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished">อะไร</translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished">สำหรับ</translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished">สถานะ</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation type="unfinished">จำนวนครั้งที่ลอง</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished">เหตุผล</translation>
    </message>
    <message>
        <source>Withdrawal of consent</source>
        <translation type="unfinished">การถอนความยินยอม</translation>
    </message>
    <message>
        <source>Report v%1</source>
        <translation type="unfinished">รายงานฉบับ %1</translation>
    </message>
    <message>
        <source> (incident of %1)</source>
        <translation type="unfinished"> (เหตุการณ์ของ %1)</translation>
    </message>
</context>
<context>
    <name>PassphrasesSection</name>
    <message>
        <source>Passphrases</source>
        <translation type="unfinished">วลีรหัสผ่าน</translation>
    </message>
    <message>
        <source>Passphrases of this vault</source>
        <translation type="unfinished">วลีรหัสผ่านของตู้นิรภัยนี้</translation>
    </message>
    <message>
        <source>Re&amp;move passphrase…</source>
        <translation type="unfinished">ลบวลีรหัสผ่าน(&amp;M)…</translation>
    </message>
    <message>
        <source>Remove the selected passphrase</source>
        <translation type="unfinished">ลบวลีรหัสผ่านที่เลือก</translation>
    </message>
    <message>
        <source>Passphrases message</source>
        <translation type="unfinished">ข้อความเกี่ยวกับวลีรหัสผ่าน</translation>
    </message>
    <message>
        <source>Removing a passphrase changes the vault&apos;s key, so a copy of the old key file with that passphrase opens nothing. The other passphrases keep working.</source>
        <translation type="unfinished">การลบวลีรหัสผ่านจะเปลี่ยนกุญแจของตู้นิรภัย สำเนาไฟล์กุญแจเก่าที่ใช้วลีนั้นจึงเปิดอะไรไม่ได้ วลีรหัสผ่านอื่นยังใช้ได้</translation>
    </message>
    <message>
        <source>list the passphrases</source>
        <translation type="unfinished">แสดงรายการวลีรหัสผ่าน</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation type="unfinished">ผู้ประสานงาน</translation>
    </message>
    <message>
        <source>worker</source>
        <translation type="unfinished">เจ้าหน้าที่</translation>
    </message>
    <message>
        <source> (this session)</source>
        <translation type="unfinished"> (เซสชันนี้)</translation>
    </message>
    <message>
        <source>Remove passphrase</source>
        <translation type="unfinished">ลบวลีรหัสผ่าน</translation>
    </message>
    <message>
        <source>Remove passphrase %1? Whoever uses it can no longer open this vault.</source>
        <translation type="unfinished">ลบวลีรหัสผ่าน %1 หรือไม่ ผู้ที่ใช้จะเปิดตู้นิรภัยนี้ไม่ได้อีก</translation>
    </message>
    <message>
        <source>Removing the passphrase and changing the vault&apos;s key…</source>
        <translation type="unfinished">กำลังลบวลีรหัสผ่านและเปลี่ยนกุญแจของตู้นิรภัย…</translation>
    </message>
    <message>
        <source>Passphrase removed; the vault&apos;s key was changed.</source>
        <translation type="unfinished">ลบวลีรหัสผ่านแล้ว เปลี่ยนกุญแจของตู้นิรภัยแล้ว</translation>
    </message>
    <message>
        <source>Also removed (from before the coordinator key): %1</source>
        <translation type="unfinished">ลบด้วย (จากก่อนมีกุญแจผู้ประสานงาน): %1</translation>
    </message>
    <message>
        <source>remove the passphrase</source>
        <translation type="unfinished">ลบวลีรหัสผ่าน</translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <translation type="unfinished">ไม่สามารถ%1: %2</translation>
    </message>
</context>
<context>
    <name>PerpetratorEditor</name>
    <message>
        <source>Perpetrator&apos;s gender</source>
        <translation type="unfinished">เพศของผู้กระทำ</translation>
    </message>
    <message>
        <source>Perpetrator&apos;s age from</source>
        <translation type="unfinished">อายุของผู้กระทำตั้งแต่</translation>
    </message>
    <message>
        <source>Perpetrator&apos;s age to</source>
        <translation type="unfinished">อายุของผู้กระทำถึง</translation>
    </message>
    <message>
        <source>Perpetrator&apos;s build</source>
        <translation type="unfinished">รูปร่างของผู้กระทำ</translation>
    </message>
    <message>
        <source>Gender:</source>
        <translation type="unfinished">เพศ:</translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished">ถึง</translation>
    </message>
    <message>
        <source>Age:</source>
        <translation type="unfinished">อายุ:</translation>
    </message>
    <message>
        <source>Build:</source>
        <translation type="unfinished">รูปร่าง:</translation>
    </message>
    <message>
        <source>Height</source>
        <translation type="unfinished">ส่วนสูง</translation>
    </message>
    <message>
        <source>Ethnicity (as described)</source>
        <translation type="unfinished">เชื้อชาติ (ตามที่บรรยาย)</translation>
    </message>
    <message>
        <source>Hair</source>
        <translation type="unfinished">ผม</translation>
    </message>
    <message>
        <source>Distinguishing features</source>
        <translation type="unfinished">ลักษณะเด่น</translation>
    </message>
    <message>
        <source>Clothing</source>
        <translation type="unfinished">เสื้อผ้า</translation>
    </message>
    <message>
        <source>Name they used</source>
        <translation type="unfinished">ชื่อที่เขาใช้</translation>
    </message>
    <message>
        <source>Phone numbers (comma between)</source>
        <translation type="unfinished">เบอร์โทรศัพท์ (คั่นด้วยจุลภาค)</translation>
    </message>
    <message>
        <source>E-mail addresses (comma between)</source>
        <translation type="unfinished">อีเมล (คั่นด้วยจุลภาค)</translation>
    </message>
    <message>
        <source>Online names (comma between)</source>
        <translation type="unfinished">ชื่อออนไลน์ (คั่นด้วยจุลภาค)</translation>
    </message>
    <message>
        <source>Website or app</source>
        <translation type="unfinished">เว็บไซต์หรือแอป</translation>
    </message>
    <message>
        <source>Problem with: %1</source>
        <translation type="unfinished">ปัญหาเกี่ยวกับ: %1</translation>
    </message>
    <message>
        <source>not known</source>
        <translation type="unfinished">ไม่ทราบ</translation>
    </message>
</context>
<context>
    <name>PersonChoiceDialog</name>
    <message>
        <source>Which person?</source>
        <translation type="unfinished">บุคคลไหน</translation>
    </message>
    <message>
        <source>%1 people are called “%2”. Who was this?</source>
        <translation type="unfinished">มี %1 คนชื่อ “%2” คนนี้คือใคร</translation>
    </message>
    <message>
        <source>The %1 last seen on %2</source>
        <translation type="unfinished">%1 ที่พบล่าสุดเมื่อ %2</translation>
    </message>
    <message>
        <source>The %1 with no contact or incident yet</source>
        <translation type="unfinished">%1 ที่ยังไม่มีการติดต่อหรือเหตุการณ์</translation>
    </message>
    <message>
        <source>Someone new called %1</source>
        <translation type="unfinished">คนใหม่ชื่อ %1</translation>
    </message>
</context>
<context>
    <name>PreviewStep</name>
    <message>
        <source>WHAT WILL BE SHARED</source>
        <translation type="unfinished">สิ่งที่จะแชร์</translation>
    </message>
    <message>
        <source>This is exactly what will leave this device when it is sent, and nothing else. Read it with the person. If anything could identify them, go back and change it.</source>
        <translation type="unfinished">นี่คือสิ่งที่จะออกจากอุปกรณ์นี้เมื่อส่งเท่านั้น ไม่มีอย่างอื่น อ่านกับบุคคลนั้น ถ้ามีอะไรที่อาจระบุตัวเขาได้ ให้ย้อนกลับไปแก้ไข</translation>
    </message>
    <message>
        <source>What will be shared, in plain words</source>
        <translation type="unfinished">สิ่งที่จะแชร์ ในถ้อยคำง่าย ๆ</translation>
    </message>
    <message>
        <source>What will be shared, as sent (JSON)</source>
        <translation type="unfinished">สิ่งที่จะแชร์ ตามที่ส่ง (JSON)</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation type="unfinished">รายละเอียดทางเทคนิค</translation>
    </message>
    <message>
        <source>Show technical details</source>
        <translation type="unfinished">แสดงรายละเอียดทางเทคนิค</translation>
    </message>
    <message>
        <source>Might still identify someone</source>
        <translation type="unfinished">อาจยังระบุตัวบุคคลได้</translation>
    </message>
    <message>
        <source>Look at each marked part with the person: keep it, or remove it from the text it is in. Sealing is possible once every part is decided.</source>
        <translation type="unfinished">ดูแต่ละส่วนที่ทำเครื่องหมายไว้กับบุคคลนั้น: เก็บไว้ หรือลบออกจากข้อความที่อยู่ ปิดผนึกได้เมื่อตัดสินใจครบทุกส่วนแล้ว</translation>
    </message>
    <message>
        <source>Sharing status</source>
        <translation type="unfinished">สถานะการแชร์</translation>
    </message>
    <message>
        <source>&amp;Back to consent</source>
        <translation type="unfinished">กลับไปที่ความยินยอม(&amp;B)</translation>
    </message>
    <message>
        <source>Back to consent</source>
        <translation type="unfinished">กลับไปที่ความยินยอม</translation>
    </message>
    <message>
        <source>&amp;Seal and queue for sending</source>
        <translation type="unfinished">ปิดผนึกและเข้าคิวรอส่ง(&amp;S)</translation>
    </message>
    <message>
        <source>Seal and queue for sending</source>
        <translation type="unfinished">ปิดผนึกและเข้าคิวรอส่ง</translation>
    </message>
    <message>
        <source>This is exactly what the new version will send; it replaces the earlier one. Read it with the person. Sealing records that they confirmed it.</source>
        <translation type="unfinished">นี่คือสิ่งที่ฉบับใหม่จะส่ง ซึ่งจะแทนที่ฉบับก่อน อ่านกับบุคคลนั้น การปิดผนึกจะบันทึกว่าเขายืนยันแล้ว</translation>
    </message>
    <message>
        <source>Confirm and &amp;seal the new version</source>
        <translation type="unfinished">ยืนยันและปิดผนึกฉบับใหม่(&amp;S)</translation>
    </message>
    <message>
        <source>Confirm and seal the new version</source>
        <translation type="unfinished">ยืนยันและปิดผนึกฉบับใหม่</translation>
    </message>
    <message>
        <source>Might still identify someone (%1)</source>
        <translation type="unfinished">อาจยังระบุตัวบุคคลได้ (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n marked part(s) still to keep or remove before sealing.</source>
        <translation type="unfinished">
            <numerusform>ยังมี %n ส่วนที่ทำเครื่องหมายไว้ที่ต้องเก็บหรือลบก่อนปิดผนึก</numerusform>
        </translation>
    </message>
    <message>
        <source>Removing it from %1…</source>
        <translation type="unfinished">กำลังลบออกจาก %1…</translation>
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
        <translation type="unfinished">ตกลง</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">ยกเลิก</translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished">บันทึก</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">ปิด</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished">ใช่(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished">ไม่(&amp;N)</translation>
    </message>
</context>
<context>
    <name>QuickDeletePanel</name>
    <message>
        <source>DELETE</source>
        <translation type="unfinished">DELETE</translation>
    </message>
    <message>
        <source>Quick delete…</source>
        <translation type="unfinished">ลบด่วน…</translation>
    </message>
    <message>
        <source>Quick delete</source>
        <translation type="unfinished">ลบด่วน</translation>
    </message>
    <message>
        <source>Everything on this laptop is destroyed and cannot be recovered: the vault, unsent reports, and the files Outreach saved outside it (exports, backups, PDFs) as far as it knows them. No passphrase is needed.</source>
        <translation type="unfinished">ทุกอย่างในแล็ปท็อปเครื่องนี้จะถูกทำลายและกู้คืนไม่ได้: ตู้นิรภัย รายงานที่ยังไม่ส่ง และไฟล์ที่ Outreach บันทึกไว้ภายนอก (ไฟล์ส่งออก ข้อมูลสำรอง PDF) เท่าที่ทราบ ไม่ต้องใช้วลีรหัสผ่าน</translation>
    </message>
    <message>
        <source>Type %1 to confirm.</source>
        <translation type="unfinished">พิมพ์ %1 เพื่อยืนยัน</translation>
    </message>
    <message>
        <source>Type %1 to confirm quick delete</source>
        <translation type="unfinished">พิมพ์ %1 เพื่อยืนยันการลบด่วน</translation>
    </message>
    <message>
        <source>Delete everything now</source>
        <translation type="unfinished">ลบทุกอย่างตอนนี้</translation>
    </message>
    <message>
        <source>Confirm quick delete</source>
        <translation type="unfinished">ยืนยันการลบด่วน</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">ยกเลิก</translation>
    </message>
    <message>
        <source>Cancel quick delete</source>
        <translation type="unfinished">ยกเลิกการลบด่วน</translation>
    </message>
</context>
<context>
    <name>RecordListPage</name>
    <message>
        <source>Any time</source>
        <translation type="unfinished">ทุกเวลา</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished">24 ชั่วโมงที่ผ่านมา</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished">7 วันที่ผ่านมา</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished">30 วันที่ผ่านมา</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation type="unfinished">12 เดือนที่ผ่านมา</translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished">ค้นหา</translation>
    </message>
    <message>
        <source>Search: words, alias, phone number or plate (Ctrl+F)</source>
        <translation type="unfinished">ค้นหา: คำ ชื่อเล่น เบอร์โทร หรือป้ายทะเบียน (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter by area</source>
        <translation type="unfinished">กรองตามพื้นที่</translation>
    </message>
    <message>
        <source>Any area</source>
        <translation type="unfinished">ทุกพื้นที่</translation>
    </message>
    <message>
        <source>Filter by date</source>
        <translation type="unfinished">กรองตามวันที่</translation>
    </message>
    <message>
        <source>Number of records shown</source>
        <translation type="unfinished">จำนวนบันทึกที่แสดง</translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished">บันทึก</translation>
    </message>
    <message>
        <source>Selected record</source>
        <translation type="unfinished">บันทึกที่เลือก</translation>
    </message>
    <message>
        <source>Select a row to see it here.</source>
        <translation type="unfinished">เลือกแถวเพื่อดูที่นี่</translation>
    </message>
    <message>
        <source>Page message</source>
        <translation type="unfinished">ข้อความของหน้า</translation>
    </message>
    <message>
        <source>list records</source>
        <translation type="unfinished">แสดงรายการบันทึก</translation>
    </message>
    <message>
        <source>%1 shown</source>
        <translation type="unfinished">แสดง %1 รายการ</translation>
    </message>
    <message>
        <source>this person</source>
        <translation type="unfinished">บุคคลนี้</translation>
    </message>
    <message>
        <source>Forget %1?

This permanently erases %1 and everything recorded about them on this device: %2 contacts and %3 incidents, with their consents and unsent reports. It cannot be undone.

Reports already sent to the charity will be withdrawn from its server at the next sync. An alert already read, or intelligence already passed to the police, cannot be recalled.</source>
        <translation type="unfinished">ลืม %1 หรือไม่

การนี้จะลบ %1 และทุกอย่างที่บันทึกเกี่ยวกับเขาในอุปกรณ์นี้อย่างถาวร: การติดต่อ %2 รายการ และเหตุการณ์ %3 รายการ พร้อมความยินยอมและรายงานที่ยังไม่ส่ง ยกเลิกไม่ได้

รายงานที่ส่งให้องค์กรแล้วจะถูกถอนจากเซิร์ฟเวอร์ในการซิงค์ครั้งถัดไป การแจ้งเตือนที่ถูกอ่านแล้ว หรือข้อมูลที่ส่งให้ตำรวจแล้ว เรียกคืนไม่ได้</translation>
    </message>
    <message>
        <source>Forget %1 and erase %2 records</source>
        <translation type="unfinished">ลืม %1 และลบ %2 บันทึก</translation>
    </message>
    <message>
        <source>Forgotten. Reports already sent will be withdrawn from the charity&apos;s server at the next sync.</source>
        <translation type="unfinished">ลืมแล้ว รายงานที่ส่งไปแล้วจะถูกถอนจากเซิร์ฟเวอร์ขององค์กรในการซิงค์ครั้งถัดไป</translation>
    </message>
    <message>
        <source>forget the person</source>
        <translation type="unfinished">ลืมบุคคลนั้น</translation>
    </message>
    <message>
        <source>Forget this person</source>
        <translation type="unfinished">ลืมบุคคลนี้</translation>
    </message>
    <message>
        <source>count their records</source>
        <translation type="unfinished">นับบันทึกของเขา</translation>
    </message>
</context>
<context>
    <name>RecordModels</name>
    <message>
        <source>When</source>
        <translation type="unfinished">เมื่อไร</translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished">พื้นที่</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation type="unfinished">ชื่อเล่น</translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished">อย่างไร</translation>
    </message>
    <message>
        <source>Supplies</source>
        <translation type="unfinished">สิ่งของ</translation>
    </message>
    <message>
        <source>Supplies handed out, with counts</source>
        <translation type="unfinished">สิ่งของที่แจก พร้อมจำนวน</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished">การส่งต่อ</translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished">หมายเหตุ</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished">เกิดอะไรขึ้น</translation>
    </message>
    <message>
        <source>Perpetrators</source>
        <translation type="unfinished">ผู้กระทำ</translation>
    </message>
    <message>
        <source>Number of perpetrators</source>
        <translation type="unfinished">จำนวนผู้กระทำ</translation>
    </message>
    <message>
        <source>Plates</source>
        <translation type="unfinished">ป้ายทะเบียน</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished">สรุป</translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished">อายุ</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished">เพศ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished">ภาษา</translation>
    </message>
</context>
<context>
    <name>RecordPages</name>
    <message>
        <source>Could not %1: %2</source>
        <translation type="unfinished">ไม่สามารถ%1: %2</translation>
    </message>
    <message>
        <source>Could not %1: the vault is locked.</source>
        <translation type="unfinished">ไม่สามารถ%1: ตู้นิรภัยถูกล็อกอยู่</translation>
    </message>
    <message>
        <source>Could not %1: the vault refused the change (%2). Nothing was saved.</source>
        <translation type="unfinished">ไม่สามารถ%1: ตู้นิรภัยปฏิเสธการเปลี่ยนแปลง (%2) ไม่มีอะไรถูกบันทึก</translation>
    </message>
    <message>
        <source>Could not %1 (%2).</source>
        <translation type="unfinished">ไม่สามารถ%1 (%2)</translation>
    </message>
</context>
<context>
    <name>RestorePassphraseDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished">กู้คืนจากข้อมูลสำรอง</translation>
    </message>
    <message>
        <source>Passphrase of the backup</source>
        <translation type="unfinished">วลีรหัสผ่านของข้อมูลสำรอง</translation>
    </message>
    <message>
        <source>Current coordinator passphrase</source>
        <translation type="unfinished">วลีรหัสผ่านผู้ประสานงานปัจจุบัน</translation>
    </message>
    <message>
        <source>Restoring replaces every record on this laptop with the backup&apos;s. Records added since the backup are lost.</source>
        <translation type="unfinished">การกู้คืนจะแทนที่ทุกบันทึกในแล็ปท็อปนี้ด้วยบันทึกจากข้อมูลสำรอง บันทึกที่เพิ่มหลังการสำรองจะหายไป</translation>
    </message>
    <message>
        <source>&amp;Coordinator passphrase of this vault:</source>
        <translation type="unfinished">วลีรหัสผ่านผู้ประสานงานของตู้นิรภัยนี้(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Passphrase of the backup:</source>
        <translation type="unfinished">วลีรหัสผ่านของข้อมูลสำรอง(&amp;P):</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review and sync</source>
        <translation type="unfinished">ตรวจทานและซิงค์</translation>
    </message>
    <message>
        <source>Queue summary</source>
        <translation type="unfinished">สรุปคิว</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation type="unfinished">กล่องขาออก</translation>
    </message>
    <message>
        <source>Selected report, in plain words</source>
        <translation type="unfinished">รายงานที่เลือก ในถ้อยคำง่าย ๆ</translation>
    </message>
    <message>
        <source>Selected report, as sent (JSON)</source>
        <translation type="unfinished">รายงานที่เลือก ตามที่ส่ง (JSON)</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished">อนุมัติ(&amp;A)</translation>
    </message>
    <message>
        <source>Approve the selected report</source>
        <translation type="unfinished">อนุมัติรายงานที่เลือก</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation type="unfinished">ปฏิเสธ(&amp;R)</translation>
    </message>
    <message>
        <source>Reject the selected report</source>
        <translation type="unfinished">ปฏิเสธรายงานที่เลือก</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation type="unfinished">ซิงค์ตอนนี้(&amp;S)</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished">ซิงค์ตอนนี้</translation>
    </message>
    <message>
        <source>Page message</source>
        <translation type="unfinished">ข้อความของหน้า</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished">ที่อยู่เซิร์ฟเวอร์</translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <translation type="unfinished">รหัสลงทะเบียน</translation>
    </message>
    <message>
        <source>Charity key fingerprint from the code sheet</source>
        <translation type="unfinished">ลายนิ้วมือกุญแจขององค์กรจากแผ่นรหัส</translation>
    </message>
    <message>
        <source>&amp;Link this device</source>
        <translation type="unfinished">เชื่อมอุปกรณ์นี้(&amp;L)</translation>
    </message>
    <message>
        <source>Link this device to the server</source>
        <translation type="unfinished">เชื่อมอุปกรณ์นี้กับเซิร์ฟเวอร์</translation>
    </message>
    <message>
        <source>Link to the charity&apos;s server</source>
        <translation type="unfinished">เชื่อมกับเซิร์ฟเวอร์ขององค์กร</translation>
    </message>
    <message>
        <source>Ser&amp;ver address:</source>
        <translation type="unfinished">ที่อยู่เซิร์ฟเวอร์(&amp;V):</translation>
    </message>
    <message>
        <source>Enrolment &amp;code:</source>
        <translation type="unfinished">รหัสลงทะเบียน(&amp;C):</translation>
    </message>
    <message>
        <source>Charity key &amp;fingerprint:</source>
        <translation type="unfinished">ลายนิ้วมือกุญแจขององค์กร(&amp;F):</translation>
    </message>
    <message>
        <source>load the outbox</source>
        <translation type="unfinished">โหลดกล่องขาออก</translation>
    </message>
    <message>
        <source>%1 waiting to be sent</source>
        <translation type="unfinished">รอส่ง %1 รายการ</translation>
    </message>
    <message>
        <source>%1 waiting for review</source>
        <translation type="unfinished">รอตรวจทาน %1 รายการ</translation>
    </message>
    <message>
        <source>%1 parked</source>
        <translation type="unfinished">พักไว้ %1 รายการ</translation>
    </message>
    <message>
        <source>%1 sent</source>
        <translation type="unfinished">ส่งแล้ว %1 รายการ</translation>
    </message>
    <message numerus="yes">
        <source>%n withdrawal(s) not found on the server yet</source>
        <translation type="unfinished">
            <numerusform>การถอน %n รายการยังไม่พบบนเซิร์ฟเวอร์</numerusform>
        </translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation type="unfinished">สถานะ: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished">เหตุผล: %1</translation>
    </message>
    <message>
        <source>What was sent was removed from this device by retention. The report can still be withdrawn from the charity&apos;s server.</source>
        <translation type="unfinished">สิ่งที่ส่งไปถูกลบออกจากอุปกรณ์นี้ตามระยะเวลาเก็บรักษา ยังถอนรายงานจากเซิร์ฟเวอร์ขององค์กรได้</translation>
    </message>
    <message>
        <source>(removed by retention)</source>
        <translation type="unfinished">(ลบตามระยะเวลาเก็บรักษา)</translation>
    </message>
    <message>
        <source>Approved: it is sent at the next sync.</source>
        <translation type="unfinished">อนุมัติแล้ว: จะส่งในการซิงค์ครั้งถัดไป</translation>
    </message>
    <message>
        <source>Rejected.</source>
        <translation type="unfinished">ปฏิเสธแล้ว</translation>
    </message>
    <message>
        <source>approve the report</source>
        <translation type="unfinished">อนุมัติรายงาน</translation>
    </message>
    <message>
        <source>reject the report</source>
        <translation type="unfinished">ปฏิเสธรายงาน</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished">กำลังซิงค์…</translation>
    </message>
    <message>
        <source>Type the server address, the enrolment code and the charity key fingerprint.</source>
        <translation type="unfinished">พิมพ์ที่อยู่เซิร์ฟเวอร์ รหัสลงทะเบียน และลายนิ้วมือกุญแจขององค์กร</translation>
    </message>
    <message>
        <source>Linking…</source>
        <translation type="unfinished">กำลังเชื่อม…</translation>
    </message>
    <message>
        <source>Outreach device</source>
        <translation type="unfinished">อุปกรณ์ Outreach</translation>
    </message>
    <message>
        <source>the charity</source>
        <translation type="unfinished">องค์กร</translation>
    </message>
    <message>
        <source>Linked to %1 (%2 regions).</source>
        <translation type="unfinished">เชื่อมกับ %1 แล้ว (%2 ภูมิภาค)</translation>
    </message>
    <message>
        <source>Charity key pinned: %1.</source>
        <translation type="unfinished">ตรึงกุญแจขององค์กรแล้ว: %1</translation>
    </message>
    <message>
        <source>Linking failed: %1.</source>
        <translation type="unfinished">เชื่อมไม่สำเร็จ: %1</translation>
    </message>
</context>
<context>
    <name>RoleNotice</name>
    <message>
        <source>Alarm: something protected was changed without the coordinator&apos;s key. It has been put back, and this is recorded in the audit log.</source>
        <translation type="unfinished">เตือนภัย: มีสิ่งที่ได้รับการปกป้องถูกเปลี่ยนโดยไม่มีกุญแจผู้ประสานงาน ได้คืนค่าแล้ว และบันทึกไว้ในบันทึกการตรวจสอบ</translation>
    </message>
    <message>
        <source>This passphrase acts as a worker in this session.</source>
        <translation type="unfinished">วลีรหัสผ่านนี้ทำหน้าที่เป็นเจ้าหน้าที่ในเซสชันนี้</translation>
    </message>
    <message>
        <source>Protected settings and roles are now sealed with the coordinator key.</source>
        <translation type="unfinished">การตั้งค่าและบทบาทที่ได้รับการปกป้องถูกปิดผนึกด้วยกุญแจผู้ประสานงานแล้ว</translation>
    </message>
    <message>
        <source>Review and retention settings are not sealed yet: the next coordinator unlock seals them.</source>
        <translation type="unfinished">การตั้งค่าการตรวจทานและการเก็บรักษายังไม่ถูกปิดผนึก: การปลดล็อกครั้งถัดไปโดยผู้ประสานงานจะปิดผนึก</translation>
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
        <translation type="unfinished">บันทึกเหตุการณ์</translation>
    </message>
    <message>
        <source>Saved. This incident was shared, and the new version is not shared until the person confirms it. Close to leave the earlier version as it was.</source>
        <translation type="unfinished">บันทึกแล้ว เหตุการณ์นี้เคยแชร์แล้ว และฉบับใหม่จะไม่ถูกแชร์จนกว่าบุคคลนั้นจะยืนยัน ปิดเพื่อคงฉบับก่อนไว้ตามเดิม</translation>
    </message>
    <message>
        <source>Incident saved.</source>
        <translation type="unfinished">บันทึกเหตุการณ์แล้ว</translation>
    </message>
    <message>
        <source>Incident saved. It stays on this device until consent is given.</source>
        <translation type="unfinished">บันทึกเหตุการณ์แล้ว จะอยู่ในอุปกรณ์นี้จนกว่าจะได้รับความยินยอม</translation>
    </message>
    <message>
        <source>Perpetrator %1: %2</source>
        <translation type="unfinished">ผู้กระทำ %1: %2</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished">การตั้งค่า</translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"> นาที</translation>
    </message>
    <message>
        <source>Lock after minutes without use</source>
        <translation type="unfinished">ล็อกหลังไม่ได้ใช้งานกี่นาที</translation>
    </message>
    <message>
        <source>Panic: %1 locks and hides the window at once.</source>
        <translation type="unfinished">ฉุกเฉิน: %1 ล็อกและซ่อนหน้าต่างทันที</translation>
    </message>
    <message>
        <source>Locking</source>
        <translation type="unfinished">การล็อก</translation>
    </message>
    <message>
        <source>Lock after &amp;idle:</source>
        <translation type="unfinished">ล็อกเมื่อไม่ได้ใช้งาน(&amp;I):</translation>
    </message>
    <message>
        <source>A coordinator approves reports before they leave</source>
        <translation type="unfinished">ผู้ประสานงานอนุมัติรายงานก่อนส่งออก</translation>
    </message>
    <message>
        <source>Review required</source>
        <translation type="unfinished">ต้องตรวจทาน</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation type="unfinished">การแชร์</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished">การเก็บรักษา</translation>
    </message>
    <message>
        <source>Contact notes:</source>
        <translation type="unfinished">หมายเหตุการติดต่อ:</translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"> เดือน</translation>
    </message>
    <message>
        <source>People (alias and notes):</source>
        <translation type="unfinished">บุคคล (ชื่อเล่นและหมายเหตุ):</translation>
    </message>
    <message>
        <source>Incident descriptions:</source>
        <translation type="unfinished">คำบรรยายเหตุการณ์:</translation>
    </message>
    <message>
        <source>Sent reports&apos; copies:</source>
        <translation type="unfinished">สำเนารายงานที่ส่งแล้ว:</translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"> วัน</translation>
    </message>
    <message>
        <source>Save retention</source>
        <translation type="unfinished">บันทึกการเก็บรักษา</translation>
    </message>
    <message>
        <source>Save the retention periods</source>
        <translation type="unfinished">บันทึกระยะเวลาเก็บรักษา</translation>
    </message>
    <message>
        <source>Retention message</source>
        <translation type="unfinished">ข้อความเกี่ยวกับการเก็บรักษา</translation>
    </message>
    <message>
        <source>Dark (low glare)</source>
        <translation type="unfinished">มืด (แสงจ้าน้อย)</translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished">สว่าง</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished">ธีม</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation type="unfinished">ภาษาของระบบ</translation>
    </message>
    <message>
        <source>Language of the app</source>
        <translation type="unfinished">ภาษาของแอป</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished">รูปลักษณ์</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished">ธีม(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished">ภาษา(&amp;L):</translation>
    </message>
    <message>
        <source>Contact line on the alerts handout</source>
        <translation type="unfinished">บรรทัดติดต่อบนใบปลิวการแจ้งเตือน</translation>
    </message>
    <message>
        <source>e.g. Outreach van 07700 900123, Mon–Sat 8pm–2am</source>
        <translation type="unfinished">เช่น รถตู้ Outreach 07700 900123 จันทร์–เสาร์ 20.00–02.00 น.</translation>
    </message>
    <message>
        <source>Save contact line</source>
        <translation type="unfinished">บันทึกบรรทัดติดต่อ</translation>
    </message>
    <message>
        <source>Save the contact line</source>
        <translation type="unfinished">บันทึกบรรทัดติดต่อ</translation>
    </message>
    <message>
        <source>Contact line message</source>
        <translation type="unfinished">ข้อความเกี่ยวกับบรรทัดติดต่อ</translation>
    </message>
    <message>
        <source>Printed handout</source>
        <translation type="unfinished">ใบปลิวที่พิมพ์</translation>
    </message>
    <message>
        <source>&amp;Contact line:</source>
        <translation type="unfinished">บรรทัดติดต่อ(&amp;C):</translation>
    </message>
    <message>
        <source>Not linked to a server.</source>
        <translation type="unfinished">ยังไม่ได้เชื่อมกับเซิร์ฟเวอร์</translation>
    </message>
    <message>
        <source>Server link</source>
        <translation type="unfinished">การเชื่อมเซิร์ฟเวอร์</translation>
    </message>
    <message>
        <source>Link to a server…</source>
        <translation type="unfinished">เชื่อมกับเซิร์ฟเวอร์…</translation>
    </message>
    <message>
        <source>Link to a server</source>
        <translation type="unfinished">เชื่อมกับเซิร์ฟเวอร์</translation>
    </message>
    <message>
        <source>Charity server</source>
        <translation type="unfinished">เซิร์ฟเวอร์ขององค์กร</translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation type="unfinished">เปลี่ยนวลีรหัสผ่าน…</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation type="unfinished">เปลี่ยนวลีรหัสผ่าน</translation>
    </message>
    <message>
        <source>Back up…</source>
        <translation type="unfinished">สำรองข้อมูล…</translation>
    </message>
    <message>
        <source>Back up the vault</source>
        <translation type="unfinished">สำรองข้อมูลตู้นิรภัย</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation type="unfinished">กู้คืน…</translation>
    </message>
    <message>
        <source>Restore the vault from a backup</source>
        <translation type="unfinished">กู้คืนตู้นิรภัยจากข้อมูลสำรอง</translation>
    </message>
    <message>
        <source>Vault message</source>
        <translation type="unfinished">ข้อความเกี่ยวกับตู้นิรภัย</translation>
    </message>
    <message>
        <source>Passphrase and backups</source>
        <translation type="unfinished">วลีรหัสผ่านและข้อมูลสำรอง</translation>
    </message>
    <message>
        <source>Quick delete…</source>
        <translation type="unfinished">ลบด่วน…</translation>
    </message>
    <message>
        <source>Quick delete</source>
        <translation type="unfinished">ลบด่วน</translation>
    </message>
    <message>
        <source>Quick delete warning</source>
        <translation type="unfinished">คำเตือนการลบด่วน</translation>
    </message>
    <message>
        <source>Delete everything now</source>
        <translation type="unfinished">ลบทุกอย่างตอนนี้</translation>
    </message>
    <message>
        <source>Confirm quick delete</source>
        <translation type="unfinished">ยืนยันการลบด่วน</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">ยกเลิก</translation>
    </message>
    <message>
        <source>Cancel quick delete</source>
        <translation type="unfinished">ยกเลิกการลบด่วน</translation>
    </message>
    <message>
        <source>Also destroy the files Outreach saved outside the vault (exports, backups, PDFs)</source>
        <translation type="unfinished">ทำลายไฟล์ที่ Outreach บันทึกไว้นอกตู้นิรภัยด้วย (ไฟล์ส่งออก ข้อมูลสำรอง PDF)</translation>
    </message>
    <message>
        <source>Destroys the key first, then every record on this laptop and the files Outreach saved outside the vault (exports, backups, PDFs) that are still where it saved them; it lists any it cannot reach. Copies you made elsewhere stay. It cannot be undone. Use it if the laptop is about to be taken. The lock screen offers it too, without the passphrase.</source>
        <translation type="unfinished">ทำลายกุญแจก่อน แล้วจึงทำลายทุกบันทึกในแล็ปท็อปนี้ และไฟล์ที่ Outreach บันทึกไว้นอกตู้นิรภัย (ไฟล์ส่งออก ข้อมูลสำรอง PDF) ที่ยังอยู่ในที่ที่บันทึกไว้ และแสดงรายการไฟล์ที่เข้าถึงไม่ได้ สำเนาที่คุณทำไว้ที่อื่นยังคงอยู่ ยกเลิกไม่ได้ ใช้เมื่อแล็ปท็อปกำลังจะถูกยึด หน้าจอล็อกก็มีตัวเลือกนี้โดยไม่ต้องใช้วลีรหัสผ่าน</translation>
    </message>
    <message>
        <source>The new language is used when Outreach starts again.</source>
        <translation type="unfinished">จะใช้ภาษาใหม่เมื่อเปิด Outreach ครั้งถัดไป</translation>
    </message>
    <message>
        <source>Contact line saved.</source>
        <translation type="unfinished">บันทึกบรรทัดติดต่อแล้ว</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation type="unfinished">ไม่ได้บันทึก</translation>
    </message>
    <message>
        <source>Retention periods saved.</source>
        <translation type="unfinished">บันทึกระยะเวลาเก็บรักษาแล้ว</translation>
    </message>
    <message>
        <source>Only a coordinator can change the retention periods.</source>
        <translation type="unfinished">เฉพาะผู้ประสานงานเท่านั้นที่เปลี่ยนระยะเวลาเก็บรักษาได้</translation>
    </message>
    <message>
        <source>The retention periods were not saved.</source>
        <translation type="unfinished">ไม่ได้บันทึกระยะเวลาเก็บรักษา</translation>
    </message>
    <message>
        <source>Only a coordinator can change the review setting.</source>
        <translation type="unfinished">เฉพาะผู้ประสานงานเท่านั้นที่เปลี่ยนการตั้งค่าการตรวจทานได้</translation>
    </message>
    <message>
        <source>Outreach backups (*.obk)</source>
        <translation type="unfinished">ข้อมูลสำรอง Outreach (*.obk)</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished">กู้คืนจากข้อมูลสำรอง</translation>
    </message>
    <message>
        <source>Counting reports that have not been sent…</source>
        <translation type="unfinished">กำลังนับรายงานที่ยังไม่ส่ง…</translation>
    </message>
    <message>
        <source>Everything on this laptop will be destroyed and cannot be recovered.</source>
        <translation type="unfinished">ทุกอย่างในแล็ปท็อปนี้จะถูกทำลายและกู้คืนไม่ได้</translation>
    </message>
    <message>
        <source>All reports have been sent. Everything on this laptop will be destroyed.</source>
        <translation type="unfinished">ส่งรายงานครบแล้ว ทุกอย่างในแล็ปท็อปนี้จะถูกทำลาย</translation>
    </message>
    <message numerus="yes">
        <source>Not yet sent to the charity: %n report(s). They will be lost. Everything on this laptop will be destroyed.</source>
        <translation type="unfinished">
            <numerusform>ยังไม่ได้ส่งให้องค์กร: รายงาน %n ฉบับ จะสูญหาย ทุกอย่างในแล็ปท็อปนี้จะถูกทำลาย</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleting everything in %n second(s). Press Cancel to stop.</source>
        <translation type="unfinished">
            <numerusform>จะลบทุกอย่างใน %n วินาที กด ยกเลิก เพื่อหยุด</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SharingFlow</name>
    <message>
        <source>the area “%1” has no server region yet</source>
        <translation type="unfinished">พื้นที่ “%1” ยังไม่มีภูมิภาคบนเซิร์ฟเวอร์</translation>
    </message>
    <message>
        <source>it has no area</source>
        <translation type="unfinished">ไม่มีพื้นที่</translation>
    </message>
    <message>
        <source>Saved, but not shareable: %1, so a report cannot be sent and no consent was asked. Choose an area, or set the area&apos;s region in Settings → Areas (or `outreach area set-region`), then open the incident again to share it.</source>
        <translation type="unfinished">บันทึกแล้ว แต่แชร์ไม่ได้: %1 จึงส่งรายงานไม่ได้และไม่ได้ขอความยินยอม เลือกพื้นที่ หรือตั้งภูมิภาคของพื้นที่ใน การตั้งค่า → พื้นที่ (หรือ `outreach area set-region`) แล้วเปิดเหตุการณ์อีกครั้งเพื่อแชร์</translation>
    </message>
    <message>
        <source>check the area</source>
        <translation type="unfinished">ตรวจสอบพื้นที่</translation>
    </message>
    <message>
        <source>load the consent</source>
        <translation type="unfinished">โหลดความยินยอม</translation>
    </message>
    <message>
        <source>Type the initials of the worker recording consent.</source>
        <translation type="unfinished">พิมพ์อักษรย่อของเจ้าหน้าที่ที่บันทึกความยินยอม</translation>
    </message>
    <message>
        <source>record consent</source>
        <translation type="unfinished">บันทึกความยินยอม</translation>
    </message>
    <message>
        <source>Nothing will be shared. The incident stays on this device.</source>
        <translation type="unfinished">จะไม่แชร์อะไรเลย เหตุการณ์อยู่ในอุปกรณ์นี้</translation>
    </message>
    <message>
        <source>prepare the preview</source>
        <translation type="unfinished">เตรียมตัวอย่าง</translation>
    </message>
    <message>
        <source>Removed. This incident was shared, so the new version needs the person&apos;s confirmation before it is sealed.</source>
        <translation type="unfinished">ลบแล้ว เหตุการณ์นี้เคยแชร์แล้ว ฉบับใหม่จึงต้องได้รับการยืนยันจากบุคคลนั้นก่อนปิดผนึก</translation>
    </message>
    <message>
        <source>remove it</source>
        <translation type="unfinished">ลบออก</translation>
    </message>
    <message>
        <source>Sealed. A coordinator reviews it before it is sent.</source>
        <translation type="unfinished">ปิดผนึกแล้ว ผู้ประสานงานจะตรวจทานก่อนส่ง</translation>
    </message>
    <message>
        <source>Sealed and queued: it is sent at a random time within the next 15 minutes, so the sending does not show when it was written. Sync now on Review &amp; sync sends it at once.</source>
        <translation type="unfinished">ปิดผนึกและเข้าคิวแล้ว: จะส่งในเวลาสุ่มภายใน 15 นาทีข้างหน้า เพื่อไม่ให้การส่งเผยว่าเขียนเมื่อไร “ซิงค์ตอนนี้” ในหน้าตรวจทานและซิงค์จะส่งทันที</translation>
    </message>
    <message>
        <source>It replaces the version sent earlier.</source>
        <translation type="unfinished">แทนที่ฉบับที่ส่งไปก่อนหน้า</translation>
    </message>
    <message>
        <source>seal the report</source>
        <translation type="unfinished">ปิดผนึกรายงาน</translation>
    </message>
    <message>
        <source>Print the withdrawal slip</source>
        <translation type="unfinished">พิมพ์ใบรหัสถอนความยินยอม</translation>
    </message>
    <message>
        <source>Slip saved as a PDF.</source>
        <translation type="unfinished">บันทึกใบรหัสเป็น PDF แล้ว</translation>
    </message>
    <message>
        <source>The slip could not be saved.</source>
        <translation type="unfinished">บันทึกใบรหัสไม่ได้</translation>
    </message>
    <message>
        <source>The slip could not be printed.</source>
        <translation type="unfinished">พิมพ์ใบรหัสไม่ได้</translation>
    </message>
    <message>
        <source>Slip sent to the printer.</source>
        <translation type="unfinished">ส่งใบรหัสไปที่เครื่องพิมพ์แล้ว</translation>
    </message>
</context>
<context>
    <name>SharingSteps</name>
    <message>
        <source>night</source>
        <translation type="unfinished">กลางคืน</translation>
    </message>
    <message>
        <source>morning</source>
        <translation type="unfinished">เช้า</translation>
    </message>
    <message>
        <source>afternoon</source>
        <translation type="unfinished">บ่าย</translation>
    </message>
    <message>
        <source>evening</source>
        <translation type="unfinished">เย็น</translation>
    </message>
    <message>
        <source>Format version</source>
        <translation type="unfinished">เวอร์ชันของรูปแบบ</translation>
    </message>
    <message>
        <source>Report number (random; not linked to this device or the person)</source>
        <translation type="unfinished">หมายเลขรายงาน (สุ่ม ไม่เชื่อมโยงกับอุปกรณ์นี้หรือบุคคลนั้น)</translation>
    </message>
    <message>
        <source>Replaces the earlier report</source>
        <translation type="unfinished">แทนที่รายงานก่อนหน้า</translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished">ภูมิภาค</translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished">วันที่</translation>
    </message>
    <message>
        <source>Part of the day</source>
        <translation type="unfinished">ช่วงเวลาของวัน</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished">เกิดอะไรขึ้น</translation>
    </message>
    <message>
        <source>Withdrawal check (a one-way fingerprint of the code, not the code)</source>
        <translation type="unfinished">การตรวจสอบการถอน (ลายนิ้วมือทางเดียวของรหัส ไม่ใช่ตัวรหัส)</translation>
    </message>
    <message>
        <source>Perpetrator</source>
        <translation type="unfinished">ผู้กระทำ</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation type="unfinished">ยานพาหนะ</translation>
    </message>
    <message>
        <source>Weapon used</source>
        <translation type="unfinished">มีการใช้อาวุธ</translation>
    </message>
    <message>
        <source>Summary (names and numbers taken out)</source>
        <translation type="unfinished">สรุป (ตัดชื่อและตัวเลขออกแล้ว)</translation>
    </message>
    <message>
        <source>Age band of the person</source>
        <translation type="unfinished">ช่วงอายุของบุคคลนั้น</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished">เพศ</translation>
    </message>
    <message>
        <source>Hurt</source>
        <translation type="unfinished">บาดเจ็บ</translation>
    </message>
    <message>
        <source>How badly hurt</source>
        <translation type="unfinished">บาดเจ็บมากแค่ไหน</translation>
    </message>
    <message>
        <source>Police already told</source>
        <translation type="unfinished">แจ้งตำรวจแล้ว</translation>
    </message>
    <message>
        <source>Wants police contact through the outreach project</source>
        <translation type="unfinished">ต้องการติดต่อตำรวจผ่านโครงการ</translation>
    </message>
    <message>
        <source>Age from</source>
        <translation type="unfinished">อายุตั้งแต่</translation>
    </message>
    <message>
        <source>Age to</source>
        <translation type="unfinished">อายุถึง</translation>
    </message>
    <message>
        <source>Height</source>
        <translation type="unfinished">ส่วนสูง</translation>
    </message>
    <message>
        <source>Build</source>
        <translation type="unfinished">รูปร่าง</translation>
    </message>
    <message>
        <source>Ethnicity (as described)</source>
        <translation type="unfinished">เชื้อชาติ (ตามที่บรรยาย)</translation>
    </message>
    <message>
        <source>Hair</source>
        <translation type="unfinished">ผม</translation>
    </message>
    <message>
        <source>Distinguishing features</source>
        <translation type="unfinished">ลักษณะเด่น</translation>
    </message>
    <message>
        <source>Clothing</source>
        <translation type="unfinished">เสื้อผ้า</translation>
    </message>
    <message>
        <source>Name used</source>
        <translation type="unfinished">ชื่อที่ใช้</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation type="unfinished">เบอร์โทรศัพท์</translation>
    </message>
    <message>
        <source>E-mail addresses</source>
        <translation type="unfinished">อีเมล</translation>
    </message>
    <message>
        <source>Online names</source>
        <translation type="unfinished">ชื่อออนไลน์</translation>
    </message>
    <message>
        <source>Website or app</source>
        <translation type="unfinished">เว็บไซต์หรือแอป</translation>
    </message>
    <message>
        <source>Make</source>
        <translation type="unfinished">ยี่ห้อ</translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished">รุ่น</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished">สี</translation>
    </message>
    <message>
        <source>Registration plate</source>
        <translation type="unfinished">ป้ายทะเบียน</translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished">ใช่</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished">ไม่</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation type="unfinished">ตั้งแต่ %1 ถึง %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished">ตั้งแต่ %1</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation type="unfinished">ถึง %1</translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished">อายุ</translation>
    </message>
    <message>
        <source>Sent to the charity:</source>
        <translation type="unfinished">ส่งให้องค์กร:</translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation type="unfinished">สำหรับ: %1</translation>
    </message>
    <message>
        <source>(only that this purpose was agreed)</source>
        <translation type="unfinished">(เพียงว่าตกลงในวัตถุประสงค์นี้)</translation>
    </message>
    <message>
        <source>Nothing else leaves this device.</source>
        <translation type="unfinished">ไม่มีอะไรอื่นออกจากอุปกรณ์นี้</translation>
    </message>
    <message>
        <source>a name or a place?</source>
        <translation type="unfinished">ชื่อคนหรือสถานที่</translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished">ตัวเลข</translation>
    </message>
    <message>
        <source>an address or online name (has @)</source>
        <translation type="unfinished">ที่อยู่หรือชื่อออนไลน์ (มี @)</translation>
    </message>
    <message>
        <source>comes after lives, works, at or flat: a place?</source>
        <translation type="unfinished">อยู่หลังคำว่า อาศัย ทำงาน ที่ หรือ ห้องพัก: สถานที่หรือไม่</translation>
    </message>
    <message>
        <source>height</source>
        <translation type="unfinished">ส่วนสูง</translation>
    </message>
    <message>
        <source>ethnicity as described</source>
        <translation type="unfinished">เชื้อชาติตามที่บรรยาย</translation>
    </message>
    <message>
        <source>hair</source>
        <translation type="unfinished">ผม</translation>
    </message>
    <message>
        <source>distinguishing features</source>
        <translation type="unfinished">ลักษณะเด่น</translation>
    </message>
    <message>
        <source>clothing</source>
        <translation type="unfinished">เสื้อผ้า</translation>
    </message>
    <message>
        <source>name used</source>
        <translation type="unfinished">ชื่อที่ใช้</translation>
    </message>
    <message>
        <source>website or app</source>
        <translation type="unfinished">เว็บไซต์หรือแอป</translation>
    </message>
    <message>
        <source>make</source>
        <translation type="unfinished">ยี่ห้อ</translation>
    </message>
    <message>
        <source>model</source>
        <translation type="unfinished">รุ่น</translation>
    </message>
    <message>
        <source>colour</source>
        <translation type="unfinished">สี</translation>
    </message>
    <message>
        <source>the summary</source>
        <translation type="unfinished">สรุป</translation>
    </message>
    <message>
        <source>perpetrator %1</source>
        <translation type="unfinished">ผู้กระทำ %1</translation>
    </message>
    <message>
        <source>vehicle %1</source>
        <translation type="unfinished">ยานพาหนะ %1</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished">ใน %1</translation>
    </message>
    <message>
        <source>Might identify: %1 (%2), in %3</source>
        <translation type="unfinished">อาจระบุตัวได้: %1 (%2) ใน %3</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished">เก็บไว้</translation>
    </message>
    <message>
        <source>Keep: %1</source>
        <translation type="unfinished">เก็บไว้: %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished">ลบออก</translation>
    </message>
    <message>
        <source>Remove from %1: %2</source>
        <translation type="unfinished">ลบออกจาก %1: %2</translation>
    </message>
</context>
<context>
    <name>ShiftPage</name>
    <message>
        <source>Shift</source>
        <translation type="unfinished">กะงาน</translation>
    </message>
    <message>
        <source>No shift running.</source>
        <translation type="unfinished">ไม่มีกะงานที่กำลังดำเนินอยู่</translation>
    </message>
    <message>
        <source>Shift state</source>
        <translation type="unfinished">สถานะกะงาน</translation>
    </message>
    <message>
        <source>Area (pick one or type a new one)</source>
        <translation type="unfinished">พื้นที่ (เลือกหรือพิมพ์พื้นที่ใหม่)</translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished">พื้นที่</translation>
    </message>
    <message>
        <source>Shift mode</source>
        <translation type="unfinished">รูปแบบกะงาน</translation>
    </message>
    <message>
        <source>Staff initials</source>
        <translation type="unfinished">อักษรย่อของทีม</translation>
    </message>
    <message>
        <source>e.g. AB, CD</source>
        <translation type="unfinished">เช่น AB, CD</translation>
    </message>
    <message>
        <source>&amp;Start shift</source>
        <translation type="unfinished">เริ่มกะงาน(&amp;S)</translation>
    </message>
    <message>
        <source>Start shift</source>
        <translation type="unfinished">เริ่มกะงาน</translation>
    </message>
    <message>
        <source>E&amp;nd shift</source>
        <translation type="unfinished">จบกะงาน(&amp;N)</translation>
    </message>
    <message>
        <source>End shift</source>
        <translation type="unfinished">จบกะงาน</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation type="unfinished">พื้นที่(&amp;A):</translation>
    </message>
    <message>
        <source>M&amp;ode:</source>
        <translation type="unfinished">รูปแบบ(&amp;O):</translation>
    </message>
    <message>
        <source>Server region of the new area</source>
        <translation type="unfinished">ภูมิภาคบนเซิร์ฟเวอร์ของพื้นที่ใหม่</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation type="unfinished">ภูมิภาค(&amp;G):</translation>
    </message>
    <message>
        <source>&amp;Initials:</source>
        <translation type="unfinished">อักษรย่อ(&amp;I):</translation>
    </message>
    <message>
        <source>Quick contact (Enter saves)</source>
        <translation type="unfinished">ติดต่อด่วน (Enter เพื่อบันทึก)</translation>
    </message>
    <message>
        <source>Quick contact</source>
        <translation type="unfinished">ติดต่อด่วน</translation>
    </message>
    <message>
        <source>Alias (leave empty for an anonymous contact)</source>
        <translation type="unfinished">ชื่อเล่น (เว้นว่างสำหรับการติดต่อแบบไม่ระบุชื่อ)</translation>
    </message>
    <message>
        <source>Alias, or leave empty</source>
        <translation type="unfinished">ชื่อเล่น หรือเว้นว่าง</translation>
    </message>
    <message>
        <source>How the contact happened</source>
        <translation type="unfinished">การติดต่อเกิดขึ้นอย่างไร</translation>
    </message>
    <message>
        <source>%1 handed out</source>
        <translation type="unfinished">แจก %1</translation>
    </message>
    <message>
        <source>Referred to %1</source>
        <translation type="unfinished">ส่งต่อไปยัง %1</translation>
    </message>
    <message>
        <source>Note (stays on this device)</source>
        <translation type="unfinished">หมายเหตุ (เก็บไว้ในอุปกรณ์นี้)</translation>
    </message>
    <message>
        <source>A short note (stays on this device)</source>
        <translation type="unfinished">หมายเหตุสั้น ๆ (เก็บไว้ในอุปกรณ์นี้)</translation>
    </message>
    <message>
        <source>Save contact</source>
        <translation type="unfinished">บันทึกการติดต่อ</translation>
    </message>
    <message>
        <source>Quick contact message</source>
        <translation type="unfinished">ข้อความติดต่อด่วน</translation>
    </message>
    <message>
        <source>A&amp;lias:</source>
        <translation type="unfinished">ชื่อเล่น(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation type="unfinished">อย่างไร(&amp;H):</translation>
    </message>
    <message>
        <source>Supplies:</source>
        <translation type="unfinished">สิ่งของ:</translation>
    </message>
    <message>
        <source>Referrals:</source>
        <translation type="unfinished">การส่งต่อ:</translation>
    </message>
    <message>
        <source>No&amp;te:</source>
        <translation type="unfinished">หมายเหตุ(&amp;T):</translation>
    </message>
    <message>
        <source>Shift tally</source>
        <translation type="unfinished">ยอดรวมของกะ</translation>
    </message>
    <message>
        <source>This shift&apos;s contacts (Enter edits the selected one)</source>
        <translation type="unfinished">การติดต่อของกะนี้ (Enter เพื่อแก้ไขรายการที่เลือก)</translation>
    </message>
    <message>
        <source>&amp;Undo last contact</source>
        <translation type="unfinished">เลิกทำการติดต่อล่าสุด(&amp;U)</translation>
    </message>
    <message>
        <source>Undo the last contact saved here (Ctrl+Z)</source>
        <translation type="unfinished">เลิกทำการติดต่อล่าสุดที่บันทึกที่นี่ (Ctrl+Z)</translation>
    </message>
    <message>
        <source>This shift so far</source>
        <translation type="unfinished">กะนี้จนถึงตอนนี้</translation>
    </message>
    <message>
        <source>load the shift</source>
        <translation type="unfinished">โหลดกะงาน</translation>
    </message>
    <message>
        <source>No region (not shareable)</source>
        <translation type="unfinished">ไม่มีภูมิภาค (แชร์ไม่ได้)</translation>
    </message>
    <message>
        <source>A contact you had started before the lock was restored.</source>
        <translation type="unfinished">กู้คืนการติดต่อที่คุณเริ่มไว้ก่อนล็อกแล้ว</translation>
    </message>
    <message>
        <source>No shift running. Contacts can still be logged.</source>
        <translation type="unfinished">ไม่มีกะงานที่กำลังดำเนินอยู่ ยังบันทึกการติดต่อได้</translation>
    </message>
    <message>
        <source>Shift running since %1 — %2, %3, %4</source>
        <translation type="unfinished">กะงานเริ่มตั้งแต่ %1 — %2, %3, %4</translation>
    </message>
    <message>
        <source>no area</source>
        <translation type="unfinished">ไม่มีพื้นที่</translation>
    </message>
    <message>
        <source>%1 contacts</source>
        <translation type="unfinished">การติดต่อ %1 ครั้ง</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation type="unfinished">บุคคล %1 คน</translation>
    </message>
    <message>
        <source>%1 referrals</source>
        <translation type="unfinished">การส่งต่อ %1 ครั้ง</translation>
    </message>
    <message>
        <source>Type the staff initials to start a shift.</source>
        <translation type="unfinished">พิมพ์อักษรย่อของทีมเพื่อเริ่มกะงาน</translation>
    </message>
    <message>
        <source>start the shift</source>
        <translation type="unfinished">เริ่มกะงาน</translation>
    </message>
    <message>
        <source>Shift ended.</source>
        <translation type="unfinished">จบกะงานแล้ว</translation>
    </message>
    <message>
        <source>end the shift</source>
        <translation type="unfinished">จบกะงาน</translation>
    </message>
    <message>
        <source>Nothing to save: type an alias, a note, supplies or a referral first.</source>
        <translation type="unfinished">ไม่มีอะไรให้บันทึก: พิมพ์ชื่อเล่น หมายเหตุ สิ่งของ หรือการส่งต่อก่อน</translation>
    </message>
    <message>
        <source>save the contact</source>
        <translation type="unfinished">บันทึกการติดต่อ</translation>
    </message>
    <message>
        <source>Saved. %1 contacts this shift.</source>
        <translation type="unfinished">บันทึกแล้ว กะนี้มีการติดต่อ %1 ครั้ง</translation>
    </message>
    <message>
        <source>Saved (no shift running).</source>
        <translation type="unfinished">บันทึกแล้ว (ไม่มีกะงานที่กำลังดำเนินอยู่)</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation type="unfinished">ไม่ระบุชื่อ</translation>
    </message>
    <message>
        <source>That contact was already deleted.</source>
        <translation type="unfinished">การติดต่อนั้นถูกลบไปแล้ว</translation>
    </message>
    <message>
        <source>Contact removed. Its details are back in the form.</source>
        <translation type="unfinished">ลบการติดต่อแล้ว รายละเอียดกลับมาอยู่ในแบบฟอร์ม</translation>
    </message>
    <message>
        <source>undo the contact</source>
        <translation type="unfinished">เลิกทำการติดต่อ</translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <source>Statistics</source>
        <translation type="unfinished">สถิติ</translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished">ตั้งแต่</translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished">ถึง</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished">แสดง(&amp;S)</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished">ส่งออก CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation type="unfinished">ส่งออก PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>Statistics status</source>
        <translation type="unfinished">สถานะสถิติ</translation>
    </message>
    <message>
        <source>Contacts by month and area</source>
        <translation type="unfinished">การติดต่อตามเดือนและพื้นที่</translation>
    </message>
    <message>
        <source>Contacts by month and shift mode</source>
        <translation type="unfinished">การติดต่อตามเดือนและรูปแบบกะงาน</translation>
    </message>
    <message>
        <source>Contacts by week</source>
        <translation type="unfinished">การติดต่อตามสัปดาห์</translation>
    </message>
    <message>
        <source>Unique people seen by month</source>
        <translation type="unfinished">จำนวนบุคคลที่พบในแต่ละเดือน</translation>
    </message>
    <message>
        <source>Supplies by month and kind</source>
        <translation type="unfinished">สิ่งของตามเดือนและชนิด</translation>
    </message>
    <message>
        <source>Referrals by month and kind</source>
        <translation type="unfinished">การส่งต่อตามเดือนและชนิด</translation>
    </message>
    <message>
        <source>Incidents by month and type</source>
        <translation type="unfinished">เหตุการณ์ตามเดือนและประเภท</translation>
    </message>
    <message>
        <source>Reports shared and withdrawn</source>
        <translation type="unfinished">รายงานที่แชร์และถอน</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished">การติดต่อ</translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished">บุคคล</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation type="unfinished">แชร์แล้ว</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished">ถอนแล้ว</translation>
    </message>
    <message>
        <source>%1 contacts, %2 people seen, %3 incidents in this period.</source>
        <translation type="unfinished">การติดต่อ %1 ครั้ง พบบุคคล %2 คน เหตุการณ์ %3 ครั้งในช่วงนี้</translation>
    </message>
    <message>
        <source>No shift</source>
        <translation type="unfinished">ไม่มีกะงาน</translation>
    </message>
    <message>
        <source>Exporting the statistics…</source>
        <translation type="unfinished">กำลังส่งออกสถิติ…</translation>
    </message>
    <message>
        <source>Exported %1 tables to %2 (%3 small counts hidden).</source>
        <translation type="unfinished">ส่งออก %1 ตารางไปที่ %2 แล้ว (ซ่อนจำนวนน้อย %3 ค่า)</translation>
    </message>
    <message>
        <source>Export cancelled. Nothing was written.</source>
        <translation type="unfinished">ยกเลิกการส่งออกแล้ว ไม่มีอะไรถูกเขียน</translation>
    </message>
    <message>
        <source>That did not work.</source>
        <translation type="unfinished">ไม่สำเร็จ</translation>
    </message>
    <message>
        <source>Export statistics</source>
        <translation type="unfinished">ส่งออกสถิติ</translation>
    </message>
</context>
<context>
    <name>StoryStep</name>
    <message>
        <source>What happened, in their words (stays on this device)</source>
        <translation type="unfinished">เกิดอะไรขึ้น ในคำพูดของเขา (เก็บไว้ในอุปกรณ์นี้)</translation>
    </message>
    <message>
        <source>Alert summary (written for sharing)</source>
        <translation type="unfinished">สรุปการแจ้งเตือน (เขียนเพื่อแชร์)</translation>
    </message>
    <message>
        <source>What happened, in their words — stays on this device:</source>
        <translation type="unfinished">เกิดอะไรขึ้น ในคำพูดของเขา — เก็บไว้ในอุปกรณ์นี้:</translation>
    </message>
    <message>
        <source>Alert summary — written for sharing:</source>
        <translation type="unfinished">สรุปการแจ้งเตือน — เขียนเพื่อแชร์:</translation>
    </message>
    <message>
        <source>Write it for other sex workers to read. Names, numbers, addresses and plates are taken out automatically; check the preview before anything is sealed.</source>
        <translation type="unfinished">เขียนให้พนักงานบริการทางเพศคนอื่นอ่าน ชื่อ ตัวเลข ที่อยู่ และป้ายทะเบียนจะถูกตัดออกโดยอัตโนมัติ ตรวจดูตัวอย่างก่อนปิดผนึกสิ่งใด</translation>
    </message>
</context>
<context>
    <name>SubscribeDialog</name>
    <message>
        <source>Text message</source>
        <translation type="unfinished">ข้อความ SMS</translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished">อีเมล</translation>
    </message>
    <message>
        <source>Sign someone up for warnings</source>
        <translation type="unfinished">ลงทะเบียนให้ใครสักคนรับคำเตือน</translation>
    </message>
    <message>
        <source>Their number or address</source>
        <translation type="unfinished">เบอร์หรือที่อยู่ของเขา</translation>
    </message>
    <message>
        <source>Language of their messages</source>
        <translation type="unfinished">ภาษาของข้อความที่เขาจะได้รับ</translation>
    </message>
    <message>
        <source>Discreet wording (nothing on a lock screen gives it away)</source>
        <translation type="unfinished">ถ้อยคำไม่เปิดเผย (ไม่มีอะไรบนหน้าจอล็อกที่เผยให้เห็น)</translation>
    </message>
    <message>
        <source>They agreed to get these messages</source>
        <translation type="unfinished">เขายินยอมรับข้อความเหล่านี้</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">สถานะ</translation>
    </message>
    <message>
        <source>&amp;Sign up</source>
        <translation type="unfinished">ลงทะเบียน(&amp;S)</translation>
    </message>
    <message>
        <source>Send the sign-up to the server</source>
        <translation type="unfinished">ส่งการลงทะเบียนไปที่เซิร์ฟเวอร์</translation>
    </message>
    <message>
        <source>Send by:</source>
        <translation type="unfinished">ส่งทาง:</translation>
    </message>
    <message>
        <source>Number or address:</source>
        <translation type="unfinished">เบอร์หรือที่อยู่:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished">ภาษา:</translation>
    </message>
    <message>
        <source>Areas:</source>
        <translation type="unfinished">พื้นที่:</translation>
    </message>
    <message>
        <source>The address goes straight to the charity&apos;s server; it is not kept here.</source>
        <translation type="unfinished">ที่อยู่จะส่งตรงไปที่เซิร์ฟเวอร์ขององค์กร ไม่ได้เก็บไว้ที่นี่</translation>
    </message>
    <message>
        <source>Tick that they agreed first. Nothing was sent.</source>
        <translation type="unfinished">ทำเครื่องหมายว่าเขายินยอมก่อน ไม่มีอะไรถูกส่ง</translation>
    </message>
    <message>
        <source>Pick at least one area. Nothing was sent.</source>
        <translation type="unfinished">เลือกอย่างน้อยหนึ่งพื้นที่ ไม่มีอะไรถูกส่ง</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished">กำลังส่ง…</translation>
    </message>
    <message>
        <source>Signed up: they will get a welcome message with a link to stop.</source>
        <translation type="unfinished">ลงทะเบียนแล้ว: เขาจะได้รับข้อความต้อนรับพร้อมลิงก์สำหรับยกเลิก</translation>
    </message>
</context>
<context>
    <name>SyncBridge</name>
    <message numerus="yes">
        <source>%n new or updated alert(s).</source>
        <translation type="unfinished">
            <numerusform>การแจ้งเตือนใหม่หรืออัปเดต %n รายการ</numerusform>
        </translation>
    </message>
    <message>
        <source>Not linked to a server.</source>
        <translation type="unfinished">ยังไม่ได้เชื่อมกับเซิร์ฟเวอร์</translation>
    </message>
    <message>
        <source>This laptop must be linked again: %1</source>
        <translation type="unfinished">ต้องเชื่อมแล็ปท็อปนี้อีกครั้ง: %1</translation>
    </message>
    <message>
        <source>Linked to %1 at %2.</source>
        <translation type="unfinished">เชื่อมกับ %1 เมื่อ %2 แล้ว</translation>
    </message>
    <message>
        <source>an organisation</source>
        <translation type="unfinished">องค์กรหนึ่ง</translation>
    </message>
</context>
<context>
    <name>TaskProgress</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">ยกเลิก</translation>
    </message>
    <message>
        <source>Outreach</source>
        <translation type="unfinished">Outreach</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished">กำลังยกเลิก…</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>Outreach is locked</source>
        <translation type="unfinished">Outreach ถูกล็อกอยู่</translation>
    </message>
    <message>
        <source>Enter your passphrase to open the records.</source>
        <translation type="unfinished">ใส่วลีรหัสผ่านเพื่อเปิดบันทึก</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished">วลีรหัสผ่าน</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished">ปลดล็อก(&amp;U)</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished">ปลดล็อก</translation>
    </message>
    <message>
        <source>Unlock message</source>
        <translation type="unfinished">ข้อความการปลดล็อก</translation>
    </message>
    <message>
        <source>Time until the next attempt</source>
        <translation type="unfinished">เวลาจนถึงการลองครั้งถัดไป</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation type="unfinished">พิมพ์วลีรหัสผ่านก่อน</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation type="unfinished">กำลังปลดล็อก…</translation>
    </message>
    <message numerus="yes">
        <source>You can try again in %n second(s).</source>
        <translation type="unfinished">
            <numerusform>ลองอีกครั้งได้ใน %n วินาที</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VaultActions</name>
    <message>
        <source>Changing the passphrase…</source>
        <translation type="unfinished">กำลังเปลี่ยนวลีรหัสผ่าน…</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation type="unfinished">เปลี่ยนวลีรหัสผ่านแล้ว</translation>
    </message>
    <message>
        <source>The passphrase was not changed: %1</source>
        <translation type="unfinished">ไม่ได้เปลี่ยนวลีรหัสผ่าน: %1</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation type="unfinished">กำลังเขียนข้อมูลสำรอง…</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation type="unfinished">สำรองข้อมูลไม่สำเร็จ: %1</translation>
    </message>
    <message>
        <source>Backup written. It is encrypted with the current passphrase.</source>
        <translation type="unfinished">เขียนข้อมูลสำรองแล้ว เข้ารหัสด้วยวลีรหัสผ่านปัจจุบัน</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished">กู้คืนจากข้อมูลสำรอง</translation>
    </message>
    <message>
        <source>Outreach backups (*.obk)</source>
        <translation type="unfinished">ข้อมูลสำรอง Outreach (*.obk)</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation type="unfinished">กำลังกู้คืนข้อมูลสำรอง…</translation>
    </message>
    <message>
        <source>The backup was restored. Unlock it with its passphrase.</source>
        <translation type="unfinished">กู้คืนข้อมูลสำรองแล้ว ปลดล็อกด้วยวลีรหัสผ่านของข้อมูลสำรอง</translation>
    </message>
    <message>
        <source>The backup was not restored: %1</source>
        <translation type="unfinished">ไม่ได้กู้คืนข้อมูลสำรอง: %1</translation>
    </message>
    <message>
        <source>Files Outreach saved outside the vault (exports, backups, PDFs) were not looked for: their list is inside the vault, and it was not unlocked since Outreach started. Delete them yourself.</source>
        <translation type="unfinished">ไม่ได้ค้นหาไฟล์ที่ Outreach บันทึกไว้นอกตู้นิรภัย (ไฟล์ส่งออก ข้อมูลสำรอง PDF): รายการไฟล์อยู่ในตู้นิรภัย และยังไม่ได้ปลดล็อกตั้งแต่เริ่ม Outreach โปรดลบเอง</translation>
    </message>
    <message numerus="yes">
        <source>Also destroyed: %n file(s) saved outside the vault.</source>
        <translation type="unfinished">
            <numerusform>ทำลายไฟล์ที่บันทึกไว้นอกตู้นิรภัยด้วย %n ไฟล์</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not destroy %1: %2.</source>
        <translation type="unfinished">ทำลาย %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>Quick delete did not finish: %1</source>
        <translation type="unfinished">การลบด่วนไม่เสร็จ: %1</translation>
    </message>
</context>
<context>
    <name>VehicleEditor</name>
    <message>
        <source>Make</source>
        <translation type="unfinished">ยี่ห้อ</translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished">รุ่น</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished">สี</translation>
    </message>
    <message>
        <source>Registration plate (part is fine)</source>
        <translation type="unfinished">ป้ายทะเบียน (บางส่วนก็ได้)</translation>
    </message>
    <message>
        <source>Vehicle: %1</source>
        <translation type="unfinished">ยานพาหนะ: %1</translation>
    </message>
</context>
<context>
    <name>WhatStep</name>
    <message>
        <source>What happened (tick all that apply)</source>
        <translation type="unfinished">เกิดอะไรขึ้น (เลือกทุกข้อที่ตรง)</translation>
    </message>
    <message>
        <source>Alias of the person harmed (empty: not recorded)</source>
        <translation type="unfinished">ชื่อเล่นของผู้ถูกกระทำ (ว่าง: ไม่ได้บันทึก)</translation>
    </message>
    <message>
        <source>Age band of the person</source>
        <translation type="unfinished">ช่วงอายุของบุคคลนั้น</translation>
    </message>
    <message>
        <source>Gender of the person</source>
        <translation type="unfinished">เพศของบุคคลนั้น</translation>
    </message>
    <message>
        <source>Worker initials</source>
        <translation type="unfinished">อักษรย่อของเจ้าหน้าที่</translation>
    </message>
    <message>
        <source>Injury</source>
        <translation type="unfinished">การบาดเจ็บ</translation>
    </message>
    <message>
        <source>Injury notes (stay on this device)</source>
        <translation type="unfinished">หมายเหตุการบาดเจ็บ (เก็บไว้ในอุปกรณ์นี้)</translation>
    </message>
    <message>
        <source>A weapon was used</source>
        <translation type="unfinished">มีการใช้อาวุธ</translation>
    </message>
    <message>
        <source>Weapon (stays on this device)</source>
        <translation type="unfinished">อาวุธ (เก็บไว้ในอุปกรณ์นี้)</translation>
    </message>
    <message>
        <source>The police have already been told</source>
        <translation type="unfinished">แจ้งตำรวจไปแล้ว</translation>
    </message>
    <message>
        <source>A&amp;lias:</source>
        <translation type="unfinished">ชื่อเล่น(&amp;L):</translation>
    </message>
    <message>
        <source>Age band, gender:</source>
        <translation type="unfinished">ช่วงอายุ เพศ:</translation>
    </message>
    <message>
        <source>Worker &amp;initials:</source>
        <translation type="unfinished">อักษรย่อของเจ้าหน้าที่(&amp;I):</translation>
    </message>
    <message>
        <source>In&amp;jury:</source>
        <translation type="unfinished">การบาดเจ็บ(&amp;J):</translation>
    </message>
    <message>
        <source>Injury notes (stay here):</source>
        <translation type="unfinished">หมายเหตุการบาดเจ็บ (เก็บไว้ที่นี่):</translation>
    </message>
</context>
<context>
    <name>WhenStep</name>
    <message>
        <source>When it happened</source>
        <translation type="unfinished">เกิดขึ้นเมื่อไร</translation>
    </message>
    <message>
        <source>&amp;Approximately</source>
        <translation type="unfinished">โดยประมาณ(&amp;A)</translation>
    </message>
    <message>
        <source>The time is approximate</source>
        <translation type="unfinished">เวลาเป็นค่าประมาณ</translation>
    </message>
    <message>
        <source>How well the time is known</source>
        <translation type="unfinished">ทราบเวลาแน่ชัดแค่ไหน</translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished">พื้นที่</translation>
    </message>
    <message>
        <source>Where exactly (stays on this device)</source>
        <translation type="unfinished">ที่ไหนแน่ชัด (เก็บไว้ในอุปกรณ์นี้)</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation type="unfinished">เมื่อไร(&amp;W):</translation>
    </message>
    <message>
        <source>A&amp;rea:</source>
        <translation type="unfinished">พื้นที่(&amp;R):</translation>
    </message>
    <message>
        <source>Where exactly
(stays on this device):</source>
        <translation type="unfinished">ที่ไหนแน่ชัด
(เก็บไว้ในอุปกรณ์นี้):</translation>
    </message>
    <message>
        <source>No area</source>
        <translation type="unfinished">ไม่มีพื้นที่</translation>
    </message>
</context>
<context>
    <name>WhoStep</name>
    <message>
        <source>Perpetrator</source>
        <translation type="unfinished">ผู้กระทำ</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation type="unfinished">ยานพาหนะ</translation>
    </message>
    <message>
        <source>Perpetrators</source>
        <translation type="unfinished">ผู้กระทำ</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation type="unfinished">ยานพาหนะ</translation>
    </message>
</context>
</TS>
