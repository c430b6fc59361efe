<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AlertModels</name>
    <message>
        <source>aged %1-%2</source>
        <translation type="unfinished">年龄 %1-%2</translation>
    </message>
    <message>
        <source>uses the name %1</source>
        <translation type="unfinished">使用名字 %1</translation>
    </message>
    <message>
        <source>phone %1</source>
        <translation type="unfinished">电话 %1</translation>
    </message>
    <message>
        <source>e-mail %1</source>
        <translation type="unfinished">电子邮件 %1</translation>
    </message>
    <message>
        <source>online %1</source>
        <translation type="unfinished">网名 %1</translation>
    </message>
    <message>
        <source>plate %1</source>
        <translation type="unfinished">车牌 %1</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished">发布日期</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation type="unfinished">警报</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished">发生了什么</translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished">区域</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished">有效期至</translation>
    </message>
    <message>
        <source>NEW: </source>
        <translation type="unfinished">新：</translation>
    </message>
</context>
<context>
    <name>AlertsPage</name>
    <message>
        <source>Alerts</source>
        <translation type="unfinished">警报</translation>
    </message>
    <message>
        <source>When alerts were last fetched</source>
        <translation type="unfinished">上次获取警报的时间</translation>
    </message>
    <message>
        <source>Show alerts for area</source>
        <translation type="unfinished">显示该地区的警报</translation>
    </message>
    <message>
        <source>&amp;Save handout as PDF…</source>
        <translation type="unfinished">将传单保存为 PDF(&amp;S)…</translation>
    </message>
    <message>
        <source>Save the alerts handout as PDF</source>
        <translation type="unfinished">将警报传单保存为 PDF</translation>
    </message>
    <message>
        <source>&amp;Print handout…</source>
        <translation type="unfinished">打印传单(&amp;P)…</translation>
    </message>
    <message>
        <source>Print the alerts handout</source>
        <translation type="unfinished">打印警报传单</translation>
    </message>
    <message>
        <source>Sign &amp;up for warnings…</source>
        <translation type="unfinished">订阅警告(&amp;U)…</translation>
    </message>
    <message>
        <source>Sign a person up to get warnings themselves</source>
        <translation type="unfinished">为某人订阅，让其本人接收警告</translation>
    </message>
    <message>
        <source>Language of the handout</source>
        <translation type="unfinished">传单语言</translation>
    </message>
    <message>
        <source>Second language printed beside it</source>
        <translation type="unfinished">并排打印的第二种语言</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished">（无）</translation>
    </message>
    <message>
        <source>Current alerts</source>
        <translation type="unfinished">当前警报</translation>
    </message>
    <message>
        <source>Selected alert</source>
        <translation type="unfinished">所选警报</translation>
    </message>
    <message>
        <source>Alerts message</source>
        <translation type="unfinished">警报消息</translation>
    </message>
    <message>
        <source>Alerts refused for a bad signature</source>
        <translation type="unfinished">因签名无效而被拒绝的警报</translation>
    </message>
    <message>
        <source>Check a phone number, plate, e-mail address or online name</source>
        <translation type="unfinished">查询电话号码、车牌、电子邮件地址或网名</translation>
    </message>
    <message>
        <source>Check a phone number, plate, e-mail or online name (any format)</source>
        <translation type="unfinished">查询电话号码、车牌、电子邮件或网名（任意格式）</translation>
    </message>
    <message>
        <source>Chec&amp;k</source>
        <translation type="unfinished">查询(&amp;K)</translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished">查询</translation>
    </message>
    <message>
        <source>Check results</source>
        <translation type="unfinished">查询结果</translation>
    </message>
    <message>
        <source>Page message</source>
        <translation type="unfinished">页面消息</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation type="unfinished">地区(&amp;A):</translation>
    </message>
    <message>
        <source>Handout in &amp;language:</source>
        <translation type="unfinished">传单语言(&amp;L):</translation>
    </message>
    <message>
        <source>side by side &amp;with:</source>
        <translation type="unfinished">并排语言(&amp;W):</translation>
    </message>
    <message>
        <source>CHECK before meeting someone:</source>
        <translation type="unfinished">见人之前先查询：</translation>
    </message>
    <message>
        <source>load the alerts</source>
        <translation type="unfinished">加载警报</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation type="unfinished">所有地区</translation>
    </message>
    <message>
        <source>Last fetched %1</source>
        <translation type="unfinished">上次获取：%1</translation>
    </message>
    <message>
        <source>Never fetched</source>
        <translation type="unfinished">从未获取</translation>
    </message>
    <message>
        <source>save the handout languages</source>
        <translation type="unfinished">保存传单语言</translation>
    </message>
    <message>
        <source>No current alerts for this area.</source>
        <translation type="unfinished">该地区没有当前警报。</translation>
    </message>
    <message numerus="yes">
        <source>%n current alert(s), newest first.</source>
        <translation type="unfinished">
            <numerusform>当前警报 %n 条，最新的在前。</numerusform>
        </translation>
    </message>
    <message>
        <source>Alert</source>
        <translation type="unfinished">警报</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished">发布日期</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished">有效期至</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished">发生了什么</translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished">详情</translation>
    </message>
    <message>
        <source>Perpetrators</source>
        <translation type="unfinished">施害者</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation type="unfinished">车辆</translation>
    </message>
    <message>
        <source>check</source>
        <translation type="unfinished">查询</translation>
    </message>
    <message>
        <source>ALERT</source>
        <translation type="unfinished">警报</translation>
    </message>
    <message>
        <source>Our record</source>
        <translation type="unfinished">我们的记录</translation>
    </message>
    <message>
        <source>Nothing known about “%1”. That does not mean they are safe.</source>
        <translation type="unfinished">没有关于“%1”的任何信息。这并不代表对方是安全的。</translation>
    </message>
    <message>
        <source>all areas</source>
        <translation type="unfinished">所有地区</translation>
    </message>
    <message>
        <source>Preparing the handout…</source>
        <translation type="unfinished">正在准备传单…</translation>
    </message>
    <message>
        <source>Handout cancelled. Nothing was saved.</source>
        <translation type="unfinished">已取消传单。未保存任何内容。</translation>
    </message>
    <message>
        <source>Handout saved.</source>
        <translation type="unfinished">传单已保存。</translation>
    </message>
    <message>
        <source>save the handout</source>
        <translation type="unfinished">保存传单</translation>
    </message>
    <message>
        <source>Save the alerts handout</source>
        <translation type="unfinished">保存警报传单</translation>
    </message>
    <message>
        <source>Printing the handout…</source>
        <translation type="unfinished">正在打印传单…</translation>
    </message>
    <message>
        <source>Handout sent to the printer.</source>
        <translation type="unfinished">传单已发送到打印机。</translation>
    </message>
    <message>
        <source>Printing cancelled.</source>
        <translation type="unfinished">已取消打印。</translation>
    </message>
    <message>
        <source>The printer could not be used.</source>
        <translation type="unfinished">无法使用打印机。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">取消</translation>
    </message>
</context>
<context>
    <name>AppStatusBar</name>
    <message>
        <source>Connection</source>
        <translation type="unfinished">连接</translation>
    </message>
    <message>
        <source>Reports waiting</source>
        <translation type="unfinished">等待中的报告</translation>
    </message>
    <message>
        <source>Reports that need attention</source>
        <translation type="unfinished">需要处理的报告</translation>
    </message>
    <message>
        <source>Reports waiting for review</source>
        <translation type="unfinished">等待审核的报告</translation>
    </message>
    <message>
        <source>Reports a coordinator must approve before they are sent (Review and sync page)</source>
        <translation type="unfinished">发送前需要协调员批准的报告（“审核与同步”页面）</translation>
    </message>
    <message>
        <source>Restored drafts</source>
        <translation type="unfinished">已恢复的草稿</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation type="unfinished">上次同步</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished">锁定</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation type="unfinished">立即锁定</translation>
    </message>
    <message>
        <source>Lock now (Ctrl+L). Panic: Ctrl+Shift+L locks and hides.</source>
        <translation type="unfinished">立即锁定（Ctrl+L）。紧急：Ctrl+Shift+L 锁定并隐藏。</translation>
    </message>
    <message numerus="yes">
        <source>%n awaiting review</source>
        <translation type="unfinished">
            <numerusform>%n 份等待审核</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unfinished form(s) restored</source>
        <translation type="unfinished">
            <numerusform>已恢复 %n 份未完成的表单</numerusform>
        </translation>
    </message>
    <message>
        <source>Not linked to a server</source>
        <translation type="unfinished">未连接到服务器</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished">正在同步…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished">离线</translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished">在线</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation type="unfinished">尚未同步</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation type="unfinished">
            <numerusform>%n 份等待中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need attention</source>
        <translation type="unfinished">
            <numerusform>%n 份需要处理</numerusform>
        </translation>
    </message>
    <message>
        <source>Last sync: never</source>
        <translation type="unfinished">上次同步：从未</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation type="unfinished">上次同步：%1</translation>
    </message>
</context>
<context>
    <name>AreasSection</name>
    <message>
        <source>Areas</source>
        <translation type="unfinished">地区</translation>
    </message>
    <message>
        <source>Areas and their server regions</source>
        <translation type="unfinished">地区及其服务器区域</translation>
    </message>
    <message>
        <source>Server region for the selected area</source>
        <translation type="unfinished">所选地区的服务器区域</translation>
    </message>
    <message>
        <source>Set &amp;region</source>
        <translation type="unfinished">设置区域(&amp;R)</translation>
    </message>
    <message>
        <source>Set the selected area&apos;s region</source>
        <translation type="unfinished">设置所选地区的区域</translation>
    </message>
    <message>
        <source>Areas message</source>
        <translation type="unfinished">地区消息</translation>
    </message>
    <message>
        <source>Reports can be shared only from an area with a server region. Regions come from the server when the device is linked and at every sync.</source>
        <translation type="unfinished">只有设置了服务器区域的地区才能共享报告。设备连接时以及每次同步时，区域信息都来自服务器。</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation type="unfinished">区域(&amp;G):</translation>
    </message>
    <message>
        <source>load the areas</source>
        <translation type="unfinished">加载地区</translation>
    </message>
    <message>
        <source>No region (not shareable)</source>
        <translation type="unfinished">无区域（不可共享）</translation>
    </message>
    <message>
        <source>no region: not shareable</source>
        <translation type="unfinished">无区域：不可共享</translation>
    </message>
    <message>
        <source>No server regions yet: link this device to a server, or sync.</source>
        <translation type="unfinished">还没有服务器区域：请将此设备连接到服务器，或进行同步。</translation>
    </message>
    <message>
        <source>Region saved.</source>
        <translation type="unfinished">区域已保存。</translation>
    </message>
    <message>
        <source>set the region</source>
        <translation type="unfinished">设置区域</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Audit log</source>
        <translation type="unfinished">审计日志</translation>
    </message>
    <message>
        <source>Only coordinators can see the audit log.</source>
        <translation type="unfinished">只有协调员可以查看审计日志。</translation>
    </message>
    <message>
        <source>&amp;Verify the log</source>
        <translation type="unfinished">验证日志(&amp;V)</translation>
    </message>
    <message>
        <source>Verification result</source>
        <translation type="unfinished">验证结果</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation type="unfinished">审计条目</translation>
    </message>
    <message>
        <source>The log is intact: %1 entries.</source>
        <translation type="unfinished">日志完整：共 %1 条。</translation>
    </message>
    <message>
        <source>(Not yet compared with the server: entries cut off the end show after a sync.)</source>
        <translation type="unfinished">（尚未与服务器比对：末尾被截掉的条目会在同步后显示。）</translation>
    </message>
    <message>
        <source>The log was changed:</source>
        <translation type="unfinished">日志已被更改：</translation>
    </message>
    <message>
        <source>That did not work.</source>
        <translation type="unfinished">操作未成功。</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation type="unfinished">更改密码短语</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation type="unfinished">当前密码短语</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished">新密码短语</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation type="unfinished">再次输入新密码短语</translation>
    </message>
    <message>
        <source>Passphrase feedback</source>
        <translation type="unfinished">密码短语提示</translation>
    </message>
    <message>
        <source>Show the new passphrase</source>
        <translation type="unfinished">显示新密码短语</translation>
    </message>
    <message>
        <source>&amp;Suggest</source>
        <translation type="unfinished">建议(&amp;S)</translation>
    </message>
    <message>
        <source>Suggest a passphrase of random words</source>
        <translation type="unfinished">建议一个由随机词组成的密码短语</translation>
    </message>
    <message>
        <source>About the team&apos;s passphrases</source>
        <translation type="unfinished">关于团队的密码短语</translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished">错误</translation>
    </message>
    <message>
        <source>C&amp;urrent:</source>
        <translation type="unfinished">当前(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;New:</source>
        <translation type="unfinished">新(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Repeat new:</source>
        <translation type="unfinished">再次输入新的(&amp;R):</translation>
    </message>
    <message>
        <source>The records stay as they are; only the passphrase that opens them changes.</source>
        <translation type="unfinished">记录保持不变；只有打开它们的密码短语会改变。</translation>
    </message>
    <message>
        <source>Six random words are shown. Write them down somewhere safe before you press OK.</source>
        <translation type="unfinished">下面显示了六个随机词。按“确定”之前，请把它们抄写在安全的地方。</translation>
    </message>
    <message>
        <source>Strong enough.</source>
        <translation type="unfinished">强度足够。</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>%1 table</source>
        <translation type="unfinished">%1 表</translation>
    </message>
</context>
<context>
    <name>ConsentStep</name>
    <message>
        <source>Read each purpose to the person in these words. They decide each one separately; saying no to all of them is fine and changes nothing about the support they get.</source>
        <translation type="unfinished">请用这些话向对方逐一读出每项用途。对方对每一项分别做决定；全部拒绝也完全可以，不会影响其得到的任何支持。</translation>
    </message>
    <message>
        <source>What is shared: %1</source>
        <translation type="unfinished">共享的内容：%1</translation>
    </message>
    <message>
        <source>Cannot be undone: %1</source>
        <translation type="unfinished">无法撤销：%1</translation>
    </message>
    <message>
        <source>Yes, share this</source>
        <translation type="unfinished">是，共享此项</translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished">否</translation>
    </message>
    <message>
        <source>Yes to: %1</source>
        <translation type="unfinished">同意：%1</translation>
    </message>
    <message>
        <source>No to: %1</source>
        <translation type="unfinished">不同意：%1</translation>
    </message>
    <message>
        <source>Said out loud (verbal)</source>
        <translation type="unfinished">口头表示</translation>
    </message>
    <message>
        <source>Signed or written</source>
        <translation type="unfinished">签名或书面</translation>
    </message>
    <message>
        <source>How consent was given</source>
        <translation type="unfinished">同意的方式</translation>
    </message>
    <message>
        <source>Initials of the worker recording consent</source>
        <translation type="unfinished">记录同意的工作人员姓名缩写</translation>
    </message>
    <message>
        <source>&amp;How given:</source>
        <translation type="unfinished">同意方式(&amp;H):</translation>
    </message>
    <message>
        <source>Recorded &amp;by:</source>
        <translation type="unfinished">记录人(&amp;B):</translation>
    </message>
    <message>
        <source>Consent status</source>
        <translation type="unfinished">同意状态</translation>
    </message>
    <message>
        <source>&amp;Record consent</source>
        <translation type="unfinished">记录同意(&amp;R)</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation type="unfinished">记录同意</translation>
    </message>
    <message>
        <source>Nothing is shared — &amp;finish</source>
        <translation type="unfinished">不共享任何内容 — 完成(&amp;F)</translation>
    </message>
    <message>
        <source>Finish without sharing anything</source>
        <translation type="unfinished">不共享任何内容并完成</translation>
    </message>
    <message>
        <source>&amp;Next: what will be shared</source>
        <translation type="unfinished">下一步：将共享的内容(&amp;N)</translation>
    </message>
    <message>
        <source>Show what will be shared</source>
        <translation type="unfinished">显示将共享的内容</translation>
    </message>
    <message>
        <source>Record a fresh consent &amp;instead</source>
        <translation type="unfinished">改为记录新的同意(&amp;I)</translation>
    </message>
    <message>
        <source>Record a fresh consent instead (needed to add a purpose)</source>
        <translation type="unfinished">改为记录新的同意（添加用途时需要）</translation>
    </message>
    <message>
        <source>Give the person this withdrawal code now. It is shown only once and cannot be looked up later. With it they can withdraw their consent at any time.</source>
        <translation type="unfinished">请现在把这个撤回码交给对方。它只显示一次，以后无法查到。凭此码对方可以随时撤回同意。</translation>
    </message>
    <message>
        <source>Withdrawal code</source>
        <translation type="unfinished">撤回码</translation>
    </message>
    <message>
        <source>&amp;Print slip…</source>
        <translation type="unfinished">打印凭条(&amp;P)…</translation>
    </message>
    <message>
        <source>Print the withdrawal slip</source>
        <translation type="unfinished">打印撤回凭条</translation>
    </message>
    <message>
        <source>Consent version %1 is recorded. Change the answers and record again, or go on.</source>
        <translation type="unfinished">已记录第 %1 版同意。可以修改答案后重新记录，或继续。</translation>
    </message>
    <message>
        <source>Answer every purpose with yes or no.</source>
        <translation type="unfinished">请对每项用途回答是或否。</translation>
    </message>
    <message>
        <source>This incident was changed after it was shared. Read the purposes again with the person: they may keep them or say no to some. Their withdrawal code stays the same.</source>
        <translation type="unfinished">此事件在共享后被修改过。请与对方再读一遍各项用途：对方可以保留，也可以拒绝其中一些。其撤回码保持不变。</translation>
    </message>
    <message>
        <source>Consent recorded (version %1).</source>
        <translation type="unfinished">已记录同意（第 %1 版）。</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <source>Edit contact</source>
        <translation type="unfinished">编辑接触记录</translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished">时间</translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished">地区</translation>
    </message>
    <message>
        <source>No area</source>
        <translation type="unfinished">无地区</translation>
    </message>
    <message>
        <source>Alias (empty: anonymous)</source>
        <translation type="unfinished">化名（留空：匿名）</translation>
    </message>
    <message>
        <source>How the contact happened</source>
        <translation type="unfinished">接触方式</translation>
    </message>
    <message>
        <source>%1 handed out</source>
        <translation type="unfinished">发放了 %1</translation>
    </message>
    <message>
        <source>Referred to %1</source>
        <translation type="unfinished">转介至 %1</translation>
    </message>
    <message>
        <source>Note (stays on this device)</source>
        <translation type="unfinished">备注（保留在此设备上）</translation>
    </message>
    <message>
        <source>Problem with the contact</source>
        <translation type="unfinished">接触记录有问题</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation type="unfinished">时间(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation type="unfinished">地区(&amp;A):</translation>
    </message>
    <message>
        <source>A&amp;lias:</source>
        <translation type="unfinished">化名(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation type="unfinished">方式(&amp;H):</translation>
    </message>
    <message>
        <source>Supplies:</source>
        <translation type="unfinished">物资：</translation>
    </message>
    <message>
        <source>Referrals:</source>
        <translation type="unfinished">转介：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished">备注(&amp;N):</translation>
    </message>
    <message>
        <source>save the contact</source>
        <translation type="unfinished">保存接触记录</translation>
    </message>
    <message>
        <source>Contact saved.</source>
        <translation type="unfinished">接触记录已保存。</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>Contacts</source>
        <translation type="unfinished">接触记录</translation>
    </message>
    <message>
        <source>Filter by how the contact happened</source>
        <translation type="unfinished">按接触方式筛选</translation>
    </message>
    <message>
        <source>Any way</source>
        <translation type="unfinished">任何方式</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished">编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit the selected contact</source>
        <translation type="unfinished">编辑所选接触记录</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished">删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete the selected contact</source>
        <translation type="unfinished">删除所选接触记录</translation>
    </message>
    <message>
        <source>&amp;Forget this person…</source>
        <translation type="unfinished">忘记此人(&amp;F)…</translation>
    </message>
    <message>
        <source>Forget the person of the selected contact</source>
        <translation type="unfinished">忘记所选接触记录中的人</translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished">时间</translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished">地区</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation type="unfinished">化名</translation>
    </message>
    <message>
        <source>(anonymous)</source>
        <translation type="unfinished">（匿名）</translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished">方式</translation>
    </message>
    <message>
        <source>Supplies</source>
        <translation type="unfinished">物资</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished">转介</translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished">备注</translation>
    </message>
    <message>
        <source>Contact deleted.</source>
        <translation type="unfinished">接触记录已删除。</translation>
    </message>
    <message>
        <source>delete the contact</source>
        <translation type="unfinished">删除接触记录</translation>
    </message>
    <message>
        <source>Delete contact</source>
        <translation type="unfinished">删除接触记录</translation>
    </message>
    <message>
        <source>Delete the contact of %1? This cannot be undone.</source>
        <translation type="unfinished">要删除 %1 的接触记录吗？此操作无法撤销。</translation>
    </message>
</context>
<context>
    <name>CountsTableModel</name>
    <message>
        <source>Total</source>
        <translation type="unfinished">合计</translation>
    </message>
</context>
<context>
    <name>DeskAdminPage</name>
    <message>
        <source>Admin</source>
        <translation type="unfinished">管理</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished">刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Ask the server again</source>
        <translation type="unfinished">再次询问服务器</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation type="unfinished">区域</translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished">区域</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">名称</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished">机构</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished">机构</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished">设备</translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished">设备</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation type="unfinished">注册时间</translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished">状态</translation>
    </message>
    <message>
        <source>New region id</source>
        <translation type="unfinished">新区域 ID</translation>
    </message>
    <message>
        <source>id, e.g. north</source>
        <translation type="unfinished">ID，例如 north</translation>
    </message>
    <message>
        <source>New region name</source>
        <translation type="unfinished">新区域名称</translation>
    </message>
    <message>
        <source>Add re&amp;gion</source>
        <translation type="unfinished">添加区域(&amp;G)</translation>
    </message>
    <message>
        <source>Add the region</source>
        <translation type="unfinished">添加该区域</translation>
    </message>
    <message>
        <source>New organisation name</source>
        <translation type="unfinished">新机构名称</translation>
    </message>
    <message>
        <source>Its regions (comma separated)</source>
        <translation type="unfinished">其区域（用逗号分隔）</translation>
    </message>
    <message>
        <source>Add &amp;organisation</source>
        <translation type="unfinished">添加机构(&amp;O)</translation>
    </message>
    <message>
        <source>Add the organisation</source>
        <translation type="unfinished">添加该机构</translation>
    </message>
    <message>
        <source>Organisation for the enrolment code</source>
        <translation type="unfinished">注册码所属机构</translation>
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished"> 小时</translation>
    </message>
    <message>
        <source>Hours the code stays valid</source>
        <translation type="unfinished">注册码有效的小时数</translation>
    </message>
    <message>
        <source>Make enrolment &amp;code</source>
        <translation type="unfinished">生成注册码(&amp;C)</translation>
    </message>
    <message>
        <source>Make a device enrolment code</source>
        <translation type="unfinished">生成设备注册码</translation>
    </message>
    <message>
        <source>The enrolment code (shown once)</source>
        <translation type="unfinished">注册码（只显示一次）</translation>
    </message>
    <message>
        <source>Re&amp;voke device…</source>
        <translation type="unfinished">吊销设备(&amp;V)…</translation>
    </message>
    <message>
        <source>Revoke the selected device</source>
        <translation type="unfinished">吊销所选设备</translation>
    </message>
    <message>
        <source>New region:</source>
        <translation type="unfinished">新区域：</translation>
    </message>
    <message>
        <source>New organisation:</source>
        <translation type="unfinished">新机构：</translation>
    </message>
    <message>
        <source>Device code for:</source>
        <translation type="unfinished">设备注册码用于：</translation>
    </message>
    <message>
        <source>ask the server</source>
        <translation type="unfinished">询问服务器</translation>
    </message>
    <message>
        <source>add the region</source>
        <translation type="unfinished">添加区域</translation>
    </message>
    <message>
        <source>Region added.</source>
        <translation type="unfinished">区域已添加。</translation>
    </message>
    <message>
        <source>add the organisation</source>
        <translation type="unfinished">添加机构</translation>
    </message>
    <message>
        <source>Organisation added.</source>
        <translation type="unfinished">机构已添加。</translation>
    </message>
    <message>
        <source>Enrolment code (shown once, valid %1 h): %2</source>
        <translation type="unfinished">注册码（只显示一次，%1 小时内有效）：%2</translation>
    </message>
    <message>
        <source>make the code</source>
        <translation type="unfinished">生成注册码</translation>
    </message>
    <message>
        <source>Select the device to revoke.</source>
        <translation type="unfinished">请选择要吊销的设备。</translation>
    </message>
    <message>
        <source>Revoke device</source>
        <translation type="unfinished">吊销设备</translation>
    </message>
    <message>
        <source>Revoke this device? It can no longer send or fetch anything.</source>
        <translation type="unfinished">要吊销此设备吗？它将无法再发送或获取任何内容。</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation type="unfinished">吊销</translation>
    </message>
    <message>
        <source>revoke the device</source>
        <translation type="unfinished">吊销设备</translation>
    </message>
    <message>
        <source>Device revoked.</source>
        <translation type="unfinished">设备已吊销。</translation>
    </message>
</context>
<context>
    <name>DeskAlertsPage</name>
    <message>
        <source>Alerts</source>
        <translation type="unfinished">警报</translation>
    </message>
    <message>
        <source>This desk&apos;s alerts</source>
        <translation type="unfinished">本工作台的警报</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation type="unfinished">警报</translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished">版本</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">状态</translation>
    </message>
    <message>
        <source>Check code</source>
        <translation type="unfinished">校验码</translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished">审核</translation>
    </message>
    <message>
        <source>Report to draft an alert from</source>
        <translation type="unfinished">用于起草警报的报告</translation>
    </message>
    <message>
        <source>&amp;Draft alert</source>
        <translation type="unfinished">起草警报(&amp;D)</translation>
    </message>
    <message>
        <source>Draft an alert from this report</source>
        <translation type="unfinished">根据此报告起草警报</translation>
    </message>
    <message>
        <source>Alert title</source>
        <translation type="unfinished">警报标题</translation>
    </message>
    <message>
        <source>Alert text</source>
        <translation type="unfinished">警报正文</translation>
    </message>
    <message>
        <source>Regions (comma separated)</source>
        <translation type="unfinished">区域（用逗号分隔）</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished">有效期至</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished">发生了什么</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished">严重程度</translation>
    </message>
    <message>
        <source>Structured details</source>
        <translation type="unfinished">结构化详情</translation>
    </message>
    <message>
        <source>Source summary, scrubber&apos;s finds marked</source>
        <translation type="unfinished">来源摘要，已标出过滤器发现的内容</translation>
    </message>
    <message>
        <source>Alert text, what might identify someone marked</source>
        <translation type="unfinished">警报正文，已标出可能识别身份的内容</translation>
    </message>
    <message>
        <source>Preview as the handout prints it</source>
        <translation type="unfinished">按传单打印效果预览</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation type="unfinished">保存草稿(&amp;S)</translation>
    </message>
    <message>
        <source>Save the draft</source>
        <translation type="unfinished">保存草稿</translation>
    </message>
    <message>
        <source>Sign and &amp;publish…</source>
        <translation type="unfinished">签名并发布(&amp;P)…</translation>
    </message>
    <message>
        <source>Sign and publish the alert</source>
        <translation type="unfinished">签名并发布警报</translation>
    </message>
    <message>
        <source>Exp&amp;ire…</source>
        <translation type="unfinished">使过期(&amp;I)…</translation>
    </message>
    <message>
        <source>Expire the alert now</source>
        <translation type="unfinished">立即使警报过期</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation type="unfinished">撤回(&amp;W)…</translation>
    </message>
    <message>
        <source>Withdraw the alert</source>
        <translation type="unfinished">撤回警报</translation>
    </message>
    <message>
        <source>From &amp;report:</source>
        <translation type="unfinished">来自报告(&amp;R):</translation>
    </message>
    <message>
        <source>Details to look out for (edit them here):</source>
        <translation type="unfinished">需要留意的详情（可在此编辑）：</translation>
    </message>
    <message>
        <source>Source summary (the scrubber&apos;s finds marked):</source>
        <translation type="unfinished">来源摘要（已标出过滤器发现的内容）：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished">标题(&amp;T):</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation type="unfinished">正文(&amp;X):</translation>
    </message>
    <message>
        <source>Check:</source>
        <translation type="unfinished">检查：</translation>
    </message>
    <message>
        <source>Re&amp;gions:</source>
        <translation type="unfinished">区域(&amp;G):</translation>
    </message>
    <message>
        <source>&amp;Valid until:</source>
        <translation type="unfinished">有效期至(&amp;V):</translation>
    </message>
    <message>
        <source>What &amp;happened:</source>
        <translation type="unfinished">发生了什么(&amp;H):</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation type="unfinished">严重程度：</translation>
    </message>
    <message>
        <source>Preview, as the handout prints it:</source>
        <translation type="unfinished">预览（按传单打印效果）：</translation>
    </message>
    <message>
        <source>load the alerts</source>
        <translation type="unfinished">加载警报</translation>
    </message>
    <message>
        <source>Review: source report withdrawn</source>
        <translation type="unfinished">审核：来源报告已撤回</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished">草稿</translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished">已发布</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished">已过期</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished">已撤回</translation>
    </message>
    <message>
        <source>open the alert</source>
        <translation type="unfinished">打开警报</translation>
    </message>
    <message numerus="yes">
        <source>The scrubber found %n thing(s) to take out; the text below shows the replacements.</source>
        <translation type="unfinished">
            <numerusform>过滤器发现 %n 处需要去除的内容；下面的文本显示了替换结果。</numerusform>
        </translation>
    </message>
    <message>
        <source>The scrubber found nothing more to take out.</source>
        <translation type="unfinished">过滤器没有发现更多需要去除的内容。</translation>
    </message>
    <message>
        <source>Tick what happened.</source>
        <translation type="unfinished">请勾选发生了什么。</translation>
    </message>
    <message>
        <source>Review this alert: its source report was withdrawn by the person.</source>
        <translation type="unfinished">请审核此警报：当事人已撤回其来源报告。</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) might still identify someone: check each before publishing.</source>
        <translation type="unfinished">
            <numerusform>有 %n 处可能仍会识别出某人：发布前请逐一检查。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing in the text looks like it identifies someone.</source>
        <translation type="unfinished">文本中没有看起来会识别身份的内容。</translation>
    </message>
    <message>
        <source>Not a valid alert yet: fill in the title and the text.</source>
        <translation type="unfinished">还不是有效的警报：请填写标题和正文。</translation>
    </message>
    <message>
        <source>Drafted. Check the marked text, then sign and publish.</source>
        <translation type="unfinished">已起草。请检查标出的文本，然后签名并发布。</translation>
    </message>
    <message>
        <source>draft the alert</source>
        <translation type="unfinished">起草警报</translation>
    </message>
    <message>
        <source>Draft saved (version %1).</source>
        <translation type="unfinished">草稿已保存（版本 %1）。</translation>
    </message>
    <message>
        <source>save</source>
        <translation type="unfinished">保存</translation>
    </message>
    <message>
        <source>Sign and publish</source>
        <translation type="unfinished">签名并发布</translation>
    </message>
    <message>
        <source>Sign “%1” with this desk&apos;s key and publish it to every device? Devices print it on their handouts as shown in the preview.</source>
        <translation type="unfinished">要用本工作台的密钥为“%1”签名并发布到所有设备吗？设备会按预览所示将其打印在传单上。</translation>
    </message>
    <message>
        <source>Published version %1; its check code is %2.</source>
        <translation type="unfinished">已发布版本 %1；其校验码为 %2。</translation>
    </message>
    <message>
        <source>publish</source>
        <translation type="unfinished">发布</translation>
    </message>
    <message>
        <source>Expire this alert now? Devices stop showing it.</source>
        <translation type="unfinished">要立即使此警报过期吗？设备将不再显示它。</translation>
    </message>
    <message>
        <source>Withdraw this alert? Devices remove it from their lists and handouts.</source>
        <translation type="unfinished">要撤回此警报吗？设备会将其从列表和传单中移除。</translation>
    </message>
    <message>
        <source>Expire</source>
        <translation type="unfinished">使过期</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation type="unfinished">撤回</translation>
    </message>
    <message>
        <source>The alert is now: %1</source>
        <translation type="unfinished">警报现在的状态：%1</translation>
    </message>
    <message>
        <source>end the alert</source>
        <translation type="unfinished">结束警报</translation>
    </message>
</context>
<context>
    <name>DeskChoiceBox</name>
    <message>
        <source>An outreach &amp;worker&apos;s records</source>
        <translation type="unfinished">外展工作者的记录(&amp;W)</translation>
    </message>
    <message>
        <source>The charity&apos;s &amp;desk (staff: triage, alerts, police, admin)</source>
        <translation type="unfinished">机构工作台（员工：分流、警报、警方、管理）(&amp;D)</translation>
    </message>
    <message>
        <source>Desk role</source>
        <translation type="unfinished">工作台角色</translation>
    </message>
    <message>
        <source>Alerts desk</source>
        <translation type="unfinished">警报工作台</translation>
    </message>
    <message>
        <source>Police desk</source>
        <translation type="unfinished">警方工作台</translation>
    </message>
    <message>
        <source>Admin desk</source>
        <translation type="unfinished">管理工作台</translation>
    </message>
    <message>
        <source>Desk id in the key bundle</source>
        <translation type="unfinished">密钥包中的工作台 ID</translation>
    </message>
    <message>
        <source>Desk name in the server&apos;s log</source>
        <translation type="unfinished">服务器日志中的工作台名称</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation type="unfinished">角色(&amp;O):</translation>
    </message>
    <message>
        <source>Desk &amp;id:</source>
        <translation type="unfinished">工作台 ID(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished">名称(&amp;N):</translation>
    </message>
    <message>
        <source>This laptop keeps:</source>
        <translation type="unfinished">这台笔记本电脑保存：</translation>
    </message>
</context>
<context>
    <name>DeskPages</name>
    <message>
        <source>Alert</source>
        <translation type="unfinished">警报</translation>
    </message>
    <message>
        <source>Police intelligence</source>
        <translation type="unfinished">警方情报</translation>
    </message>
    <message>
        <source>Police referral</source>
        <translation type="unfinished">转介警方</translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished">新</translation>
    </message>
    <message>
        <source>In review</source>
        <translation type="unfinished">审核中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">已完成</translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <translation type="unfinished">无法%1：%2</translation>
    </message>
    <message>
        <source>Page message</source>
        <translation type="unfinished">页面消息</translation>
    </message>
    <message>
        <source>This desk</source>
        <translation type="unfinished">本工作台</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished">服务器地址</translation>
    </message>
    <message>
        <source>https://server.example.org</source>
        <translation type="unfinished">https://server.example.org</translation>
    </message>
    <message>
        <source>Desk enrolment code</source>
        <translation type="unfinished">工作台注册码</translation>
    </message>
    <message>
        <source>Desk code from the server&apos;s admin</source>
        <translation type="unfinished">服务器管理员提供的工作台注册码</translation>
    </message>
    <message>
        <source>&amp;Enrol this desk</source>
        <translation type="unfinished">注册此工作台(&amp;E)</translation>
    </message>
    <message>
        <source>Enrol this desk</source>
        <translation type="unfinished">注册此工作台</translation>
    </message>
    <message>
        <source>read the desk</source>
        <translation type="unfinished">读取工作台</translation>
    </message>
    <message>
        <source>%1 desk “%2”, enrolled with %3</source>
        <translation type="unfinished">%1工作台“%2”，已在 %3 注册</translation>
    </message>
    <message>
        <source>%1 desk “%2”: not enrolled yet</source>
        <translation type="unfinished">%1工作台“%2”：尚未注册</translation>
    </message>
    <message>
        <source>Type the server&apos;s address and the desk code.</source>
        <translation type="unfinished">请输入服务器地址和工作台注册码。</translation>
    </message>
    <message>
        <source>The desk is enrolled.</source>
        <translation type="unfinished">工作台已注册。</translation>
    </message>
    <message>
        <source>enrol the desk</source>
        <translation type="unfinished">注册工作台</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished">警报</translation>
    </message>
    <message>
        <source>Police</source>
        <translation type="unfinished">警方</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation type="unfinished">管理</translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished">是</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished">否</translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished">日期</translation>
    </message>
    <message>
        <source>Part of day</source>
        <translation type="unfinished">时段</translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished">区域</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished">发生了什么</translation>
    </message>
    <message>
        <source>Perpetrators</source>
        <translation type="unfinished">施害者</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation type="unfinished">车辆</translation>
    </message>
    <message>
        <source>Weapon used</source>
        <translation type="unfinished">使用了武器</translation>
    </message>
    <message>
        <source>Injured</source>
        <translation type="unfinished">受伤</translation>
    </message>
    <message>
        <source>Injury</source>
        <translation type="unfinished">伤情</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished">摘要</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished">联系</translation>
    </message>
    <message>
        <source>through the project only</source>
        <translation type="unfinished">仅通过项目</translation>
    </message>
    <message>
        <source>not in any other report</source>
        <translation type="unfinished">不在其他任何报告中</translation>
    </message>
</context>
<context>
    <name>DeskPolicePage</name>
    <message>
        <source>Police</source>
        <translation type="unfinished">警方</translation>
    </message>
    <message>
        <source>Police reports</source>
        <translation type="unfinished">警方报告</translation>
    </message>
    <message>
        <source>Disclose</source>
        <translation type="unfinished">披露</translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished">类型</translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished">区域</translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished">时间</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished">评级</translation>
    </message>
    <message>
        <source>The selected police report</source>
        <translation type="unfinished">所选的警方报告</translation>
    </message>
    <message>
        <source>Source grade</source>
        <translation type="unfinished">来源评级</translation>
    </message>
    <message>
        <source>Intelligence grade</source>
        <translation type="unfinished">情报评级</translation>
    </message>
    <message>
        <source>Handling code</source>
        <translation type="unfinished">处理代码</translation>
    </message>
    <message>
        <source>Handling conditions</source>
        <translation type="unfinished">处理条件</translation>
    </message>
    <message>
        <source>Conditions (handling code C only)</source>
        <translation type="unfinished">条件（仅限处理代码 C）</translation>
    </message>
    <message>
        <source>&amp;Grade ticked reports</source>
        <translation type="unfinished">为勾选的报告评级(&amp;G)</translation>
    </message>
    <message>
        <source>Grade the ticked reports</source>
        <translation type="unfinished">为勾选的报告评级</translation>
    </message>
    <message>
        <source>Receiving police force</source>
        <translation type="unfinished">接收的警察部门</translation>
    </message>
    <message>
        <source>The charity&apos;s name as the police know it</source>
        <translation type="unfinished">警方所知的机构名称</translation>
    </message>
    <message>
        <source>Your name (kept in the log)</source>
        <translation type="unfinished">你的姓名（记入日志）</translation>
    </message>
    <message>
        <source>File type</source>
        <translation type="unfinished">文件类型</translation>
    </message>
    <message>
        <source>CSV (one column per field)</source>
        <translation type="unfinished">CSV（每个字段一列）</translation>
    </message>
    <message>
        <source>PDF (printable)</source>
        <translation type="unfinished">PDF（可打印）</translation>
    </message>
    <message>
        <source>E&amp;xport for the force…</source>
        <translation type="unfinished">导出给警察部门(&amp;X)…</translation>
    </message>
    <message>
        <source>Export the ticked reports</source>
        <translation type="unfinished">导出勾选的报告</translation>
    </message>
    <message>
        <source>Disclosure log</source>
        <translation type="unfinished">披露日志</translation>
    </message>
    <message>
        <source>Force</source>
        <translation type="unfinished">警察部门</translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished">经办人</translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished">文件</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished">报告</translation>
    </message>
    <message>
        <source>Notices to police forces</source>
        <translation type="unfinished">给警察部门的通知</translation>
    </message>
    <message>
        <source>Notify</source>
        <translation type="unfinished">通知</translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished">原因</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation type="unfinished">提出时间</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">已完成</translation>
    </message>
    <message>
        <source>Mark &amp;notified</source>
        <translation type="unfinished">标记为已通知(&amp;N)</translation>
    </message>
    <message>
        <source>Mark the selected notice as done</source>
        <translation type="unfinished">将所选通知标记为已完成</translation>
    </message>
    <message>
        <source>&amp;Force:</source>
        <translation type="unfinished">警察部门(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation type="unfinished">机关(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation type="unfinished">经办人(&amp;B):</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation type="unfinished">文件(&amp;I):</translation>
    </message>
    <message>
        <source>Disclosure log:</source>
        <translation type="unfinished">披露日志：</translation>
    </message>
    <message>
        <source>Withdrawn after disclosure — tell the force:</source>
        <translation type="unfinished">披露后被撤回——请通知警察部门：</translation>
    </message>
    <message>
        <source>3x5x2 grade (source, intelligence, handling):</source>
        <translation type="unfinished">3x5x2 评级（来源、情报、处理）：</translation>
    </message>
    <message>
        <source>load the police reports</source>
        <translation type="unfinished">加载警方报告</translation>
    </message>
    <message>
        <source>a disclosed report was withdrawn</source>
        <translation type="unfinished">一份已披露的报告被撤回</translation>
    </message>
    <message>
        <source>TO DO</source>
        <translation type="unfinished">待办</translation>
    </message>
    <message>
        <source>told %1 by %2</source>
        <translation type="unfinished">%2 已通知 %1</translation>
    </message>
    <message>
        <source>Tick the reports to grade first.</source>
        <translation type="unfinished">请先勾选要评级的报告。</translation>
    </message>
    <message>
        <source>Not a valid grade: %1</source>
        <translation type="unfinished">评级无效：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) graded %1.</source>
        <translation type="unfinished">
            <numerusform>已将 %n 份报告评为 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick the reports to disclose first.</source>
        <translation type="unfinished">请先勾选要披露的报告。</translation>
    </message>
    <message numerus="yes">
        <source>No grade yet for %n ticked report(s).</source>
        <translation type="unfinished">
            <numerusform>%n 份勾选的报告尚未评级。</numerusform>
        </translation>
    </message>
    <message>
        <source>prepare the export</source>
        <translation type="unfinished">准备导出</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) for %1:</source>
        <translation type="unfinished">
            <numerusform>给 %1 的报告 %n 份：</numerusform>
        </translation>
    </message>
    <message>
        <source>They are written in plain text to a file you choose next, and the disclosure is logged.</source>
        <translation type="unfinished">它们将以纯文本写入你接下来选择的文件，并记录此次披露。</translation>
    </message>
    <message>
        <source>Disclose to the police</source>
        <translation type="unfinished">向警方披露</translation>
    </message>
    <message>
        <source>Choose the file…</source>
        <translation type="unfinished">选择文件…</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished">CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished">PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Save the police export</source>
        <translation type="unfinished">保存警方导出文件</translation>
    </message>
    <message>
        <source>%1 already exists: choose a new file.</source>
        <translation type="unfinished">%1 已存在：请选择新文件。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n report(s) to %1; the disclosure is logged.</source>
        <translation type="unfinished">
            <numerusform>已将 %n 份报告写入 %1；此次披露已记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>export</source>
        <translation type="unfinished">导出</translation>
    </message>
    <message>
        <source>Select the notice the force was told of.</source>
        <translation type="unfinished">请选择已告知警察部门的通知。</translation>
    </message>
    <message>
        <source>Kept: %1 was told.</source>
        <translation type="unfinished">已记录：已通知 %1。</translation>
    </message>
    <message>
        <source>mark the notice</source>
        <translation type="unfinished">标记通知</translation>
    </message>
</context>
<context>
    <name>DeskQueuePage</name>
    <message>
        <source>Queue</source>
        <translation type="unfinished">队列</translation>
    </message>
    <message>
        <source>&amp;Pull new reports</source>
        <translation type="unfinished">拉取新报告(&amp;P)</translation>
    </message>
    <message>
        <source>Pull new reports</source>
        <translation type="unfinished">拉取新报告</translation>
    </message>
    <message>
        <source>Also &amp;those another desk took</source>
        <translation type="unfinished">也包括其他工作台已取走的(&amp;T)</translation>
    </message>
    <message>
        <source>A second desk of this role: fetch the reports the first desk already acknowledged.</source>
        <translation type="unfinished">同一角色的第二个工作台：获取第一个工作台已确认的报告。</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished">用途</translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished">区域</translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished">月份</translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished">状态</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished">报告</translation>
    </message>
    <message>
        <source>Pulled</source>
        <translation type="unfinished">拉取时间</translation>
    </message>
    <message>
        <source>The opened report</source>
        <translation type="unfinished">已打开的报告</translation>
    </message>
    <message>
        <source>Start &amp;review</source>
        <translation type="unfinished">开始审核(&amp;R)</translation>
    </message>
    <message>
        <source>Start reviewing this report</source>
        <translation type="unfinished">开始审核此报告</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation type="unfinished">标记为已完成(&amp;D)</translation>
    </message>
    <message>
        <source>Mark this report done</source>
        <translation type="unfinished">将此报告标记为已完成</translation>
    </message>
    <message>
        <source>Back to &amp;new</source>
        <translation type="unfinished">退回为新(&amp;N)</translation>
    </message>
    <message>
        <source>Put this report back to new</source>
        <translation type="unfinished">将此报告退回为新</translation>
    </message>
    <message>
        <source>Withdrawn reports</source>
        <translation type="unfinished">已撤回的报告</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished">已撤回</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished">要做什么</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation type="unfinished">用途：</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation type="unfinished">区域：</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation type="unfinished">月份：</translation>
    </message>
    <message>
        <source>State:</source>
        <translation type="unfinished">状态：</translation>
    </message>
    <message>
        <source>Withdrawn by the person (the decrypted copy is deleted):</source>
        <translation type="unfinished">被当事人撤回（解密副本已删除）：</translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished">全部</translation>
    </message>
    <message>
        <source>load the queue</source>
        <translation type="unfinished">加载队列</translation>
    </message>
    <message>
        <source>Disclosed: notify %1 (Police page)</source>
        <translation type="unfinished">已披露：请通知 %1（警方页面）</translation>
    </message>
    <message>
        <source>Disclosed to the police: the force was told</source>
        <translation type="unfinished">已向警方披露：已通知警察部门</translation>
    </message>
    <message>
        <source>Nothing to do: it was never disclosed</source>
        <translation type="unfinished">无需处理：从未披露</translation>
    </message>
    <message>
        <source>%1 shown · %2 new of %3 held</source>
        <translation type="unfinished">显示 %1 · 新 %2，共保存 %3</translation>
    </message>
    <message>
        <source>open the report</source>
        <translation type="unfinished">打开报告</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished">机构</translation>
    </message>
    <message numerus="yes">
        <source>in %n other report(s)</source>
        <translation type="unfinished">
            <numerusform>出现在其他 %n 份报告中</numerusform>
        </translation>
    </message>
    <message>
        <source>The report is now: %1</source>
        <translation type="unfinished">报告现在的状态：%1</translation>
    </message>
    <message>
        <source>change the state</source>
        <translation type="unfinished">更改状态</translation>
    </message>
    <message>
        <source>Pulling new reports…</source>
        <translation type="unfinished">正在拉取新报告…</translation>
    </message>
    <message numerus="yes">
        <source>%n new report(s), %1 withdrawn.</source>
        <translation type="unfinished">
            <numerusform>新报告 %n 份，撤回 %1 份。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n did not open with this desk&apos;s key.</source>
        <translation type="unfinished">
            <numerusform>%n 份无法用本工作台的密钥打开。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) to review.</source>
        <translation type="unfinished">
            <numerusform>%n 条警报需要审核。</numerusform>
        </translation>
    </message>
    <message>
        <source>pull</source>
        <translation type="unfinished">拉取</translation>
    </message>
</context>
<context>
    <name>DeskStatsPage</name>
    <message>
        <source>Statistics</source>
        <translation type="unfinished">统计</translation>
    </message>
    <message>
        <source>No figures opened yet.</source>
        <translation type="unfinished">尚未打开任何数据。</translation>
    </message>
    <message>
        <source>Fetch from the &amp;server</source>
        <translation type="unfinished">从服务器获取(&amp;S)</translation>
    </message>
    <message>
        <source>Fetch the figures for this period from the server</source>
        <translation type="unfinished">从服务器获取此期间的数据</translation>
    </message>
    <message>
        <source>&amp;Open the server&apos;s figures…</source>
        <translation type="unfinished">打开服务器数据(&amp;O)…</translation>
    </message>
    <message>
        <source>Open the server&apos;s figures</source>
        <translation type="unfinished">打开服务器数据</translation>
    </message>
    <message>
        <source>First month</source>
        <translation type="unfinished">起始月份</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation type="unfinished">结束月份</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation type="unfinished">显示(&amp;H)</translation>
    </message>
    <message>
        <source>Show the figures for this period</source>
        <translation type="unfinished">显示此期间的数据</translation>
    </message>
    <message>
        <source>Table to chart</source>
        <translation type="unfinished">用于图表的表格</translation>
    </message>
    <message>
        <source>Chart of the chosen table</source>
        <translation type="unfinished">所选表格的图表</translation>
    </message>
    <message>
        <source>Tables as published</source>
        <translation type="unfinished">按发布时的表格</translation>
    </message>
    <message>
        <source>Funder report file type</source>
        <translation type="unfinished">资助方报告的文件类型</translation>
    </message>
    <message>
        <source>PDF with charts</source>
        <translation type="unfinished">带图表的 PDF</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation type="unfinished">CSV</translation>
    </message>
    <message>
        <source>&amp;Export funder report…</source>
        <translation type="unfinished">导出资助方报告(&amp;E)…</translation>
    </message>
    <message>
        <source>Export the funder report</source>
        <translation type="unfinished">导出资助方报告</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished">从(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished">到(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Chart:</source>
        <translation type="unfinished">图表(&amp;C):</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished">JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>Figures: %1</source>
        <translation type="unfinished">数据：%1</translation>
    </message>
    <message>
        <source>Figures: from the server</source>
        <translation type="unfinished">数据：来自服务器</translation>
    </message>
    <message>
        <source>fetch the figures</source>
        <translation type="unfinished">获取数据</translation>
    </message>
    <message>
        <source>Fetch the figures from the server or open a file first.</source>
        <translation type="unfinished">请先从服务器获取数据或打开文件。</translation>
    </message>
    <message>
        <source>read the figures</source>
        <translation type="unfinished">读取数据</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s); counts suppressed by the disclosure rule: %1.</source>
        <translation type="unfinished">
            <numerusform>%n 张表格；按披露规则隐藏的计数：%1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not drawn (the disclosure rule): %n suppressed count(s).</source>
        <translation type="unfinished">
            <numerusform>未绘制（披露规则）：%n 个隐藏的计数。</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished">PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished">CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Save the funder report</source>
        <translation type="unfinished">保存资助方报告</translation>
    </message>
    <message>
        <source>%1 already exists: choose a new file.</source>
        <translation type="unfinished">%1 已存在：请选择新文件。</translation>
    </message>
    <message>
        <source>Funder report written to %1 (%2 tables).</source>
        <translation type="unfinished">资助方报告已写入 %1（%2 张表格）。</translation>
    </message>
    <message>
        <source>export the funder report</source>
        <translation type="unfinished">导出资助方报告</translation>
    </message>
</context>
<context>
    <name>DetailsEditor</name>
    <message>
        <source>Phone numbers:</source>
        <translation type="unfinished">电话号码：</translation>
    </message>
    <message>
        <source>E-mail addresses:</source>
        <translation type="unfinished">电子邮件地址：</translation>
    </message>
    <message>
        <source>Handles:</source>
        <translation type="unfinished">账号：</translation>
    </message>
    <message>
        <source>Name used:</source>
        <translation type="unfinished">使用的名字：</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation type="unfinished">描述：</translation>
    </message>
    <message>
        <source>Plate:</source>
        <translation type="unfinished">车牌：</translation>
    </message>
    <message>
        <source>Make:</source>
        <translation type="unfinished">品牌：</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation type="unfinished">型号：</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation type="unfinished">颜色：</translation>
    </message>
    <message>
        <source>Perpetrator %1</source>
        <translation type="unfinished">施害者 %1</translation>
    </message>
    <message>
        <source>Vehicle %1</source>
        <translation type="unfinished">车辆 %1</translation>
    </message>
</context>
<context>
    <name>FirstRunScreen</name>
    <message>
        <source>Welcome to Outreach</source>
        <translation type="unfinished">欢迎使用 Outreach</translation>
    </message>
    <message>
        <source>Everything you record is kept encrypted on this laptop. Choose a passphrase to protect it: a few unrelated words are easier to remember than symbols.</source>
        <translation type="unfinished">你记录的所有内容都加密保存在这台笔记本电脑上。请选择一个密码短语来保护它：几个互不相关的词比符号更容易记住。</translation>
    </message>
    <message>
        <source>If this passphrase is lost, the records cannot be recovered — not by the charity, not by anyone. Keep a copy somewhere safe, away from this laptop.</source>
        <translation type="unfinished">如果丢失此密码短语，记录将无法恢复 — 机构和任何人都无法恢复。请将副本保存在远离这台电脑的安全地方。</translation>
    </message>
    <message>
        <source>Warning about losing the passphrase</source>
        <translation type="unfinished">关于丢失密码短语的警告</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished">新密码短语</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation type="unfinished">再次输入密码短语</translation>
    </message>
    <message>
        <source>&amp;Suggest a passphrase</source>
        <translation type="unfinished">建议一个密码短语(&amp;S)</translation>
    </message>
    <message>
        <source>Suggest a passphrase of random words</source>
        <translation type="unfinished">建议一个由随机词组成的密码短语</translation>
    </message>
    <message>
        <source>Show what I type</source>
        <translation type="unfinished">显示我输入的内容</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation type="unfinished">显示密码短语</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation type="unfinished">密码短语强度</translation>
    </message>
    <message>
        <source>Passphrase feedback</source>
        <translation type="unfinished">密码短语提示</translation>
    </message>
    <message>
        <source>Create the vault</source>
        <translation type="unfinished">创建保险库</translation>
    </message>
    <message>
        <source>Restore from a backup instead…</source>
        <translation type="unfinished">改为从备份恢复…</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished">从备份恢复</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished">密码短语(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation type="unfinished">再次输入(&amp;R):</translation>
    </message>
    <message>
        <source>Strong enough.</source>
        <translation type="unfinished">强度足够。</translation>
    </message>
    <message>
        <source>A passphrase of six random words is shown. Write it down and keep it somewhere safe away from this laptop before you go on.</source>
        <translation type="unfinished">下面显示了由六个随机词组成的密码短语。继续之前，请把它写下来并保存在远离这台电脑的安全地方。</translation>
    </message>
    <message>
        <source>The two match.</source>
        <translation type="unfinished">两次输入一致。</translation>
    </message>
    <message>
        <source>The two do not match yet.</source>
        <translation type="unfinished">两次输入尚不一致。</translation>
    </message>
    <message>
        <source>Creating the encrypted vault…</source>
        <translation type="unfinished">正在创建加密保险库…</translation>
    </message>
</context>
<context>
    <name>IncidentForm</name>
    <message>
        <source>Interview step</source>
        <translation type="unfinished">访谈步骤</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished">发生了什么</translation>
    </message>
    <message>
        <source>When and where</source>
        <translation type="unfinished">时间和地点</translation>
    </message>
    <message>
        <source>Perpetrators and vehicles</source>
        <translation type="unfinished">施害者和车辆</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation type="unfinished">说了什么</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished">同意</translation>
    </message>
    <message>
        <source>What will be shared</source>
        <translation type="unfinished">将共享的内容</translation>
    </message>
    <message>
        <source>Interview message</source>
        <translation type="unfinished">访谈消息</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished">上一步(&amp;B)</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation type="unfinished">上一步</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished">下一步(&amp;N)</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished">下一步</translation>
    </message>
    <message>
        <source>Save and continue to &amp;consent</source>
        <translation type="unfinished">保存并继续到同意(&amp;C)</translation>
    </message>
    <message>
        <source>Save the incident and continue to consent</source>
        <translation type="unfinished">保存事件并继续到同意</translation>
    </message>
    <message>
        <source>Save and cl&amp;ose</source>
        <translation type="unfinished">保存并关闭(&amp;O)</translation>
    </message>
    <message>
        <source>Save the incident and close</source>
        <translation type="unfinished">保存事件并关闭</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation type="unfinished">不保存直接关闭</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation type="unfinished">第 %1 步，共 %2 步：%3</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">关闭</translation>
    </message>
    <message>
        <source>Closed.</source>
        <translation type="unfinished">已关闭。</translation>
    </message>
    <message>
        <source>Closed without saving.</source>
        <translation type="unfinished">已关闭，未保存。</translation>
    </message>
    <message>
        <source>Close without saving?</source>
        <translation type="unfinished">不保存就关闭？</translation>
    </message>
    <message>
        <source>What was typed in this interview since it was last saved will be lost.</source>
        <translation type="unfinished">自上次保存以来在此访谈中输入的内容将会丢失。</translation>
    </message>
    <message>
        <source>Discard what was typed</source>
        <translation type="unfinished">放弃输入的内容</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation type="unfinished">继续编辑</translation>
    </message>
    <message>
        <source>Tick at least one thing that happened (step 1).</source>
        <translation type="unfinished">请至少勾选一项发生的事情（第 1 步）。</translation>
    </message>
    <message>
        <source>Type the worker&apos;s initials (step 1).</source>
        <translation type="unfinished">请输入工作人员姓名缩写（第 1 步）。</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished">电话号码</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation type="unfinished">电子邮件地址</translation>
    </message>
</context>
<context>
    <name>IncidentsPage</name>
    <message>
        <source>changed since shared: needs the person&apos;s consent again (open it to confirm)</source>
        <translation type="unfinished">共享后已更改：需要再次取得对方同意（打开以确认）</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished">事件</translation>
    </message>
    <message>
        <source>Filter by type</source>
        <translation type="unfinished">按类型筛选</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation type="unfinished">任何类型</translation>
    </message>
    <message>
        <source>&amp;New incident</source>
        <translation type="unfinished">新事件(&amp;N)</translation>
    </message>
    <message>
        <source>Record a new incident</source>
        <translation type="unfinished">记录新事件</translation>
    </message>
    <message>
        <source>&amp;Open / share…</source>
        <translation type="unfinished">打开 / 共享(&amp;O)…</translation>
    </message>
    <message>
        <source>Open the selected incident</source>
        <translation type="unfinished">打开所选事件</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished">删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete the selected incident</source>
        <translation type="unfinished">删除所选事件</translation>
    </message>
    <message>
        <source>&amp;Forget this person…</source>
        <translation type="unfinished">忘记此人(&amp;F)…</translation>
    </message>
    <message>
        <source>Forget the person of the selected incident</source>
        <translation type="unfinished">忘记所选事件中的人</translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished">时间</translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished">地区</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation type="unfinished">化名</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation type="unfinished">（未记录）</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished">发生了什么</translation>
    </message>
    <message>
        <source>Injury</source>
        <translation type="unfinished">伤情</translation>
    </message>
    <message>
        <source>Perpetrators</source>
        <translation type="unfinished">施害者</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation type="unfinished">车辆</translation>
    </message>
    <message>
        <source>Where exactly</source>
        <translation type="unfinished">具体地点</translation>
    </message>
    <message>
        <source>Their words</source>
        <translation type="unfinished">对方的原话</translation>
    </message>
    <message>
        <source>Alert summary</source>
        <translation type="unfinished">警报摘要</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation type="unfinished">共享</translation>
    </message>
    <message>
        <source>The interview you had started before the lock was restored.</source>
        <translation type="unfinished">已恢复锁定前你开始的访谈。</translation>
    </message>
    <message>
        <source>restore the interview</source>
        <translation type="unfinished">恢复访谈</translation>
    </message>
    <message>
        <source>open the form</source>
        <translation type="unfinished">打开表单</translation>
    </message>
    <message>
        <source>That incident is no longer stored.</source>
        <translation type="unfinished">该事件已不再保存。</translation>
    </message>
    <message>
        <source>open the incident</source>
        <translation type="unfinished">打开事件</translation>
    </message>
    <message>
        <source>Incident deleted.</source>
        <translation type="unfinished">事件已删除。</translation>
    </message>
    <message>
        <source>delete the incident</source>
        <translation type="unfinished">删除事件</translation>
    </message>
    <message>
        <source>Delete incident</source>
        <translation type="unfinished">删除事件</translation>
    </message>
    <message>
        <source>Delete the incident of %1 from this device? This cannot be undone. A report already sent is not recalled by this: withdraw it with the withdrawal code.</source>
        <translation type="unfinished">要从此设备删除 %1 的事件吗？此操作无法撤销。已发送的报告不会因此撤回：请用撤回码撤回。</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Street</source>
        <translation type="unfinished">街头</translation>
    </message>
    <message>
        <source>Van</source>
        <translation type="unfinished">流动车</translation>
    </message>
    <message>
        <source>Drop-in</source>
        <translation type="unfinished">接待中心</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">电话</translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished">在线</translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished">当面</translation>
    </message>
    <message>
        <source>Advocacy</source>
        <translation type="unfinished">权益倡导</translation>
    </message>
    <message>
        <source>Condoms</source>
        <translation type="unfinished">安全套</translation>
    </message>
    <message>
        <source>Lube</source>
        <translation type="unfinished">润滑剂</translation>
    </message>
    <message>
        <source>Needles/syringes</source>
        <translation type="unfinished">针头/注射器</translation>
    </message>
    <message>
        <source>Naloxone</source>
        <translation type="unfinished">纳洛酮</translation>
    </message>
    <message>
        <source>Safety leaflets</source>
        <translation type="unfinished">安全宣传单</translation>
    </message>
    <message>
        <source>Alert bulletins</source>
        <translation type="unfinished">警报简报</translation>
    </message>
    <message>
        <source>Food/drink</source>
        <translation type="unfinished">食物/饮料</translation>
    </message>
    <message>
        <source>Other supplies</source>
        <translation type="unfinished">其他物资</translation>
    </message>
    <message>
        <source>Sexual health</source>
        <translation type="unfinished">性健康</translation>
    </message>
    <message>
        <source>Drugs/alcohol</source>
        <translation type="unfinished">毒品/酒精</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation type="unfinished">住房</translation>
    </message>
    <message>
        <source>ISVA/victim support</source>
        <translation type="unfinished">ISVA/受害者支持</translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation type="unfinished">心理健康</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation type="unfinished">法律</translation>
    </message>
    <message>
        <source>Other referral</source>
        <translation type="unfinished">其他转介</translation>
    </message>
    <message>
        <source>Physical assault</source>
        <translation type="unfinished">人身攻击</translation>
    </message>
    <message>
        <source>Sexual assault</source>
        <translation type="unfinished">性侵犯</translation>
    </message>
    <message>
        <source>Rape</source>
        <translation type="unfinished">强奸</translation>
    </message>
    <message>
        <source>Robbery/theft</source>
        <translation type="unfinished">抢劫/盗窃</translation>
    </message>
    <message>
        <source>Non-payment</source>
        <translation type="unfinished">不付钱</translation>
    </message>
    <message>
        <source>Threats/intimidation</source>
        <translation type="unfinished">威胁/恐吓</translation>
    </message>
    <message>
        <source>Condom removal</source>
        <translation type="unfinished">摘除安全套</translation>
    </message>
    <message>
        <source>Stalking/harassment</source>
        <translation type="unfinished">跟踪/骚扰</translation>
    </message>
    <message>
        <source>Kidnap/false imprisonment</source>
        <translation type="unfinished">绑架/非法拘禁</translation>
    </message>
    <message>
        <source>Verbal abuse</source>
        <translation type="unfinished">言语辱骂</translation>
    </message>
    <message>
        <source>Hate incident</source>
        <translation type="unfinished">仇恨事件</translation>
    </message>
    <message>
        <source>Fraud</source>
        <translation type="unfinished">诈骗</translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished">其他</translation>
    </message>
    <message>
        <source>Exact time</source>
        <translation type="unfinished">准确时间</translation>
    </message>
    <message>
        <source>Approximately</source>
        <translation type="unfinished">大约</translation>
    </message>
    <message>
        <source>Sometime that day</source>
        <translation type="unfinished">那天某个时候</translation>
    </message>
    <message>
        <source>Sometime that week</source>
        <translation type="unfinished">那周某个时候</translation>
    </message>
    <message>
        <source>Sometime that month</source>
        <translation type="unfinished">那月某个时候</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation type="unfinished">18 岁以下</translation>
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
        <translation type="unfinished">不详</translation>
    </message>
    <message>
        <source>Woman</source>
        <translation type="unfinished">女性</translation>
    </message>
    <message>
        <source>Man</source>
        <translation type="unfinished">男性</translation>
    </message>
    <message>
        <source>Trans woman</source>
        <translation type="unfinished">跨性别女性</translation>
    </message>
    <message>
        <source>Trans man</source>
        <translation type="unfinished">跨性别男性</translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation type="unfinished">非二元</translation>
    </message>
    <message>
        <source>No injury</source>
        <translation type="unfinished">无伤</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation type="unfinished">轻微</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation type="unfinished">中等</translation>
    </message>
    <message>
        <source>Serious</source>
        <translation type="unfinished">严重</translation>
    </message>
    <message>
        <source>Slim</source>
        <translation type="unfinished">瘦</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished">中等</translation>
    </message>
    <message>
        <source>Heavy</source>
        <translation type="unfinished">壮</translation>
    </message>
    <message>
        <source>Muscular</source>
        <translation type="unfinished">肌肉发达</translation>
    </message>
    <message>
        <source>Warn other sex workers (alert)</source>
        <translation type="unfinished">提醒其他性工作者（警报）</translation>
    </message>
    <message>
        <source>Count it in statistics</source>
        <translation type="unfinished">计入统计</translation>
    </message>
    <message>
        <source>Anonymous intelligence to police</source>
        <translation type="unfinished">给警方的匿名情报</translation>
    </message>
    <message>
        <source>Police contact (referral)</source>
        <translation type="unfinished">联系警方（转介）</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <source>Add</source>
        <translation type="unfinished">添加</translation>
    </message>
    <message>
        <source>Add: %1</source>
        <translation type="unfinished">添加：%1</translation>
    </message>
    <message>
        <source>Remove this one</source>
        <translation type="unfinished">移除此项</translation>
    </message>
    <message>
        <source>Remove: %1</source>
        <translation type="unfinished">移除：%1</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation type="unfinished">无记录。</translation>
    </message>
</context>
<context>
    <name>MainScreen</name>
    <message>
        <source>Pages</source>
        <translation type="unfinished">页面</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation type="unfinished">%1（Ctrl+%2）</translation>
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
        <translation type="unfinished">无法创建保险库：%1</translation>
    </message>
    <message>
        <source>That passphrase is not right.</source>
        <translation type="unfinished">密码短语不正确。</translation>
    </message>
    <message>
        <source>Too many wrong passphrases in a row.</source>
        <translation type="unfinished">连续输错密码短语次数过多。</translation>
    </message>
    <message>
        <source>Outreach is already open in another window. Close it there first.</source>
        <translation type="unfinished">Outreach 已在另一个窗口中打开。请先在那里关闭。</translation>
    </message>
    <message>
        <source>The vault&apos;s files are damaged and cannot be opened. Nothing was changed. Restore a backup, or ask your coordinator for help.</source>
        <translation type="unfinished">保险库文件已损坏，无法打开。未做任何更改。请恢复备份，或向协调员求助。</translation>
    </message>
    <message>
        <source>The vault could not be opened: %1</source>
        <translation type="unfinished">无法打开保险库：%1</translation>
    </message>
    <message>
        <source>The disk is full: the vault is intact, but nothing new can be saved until space is freed. Half-typed forms are kept in memory until then. Free some space, or make a backup to another disk (Settings).</source>
        <translation type="unfinished">磁盘已满：保险库完好，但在腾出空间之前无法保存新内容。在此之前，填写到一半的表单会保留在内存中。请释放一些空间，或备份到另一块磁盘（设置）。</translation>
    </message>
    <message>
        <source>Retention removed %1 contact notes, %2 people, %3 incident texts, %4 sent payloads.</source>
        <translation type="unfinished">保留期清理删除了 %1 条接触备注、%2 个人、%3 段事件文字、%4 份已发送内容。</translation>
    </message>
    <message>
        <source>An unfinished form was restored on the %1 page.</source>
        <translation type="unfinished">已在“%1”页面恢复一份未完成的表单。</translation>
    </message>
    <message>
        <source>Something went wrong (%1). Nothing was changed.</source>
        <translation type="unfinished">出错了（%1）。未做任何更改。</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished">草稿</translation>
    </message>
    <message>
        <source>Consented</source>
        <translation type="unfinished">已同意</translation>
    </message>
    <message>
        <source>Waiting for a coordinator</source>
        <translation type="unfinished">等待协调员</translation>
    </message>
    <message>
        <source>Rejected by a coordinator</source>
        <translation type="unfinished">被协调员拒绝</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation type="unfinished">等待发送</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished">正在发送</translation>
    </message>
    <message>
        <source>Sent (receipt stored)</source>
        <translation type="unfinished">已发送（回执已保存）</translation>
    </message>
    <message>
        <source>Parked: needs attention</source>
        <translation type="unfinished">已搁置：需要处理</translation>
    </message>
    <message>
        <source>Replaced by a newer version</source>
        <translation type="unfinished">已被新版本取代</translation>
    </message>
    <message>
        <source>Withdrawal waiting to be sent</source>
        <translation type="unfinished">撤回等待发送</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished">已撤回</translation>
    </message>
    <message>
        <source>Withdrawn on the server</source>
        <translation type="unfinished">已在服务器上撤回</translation>
    </message>
    <message>
        <source>Not found on the server yet: asked again at each sync for 30 days</source>
        <translation type="unfinished">服务器上尚未找到：30 天内每次同步都会再次询问</translation>
    </message>
    <message>
        <source>Not found on the server; it still withdraws the report if it arrives</source>
        <translation type="unfinished">服务器上未找到；如果报告到达仍会将其撤回</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished">更改时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished">内容</translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished">用途</translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished">状态</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation type="unfinished">尝试次数</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished">原因</translation>
    </message>
    <message>
        <source>Withdrawal of consent</source>
        <translation type="unfinished">撤回同意</translation>
    </message>
    <message>
        <source>Report v%1</source>
        <translation type="unfinished">报告 v%1</translation>
    </message>
    <message>
        <source> (incident of %1)</source>
        <translation type="unfinished">（%1 的事件）</translation>
    </message>
</context>
<context>
    <name>PassphrasesSection</name>
    <message>
        <source>Passphrases</source>
        <translation type="unfinished">密码短语</translation>
    </message>
    <message>
        <source>Passphrases of this vault</source>
        <translation type="unfinished">此保险库的密码短语</translation>
    </message>
    <message>
        <source>Re&amp;move passphrase…</source>
        <translation type="unfinished">移除密码短语(&amp;M)…</translation>
    </message>
    <message>
        <source>Remove the selected passphrase</source>
        <translation type="unfinished">移除所选密码短语</translation>
    </message>
    <message>
        <source>Passphrases message</source>
        <translation type="unfinished">密码短语消息</translation>
    </message>
    <message>
        <source>Removing a passphrase changes the vault&apos;s key, so a copy of the old key file with that passphrase opens nothing. The other passphrases keep working.</source>
        <translation type="unfinished">移除密码短语会更换保险库的密钥，因此使用该密码短语的旧密钥文件副本将无法打开任何内容。其他密码短语仍然有效。</translation>
    </message>
    <message>
        <source>list the passphrases</source>
        <translation type="unfinished">列出密码短语</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation type="unfinished">协调员</translation>
    </message>
    <message>
        <source>worker</source>
        <translation type="unfinished">工作人员</translation>
    </message>
    <message>
        <source> (this session)</source>
        <translation type="unfinished">（本次会话）</translation>
    </message>
    <message>
        <source>Remove passphrase</source>
        <translation type="unfinished">移除密码短语</translation>
    </message>
    <message>
        <source>Remove passphrase %1? Whoever uses it can no longer open this vault.</source>
        <translation type="unfinished">要移除密码短语 %1 吗？使用它的人将无法再打开此保险库。</translation>
    </message>
    <message>
        <source>Removing the passphrase and changing the vault&apos;s key…</source>
        <translation type="unfinished">正在移除密码短语并更换保险库密钥…</translation>
    </message>
    <message>
        <source>Passphrase removed; the vault&apos;s key was changed.</source>
        <translation type="unfinished">密码短语已移除；保险库密钥已更换。</translation>
    </message>
    <message>
        <source>Also removed (from before the coordinator key): %1</source>
        <translation type="unfinished">同时移除（协调员密钥启用之前的）：%1</translation>
    </message>
    <message>
        <source>remove the passphrase</source>
        <translation type="unfinished">移除密码短语</translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <translation type="unfinished">无法%1：%2</translation>
    </message>
</context>
<context>
    <name>PerpetratorEditor</name>
    <message>
        <source>Perpetrator&apos;s gender</source>
        <translation type="unfinished">施害者性别</translation>
    </message>
    <message>
        <source>Perpetrator&apos;s age from</source>
        <translation type="unfinished">施害者年龄（起）</translation>
    </message>
    <message>
        <source>Perpetrator&apos;s age to</source>
        <translation type="unfinished">施害者年龄（止）</translation>
    </message>
    <message>
        <source>Perpetrator&apos;s build</source>
        <translation type="unfinished">施害者体型</translation>
    </message>
    <message>
        <source>Gender:</source>
        <translation type="unfinished">性别：</translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished">至</translation>
    </message>
    <message>
        <source>Age:</source>
        <translation type="unfinished">年龄：</translation>
    </message>
    <message>
        <source>Build:</source>
        <translation type="unfinished">体型：</translation>
    </message>
    <message>
        <source>Height</source>
        <translation type="unfinished">身高</translation>
    </message>
    <message>
        <source>Ethnicity (as described)</source>
        <translation type="unfinished">族裔（按描述）</translation>
    </message>
    <message>
        <source>Hair</source>
        <translation type="unfinished">头发</translation>
    </message>
    <message>
        <source>Distinguishing features</source>
        <translation type="unfinished">显著特征</translation>
    </message>
    <message>
        <source>Clothing</source>
        <translation type="unfinished">衣着</translation>
    </message>
    <message>
        <source>Name they used</source>
        <translation type="unfinished">对方使用的名字</translation>
    </message>
    <message>
        <source>Phone numbers (comma between)</source>
        <translation type="unfinished">电话号码（用逗号分隔）</translation>
    </message>
    <message>
        <source>E-mail addresses (comma between)</source>
        <translation type="unfinished">电子邮件地址（用逗号分隔）</translation>
    </message>
    <message>
        <source>Online names (comma between)</source>
        <translation type="unfinished">网名（用逗号分隔）</translation>
    </message>
    <message>
        <source>Website or app</source>
        <translation type="unfinished">网站或应用</translation>
    </message>
    <message>
        <source>Problem with: %1</source>
        <translation type="unfinished">有问题：%1</translation>
    </message>
    <message>
        <source>not known</source>
        <translation type="unfinished">不详</translation>
    </message>
</context>
<context>
    <name>PersonChoiceDialog</name>
    <message>
        <source>Which person?</source>
        <translation type="unfinished">哪个人？</translation>
    </message>
    <message>
        <source>%1 people are called “%2”. Who was this?</source>
        <translation type="unfinished">有 %1 个人叫“%2”。这是谁？</translation>
    </message>
    <message>
        <source>The %1 last seen on %2</source>
        <translation type="unfinished">最后一次见于 %2 的 %1</translation>
    </message>
    <message>
        <source>The %1 with no contact or incident yet</source>
        <translation type="unfinished">尚无接触或事件记录的 %1</translation>
    </message>
    <message>
        <source>Someone new called %1</source>
        <translation type="unfinished">名叫 %1 的新人</translation>
    </message>
</context>
<context>
    <name>PreviewStep</name>
    <message>
        <source>WHAT WILL BE SHARED</source>
        <translation type="unfinished">将共享的内容</translation>
    </message>
    <message>
        <source>This is exactly what will leave this device when it is sent, and nothing else. Read it with the person. If anything could identify them, go back and change it.</source>
        <translation type="unfinished">这正是发送时将离开此设备的全部内容，没有其他。请与对方一起阅读。如有任何内容可能识别出对方，请返回修改。</translation>
    </message>
    <message>
        <source>What will be shared, in plain words</source>
        <translation type="unfinished">将共享的内容（通俗说明）</translation>
    </message>
    <message>
        <source>What will be shared, as sent (JSON)</source>
        <translation type="unfinished">将共享的内容（发送格式，JSON）</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation type="unfinished">技术细节</translation>
    </message>
    <message>
        <source>Show technical details</source>
        <translation type="unfinished">显示技术细节</translation>
    </message>
    <message>
        <source>Might still identify someone</source>
        <translation type="unfinished">可能仍会识别出某人</translation>
    </message>
    <message>
        <source>Look at each marked part with the person: keep it, or remove it from the text it is in. Sealing is possible once every part is decided.</source>
        <translation type="unfinished">请与对方逐一查看每个标记的部分：保留，或从所在文字中删除。所有部分都决定后才能封存。</translation>
    </message>
    <message>
        <source>Sharing status</source>
        <translation type="unfinished">共享状态</translation>
    </message>
    <message>
        <source>&amp;Back to consent</source>
        <translation type="unfinished">返回同意(&amp;B)</translation>
    </message>
    <message>
        <source>Back to consent</source>
        <translation type="unfinished">返回同意</translation>
    </message>
    <message>
        <source>&amp;Seal and queue for sending</source>
        <translation type="unfinished">封存并加入发送队列(&amp;S)</translation>
    </message>
    <message>
        <source>Seal and queue for sending</source>
        <translation type="unfinished">封存并加入发送队列</translation>
    </message>
    <message>
        <source>This is exactly what the new version will send; it replaces the earlier one. Read it with the person. Sealing records that they confirmed it.</source>
        <translation type="unfinished">这正是新版本将发送的内容；它会取代之前的版本。请与对方一起阅读。封存即记录对方已确认。</translation>
    </message>
    <message>
        <source>Confirm and &amp;seal the new version</source>
        <translation type="unfinished">确认并封存新版本(&amp;S)</translation>
    </message>
    <message>
        <source>Confirm and seal the new version</source>
        <translation type="unfinished">确认并封存新版本</translation>
    </message>
    <message>
        <source>Might still identify someone (%1)</source>
        <translation type="unfinished">可能仍会识别出某人（%1）</translation>
    </message>
    <message numerus="yes">
        <source>%n marked part(s) still to keep or remove before sealing.</source>
        <translation type="unfinished">
            <numerusform>封存前还有 %n 个标记部分需要保留或删除。</numerusform>
        </translation>
    </message>
    <message>
        <source>Removing it from %1…</source>
        <translation type="unfinished">正在从 %1 中删除…</translation>
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
        <translation type="unfinished">确定</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">取消</translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished">保存</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">关闭</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished">是(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished">否(&amp;N)</translation>
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
        <translation type="unfinished">快速删除…</translation>
    </message>
    <message>
        <source>Quick delete</source>
        <translation type="unfinished">快速删除</translation>
    </message>
    <message>
        <source>Everything on this laptop is destroyed and cannot be recovered: the vault, unsent reports, and the files Outreach saved outside it (exports, backups, PDFs) as far as it knows them. No passphrase is needed.</source>
        <translation type="unfinished">这台笔记本电脑上的所有内容都会被销毁且无法恢复：保险库、未发送的报告，以及 Outreach 在保险库之外保存的文件（导出文件、备份、PDF）（就其所知）。不需要密码短语。</translation>
    </message>
    <message>
        <source>Type %1 to confirm.</source>
        <translation type="unfinished">输入 %1 以确认。</translation>
    </message>
    <message>
        <source>Type %1 to confirm quick delete</source>
        <translation type="unfinished">输入 %1 以确认快速删除</translation>
    </message>
    <message>
        <source>Delete everything now</source>
        <translation type="unfinished">立即删除全部</translation>
    </message>
    <message>
        <source>Confirm quick delete</source>
        <translation type="unfinished">确认快速删除</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">取消</translation>
    </message>
    <message>
        <source>Cancel quick delete</source>
        <translation type="unfinished">取消快速删除</translation>
    </message>
</context>
<context>
    <name>RecordListPage</name>
    <message>
        <source>Any time</source>
        <translation type="unfinished">任何时间</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished">过去 24 小时</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished">过去 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished">过去 30 天</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation type="unfinished">过去 12 个月</translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished">搜索</translation>
    </message>
    <message>
        <source>Search: words, alias, phone number or plate (Ctrl+F)</source>
        <translation type="unfinished">搜索：文字、化名、电话号码或车牌（Ctrl+F）</translation>
    </message>
    <message>
        <source>Filter by area</source>
        <translation type="unfinished">按地区筛选</translation>
    </message>
    <message>
        <source>Any area</source>
        <translation type="unfinished">任何地区</translation>
    </message>
    <message>
        <source>Filter by date</source>
        <translation type="unfinished">按日期筛选</translation>
    </message>
    <message>
        <source>Number of records shown</source>
        <translation type="unfinished">显示的记录数</translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished">记录</translation>
    </message>
    <message>
        <source>Selected record</source>
        <translation type="unfinished">所选记录</translation>
    </message>
    <message>
        <source>Select a row to see it here.</source>
        <translation type="unfinished">选择一行即可在此查看。</translation>
    </message>
    <message>
        <source>Page message</source>
        <translation type="unfinished">页面消息</translation>
    </message>
    <message>
        <source>list records</source>
        <translation type="unfinished">列出记录</translation>
    </message>
    <message>
        <source>%1 shown</source>
        <translation type="unfinished">显示 %1 条</translation>
    </message>
    <message>
        <source>this person</source>
        <translation type="unfinished">此人</translation>
    </message>
    <message>
        <source>Forget %1?

This permanently erases %1 and everything recorded about them on this device: %2 contacts and %3 incidents, with their consents and unsent reports. It cannot be undone.

Reports already sent to the charity will be withdrawn from its server at the next sync. An alert already read, or intelligence already passed to the police, cannot be recalled.</source>
        <translation type="unfinished">要忘记 %1 吗？

这将永久删除 %1 以及此设备上关于此人的所有记录：%2 条接触记录和 %3 个事件，连同其同意和未发送的报告。此操作无法撤销。

已发送给机构的报告将在下次同步时从其服务器撤回。已被阅读的警报或已交给警方的情报无法收回。</translation>
    </message>
    <message>
        <source>Forget %1 and erase %2 records</source>
        <translation type="unfinished">忘记 %1 并删除 %2 条记录</translation>
    </message>
    <message>
        <source>Forgotten. Reports already sent will be withdrawn from the charity&apos;s server at the next sync.</source>
        <translation type="unfinished">已忘记。已发送的报告将在下次同步时从机构服务器撤回。</translation>
    </message>
    <message>
        <source>forget the person</source>
        <translation type="unfinished">忘记此人</translation>
    </message>
    <message>
        <source>Forget this person</source>
        <translation type="unfinished">忘记此人</translation>
    </message>
    <message>
        <source>count their records</source>
        <translation type="unfinished">统计此人的记录</translation>
    </message>
</context>
<context>
    <name>RecordModels</name>
    <message>
        <source>When</source>
        <translation type="unfinished">时间</translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished">地区</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation type="unfinished">化名</translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished">方式</translation>
    </message>
    <message>
        <source>Supplies</source>
        <translation type="unfinished">物资</translation>
    </message>
    <message>
        <source>Supplies handed out, with counts</source>
        <translation type="unfinished">发放的物资及数量</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished">转介</translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished">备注</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished">发生了什么</translation>
    </message>
    <message>
        <source>Perpetrators</source>
        <translation type="unfinished">施害者</translation>
    </message>
    <message>
        <source>Number of perpetrators</source>
        <translation type="unfinished">施害者人数</translation>
    </message>
    <message>
        <source>Plates</source>
        <translation type="unfinished">车牌</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished">摘要</translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished">年龄</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished">性别</translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished">语言</translation>
    </message>
</context>
<context>
    <name>RecordPages</name>
    <message>
        <source>Could not %1: %2</source>
        <translation type="unfinished">无法%1：%2</translation>
    </message>
    <message>
        <source>Could not %1: the vault is locked.</source>
        <translation type="unfinished">无法%1：保险库已锁定。</translation>
    </message>
    <message>
        <source>Could not %1: the vault refused the change (%2). Nothing was saved.</source>
        <translation type="unfinished">无法%1：保险库拒绝了更改（%2）。未保存任何内容。</translation>
    </message>
    <message>
        <source>Could not %1 (%2).</source>
        <translation type="unfinished">无法%1（%2）。</translation>
    </message>
</context>
<context>
    <name>RestorePassphraseDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished">从备份恢复</translation>
    </message>
    <message>
        <source>Passphrase of the backup</source>
        <translation type="unfinished">备份的密码短语</translation>
    </message>
    <message>
        <source>Current coordinator passphrase</source>
        <translation type="unfinished">当前协调员密码短语</translation>
    </message>
    <message>
        <source>Restoring replaces every record on this laptop with the backup&apos;s. Records added since the backup are lost.</source>
        <translation type="unfinished">恢复会用备份中的记录替换这台电脑上的所有记录。备份之后新增的记录将会丢失。</translation>
    </message>
    <message>
        <source>&amp;Coordinator passphrase of this vault:</source>
        <translation type="unfinished">此保险库的协调员密码短语(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Passphrase of the backup:</source>
        <translation type="unfinished">备份的密码短语(&amp;P):</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review and sync</source>
        <translation type="unfinished">审核与同步</translation>
    </message>
    <message>
        <source>Queue summary</source>
        <translation type="unfinished">队列摘要</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation type="unfinished">发件箱</translation>
    </message>
    <message>
        <source>Selected report, in plain words</source>
        <translation type="unfinished">所选报告（通俗说明）</translation>
    </message>
    <message>
        <source>Selected report, as sent (JSON)</source>
        <translation type="unfinished">所选报告（发送格式，JSON）</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished">批准(&amp;A)</translation>
    </message>
    <message>
        <source>Approve the selected report</source>
        <translation type="unfinished">批准所选报告</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation type="unfinished">拒绝(&amp;R)</translation>
    </message>
    <message>
        <source>Reject the selected report</source>
        <translation type="unfinished">拒绝所选报告</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation type="unfinished">立即同步(&amp;S)</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished">立即同步</translation>
    </message>
    <message>
        <source>Page message</source>
        <translation type="unfinished">页面消息</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished">服务器地址</translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <translation type="unfinished">注册码</translation>
    </message>
    <message>
        <source>Charity key fingerprint from the code sheet</source>
        <translation type="unfinished">代码单上的机构密钥指纹</translation>
    </message>
    <message>
        <source>&amp;Link this device</source>
        <translation type="unfinished">连接此设备(&amp;L)</translation>
    </message>
    <message>
        <source>Link this device to the server</source>
        <translation type="unfinished">将此设备连接到服务器</translation>
    </message>
    <message>
        <source>Link to the charity&apos;s server</source>
        <translation type="unfinished">连接到机构服务器</translation>
    </message>
    <message>
        <source>Ser&amp;ver address:</source>
        <translation type="unfinished">服务器地址(&amp;V):</translation>
    </message>
    <message>
        <source>Enrolment &amp;code:</source>
        <translation type="unfinished">注册码(&amp;C):</translation>
    </message>
    <message>
        <source>Charity key &amp;fingerprint:</source>
        <translation type="unfinished">机构密钥指纹(&amp;F):</translation>
    </message>
    <message>
        <source>load the outbox</source>
        <translation type="unfinished">加载发件箱</translation>
    </message>
    <message>
        <source>%1 waiting to be sent</source>
        <translation type="unfinished">%1 份等待发送</translation>
    </message>
    <message>
        <source>%1 waiting for review</source>
        <translation type="unfinished">%1 份等待审核</translation>
    </message>
    <message>
        <source>%1 parked</source>
        <translation type="unfinished">%1 份已搁置</translation>
    </message>
    <message>
        <source>%1 sent</source>
        <translation type="unfinished">%1 份已发送</translation>
    </message>
    <message numerus="yes">
        <source>%n withdrawal(s) not found on the server yet</source>
        <translation type="unfinished">
            <numerusform>%n 份撤回在服务器上尚未找到</numerusform>
        </translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation type="unfinished">状态：%1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished">原因：%1</translation>
    </message>
    <message>
        <source>What was sent was removed from this device by retention. The report can still be withdrawn from the charity&apos;s server.</source>
        <translation type="unfinished">已发送的内容已按保留期从此设备删除。仍可从机构服务器撤回该报告。</translation>
    </message>
    <message>
        <source>(removed by retention)</source>
        <translation type="unfinished">（已按保留期删除）</translation>
    </message>
    <message>
        <source>Approved: it is sent at the next sync.</source>
        <translation type="unfinished">已批准：将在下次同步时发送。</translation>
    </message>
    <message>
        <source>Rejected.</source>
        <translation type="unfinished">已拒绝。</translation>
    </message>
    <message>
        <source>approve the report</source>
        <translation type="unfinished">批准报告</translation>
    </message>
    <message>
        <source>reject the report</source>
        <translation type="unfinished">拒绝报告</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished">正在同步…</translation>
    </message>
    <message>
        <source>Type the server address, the enrolment code and the charity key fingerprint.</source>
        <translation type="unfinished">请输入服务器地址、注册码和机构密钥指纹。</translation>
    </message>
    <message>
        <source>Linking…</source>
        <translation type="unfinished">正在连接…</translation>
    </message>
    <message>
        <source>Outreach device</source>
        <translation type="unfinished">Outreach 设备</translation>
    </message>
    <message>
        <source>the charity</source>
        <translation type="unfinished">机构</translation>
    </message>
    <message>
        <source>Linked to %1 (%2 regions).</source>
        <translation type="unfinished">已连接到 %1（%2 个区域）。</translation>
    </message>
    <message>
        <source>Charity key pinned: %1.</source>
        <translation type="unfinished">已固定机构密钥：%1。</translation>
    </message>
    <message>
        <source>Linking failed: %1.</source>
        <translation type="unfinished">连接失败：%1。</translation>
    </message>
</context>
<context>
    <name>RoleNotice</name>
    <message>
        <source>Alarm: something protected was changed without the coordinator&apos;s key. It has been put back, and this is recorded in the audit log.</source>
        <translation type="unfinished">警报：有受保护的内容在没有协调员密钥的情况下被更改。已恢复原状，并已记录在审计日志中。</translation>
    </message>
    <message>
        <source>This passphrase acts as a worker in this session.</source>
        <translation type="unfinished">此密码短语在本次会话中以工作人员身份运行。</translation>
    </message>
    <message>
        <source>Protected settings and roles are now sealed with the coordinator key.</source>
        <translation type="unfinished">受保护的设置和角色现已用协调员密钥封存。</translation>
    </message>
    <message>
        <source>Review and retention settings are not sealed yet: the next coordinator unlock seals them.</source>
        <translation type="unfinished">审核和保留期设置尚未封存：协调员下次解锁时会封存。</translation>
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
        <translation type="unfinished">保存事件</translation>
    </message>
    <message>
        <source>Saved. This incident was shared, and the new version is not shared until the person confirms it. Close to leave the earlier version as it was.</source>
        <translation type="unfinished">已保存。此事件曾被共享，新版本在对方确认之前不会共享。关闭即保留之前的版本不变。</translation>
    </message>
    <message>
        <source>Incident saved.</source>
        <translation type="unfinished">事件已保存。</translation>
    </message>
    <message>
        <source>Incident saved. It stays on this device until consent is given.</source>
        <translation type="unfinished">事件已保存。在取得同意之前，它会保留在此设备上。</translation>
    </message>
    <message>
        <source>Perpetrator %1: %2</source>
        <translation type="unfinished">施害者 %1：%2</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished">设置</translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"> 分钟</translation>
    </message>
    <message>
        <source>Lock after minutes without use</source>
        <translation type="unfinished">闲置多少分钟后锁定</translation>
    </message>
    <message>
        <source>Panic: %1 locks and hides the window at once.</source>
        <translation type="unfinished">紧急：%1 立即锁定并隐藏窗口。</translation>
    </message>
    <message>
        <source>Locking</source>
        <translation type="unfinished">锁定</translation>
    </message>
    <message>
        <source>Lock after &amp;idle:</source>
        <translation type="unfinished">闲置锁定(&amp;I):</translation>
    </message>
    <message>
        <source>A coordinator approves reports before they leave</source>
        <translation type="unfinished">报告发出前由协调员批准</translation>
    </message>
    <message>
        <source>Review required</source>
        <translation type="unfinished">需要审核</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation type="unfinished">共享</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished">保留期</translation>
    </message>
    <message>
        <source>Contact notes:</source>
        <translation type="unfinished">接触备注：</translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"> 个月</translation>
    </message>
    <message>
        <source>People (alias and notes):</source>
        <translation type="unfinished">人员（化名和备注）：</translation>
    </message>
    <message>
        <source>Incident descriptions:</source>
        <translation type="unfinished">事件描述：</translation>
    </message>
    <message>
        <source>Sent reports&apos; copies:</source>
        <translation type="unfinished">已发送报告的副本：</translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"> 天</translation>
    </message>
    <message>
        <source>Save retention</source>
        <translation type="unfinished">保存保留期</translation>
    </message>
    <message>
        <source>Save the retention periods</source>
        <translation type="unfinished">保存保留期设置</translation>
    </message>
    <message>
        <source>Retention message</source>
        <translation type="unfinished">保留期消息</translation>
    </message>
    <message>
        <source>Dark (low glare)</source>
        <translation type="unfinished">深色（减少眩光）</translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished">浅色</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished">主题</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation type="unfinished">系统语言</translation>
    </message>
    <message>
        <source>Language of the app</source>
        <translation type="unfinished">应用语言</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished">外观</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished">主题(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished">语言(&amp;L):</translation>
    </message>
    <message>
        <source>Contact line on the alerts handout</source>
        <translation type="unfinished">警报传单上的联系方式</translation>
    </message>
    <message>
        <source>e.g. Outreach van 07700 900123, Mon–Sat 8pm–2am</source>
        <translation type="unfinished">例如：Outreach 流动车 07700 900123，周一至周六 晚8点至凌晨2点</translation>
    </message>
    <message>
        <source>Save contact line</source>
        <translation type="unfinished">保存联系方式</translation>
    </message>
    <message>
        <source>Save the contact line</source>
        <translation type="unfinished">保存联系方式</translation>
    </message>
    <message>
        <source>Contact line message</source>
        <translation type="unfinished">联系方式消息</translation>
    </message>
    <message>
        <source>Printed handout</source>
        <translation type="unfinished">打印的传单</translation>
    </message>
    <message>
        <source>&amp;Contact line:</source>
        <translation type="unfinished">联系方式(&amp;C):</translation>
    </message>
    <message>
        <source>Not linked to a server.</source>
        <translation type="unfinished">未连接到服务器。</translation>
    </message>
    <message>
        <source>Server link</source>
        <translation type="unfinished">服务器连接</translation>
    </message>
    <message>
        <source>Link to a server…</source>
        <translation type="unfinished">连接到服务器…</translation>
    </message>
    <message>
        <source>Link to a server</source>
        <translation type="unfinished">连接到服务器</translation>
    </message>
    <message>
        <source>Charity server</source>
        <translation type="unfinished">机构服务器</translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation type="unfinished">更改密码短语…</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation type="unfinished">更改密码短语</translation>
    </message>
    <message>
        <source>Back up…</source>
        <translation type="unfinished">备份…</translation>
    </message>
    <message>
        <source>Back up the vault</source>
        <translation type="unfinished">备份保险库</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation type="unfinished">恢复…</translation>
    </message>
    <message>
        <source>Restore the vault from a backup</source>
        <translation type="unfinished">从备份恢复保险库</translation>
    </message>
    <message>
        <source>Vault message</source>
        <translation type="unfinished">保险库消息</translation>
    </message>
    <message>
        <source>Passphrase and backups</source>
        <translation type="unfinished">密码短语和备份</translation>
    </message>
    <message>
        <source>Quick delete…</source>
        <translation type="unfinished">快速删除…</translation>
    </message>
    <message>
        <source>Quick delete</source>
        <translation type="unfinished">快速删除</translation>
    </message>
    <message>
        <source>Quick delete warning</source>
        <translation type="unfinished">快速删除警告</translation>
    </message>
    <message>
        <source>Delete everything now</source>
        <translation type="unfinished">立即删除全部</translation>
    </message>
    <message>
        <source>Confirm quick delete</source>
        <translation type="unfinished">确认快速删除</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">取消</translation>
    </message>
    <message>
        <source>Cancel quick delete</source>
        <translation type="unfinished">取消快速删除</translation>
    </message>
    <message>
        <source>Also destroy the files Outreach saved outside the vault (exports, backups, PDFs)</source>
        <translation type="unfinished">同时销毁 Outreach 在保险库之外保存的文件（导出文件、备份、PDF）</translation>
    </message>
    <message>
        <source>Destroys the key first, then every record on this laptop and the files Outreach saved outside the vault (exports, backups, PDFs) that are still where it saved them; it lists any it cannot reach. Copies you made elsewhere stay. It cannot be undone. Use it if the laptop is about to be taken. The lock screen offers it too, without the passphrase.</source>
        <translation type="unfinished">先销毁密钥，然后销毁这台电脑上的每条记录，以及 Outreach 在保险库之外保存、且仍在原位置的文件（导出文件、备份、PDF）；无法访问的会列出来。你在别处制作的副本会保留。此操作无法撤销。如果电脑即将被拿走，请使用它。锁定屏幕也提供此功能，无需密码短语。</translation>
    </message>
    <message>
        <source>The new language is used when Outreach starts again.</source>
        <translation type="unfinished">新语言将在下次启动 Outreach 时使用。</translation>
    </message>
    <message>
        <source>Contact line saved.</source>
        <translation type="unfinished">联系方式已保存。</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation type="unfinished">未保存。</translation>
    </message>
    <message>
        <source>Retention periods saved.</source>
        <translation type="unfinished">保留期已保存。</translation>
    </message>
    <message>
        <source>Only a coordinator can change the retention periods.</source>
        <translation type="unfinished">只有协调员可以更改保留期。</translation>
    </message>
    <message>
        <source>The retention periods were not saved.</source>
        <translation type="unfinished">保留期未保存。</translation>
    </message>
    <message>
        <source>Only a coordinator can change the review setting.</source>
        <translation type="unfinished">只有协调员可以更改审核设置。</translation>
    </message>
    <message>
        <source>Outreach backups (*.obk)</source>
        <translation type="unfinished">Outreach 备份 (*.obk)</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished">从备份恢复</translation>
    </message>
    <message>
        <source>Counting reports that have not been sent…</source>
        <translation type="unfinished">正在统计未发送的报告…</translation>
    </message>
    <message>
        <source>Everything on this laptop will be destroyed and cannot be recovered.</source>
        <translation type="unfinished">这台电脑上的所有内容都将被销毁且无法恢复。</translation>
    </message>
    <message>
        <source>All reports have been sent. Everything on this laptop will be destroyed.</source>
        <translation type="unfinished">所有报告都已发送。这台电脑上的所有内容都将被销毁。</translation>
    </message>
    <message numerus="yes">
        <source>Not yet sent to the charity: %n report(s). They will be lost. Everything on this laptop will be destroyed.</source>
        <translation type="unfinished">
            <numerusform>尚未发送给机构：%n 份报告。它们将会丢失。这台电脑上的所有内容都将被销毁。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleting everything in %n second(s). Press Cancel to stop.</source>
        <translation type="unfinished">
            <numerusform>%n 秒后删除全部。按“取消”停止。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SharingFlow</name>
    <message>
        <source>the area “%1” has no server region yet</source>
        <translation type="unfinished">地区“%1”还没有服务器区域</translation>
    </message>
    <message>
        <source>it has no area</source>
        <translation type="unfinished">没有地区</translation>
    </message>
    <message>
        <source>Saved, but not shareable: %1, so a report cannot be sent and no consent was asked. Choose an area, or set the area&apos;s region in Settings → Areas (or `outreach area set-region`), then open the incident again to share it.</source>
        <translation type="unfinished">已保存，但不可共享：%1，因此无法发送报告，也未征求同意。请选择一个地区，或在“设置 → 地区”中设置该地区的区域（或使用 `outreach area set-region`），然后重新打开事件进行共享。</translation>
    </message>
    <message>
        <source>check the area</source>
        <translation type="unfinished">检查地区</translation>
    </message>
    <message>
        <source>load the consent</source>
        <translation type="unfinished">加载同意</translation>
    </message>
    <message>
        <source>Type the initials of the worker recording consent.</source>
        <translation type="unfinished">请输入记录同意的工作人员姓名缩写。</translation>
    </message>
    <message>
        <source>record consent</source>
        <translation type="unfinished">记录同意</translation>
    </message>
    <message>
        <source>Nothing will be shared. The incident stays on this device.</source>
        <translation type="unfinished">不会共享任何内容。事件保留在此设备上。</translation>
    </message>
    <message>
        <source>prepare the preview</source>
        <translation type="unfinished">准备预览</translation>
    </message>
    <message>
        <source>Removed. This incident was shared, so the new version needs the person&apos;s confirmation before it is sealed.</source>
        <translation type="unfinished">已删除。此事件曾被共享，因此新版本在封存前需要对方确认。</translation>
    </message>
    <message>
        <source>remove it</source>
        <translation type="unfinished">删除</translation>
    </message>
    <message>
        <source>Sealed. A coordinator reviews it before it is sent.</source>
        <translation type="unfinished">已封存。发送前由协调员审核。</translation>
    </message>
    <message>
        <source>Sealed and queued: it is sent at a random time within the next 15 minutes, so the sending does not show when it was written. Sync now on Review &amp; sync sends it at once.</source>
        <translation type="unfinished">已封存并加入队列：将在接下来 15 分钟内的随机时间发送，这样发送时间不会暴露撰写时间。在“审核与同步”页面点“立即同步”会立即发送。</translation>
    </message>
    <message>
        <source>It replaces the version sent earlier.</source>
        <translation type="unfinished">它将取代之前发送的版本。</translation>
    </message>
    <message>
        <source>seal the report</source>
        <translation type="unfinished">封存报告</translation>
    </message>
    <message>
        <source>Print the withdrawal slip</source>
        <translation type="unfinished">打印撤回凭条</translation>
    </message>
    <message>
        <source>Slip saved as a PDF.</source>
        <translation type="unfinished">凭条已保存为 PDF。</translation>
    </message>
    <message>
        <source>The slip could not be saved.</source>
        <translation type="unfinished">无法保存凭条。</translation>
    </message>
    <message>
        <source>The slip could not be printed.</source>
        <translation type="unfinished">无法打印凭条。</translation>
    </message>
    <message>
        <source>Slip sent to the printer.</source>
        <translation type="unfinished">凭条已发送到打印机。</translation>
    </message>
</context>
<context>
    <name>SharingSteps</name>
    <message>
        <source>night</source>
        <translation type="unfinished">夜间</translation>
    </message>
    <message>
        <source>morning</source>
        <translation type="unfinished">上午</translation>
    </message>
    <message>
        <source>afternoon</source>
        <translation type="unfinished">下午</translation>
    </message>
    <message>
        <source>evening</source>
        <translation type="unfinished">傍晚</translation>
    </message>
    <message>
        <source>Format version</source>
        <translation type="unfinished">格式版本</translation>
    </message>
    <message>
        <source>Report number (random; not linked to this device or the person)</source>
        <translation type="unfinished">报告编号（随机；与此设备或对方无关）</translation>
    </message>
    <message>
        <source>Replaces the earlier report</source>
        <translation type="unfinished">取代之前的报告</translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished">区域</translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished">日期</translation>
    </message>
    <message>
        <source>Part of the day</source>
        <translation type="unfinished">时段</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished">发生了什么</translation>
    </message>
    <message>
        <source>Withdrawal check (a one-way fingerprint of the code, not the code)</source>
        <translation type="unfinished">撤回校验（撤回码的单向指纹，不是撤回码本身）</translation>
    </message>
    <message>
        <source>Perpetrator</source>
        <translation type="unfinished">施害者</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation type="unfinished">车辆</translation>
    </message>
    <message>
        <source>Weapon used</source>
        <translation type="unfinished">使用了武器</translation>
    </message>
    <message>
        <source>Summary (names and numbers taken out)</source>
        <translation type="unfinished">摘要（已去除姓名和号码）</translation>
    </message>
    <message>
        <source>Age band of the person</source>
        <translation type="unfinished">对方的年龄段</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished">性别</translation>
    </message>
    <message>
        <source>Hurt</source>
        <translation type="unfinished">受伤</translation>
    </message>
    <message>
        <source>How badly hurt</source>
        <translation type="unfinished">受伤程度</translation>
    </message>
    <message>
        <source>Police already told</source>
        <translation type="unfinished">已报警</translation>
    </message>
    <message>
        <source>Wants police contact through the outreach project</source>
        <translation type="unfinished">希望通过外展项目联系警方</translation>
    </message>
    <message>
        <source>Age from</source>
        <translation type="unfinished">年龄（起）</translation>
    </message>
    <message>
        <source>Age to</source>
        <translation type="unfinished">年龄（止）</translation>
    </message>
    <message>
        <source>Height</source>
        <translation type="unfinished">身高</translation>
    </message>
    <message>
        <source>Build</source>
        <translation type="unfinished">体型</translation>
    </message>
    <message>
        <source>Ethnicity (as described)</source>
        <translation type="unfinished">族裔（按描述）</translation>
    </message>
    <message>
        <source>Hair</source>
        <translation type="unfinished">头发</translation>
    </message>
    <message>
        <source>Distinguishing features</source>
        <translation type="unfinished">显著特征</translation>
    </message>
    <message>
        <source>Clothing</source>
        <translation type="unfinished">衣着</translation>
    </message>
    <message>
        <source>Name used</source>
        <translation type="unfinished">使用的名字</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation type="unfinished">电话号码</translation>
    </message>
    <message>
        <source>E-mail addresses</source>
        <translation type="unfinished">电子邮件地址</translation>
    </message>
    <message>
        <source>Online names</source>
        <translation type="unfinished">网名</translation>
    </message>
    <message>
        <source>Website or app</source>
        <translation type="unfinished">网站或应用</translation>
    </message>
    <message>
        <source>Make</source>
        <translation type="unfinished">品牌</translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished">型号</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished">颜色</translation>
    </message>
    <message>
        <source>Registration plate</source>
        <translation type="unfinished">车牌号</translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished">是</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished">否</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation type="unfinished">%1 至 %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished">%1 起</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation type="unfinished">至 %1</translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished">年龄</translation>
    </message>
    <message>
        <source>Sent to the charity:</source>
        <translation type="unfinished">发送给机构：</translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation type="unfinished">用途：%1</translation>
    </message>
    <message>
        <source>(only that this purpose was agreed)</source>
        <translation type="unfinished">（仅表示同意了此用途）</translation>
    </message>
    <message>
        <source>Nothing else leaves this device.</source>
        <translation type="unfinished">没有其他内容离开此设备。</translation>
    </message>
    <message>
        <source>a name or a place?</source>
        <translation type="unfinished">人名还是地名？</translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished">号码</translation>
    </message>
    <message>
        <source>an address or online name (has @)</source>
        <translation type="unfinished">地址或网名（含 @）</translation>
    </message>
    <message>
        <source>comes after lives, works, at or flat: a place?</source>
        <translation type="unfinished">出现在“住在”“在……工作”“在”或“公寓”之后：是地点吗？</translation>
    </message>
    <message>
        <source>height</source>
        <translation type="unfinished">身高</translation>
    </message>
    <message>
        <source>ethnicity as described</source>
        <translation type="unfinished">按描述的族裔</translation>
    </message>
    <message>
        <source>hair</source>
        <translation type="unfinished">头发</translation>
    </message>
    <message>
        <source>distinguishing features</source>
        <translation type="unfinished">显著特征</translation>
    </message>
    <message>
        <source>clothing</source>
        <translation type="unfinished">衣着</translation>
    </message>
    <message>
        <source>name used</source>
        <translation type="unfinished">使用的名字</translation>
    </message>
    <message>
        <source>website or app</source>
        <translation type="unfinished">网站或应用</translation>
    </message>
    <message>
        <source>make</source>
        <translation type="unfinished">品牌</translation>
    </message>
    <message>
        <source>model</source>
        <translation type="unfinished">型号</translation>
    </message>
    <message>
        <source>colour</source>
        <translation type="unfinished">颜色</translation>
    </message>
    <message>
        <source>the summary</source>
        <translation type="unfinished">摘要</translation>
    </message>
    <message>
        <source>perpetrator %1</source>
        <translation type="unfinished">施害者 %1</translation>
    </message>
    <message>
        <source>vehicle %1</source>
        <translation type="unfinished">车辆 %1</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished">在 %1 中</translation>
    </message>
    <message>
        <source>Might identify: %1 (%2), in %3</source>
        <translation type="unfinished">可能识别身份：%1（%2），在 %3 中</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished">保留</translation>
    </message>
    <message>
        <source>Keep: %1</source>
        <translation type="unfinished">保留：%1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished">删除</translation>
    </message>
    <message>
        <source>Remove from %1: %2</source>
        <translation type="unfinished">从 %1 中删除：%2</translation>
    </message>
</context>
<context>
    <name>ShiftPage</name>
    <message>
        <source>Shift</source>
        <translation type="unfinished">班次</translation>
    </message>
    <message>
        <source>No shift running.</source>
        <translation type="unfinished">当前没有进行中的班次。</translation>
    </message>
    <message>
        <source>Shift state</source>
        <translation type="unfinished">班次状态</translation>
    </message>
    <message>
        <source>Area (pick one or type a new one)</source>
        <translation type="unfinished">地区（选择一个或输入新的）</translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished">地区</translation>
    </message>
    <message>
        <source>Shift mode</source>
        <translation type="unfinished">班次方式</translation>
    </message>
    <message>
        <source>Staff initials</source>
        <translation type="unfinished">工作人员姓名缩写</translation>
    </message>
    <message>
        <source>e.g. AB, CD</source>
        <translation type="unfinished">例如 AB, CD</translation>
    </message>
    <message>
        <source>&amp;Start shift</source>
        <translation type="unfinished">开始班次(&amp;S)</translation>
    </message>
    <message>
        <source>Start shift</source>
        <translation type="unfinished">开始班次</translation>
    </message>
    <message>
        <source>E&amp;nd shift</source>
        <translation type="unfinished">结束班次(&amp;N)</translation>
    </message>
    <message>
        <source>End shift</source>
        <translation type="unfinished">结束班次</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation type="unfinished">地区(&amp;A):</translation>
    </message>
    <message>
        <source>M&amp;ode:</source>
        <translation type="unfinished">方式(&amp;O):</translation>
    </message>
    <message>
        <source>Server region of the new area</source>
        <translation type="unfinished">新地区的服务器区域</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation type="unfinished">区域(&amp;G):</translation>
    </message>
    <message>
        <source>&amp;Initials:</source>
        <translation type="unfinished">姓名缩写(&amp;I):</translation>
    </message>
    <message>
        <source>Quick contact (Enter saves)</source>
        <translation type="unfinished">快速接触（按 Enter 保存）</translation>
    </message>
    <message>
        <source>Quick contact</source>
        <translation type="unfinished">快速接触</translation>
    </message>
    <message>
        <source>Alias (leave empty for an anonymous contact)</source>
        <translation type="unfinished">化名（匿名接触请留空）</translation>
    </message>
    <message>
        <source>Alias, or leave empty</source>
        <translation type="unfinished">化名，或留空</translation>
    </message>
    <message>
        <source>How the contact happened</source>
        <translation type="unfinished">接触方式</translation>
    </message>
    <message>
        <source>%1 handed out</source>
        <translation type="unfinished">发放了 %1</translation>
    </message>
    <message>
        <source>Referred to %1</source>
        <translation type="unfinished">转介至 %1</translation>
    </message>
    <message>
        <source>Note (stays on this device)</source>
        <translation type="unfinished">备注（保留在此设备上）</translation>
    </message>
    <message>
        <source>A short note (stays on this device)</source>
        <translation type="unfinished">简短备注（保留在此设备上）</translation>
    </message>
    <message>
        <source>Save contact</source>
        <translation type="unfinished">保存接触记录</translation>
    </message>
    <message>
        <source>Quick contact message</source>
        <translation type="unfinished">快速接触消息</translation>
    </message>
    <message>
        <source>A&amp;lias:</source>
        <translation type="unfinished">化名(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation type="unfinished">方式(&amp;H):</translation>
    </message>
    <message>
        <source>Supplies:</source>
        <translation type="unfinished">物资：</translation>
    </message>
    <message>
        <source>Referrals:</source>
        <translation type="unfinished">转介：</translation>
    </message>
    <message>
        <source>No&amp;te:</source>
        <translation type="unfinished">备注(&amp;T):</translation>
    </message>
    <message>
        <source>Shift tally</source>
        <translation type="unfinished">班次统计</translation>
    </message>
    <message>
        <source>This shift&apos;s contacts (Enter edits the selected one)</source>
        <translation type="unfinished">本班次的接触记录（按 Enter 编辑所选项）</translation>
    </message>
    <message>
        <source>&amp;Undo last contact</source>
        <translation type="unfinished">撤销上一条接触记录(&amp;U)</translation>
    </message>
    <message>
        <source>Undo the last contact saved here (Ctrl+Z)</source>
        <translation type="unfinished">撤销在此保存的上一条接触记录（Ctrl+Z）</translation>
    </message>
    <message>
        <source>This shift so far</source>
        <translation type="unfinished">本班次至今</translation>
    </message>
    <message>
        <source>load the shift</source>
        <translation type="unfinished">加载班次</translation>
    </message>
    <message>
        <source>No region (not shareable)</source>
        <translation type="unfinished">无区域（不可共享）</translation>
    </message>
    <message>
        <source>A contact you had started before the lock was restored.</source>
        <translation type="unfinished">已恢复锁定前你开始的接触记录。</translation>
    </message>
    <message>
        <source>No shift running. Contacts can still be logged.</source>
        <translation type="unfinished">当前没有进行中的班次。仍可记录接触。</translation>
    </message>
    <message>
        <source>Shift running since %1 — %2, %3, %4</source>
        <translation type="unfinished">班次开始于 %1 — %2，%3，%4</translation>
    </message>
    <message>
        <source>no area</source>
        <translation type="unfinished">无地区</translation>
    </message>
    <message>
        <source>%1 contacts</source>
        <translation type="unfinished">%1 次接触</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation type="unfinished">%1 人</translation>
    </message>
    <message>
        <source>%1 referrals</source>
        <translation type="unfinished">%1 次转介</translation>
    </message>
    <message>
        <source>Type the staff initials to start a shift.</source>
        <translation type="unfinished">请输入工作人员姓名缩写以开始班次。</translation>
    </message>
    <message>
        <source>start the shift</source>
        <translation type="unfinished">开始班次</translation>
    </message>
    <message>
        <source>Shift ended.</source>
        <translation type="unfinished">班次已结束。</translation>
    </message>
    <message>
        <source>end the shift</source>
        <translation type="unfinished">结束班次</translation>
    </message>
    <message>
        <source>Nothing to save: type an alias, a note, supplies or a referral first.</source>
        <translation type="unfinished">没有可保存的内容：请先输入化名、备注、物资或转介。</translation>
    </message>
    <message>
        <source>save the contact</source>
        <translation type="unfinished">保存接触记录</translation>
    </message>
    <message>
        <source>Saved. %1 contacts this shift.</source>
        <translation type="unfinished">已保存。本班次 %1 次接触。</translation>
    </message>
    <message>
        <source>Saved (no shift running).</source>
        <translation type="unfinished">已保存（没有进行中的班次）。</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation type="unfinished">匿名</translation>
    </message>
    <message>
        <source>That contact was already deleted.</source>
        <translation type="unfinished">该接触记录已被删除。</translation>
    </message>
    <message>
        <source>Contact removed. Its details are back in the form.</source>
        <translation type="unfinished">接触记录已移除。其内容已放回表单。</translation>
    </message>
    <message>
        <source>undo the contact</source>
        <translation type="unfinished">撤销接触记录</translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <source>Statistics</source>
        <translation type="unfinished">统计</translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished">从</translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished">到</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished">显示(&amp;S)</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished">导出 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation type="unfinished">导出 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>Statistics status</source>
        <translation type="unfinished">统计状态</translation>
    </message>
    <message>
        <source>Contacts by month and area</source>
        <translation type="unfinished">按月份和地区统计的接触</translation>
    </message>
    <message>
        <source>Contacts by month and shift mode</source>
        <translation type="unfinished">按月份和班次方式统计的接触</translation>
    </message>
    <message>
        <source>Contacts by week</source>
        <translation type="unfinished">按周统计的接触</translation>
    </message>
    <message>
        <source>Unique people seen by month</source>
        <translation type="unfinished">每月接触到的不同人数</translation>
    </message>
    <message>
        <source>Supplies by month and kind</source>
        <translation type="unfinished">按月份和种类统计的物资</translation>
    </message>
    <message>
        <source>Referrals by month and kind</source>
        <translation type="unfinished">按月份和种类统计的转介</translation>
    </message>
    <message>
        <source>Incidents by month and type</source>
        <translation type="unfinished">按月份和类型统计的事件</translation>
    </message>
    <message>
        <source>Reports shared and withdrawn</source>
        <translation type="unfinished">已共享和已撤回的报告</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished">接触记录</translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished">人数</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation type="unfinished">已共享</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished">已撤回</translation>
    </message>
    <message>
        <source>%1 contacts, %2 people seen, %3 incidents in this period.</source>
        <translation type="unfinished">此期间共 %1 次接触，见到 %2 人，%3 个事件。</translation>
    </message>
    <message>
        <source>No shift</source>
        <translation type="unfinished">无班次</translation>
    </message>
    <message>
        <source>Exporting the statistics…</source>
        <translation type="unfinished">正在导出统计…</translation>
    </message>
    <message>
        <source>Exported %1 tables to %2 (%3 small counts hidden).</source>
        <translation type="unfinished">已将 %1 张表导出到 %2（隐藏了 %3 个小数值）。</translation>
    </message>
    <message>
        <source>Export cancelled. Nothing was written.</source>
        <translation type="unfinished">已取消导出。未写入任何内容。</translation>
    </message>
    <message>
        <source>That did not work.</source>
        <translation type="unfinished">操作未成功。</translation>
    </message>
    <message>
        <source>Export statistics</source>
        <translation type="unfinished">导出统计</translation>
    </message>
</context>
<context>
    <name>StoryStep</name>
    <message>
        <source>What happened, in their words (stays on this device)</source>
        <translation type="unfinished">发生了什么，用对方的话（保留在此设备上）</translation>
    </message>
    <message>
        <source>Alert summary (written for sharing)</source>
        <translation type="unfinished">警报摘要（为共享而写）</translation>
    </message>
    <message>
        <source>What happened, in their words — stays on this device:</source>
        <translation type="unfinished">发生了什么，用对方的话 — 保留在此设备上：</translation>
    </message>
    <message>
        <source>Alert summary — written for sharing:</source>
        <translation type="unfinished">警报摘要 — 为共享而写：</translation>
    </message>
    <message>
        <source>Write it for other sex workers to read. Names, numbers, addresses and plates are taken out automatically; check the preview before anything is sealed.</source>
        <translation type="unfinished">请写给其他性工作者阅读。姓名、号码、地址和车牌会被自动去除；封存任何内容之前请检查预览。</translation>
    </message>
</context>
<context>
    <name>SubscribeDialog</name>
    <message>
        <source>Text message</source>
        <translation type="unfinished">短信</translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished">电子邮件</translation>
    </message>
    <message>
        <source>Sign someone up for warnings</source>
        <translation type="unfinished">为某人订阅警告</translation>
    </message>
    <message>
        <source>Their number or address</source>
        <translation type="unfinished">对方的号码或地址</translation>
    </message>
    <message>
        <source>Language of their messages</source>
        <translation type="unfinished">其消息的语言</translation>
    </message>
    <message>
        <source>Discreet wording (nothing on a lock screen gives it away)</source>
        <translation type="unfinished">措辞隐晦（锁屏上不会泄露任何信息）</translation>
    </message>
    <message>
        <source>They agreed to get these messages</source>
        <translation type="unfinished">对方同意接收这些消息</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">状态</translation>
    </message>
    <message>
        <source>&amp;Sign up</source>
        <translation type="unfinished">订阅(&amp;S)</translation>
    </message>
    <message>
        <source>Send the sign-up to the server</source>
        <translation type="unfinished">将订阅发送到服务器</translation>
    </message>
    <message>
        <source>Send by:</source>
        <translation type="unfinished">发送方式：</translation>
    </message>
    <message>
        <source>Number or address:</source>
        <translation type="unfinished">号码或地址：</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished">语言：</translation>
    </message>
    <message>
        <source>Areas:</source>
        <translation type="unfinished">地区：</translation>
    </message>
    <message>
        <source>The address goes straight to the charity&apos;s server; it is not kept here.</source>
        <translation type="unfinished">地址直接发送到机构服务器；不会保存在这里。</translation>
    </message>
    <message>
        <source>Tick that they agreed first. Nothing was sent.</source>
        <translation type="unfinished">请先勾选对方已同意。未发送任何内容。</translation>
    </message>
    <message>
        <source>Pick at least one area. Nothing was sent.</source>
        <translation type="unfinished">请至少选择一个地区。未发送任何内容。</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished">正在发送…</translation>
    </message>
    <message>
        <source>Signed up: they will get a welcome message with a link to stop.</source>
        <translation type="unfinished">已订阅：对方会收到一条欢迎消息，其中有退订链接。</translation>
    </message>
</context>
<context>
    <name>SyncBridge</name>
    <message numerus="yes">
        <source>%n new or updated alert(s).</source>
        <translation type="unfinished">
            <numerusform>%n 条新的或更新的警报。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not linked to a server.</source>
        <translation type="unfinished">未连接到服务器。</translation>
    </message>
    <message>
        <source>This laptop must be linked again: %1</source>
        <translation type="unfinished">这台电脑必须重新连接：%1</translation>
    </message>
    <message>
        <source>Linked to %1 at %2.</source>
        <translation type="unfinished">已于 %2 连接到 %1。</translation>
    </message>
    <message>
        <source>an organisation</source>
        <translation type="unfinished">一个机构</translation>
    </message>
</context>
<context>
    <name>TaskProgress</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">取消</translation>
    </message>
    <message>
        <source>Outreach</source>
        <translation type="unfinished">Outreach</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished">正在取消…</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>Outreach is locked</source>
        <translation type="unfinished">Outreach 已锁定</translation>
    </message>
    <message>
        <source>Enter your passphrase to open the records.</source>
        <translation type="unfinished">输入密码短语以打开记录。</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished">密码短语</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished">解锁(&amp;U)</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished">解锁</translation>
    </message>
    <message>
        <source>Unlock message</source>
        <translation type="unfinished">解锁消息</translation>
    </message>
    <message>
        <source>Time until the next attempt</source>
        <translation type="unfinished">距下次尝试的时间</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation type="unfinished">请先输入密码短语。</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation type="unfinished">正在解锁…</translation>
    </message>
    <message numerus="yes">
        <source>You can try again in %n second(s).</source>
        <translation type="unfinished">
            <numerusform>%n 秒后可以再试。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VaultActions</name>
    <message>
        <source>Changing the passphrase…</source>
        <translation type="unfinished">正在更改密码短语…</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation type="unfinished">密码短语已更改。</translation>
    </message>
    <message>
        <source>The passphrase was not changed: %1</source>
        <translation type="unfinished">密码短语未更改：%1</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation type="unfinished">正在写入备份…</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation type="unfinished">备份失败：%1</translation>
    </message>
    <message>
        <source>Backup written. It is encrypted with the current passphrase.</source>
        <translation type="unfinished">备份已写入。它使用当前密码短语加密。</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished">从备份恢复</translation>
    </message>
    <message>
        <source>Outreach backups (*.obk)</source>
        <translation type="unfinished">Outreach 备份 (*.obk)</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation type="unfinished">正在恢复备份…</translation>
    </message>
    <message>
        <source>The backup was restored. Unlock it with its passphrase.</source>
        <translation type="unfinished">备份已恢复。请用其密码短语解锁。</translation>
    </message>
    <message>
        <source>The backup was not restored: %1</source>
        <translation type="unfinished">备份未恢复：%1</translation>
    </message>
    <message>
        <source>Files Outreach saved outside the vault (exports, backups, PDFs) were not looked for: their list is inside the vault, and it was not unlocked since Outreach started. Delete them yourself.</source>
        <translation type="unfinished">未查找 Outreach 在保险库之外保存的文件（导出文件、备份、PDF）：它们的列表在保险库内，而自 Outreach 启动以来保险库尚未解锁。请自行删除这些文件。</translation>
    </message>
    <message numerus="yes">
        <source>Also destroyed: %n file(s) saved outside the vault.</source>
        <translation type="unfinished">
            <numerusform>另外销毁了 %n 个保存在保险库之外的文件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not destroy %1: %2.</source>
        <translation type="unfinished">无法销毁 %1：%2。</translation>
    </message>
    <message>
        <source>Quick delete did not finish: %1</source>
        <translation type="unfinished">快速删除未完成：%1</translation>
    </message>
</context>
<context>
    <name>VehicleEditor</name>
    <message>
        <source>Make</source>
        <translation type="unfinished">品牌</translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished">型号</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished">颜色</translation>
    </message>
    <message>
        <source>Registration plate (part is fine)</source>
        <translation type="unfinished">车牌号（部分也可以）</translation>
    </message>
    <message>
        <source>Vehicle: %1</source>
        <translation type="unfinished">车辆：%1</translation>
    </message>
</context>
<context>
    <name>WhatStep</name>
    <message>
        <source>What happened (tick all that apply)</source>
        <translation type="unfinished">发生了什么（勾选所有适用项）</translation>
    </message>
    <message>
        <source>Alias of the person harmed (empty: not recorded)</source>
        <translation type="unfinished">受害者的化名（留空：未记录）</translation>
    </message>
    <message>
        <source>Age band of the person</source>
        <translation type="unfinished">对方的年龄段</translation>
    </message>
    <message>
        <source>Gender of the person</source>
        <translation type="unfinished">对方的性别</translation>
    </message>
    <message>
        <source>Worker initials</source>
        <translation type="unfinished">工作人员姓名缩写</translation>
    </message>
    <message>
        <source>Injury</source>
        <translation type="unfinished">伤情</translation>
    </message>
    <message>
        <source>Injury notes (stay on this device)</source>
        <translation type="unfinished">伤情备注（保留在此设备上）</translation>
    </message>
    <message>
        <source>A weapon was used</source>
        <translation type="unfinished">使用了武器</translation>
    </message>
    <message>
        <source>Weapon (stays on this device)</source>
        <translation type="unfinished">武器（保留在此设备上）</translation>
    </message>
    <message>
        <source>The police have already been told</source>
        <translation type="unfinished">已经报警</translation>
    </message>
    <message>
        <source>A&amp;lias:</source>
        <translation type="unfinished">化名(&amp;L):</translation>
    </message>
    <message>
        <source>Age band, gender:</source>
        <translation type="unfinished">年龄段、性别：</translation>
    </message>
    <message>
        <source>Worker &amp;initials:</source>
        <translation type="unfinished">工作人员姓名缩写(&amp;I):</translation>
    </message>
    <message>
        <source>In&amp;jury:</source>
        <translation type="unfinished">伤情(&amp;J):</translation>
    </message>
    <message>
        <source>Injury notes (stay here):</source>
        <translation type="unfinished">伤情备注（保留在这里）：</translation>
    </message>
</context>
<context>
    <name>WhenStep</name>
    <message>
        <source>When it happened</source>
        <translation type="unfinished">发生时间</translation>
    </message>
    <message>
        <source>&amp;Approximately</source>
        <translation type="unfinished">大约(&amp;A)</translation>
    </message>
    <message>
        <source>The time is approximate</source>
        <translation type="unfinished">时间是大约的</translation>
    </message>
    <message>
        <source>How well the time is known</source>
        <translation type="unfinished">对时间的把握程度</translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished">地区</translation>
    </message>
    <message>
        <source>Where exactly (stays on this device)</source>
        <translation type="unfinished">具体地点（保留在此设备上）</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation type="unfinished">时间(&amp;W):</translation>
    </message>
    <message>
        <source>A&amp;rea:</source>
        <translation type="unfinished">地区(&amp;R):</translation>
    </message>
    <message>
        <source>Where exactly
(stays on this device):</source>
        <translation type="unfinished">具体地点
（保留在此设备上）：</translation>
    </message>
    <message>
        <source>No area</source>
        <translation type="unfinished">无地区</translation>
    </message>
</context>
<context>
    <name>WhoStep</name>
    <message>
        <source>Perpetrator</source>
        <translation type="unfinished">施害者</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation type="unfinished">车辆</translation>
    </message>
    <message>
        <source>Perpetrators</source>
        <translation type="unfinished">施害者</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation type="unfinished">车辆</translation>
    </message>
</context>
</TS>
