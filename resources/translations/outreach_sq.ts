<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sq">
<context>
    <name>AlertModels</name>
    <message>
        <source>aged %1-%2</source>
        <translation type="unfinished">mosha %1-%2</translation>
    </message>
    <message>
        <source>uses the name %1</source>
        <translation type="unfinished">përdor emrin %1</translation>
    </message>
    <message>
        <source>phone %1</source>
        <translation type="unfinished">telefon %1</translation>
    </message>
    <message>
        <source>e-mail %1</source>
        <translation type="unfinished">e-mail %1</translation>
    </message>
    <message>
        <source>online %1</source>
        <translation type="unfinished">në internet %1</translation>
    </message>
    <message>
        <source>plate %1</source>
        <translation type="unfinished">targa %1</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished">Lëshuar</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation type="unfinished">Sinjalizim</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished">Çfarë ndodhi</translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished">Rajoni</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished">E vlefshme deri</translation>
    </message>
    <message>
        <source>NEW: </source>
        <translation type="unfinished">E RE: </translation>
    </message>
</context>
<context>
    <name>AlertsPage</name>
    <message>
        <source>Alerts</source>
        <translation type="unfinished">Sinjalizime</translation>
    </message>
    <message>
        <source>When alerts were last fetched</source>
        <translation type="unfinished">Kur u morën sinjalizimet për herë të fundit</translation>
    </message>
    <message>
        <source>Show alerts for area</source>
        <translation type="unfinished">Shfaq sinjalizimet për zonën</translation>
    </message>
    <message>
        <source>&amp;Save handout as PDF…</source>
        <translation type="unfinished">&amp;Ruaje fletëpalosjen si PDF…</translation>
    </message>
    <message>
        <source>Save the alerts handout as PDF</source>
        <translation type="unfinished">Ruaje fletëpalosjen e sinjalizimeve si PDF</translation>
    </message>
    <message>
        <source>&amp;Print handout…</source>
        <translation type="unfinished">&amp;Printo fletëpalosjen…</translation>
    </message>
    <message>
        <source>Print the alerts handout</source>
        <translation type="unfinished">Printo fletëpalosjen e sinjalizimeve</translation>
    </message>
    <message>
        <source>Sign &amp;up for warnings…</source>
        <translation type="unfinished">Regjistro për para&amp;lajmërime…</translation>
    </message>
    <message>
        <source>Sign a person up to get warnings themselves</source>
        <translation type="unfinished">Regjistro një person që t&apos;i marrë vetë paralajmërimet</translation>
    </message>
    <message>
        <source>Language of the handout</source>
        <translation type="unfinished">Gjuha e fletëpalosjes</translation>
    </message>
    <message>
        <source>Second language printed beside it</source>
        <translation type="unfinished">Gjuha e dytë e printuar pranë saj</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished">(asnjë)</translation>
    </message>
    <message>
        <source>Current alerts</source>
        <translation type="unfinished">Sinjalizimet aktuale</translation>
    </message>
    <message>
        <source>Selected alert</source>
        <translation type="unfinished">Sinjalizimi i zgjedhur</translation>
    </message>
    <message>
        <source>Alerts message</source>
        <translation type="unfinished">Mesazh për sinjalizimet</translation>
    </message>
    <message>
        <source>Alerts refused for a bad signature</source>
        <translation type="unfinished">Sinjalizime të refuzuara për nënshkrim të pavlefshëm</translation>
    </message>
    <message>
        <source>Check a phone number, plate, e-mail address or online name</source>
        <translation type="unfinished">Kontrollo një numër telefoni, targë, adresë e-maili ose emër në internet</translation>
    </message>
    <message>
        <source>Check a phone number, plate, e-mail or online name (any format)</source>
        <translation type="unfinished">Kontrollo një numër telefoni, targë, e-mail ose emër në internet (çdo format)</translation>
    </message>
    <message>
        <source>Chec&amp;k</source>
        <translation type="unfinished">&amp;Kontrollo</translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished">Kontrollo</translation>
    </message>
    <message>
        <source>Check results</source>
        <translation type="unfinished">Rezultatet e kontrollit</translation>
    </message>
    <message>
        <source>Page message</source>
        <translation type="unfinished">Mesazhi i faqes</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation type="unfinished">&amp;Zona:</translation>
    </message>
    <message>
        <source>Handout in &amp;language:</source>
        <translation type="unfinished">Fletëpalosja në &amp;gjuhën:</translation>
    </message>
    <message>
        <source>side by side &amp;with:</source>
        <translation type="unfinished">krah për krah &amp;me:</translation>
    </message>
    <message>
        <source>CHECK before meeting someone:</source>
        <translation type="unfinished">KONTROLLO para se të takosh dikë:</translation>
    </message>
    <message>
        <source>load the alerts</source>
        <translation type="unfinished">ngarkohen sinjalizimet</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation type="unfinished">Të gjitha zonat</translation>
    </message>
    <message>
        <source>Last fetched %1</source>
        <translation type="unfinished">Marrë për herë të fundit %1</translation>
    </message>
    <message>
        <source>Never fetched</source>
        <translation type="unfinished">Nuk janë marrë kurrë</translation>
    </message>
    <message>
        <source>save the handout languages</source>
        <translation type="unfinished">ruhen gjuhët e fletëpalosjes</translation>
    </message>
    <message>
        <source>No current alerts for this area.</source>
        <translation type="unfinished">Nuk ka sinjalizime aktuale për këtë zonë.</translation>
    </message>
    <message numerus="yes">
        <source>%n current alert(s), newest first.</source>
        <translation type="unfinished">
            <numerusform>%n sinjalizim aktual, më të rejat së pari.</numerusform>
            <numerusform>%n sinjalizime aktuale, më të rejat së pari.</numerusform>
        </translation>
    </message>
    <message>
        <source>Alert</source>
        <translation type="unfinished">Sinjalizim</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished">Lëshuar</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished">E vlefshme deri</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished">Çfarë ndodhi</translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished">Hollësi</translation>
    </message>
    <message>
        <source>Perpetrators</source>
        <translation type="unfinished">Autorët</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation type="unfinished">Automjetet</translation>
    </message>
    <message>
        <source>check</source>
        <translation type="unfinished">kontrollohet</translation>
    </message>
    <message>
        <source>ALERT</source>
        <translation type="unfinished">SINJALIZIM</translation>
    </message>
    <message>
        <source>Our record</source>
        <translation type="unfinished">Regjistri ynë</translation>
    </message>
    <message>
        <source>Nothing known about “%1”. That does not mean they are safe.</source>
        <translation type="unfinished">Nuk dihet asgjë për “%1”. Kjo nuk do të thotë që është i sigurt.</translation>
    </message>
    <message>
        <source>all areas</source>
        <translation type="unfinished">të gjitha zonat</translation>
    </message>
    <message>
        <source>Preparing the handout…</source>
        <translation type="unfinished">Po përgatitet fletëpalosja…</translation>
    </message>
    <message>
        <source>Handout cancelled. Nothing was saved.</source>
        <translation type="unfinished">Fletëpalosja u anulua. Nuk u ruajt asgjë.</translation>
    </message>
    <message>
        <source>Handout saved.</source>
        <translation type="unfinished">Fletëpalosja u ruajt.</translation>
    </message>
    <message>
        <source>save the handout</source>
        <translation type="unfinished">ruhet fletëpalosja</translation>
    </message>
    <message>
        <source>Save the alerts handout</source>
        <translation type="unfinished">Ruaje fletëpalosjen e sinjalizimeve</translation>
    </message>
    <message>
        <source>Printing the handout…</source>
        <translation type="unfinished">Po printohet fletëpalosja…</translation>
    </message>
    <message>
        <source>Handout sent to the printer.</source>
        <translation type="unfinished">Fletëpalosja u dërgua te printeri.</translation>
    </message>
    <message>
        <source>Printing cancelled.</source>
        <translation type="unfinished">Printimi u anulua.</translation>
    </message>
    <message>
        <source>The printer could not be used.</source>
        <translation type="unfinished">Printeri nuk mund të përdorej.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Anulo</translation>
    </message>
</context>
<context>
    <name>AppStatusBar</name>
    <message>
        <source>Connection</source>
        <translation type="unfinished">Lidhja</translation>
    </message>
    <message>
        <source>Reports waiting</source>
        <translation type="unfinished">Raporte në pritje</translation>
    </message>
    <message>
        <source>Reports that need attention</source>
        <translation type="unfinished">Raporte që kërkojnë vëmendje</translation>
    </message>
    <message>
        <source>Reports waiting for review</source>
        <translation type="unfinished">Raporte në pritje të shqyrtimit</translation>
    </message>
    <message>
        <source>Reports a coordinator must approve before they are sent (Review and sync page)</source>
        <translation type="unfinished">Raporte që një koordinator duhet t&apos;i miratojë para dërgimit (faqja Shqyrtim dhe sinkronizim)</translation>
    </message>
    <message>
        <source>Restored drafts</source>
        <translation type="unfinished">Drafte të rikthyera</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation type="unfinished">Sinkronizimi i fundit</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished">Kyç</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation type="unfinished">Kyçe tani</translation>
    </message>
    <message>
        <source>Lock now (Ctrl+L). Panic: Ctrl+Shift+L locks and hides.</source>
        <translation type="unfinished">Kyçe tani (Ctrl+L). Panik: Ctrl+Shift+L kyç dhe fsheh.</translation>
    </message>
    <message numerus="yes">
        <source>%n awaiting review</source>
        <translation type="unfinished">
            <numerusform>%n në pritje të shqyrtimit</numerusform>
            <numerusform>%n në pritje të shqyrtimit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unfinished form(s) restored</source>
        <translation type="unfinished">
            <numerusform>%n formular i papërfunduar u rikthye</numerusform>
            <numerusform>%n formularë të papërfunduar u rikthyen</numerusform>
        </translation>
    </message>
    <message>
        <source>Not linked to a server</source>
        <translation type="unfinished">Nuk është lidhur me një server</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished">Po sinkronizohet…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished">Jashtë linje</translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished">Në linjë</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation type="unfinished">Ende pa sinkronizuar</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation type="unfinished">
            <numerusform>%n në pritje</numerusform>
            <numerusform>%n në pritje</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need attention</source>
        <translation type="unfinished">
            <numerusform>%n kërkon vëmendje</numerusform>
            <numerusform>%n kërkojnë vëmendje</numerusform>
        </translation>
    </message>
    <message>
        <source>Last sync: never</source>
        <translation type="unfinished">Sinkronizimi i fundit: kurrë</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation type="unfinished">Sinkronizimi i fundit: %1</translation>
    </message>
</context>
<context>
    <name>AreasSection</name>
    <message>
        <source>Areas</source>
        <translation type="unfinished">Zonat</translation>
    </message>
    <message>
        <source>Areas and their server regions</source>
        <translation type="unfinished">Zonat dhe rajonet e tyre në server</translation>
    </message>
    <message>
        <source>Server region for the selected area</source>
        <translation type="unfinished">Rajoni në server për zonën e zgjedhur</translation>
    </message>
    <message>
        <source>Set &amp;region</source>
        <translation type="unfinished">Cakto &amp;rajonin</translation>
    </message>
    <message>
        <source>Set the selected area&apos;s region</source>
        <translation type="unfinished">Cakto rajonin e zonës së zgjedhur</translation>
    </message>
    <message>
        <source>Areas message</source>
        <translation type="unfinished">Mesazh për zonat</translation>
    </message>
    <message>
        <source>Reports can be shared only from an area with a server region. Regions come from the server when the device is linked and at every sync.</source>
        <translation type="unfinished">Raportet mund të ndahen vetëm nga një zonë me rajon në server. Rajonet vijnë nga serveri kur pajisja lidhet dhe në çdo sinkronizim.</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation type="unfinished">Ra&amp;joni:</translation>
    </message>
    <message>
        <source>load the areas</source>
        <translation type="unfinished">ngarkohen zonat</translation>
    </message>
    <message>
        <source>No region (not shareable)</source>
        <translation type="unfinished">Pa rajon (nuk mund të ndahet)</translation>
    </message>
    <message>
        <source>no region: not shareable</source>
        <translation type="unfinished">pa rajon: nuk mund të ndahet</translation>
    </message>
    <message>
        <source>No server regions yet: link this device to a server, or sync.</source>
        <translation type="unfinished">Ende nuk ka rajone nga serveri: lidhe këtë pajisje me një server, ose sinkronizo.</translation>
    </message>
    <message>
        <source>Region saved.</source>
        <translation type="unfinished">Rajoni u ruajt.</translation>
    </message>
    <message>
        <source>set the region</source>
        <translation type="unfinished">caktohet rajoni</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Audit log</source>
        <translation type="unfinished">Regjistri i auditimit</translation>
    </message>
    <message>
        <source>Only coordinators can see the audit log.</source>
        <translation type="unfinished">Vetëm koordinatorët mund ta shohin regjistrin e auditimit.</translation>
    </message>
    <message>
        <source>&amp;Verify the log</source>
        <translation type="unfinished">&amp;Verifiko regjistrin</translation>
    </message>
    <message>
        <source>Verification result</source>
        <translation type="unfinished">Rezultati i verifikimit</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation type="unfinished">Hyrjet e auditimit</translation>
    </message>
    <message>
        <source>The log is intact: %1 entries.</source>
        <translation type="unfinished">Regjistri është i paprekur: %1 hyrje.</translation>
    </message>
    <message>
        <source>(Not yet compared with the server: entries cut off the end show after a sync.)</source>
        <translation type="unfinished">(Ende pa u krahasuar me serverin: hyrjet e prera nga fundi shfaqen pas një sinkronizimi.)</translation>
    </message>
    <message>
        <source>The log was changed:</source>
        <translation type="unfinished">Regjistri është ndryshuar:</translation>
    </message>
    <message>
        <source>That did not work.</source>
        <translation type="unfinished">Kjo nuk funksionoi.</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation type="unfinished">Ndrysho frazëkalimin</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation type="unfinished">Frazëkalimi aktual</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished">Frazëkalimi i ri</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation type="unfinished">Përsërit frazëkalimin e ri</translation>
    </message>
    <message>
        <source>Passphrase feedback</source>
        <translation type="unfinished">Vlerësim i frazëkalimit</translation>
    </message>
    <message>
        <source>Show the new passphrase</source>
        <translation type="unfinished">Shfaq frazëkalimin e ri</translation>
    </message>
    <message>
        <source>&amp;Suggest</source>
        <translation type="unfinished">&amp;Sugjero</translation>
    </message>
    <message>
        <source>Suggest a passphrase of random words</source>
        <translation type="unfinished">Sugjero një frazëkalim me fjalë të rastësishme</translation>
    </message>
    <message>
        <source>About the team&apos;s passphrases</source>
        <translation type="unfinished">Rreth frazëkalimeve të ekipit</translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished">Gabim</translation>
    </message>
    <message>
        <source>C&amp;urrent:</source>
        <translation type="unfinished">&amp;Aktuali:</translation>
    </message>
    <message>
        <source>&amp;New:</source>
        <translation type="unfinished">I &amp;riu:</translation>
    </message>
    <message>
        <source>&amp;Repeat new:</source>
        <translation type="unfinished">&amp;Përsërit të riun:</translation>
    </message>
    <message>
        <source>The records stay as they are; only the passphrase that opens them changes.</source>
        <translation type="unfinished">Të dhënat mbeten siç janë; ndryshon vetëm frazëkalimi që i hap.</translation>
    </message>
    <message>
        <source>Six random words are shown. Write them down somewhere safe before you press OK.</source>
        <translation type="unfinished">Shfaqen gjashtë fjalë të rastësishme. Shkruaji diku në vend të sigurt para se të shtypësh OK.</translation>
    </message>
    <message>
        <source>Strong enough.</source>
        <translation type="unfinished">Mjaftueshëm i fortë.</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>%1 table</source>
        <translation type="unfinished">Tabela %1</translation>
    </message>
</context>
<context>
    <name>ConsentStep</name>
    <message>
        <source>Read each purpose to the person in these words. They decide each one separately; saying no to all of them is fine and changes nothing about the support they get.</source>
        <translation type="unfinished">Lexoji personit çdo qëllim me këto fjalë. Vendos për secilin veç e veç; të thuash jo për të gjithë është në rregull dhe nuk ndryshon asgjë në mbështetjen që merr.</translation>
    </message>
    <message>
        <source>What is shared: %1</source>
        <translation type="unfinished">Çfarë ndahet: %1</translation>
    </message>
    <message>
        <source>Cannot be undone: %1</source>
        <translation type="unfinished">Nuk mund të zhbëhet: %1</translation>
    </message>
    <message>
        <source>Yes, share this</source>
        <translation type="unfinished">Po, ndaje këtë</translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished">Jo</translation>
    </message>
    <message>
        <source>Yes to: %1</source>
        <translation type="unfinished">Po për: %1</translation>
    </message>
    <message>
        <source>No to: %1</source>
        <translation type="unfinished">Jo për: %1</translation>
    </message>
    <message>
        <source>Said out loud (verbal)</source>
        <translation type="unfinished">Thënë me zë (gojarisht)</translation>
    </message>
    <message>
        <source>Signed or written</source>
        <translation type="unfinished">Nënshkruar ose me shkrim</translation>
    </message>
    <message>
        <source>How consent was given</source>
        <translation type="unfinished">Si u dha pëlqimi</translation>
    </message>
    <message>
        <source>Initials of the worker recording consent</source>
        <translation type="unfinished">Inicialet e punonjësit që regjistron pëlqimin</translation>
    </message>
    <message>
        <source>&amp;How given:</source>
        <translation type="unfinished">&amp;Si u dha:</translation>
    </message>
    <message>
        <source>Recorded &amp;by:</source>
        <translation type="unfinished">Regjistruar &amp;nga:</translation>
    </message>
    <message>
        <source>Consent status</source>
        <translation type="unfinished">Gjendja e pëlqimit</translation>
    </message>
    <message>
        <source>&amp;Record consent</source>
        <translation type="unfinished">&amp;Regjistro pëlqimin</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation type="unfinished">Regjistro pëlqimin</translation>
    </message>
    <message>
        <source>Nothing is shared — &amp;finish</source>
        <translation type="unfinished">Nuk ndahet asgjë — &amp;përfundo</translation>
    </message>
    <message>
        <source>Finish without sharing anything</source>
        <translation type="unfinished">Përfundo pa ndarë asgjë</translation>
    </message>
    <message>
        <source>&amp;Next: what will be shared</source>
        <translation type="unfinished">&amp;Tjetra: çfarë do të ndahet</translation>
    </message>
    <message>
        <source>Show what will be shared</source>
        <translation type="unfinished">Shfaq çfarë do të ndahet</translation>
    </message>
    <message>
        <source>Record a fresh consent &amp;instead</source>
        <translation type="unfinished">Regjistro një pëlqim të ri &amp;në vend të tij</translation>
    </message>
    <message>
        <source>Record a fresh consent instead (needed to add a purpose)</source>
        <translation type="unfinished">Regjistro një pëlqim të ri në vend të tij (nevojitet për të shtuar një qëllim)</translation>
    </message>
    <message>
        <source>Give the person this withdrawal code now. It is shown only once and cannot be looked up later. With it they can withdraw their consent at any time.</source>
        <translation type="unfinished">Jepi personit tani këtë kod tërheqjeje. Shfaqet vetëm një herë dhe nuk mund të gjendet më vonë. Me të mund ta tërheqë pëlqimin në çdo kohë.</translation>
    </message>
    <message>
        <source>Withdrawal code</source>
        <translation type="unfinished">Kodi i tërheqjes</translation>
    </message>
    <message>
        <source>&amp;Print slip…</source>
        <translation type="unfinished">Printo &amp;fletëzën…</translation>
    </message>
    <message>
        <source>Print the withdrawal slip</source>
        <translation type="unfinished">Printo fletëzën e tërheqjes</translation>
    </message>
    <message>
        <source>Consent version %1 is recorded. Change the answers and record again, or go on.</source>
        <translation type="unfinished">Versioni %1 i pëlqimit është regjistruar. Ndrysho përgjigjet dhe regjistro përsëri, ose vazhdo.</translation>
    </message>
    <message>
        <source>Answer every purpose with yes or no.</source>
        <translation type="unfinished">Përgjigju me po ose jo për çdo qëllim.</translation>
    </message>
    <message>
        <source>This incident was changed after it was shared. Read the purposes again with the person: they may keep them or say no to some. Their withdrawal code stays the same.</source>
        <translation type="unfinished">Ky incident u ndryshua pasi u nda. Lexoji personit përsëri qëllimet: mund t&apos;i mbajë ose të thotë jo për disa. Kodi i tërheqjes mbetet i njëjti.</translation>
    </message>
    <message>
        <source>Consent recorded (version %1).</source>
        <translation type="unfinished">Pëlqimi u regjistrua (versioni %1).</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <source>Edit contact</source>
        <translation type="unfinished">Ndrysho kontaktin</translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished">Kur</translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished">Zona</translation>
    </message>
    <message>
        <source>No area</source>
        <translation type="unfinished">Pa zonë</translation>
    </message>
    <message>
        <source>Alias (empty: anonymous)</source>
        <translation type="unfinished">Pseudonimi (bosh: anonim)</translation>
    </message>
    <message>
        <source>How the contact happened</source>
        <translation type="unfinished">Si ndodhi kontakti</translation>
    </message>
    <message>
        <source>%1 handed out</source>
        <translation type="unfinished">U shpërndanë %1</translation>
    </message>
    <message>
        <source>Referred to %1</source>
        <translation type="unfinished">U drejtua te %1</translation>
    </message>
    <message>
        <source>Note (stays on this device)</source>
        <translation type="unfinished">Shënim (mbetet në këtë pajisje)</translation>
    </message>
    <message>
        <source>Problem with the contact</source>
        <translation type="unfinished">Problem me kontaktin</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation type="unfinished">&amp;Kur:</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation type="unfinished">&amp;Zona:</translation>
    </message>
    <message>
        <source>A&amp;lias:</source>
        <translation type="unfinished">&amp;Pseudonimi:</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation type="unfinished">&amp;Mënyra:</translation>
    </message>
    <message>
        <source>Supplies:</source>
        <translation type="unfinished">Materiale:</translation>
    </message>
    <message>
        <source>Referrals:</source>
        <translation type="unfinished">Drejtime:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished">&amp;Shënim:</translation>
    </message>
    <message>
        <source>save the contact</source>
        <translation type="unfinished">ruhet kontakti</translation>
    </message>
    <message>
        <source>Contact saved.</source>
        <translation type="unfinished">Kontakti u ruajt.</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>Contacts</source>
        <translation type="unfinished">Kontaktet</translation>
    </message>
    <message>
        <source>Filter by how the contact happened</source>
        <translation type="unfinished">Filtro sipas mënyrës së kontaktit</translation>
    </message>
    <message>
        <source>Any way</source>
        <translation type="unfinished">Çdo mënyrë</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished">&amp;Ndrysho…</translation>
    </message>
    <message>
        <source>Edit the selected contact</source>
        <translation type="unfinished">Ndrysho kontaktin e zgjedhur</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished">&amp;Fshi…</translation>
    </message>
    <message>
        <source>Delete the selected contact</source>
        <translation type="unfinished">Fshi kontaktin e zgjedhur</translation>
    </message>
    <message>
        <source>&amp;Forget this person…</source>
        <translation type="unfinished">&amp;Harroje këtë person…</translation>
    </message>
    <message>
        <source>Forget the person of the selected contact</source>
        <translation type="unfinished">Harro personin e kontaktit të zgjedhur</translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished">Kur</translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished">Zona</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation type="unfinished">Pseudonimi</translation>
    </message>
    <message>
        <source>(anonymous)</source>
        <translation type="unfinished">(anonim)</translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished">Si</translation>
    </message>
    <message>
        <source>Supplies</source>
        <translation type="unfinished">Materiale</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished">Drejtime</translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished">Shënim</translation>
    </message>
    <message>
        <source>Contact deleted.</source>
        <translation type="unfinished">Kontakti u fshi.</translation>
    </message>
    <message>
        <source>delete the contact</source>
        <translation type="unfinished">fshihet kontakti</translation>
    </message>
    <message>
        <source>Delete contact</source>
        <translation type="unfinished">Fshi kontaktin</translation>
    </message>
    <message>
        <source>Delete the contact of %1? This cannot be undone.</source>
        <translation type="unfinished">Të fshihet kontakti i %1? Kjo nuk mund të zhbëhet.</translation>
    </message>
</context>
<context>
    <name>CountsTableModel</name>
    <message>
        <source>Total</source>
        <translation type="unfinished">Gjithsej</translation>
    </message>
</context>
<context>
    <name>DeskAdminPage</name>
    <message>
        <source>Admin</source>
        <translation type="unfinished">Administrim</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished">&amp;Rifresko</translation>
    </message>
    <message>
        <source>Ask the server again</source>
        <translation type="unfinished">Pyet sërish serverin</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation type="unfinished">Rajonet</translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished">Rajoni</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Emri</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished">Organizatat</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished">Organizata</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished">Pajisjet</translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished">Pajisja</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation type="unfinished">Regjistruar</translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished">Gjendja</translation>
    </message>
    <message>
        <source>New region id</source>
        <translation type="unfinished">ID-ja e rajonit të ri</translation>
    </message>
    <message>
        <source>id, e.g. north</source>
        <translation type="unfinished">ID, p.sh. north</translation>
    </message>
    <message>
        <source>New region name</source>
        <translation type="unfinished">Emri i rajonit të ri</translation>
    </message>
    <message>
        <source>Add re&amp;gion</source>
        <translation type="unfinished">Shto ra&amp;jon</translation>
    </message>
    <message>
        <source>Add the region</source>
        <translation type="unfinished">Shto rajonin</translation>
    </message>
    <message>
        <source>New organisation name</source>
        <translation type="unfinished">Emri i organizatës së re</translation>
    </message>
    <message>
        <source>Its regions (comma separated)</source>
        <translation type="unfinished">Rajonet e saj (të ndara me presje)</translation>
    </message>
    <message>
        <source>Add &amp;organisation</source>
        <translation type="unfinished">Shto &amp;organizatë</translation>
    </message>
    <message>
        <source>Add the organisation</source>
        <translation type="unfinished">Shto organizatën</translation>
    </message>
    <message>
        <source>Organisation for the enrolment code</source>
        <translation type="unfinished">Organizata për kodin e regjistrimit</translation>
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished"> orë</translation>
    </message>
    <message>
        <source>Hours the code stays valid</source>
        <translation type="unfinished">Sa orë mbetet i vlefshëm kodi</translation>
    </message>
    <message>
        <source>Make enrolment &amp;code</source>
        <translation type="unfinished">Krijo &amp;kod regjistrimi</translation>
    </message>
    <message>
        <source>Make a device enrolment code</source>
        <translation type="unfinished">Krijo një kod regjistrimi pajisjeje</translation>
    </message>
    <message>
        <source>The enrolment code (shown once)</source>
        <translation type="unfinished">Kodi i regjistrimit (shfaqet një herë)</translation>
    </message>
    <message>
        <source>Re&amp;voke device…</source>
        <translation type="unfinished">Anu&amp;lo pajisjen…</translation>
    </message>
    <message>
        <source>Revoke the selected device</source>
        <translation type="unfinished">Anulo pajisjen e zgjedhur</translation>
    </message>
    <message>
        <source>New region:</source>
        <translation type="unfinished">Rajon i ri:</translation>
    </message>
    <message>
        <source>New organisation:</source>
        <translation type="unfinished">Organizatë e re:</translation>
    </message>
    <message>
        <source>Device code for:</source>
        <translation type="unfinished">Kod pajisjeje për:</translation>
    </message>
    <message>
        <source>ask the server</source>
        <translation type="unfinished">pyetet serveri</translation>
    </message>
    <message>
        <source>add the region</source>
        <translation type="unfinished">shtohet rajoni</translation>
    </message>
    <message>
        <source>Region added.</source>
        <translation type="unfinished">Rajoni u shtua.</translation>
    </message>
    <message>
        <source>add the organisation</source>
        <translation type="unfinished">shtohet organizata</translation>
    </message>
    <message>
        <source>Organisation added.</source>
        <translation type="unfinished">Organizata u shtua.</translation>
    </message>
    <message>
        <source>Enrolment code (shown once, valid %1 h): %2</source>
        <translation type="unfinished">Kodi i regjistrimit (shfaqet një herë, i vlefshëm %1 orë): %2</translation>
    </message>
    <message>
        <source>make the code</source>
        <translation type="unfinished">krijohet kodi</translation>
    </message>
    <message>
        <source>Select the device to revoke.</source>
        <translation type="unfinished">Zgjidh pajisjen që do të anulohet.</translation>
    </message>
    <message>
        <source>Revoke device</source>
        <translation type="unfinished">Anulo pajisjen</translation>
    </message>
    <message>
        <source>Revoke this device? It can no longer send or fetch anything.</source>
        <translation type="unfinished">Të anulohet kjo pajisje? Nuk do të mund të dërgojë apo marrë më asgjë.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation type="unfinished">Anulo</translation>
    </message>
    <message>
        <source>revoke the device</source>
        <translation type="unfinished">anulohet pajisja</translation>
    </message>
    <message>
        <source>Device revoked.</source>
        <translation type="unfinished">Pajisja u anulua.</translation>
    </message>
</context>
<context>
    <name>DeskAlertsPage</name>
    <message>
        <source>Alerts</source>
        <translation type="unfinished">Sinjalizime</translation>
    </message>
    <message>
        <source>This desk&apos;s alerts</source>
        <translation type="unfinished">Sinjalizimet e kësaj zyre</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation type="unfinished">Sinjalizim</translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished">Versioni</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Gjendja</translation>
    </message>
    <message>
        <source>Check code</source>
        <translation type="unfinished">Kodi i kontrollit</translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished">Shqyrtim</translation>
    </message>
    <message>
        <source>Report to draft an alert from</source>
        <translation type="unfinished">Raporti nga i cili hartohet sinjalizimi</translation>
    </message>
    <message>
        <source>&amp;Draft alert</source>
        <translation type="unfinished">&amp;Draft sinjalizimi</translation>
    </message>
    <message>
        <source>Draft an alert from this report</source>
        <translation type="unfinished">Harto një draft sinjalizimi nga ky raport</translation>
    </message>
    <message>
        <source>Alert title</source>
        <translation type="unfinished">Titulli i sinjalizimit</translation>
    </message>
    <message>
        <source>Alert text</source>
        <translation type="unfinished">Teksti i sinjalizimit</translation>
    </message>
    <message>
        <source>Regions (comma separated)</source>
        <translation type="unfinished">Rajonet (të ndara me presje)</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished">E vlefshme deri</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished">Çfarë ndodhi</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished">Rëndësia</translation>
    </message>
    <message>
        <source>Structured details</source>
        <translation type="unfinished">Detaje të strukturuara</translation>
    </message>
    <message>
        <source>Source summary, scrubber&apos;s finds marked</source>
        <translation type="unfinished">Përmbledhja e burimit, me gjetjet e filtrit të shënuara</translation>
    </message>
    <message>
        <source>Alert text, what might identify someone marked</source>
        <translation type="unfinished">Teksti i sinjalizimit, me atë që mund të identifikojë dikë të shënuar</translation>
    </message>
    <message>
        <source>Preview as the handout prints it</source>
        <translation type="unfinished">Parapamje si e printon fletëpalosja</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation type="unfinished">R&amp;uaj draftin</translation>
    </message>
    <message>
        <source>Save the draft</source>
        <translation type="unfinished">Ruaj draftin</translation>
    </message>
    <message>
        <source>Sign and &amp;publish…</source>
        <translation type="unfinished">Nënshkruaj dhe &amp;publiko…</translation>
    </message>
    <message>
        <source>Sign and publish the alert</source>
        <translation type="unfinished">Nënshkruaj dhe publiko sinjalizimin</translation>
    </message>
    <message>
        <source>Exp&amp;ire…</source>
        <translation type="unfinished">Bëje të &amp;skadojë…</translation>
    </message>
    <message>
        <source>Expire the alert now</source>
        <translation type="unfinished">Bëje sinjalizimin të skadojë tani</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation type="unfinished">Tërh&amp;iq…</translation>
    </message>
    <message>
        <source>Withdraw the alert</source>
        <translation type="unfinished">Tërhiq sinjalizimin</translation>
    </message>
    <message>
        <source>From &amp;report:</source>
        <translation type="unfinished">Nga &amp;raporti:</translation>
    </message>
    <message>
        <source>Details to look out for (edit them here):</source>
        <translation type="unfinished">Detaje për t&apos;u pasur parasysh (ndryshoji këtu):</translation>
    </message>
    <message>
        <source>Source summary (the scrubber&apos;s finds marked):</source>
        <translation type="unfinished">Përmbledhja e burimit (me gjetjet e filtrit të shënuara):</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished">&amp;Titulli:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation type="unfinished">Te&amp;ksti:</translation>
    </message>
    <message>
        <source>Check:</source>
        <translation type="unfinished">Kontrolli:</translation>
    </message>
    <message>
        <source>Re&amp;gions:</source>
        <translation type="unfinished">Ra&amp;jonet:</translation>
    </message>
    <message>
        <source>&amp;Valid until:</source>
        <translation type="unfinished">I &amp;vlefshëm deri:</translation>
    </message>
    <message>
        <source>What &amp;happened:</source>
        <translation type="unfinished">Çfarë &amp;ndodhi:</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation type="unfinished">Rëndësia:</translation>
    </message>
    <message>
        <source>Preview, as the handout prints it:</source>
        <translation type="unfinished">Parapamje, si e printon fletëpalosja:</translation>
    </message>
    <message>
        <source>load the alerts</source>
        <translation type="unfinished">ngarkohen sinjalizimet</translation>
    </message>
    <message>
        <source>Review: source report withdrawn</source>
        <translation type="unfinished">Shqyrtim: raporti burim u tërhoq</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished">Draft</translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished">Publikuar</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished">Skaduar</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished">Tërhequr</translation>
    </message>
    <message>
        <source>open the alert</source>
        <translation type="unfinished">hapet sinjalizimi</translation>
    </message>
    <message numerus="yes">
        <source>The scrubber found %n thing(s) to take out; the text below shows the replacements.</source>
        <translation type="unfinished">
            <numerusform>Filtri gjeti %n gjë për të hequr; teksti më poshtë tregon zëvendësimet.</numerusform>
            <numerusform>Filtri gjeti %n gjëra për të hequr; teksti më poshtë tregon zëvendësimet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The scrubber found nothing more to take out.</source>
        <translation type="unfinished">Filtri nuk gjeti asgjë tjetër për të hequr.</translation>
    </message>
    <message>
        <source>Tick what happened.</source>
        <translation type="unfinished">Shëno çfarë ndodhi.</translation>
    </message>
    <message>
        <source>Review this alert: its source report was withdrawn by the person.</source>
        <translation type="unfinished">Shqyrto këtë sinjalizim: personi e tërhoqi raportin e tij burim.</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) might still identify someone: check each before publishing.</source>
        <translation type="unfinished">
            <numerusform>%n vend mund të identifikojë ende dikë: kontrolloje para publikimit.</numerusform>
            <numerusform>%n vende mund të identifikojnë ende dikë: kontrollo secilin para publikimit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing in the text looks like it identifies someone.</source>
        <translation type="unfinished">Asgjë në tekst nuk duket se identifikon dikë.</translation>
    </message>
    <message>
        <source>Not a valid alert yet: fill in the title and the text.</source>
        <translation type="unfinished">Ende nuk është sinjalizim i vlefshëm: plotëso titullin dhe tekstin.</translation>
    </message>
    <message>
        <source>Drafted. Check the marked text, then sign and publish.</source>
        <translation type="unfinished">U hartua. Kontrollo tekstin e shënuar, pastaj nënshkruaj dhe publiko.</translation>
    </message>
    <message>
        <source>draft the alert</source>
        <translation type="unfinished">hartohet sinjalizimi</translation>
    </message>
    <message>
        <source>Draft saved (version %1).</source>
        <translation type="unfinished">Drafti u ruajt (versioni %1).</translation>
    </message>
    <message>
        <source>save</source>
        <translation type="unfinished">ruhet</translation>
    </message>
    <message>
        <source>Sign and publish</source>
        <translation type="unfinished">Nënshkruaj dhe publiko</translation>
    </message>
    <message>
        <source>Sign “%1” with this desk&apos;s key and publish it to every device? Devices print it on their handouts as shown in the preview.</source>
        <translation type="unfinished">Të nënshkruhet “%1” me çelësin e kësaj zyre dhe të publikohet në çdo pajisje? Pajisjet e printojnë në fletëpalosjet e tyre siç shfaqet në parapamje.</translation>
    </message>
    <message>
        <source>Published version %1; its check code is %2.</source>
        <translation type="unfinished">U publikua versioni %1; kodi i tij i kontrollit është %2.</translation>
    </message>
    <message>
        <source>publish</source>
        <translation type="unfinished">publikohet</translation>
    </message>
    <message>
        <source>Expire this alert now? Devices stop showing it.</source>
        <translation type="unfinished">Të skadojë tani ky sinjalizim? Pajisjet nuk e shfaqin më.</translation>
    </message>
    <message>
        <source>Withdraw this alert? Devices remove it from their lists and handouts.</source>
        <translation type="unfinished">Të tërhiqet ky sinjalizim? Pajisjet e heqin nga listat dhe fletëpalosjet e tyre.</translation>
    </message>
    <message>
        <source>Expire</source>
        <translation type="unfinished">Skado</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation type="unfinished">Tërhiq</translation>
    </message>
    <message>
        <source>The alert is now: %1</source>
        <translation type="unfinished">Sinjalizimi tani është: %1</translation>
    </message>
    <message>
        <source>end the alert</source>
        <translation type="unfinished">mbyllet sinjalizimi</translation>
    </message>
</context>
<context>
    <name>DeskChoiceBox</name>
    <message>
        <source>An outreach &amp;worker&apos;s records</source>
        <translation type="unfinished">Të dhënat e një punonjësi në &amp;terren</translation>
    </message>
    <message>
        <source>The charity&apos;s &amp;desk (staff: triage, alerts, police, admin)</source>
        <translation type="unfinished">&amp;Zyra e organizatës (stafi: triazh, sinjalizime, polici, administrim)</translation>
    </message>
    <message>
        <source>Desk role</source>
        <translation type="unfinished">Roli i zyrës</translation>
    </message>
    <message>
        <source>Alerts desk</source>
        <translation type="unfinished">Zyra e sinjalizimeve</translation>
    </message>
    <message>
        <source>Police desk</source>
        <translation type="unfinished">Zyra e policisë</translation>
    </message>
    <message>
        <source>Admin desk</source>
        <translation type="unfinished">Zyra e administrimit</translation>
    </message>
    <message>
        <source>Desk id in the key bundle</source>
        <translation type="unfinished">ID-ja e zyrës në paketën e çelësave</translation>
    </message>
    <message>
        <source>Desk name in the server&apos;s log</source>
        <translation type="unfinished">Emri i zyrës në regjistrin e serverit</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation type="unfinished">R&amp;oli:</translation>
    </message>
    <message>
        <source>Desk &amp;id:</source>
        <translation type="unfinished">&amp;ID-ja e zyrës:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished">&amp;Emri:</translation>
    </message>
    <message>
        <source>This laptop keeps:</source>
        <translation type="unfinished">Ky laptop ruan:</translation>
    </message>
</context>
<context>
    <name>DeskPages</name>
    <message>
        <source>Alert</source>
        <translation type="unfinished">Sinjalizim</translation>
    </message>
    <message>
        <source>Police intelligence</source>
        <translation type="unfinished">Informacion për policinë</translation>
    </message>
    <message>
        <source>Police referral</source>
        <translation type="unfinished">Referim te policia</translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished">E re</translation>
    </message>
    <message>
        <source>In review</source>
        <translation type="unfinished">Në shqyrtim</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">Kryer</translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <translation type="unfinished">Nuk mund të %1: %2</translation>
    </message>
    <message>
        <source>Page message</source>
        <translation type="unfinished">Mesazhi i faqes</translation>
    </message>
    <message>
        <source>This desk</source>
        <translation type="unfinished">Kjo zyrë</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished">Adresa e serverit</translation>
    </message>
    <message>
        <source>https://server.example.org</source>
        <translation type="unfinished">https://server.example.org</translation>
    </message>
    <message>
        <source>Desk enrolment code</source>
        <translation type="unfinished">Kodi i regjistrimit të zyrës</translation>
    </message>
    <message>
        <source>Desk code from the server&apos;s admin</source>
        <translation type="unfinished">Kodi i zyrës nga administratori i serverit</translation>
    </message>
    <message>
        <source>&amp;Enrol this desk</source>
        <translation type="unfinished">R&amp;egjistro këtë zyrë</translation>
    </message>
    <message>
        <source>Enrol this desk</source>
        <translation type="unfinished">Regjistro këtë zyrë</translation>
    </message>
    <message>
        <source>read the desk</source>
        <translation type="unfinished">lexohet zyra</translation>
    </message>
    <message>
        <source>%1 desk “%2”, enrolled with %3</source>
        <translation type="unfinished">Zyra %1 “%2”, e regjistruar te %3</translation>
    </message>
    <message>
        <source>%1 desk “%2”: not enrolled yet</source>
        <translation type="unfinished">Zyra %1 “%2”: ende e paregjistruar</translation>
    </message>
    <message>
        <source>Type the server&apos;s address and the desk code.</source>
        <translation type="unfinished">Shkruaj adresën e serverit dhe kodin e zyrës.</translation>
    </message>
    <message>
        <source>The desk is enrolled.</source>
        <translation type="unfinished">Zyra u regjistrua.</translation>
    </message>
    <message>
        <source>enrol the desk</source>
        <translation type="unfinished">regjistrohet zyra</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished">Sinjalizime</translation>
    </message>
    <message>
        <source>Police</source>
        <translation type="unfinished">Policia</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation type="unfinished">Administrim</translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished">po</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished">jo</translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished">Data</translation>
    </message>
    <message>
        <source>Part of day</source>
        <translation type="unfinished">Pjesa e ditës</translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished">Rajoni</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished">Çfarë ndodhi</translation>
    </message>
    <message>
        <source>Perpetrators</source>
        <translation type="unfinished">Autorët</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation type="unfinished">Automjetet</translation>
    </message>
    <message>
        <source>Weapon used</source>
        <translation type="unfinished">U përdor armë</translation>
    </message>
    <message>
        <source>Injured</source>
        <translation type="unfinished">I/e lënduar</translation>
    </message>
    <message>
        <source>Injury</source>
        <translation type="unfinished">Lëndimi</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished">Përmbledhje</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished">Kontakti</translation>
    </message>
    <message>
        <source>through the project only</source>
        <translation type="unfinished">vetëm përmes projektit</translation>
    </message>
    <message>
        <source>not in any other report</source>
        <translation type="unfinished">në asnjë raport tjetër</translation>
    </message>
</context>
<context>
    <name>DeskPolicePage</name>
    <message>
        <source>Police</source>
        <translation type="unfinished">Policia</translation>
    </message>
    <message>
        <source>Police reports</source>
        <translation type="unfinished">Raportet për policinë</translation>
    </message>
    <message>
        <source>Disclose</source>
        <translation type="unfinished">Zbulo</translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished">Lloji</translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished">Rajoni</translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished">Kur</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished">Vlerësimi</translation>
    </message>
    <message>
        <source>The selected police report</source>
        <translation type="unfinished">Raporti i zgjedhur për policinë</translation>
    </message>
    <message>
        <source>Source grade</source>
        <translation type="unfinished">Vlerësimi i burimit</translation>
    </message>
    <message>
        <source>Intelligence grade</source>
        <translation type="unfinished">Vlerësimi i informacionit</translation>
    </message>
    <message>
        <source>Handling code</source>
        <translation type="unfinished">Kodi i trajtimit</translation>
    </message>
    <message>
        <source>Handling conditions</source>
        <translation type="unfinished">Kushtet e trajtimit</translation>
    </message>
    <message>
        <source>Conditions (handling code C only)</source>
        <translation type="unfinished">Kushtet (vetëm për kodin e trajtimit C)</translation>
    </message>
    <message>
        <source>&amp;Grade ticked reports</source>
        <translation type="unfinished">&amp;Vlerëso raportet e shënuara</translation>
    </message>
    <message>
        <source>Grade the ticked reports</source>
        <translation type="unfinished">Vlerëso raportet e shënuara</translation>
    </message>
    <message>
        <source>Receiving police force</source>
        <translation type="unfinished">Policia marrëse</translation>
    </message>
    <message>
        <source>The charity&apos;s name as the police know it</source>
        <translation type="unfinished">Emri i organizatës siç e njeh policia</translation>
    </message>
    <message>
        <source>Your name (kept in the log)</source>
        <translation type="unfinished">Emri yt (mbahet në regjistër)</translation>
    </message>
    <message>
        <source>File type</source>
        <translation type="unfinished">Lloji i skedarit</translation>
    </message>
    <message>
        <source>CSV (one column per field)</source>
        <translation type="unfinished">CSV (një kolonë për fushë)</translation>
    </message>
    <message>
        <source>PDF (printable)</source>
        <translation type="unfinished">PDF (për printim)</translation>
    </message>
    <message>
        <source>E&amp;xport for the force…</source>
        <translation type="unfinished">E&amp;ksporto për policinë…</translation>
    </message>
    <message>
        <source>Export the ticked reports</source>
        <translation type="unfinished">Eksporto raportet e shënuara</translation>
    </message>
    <message>
        <source>Disclosure log</source>
        <translation type="unfinished">Regjistri i zbulimeve</translation>
    </message>
    <message>
        <source>Force</source>
        <translation type="unfinished">Policia</translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished">Nga</translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished">Skedari</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished">Raportet</translation>
    </message>
    <message>
        <source>Notices to police forces</source>
        <translation type="unfinished">Njoftime për policinë</translation>
    </message>
    <message>
        <source>Notify</source>
        <translation type="unfinished">Njofto</translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished">Pse</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation type="unfinished">Krijuar</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">Kryer</translation>
    </message>
    <message>
        <source>Mark &amp;notified</source>
        <translation type="unfinished">Shëno si të &amp;njoftuar</translation>
    </message>
    <message>
        <source>Mark the selected notice as done</source>
        <translation type="unfinished">Shëno njoftimin e zgjedhur si të kryer</translation>
    </message>
    <message>
        <source>&amp;Force:</source>
        <translation type="unfinished">&amp;Policia:</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation type="unfinished">&amp;Agjencia:</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation type="unfinished">N&amp;ga:</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation type="unfinished">&amp;Skedari:</translation>
    </message>
    <message>
        <source>Disclosure log:</source>
        <translation type="unfinished">Regjistri i zbulimeve:</translation>
    </message>
    <message>
        <source>Withdrawn after disclosure — tell the force:</source>
        <translation type="unfinished">Tërhequr pas zbulimit — njofto policinë:</translation>
    </message>
    <message>
        <source>3x5x2 grade (source, intelligence, handling):</source>
        <translation type="unfinished">Vlerësim 3x5x2 (burimi, informacioni, trajtimi):</translation>
    </message>
    <message>
        <source>load the police reports</source>
        <translation type="unfinished">ngarkohen raportet për policinë</translation>
    </message>
    <message>
        <source>a disclosed report was withdrawn</source>
        <translation type="unfinished">një raport i zbuluar u tërhoq</translation>
    </message>
    <message>
        <source>TO DO</source>
        <translation type="unfinished">PËR T&apos;U BËRË</translation>
    </message>
    <message>
        <source>told %1 by %2</source>
        <translation type="unfinished">%1 u njoftua nga %2</translation>
    </message>
    <message>
        <source>Tick the reports to grade first.</source>
        <translation type="unfinished">Shëno së pari raportet për vlerësim.</translation>
    </message>
    <message>
        <source>Not a valid grade: %1</source>
        <translation type="unfinished">Vlerësim i pavlefshëm: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) graded %1.</source>
        <translation type="unfinished">
            <numerusform>%n raport u vlerësua %1.</numerusform>
            <numerusform>%n raporte u vlerësuan %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick the reports to disclose first.</source>
        <translation type="unfinished">Shëno së pari raportet për zbulim.</translation>
    </message>
    <message numerus="yes">
        <source>No grade yet for %n ticked report(s).</source>
        <translation type="unfinished">
            <numerusform>Ende pa vlerësim: %n raport i shënuar.</numerusform>
            <numerusform>Ende pa vlerësim: %n raporte të shënuara.</numerusform>
        </translation>
    </message>
    <message>
        <source>prepare the export</source>
        <translation type="unfinished">përgatitet eksporti</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) for %1:</source>
        <translation type="unfinished">
            <numerusform>%n raport për %1:</numerusform>
            <numerusform>%n raporte për %1:</numerusform>
        </translation>
    </message>
    <message>
        <source>They are written in plain text to a file you choose next, and the disclosure is logged.</source>
        <translation type="unfinished">Shkruhen si tekst i thjeshtë në një skedar që zgjedh më pas, dhe zbulimi regjistrohet.</translation>
    </message>
    <message>
        <source>Disclose to the police</source>
        <translation type="unfinished">Zbulo te policia</translation>
    </message>
    <message>
        <source>Choose the file…</source>
        <translation type="unfinished">Zgjidh skedarin…</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished">Skedarë CSV (*.csv)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished">Skedarë PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the police export</source>
        <translation type="unfinished">Ruaj eksportin për policinë</translation>
    </message>
    <message>
        <source>%1 already exists: choose a new file.</source>
        <translation type="unfinished">%1 ekziston tashmë: zgjidh një skedar të ri.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n report(s) to %1; the disclosure is logged.</source>
        <translation type="unfinished">
            <numerusform>U shkrua %n raport në %1; zbulimi është regjistruar.</numerusform>
            <numerusform>U shkruan %n raporte në %1; zbulimi është regjistruar.</numerusform>
        </translation>
    </message>
    <message>
        <source>export</source>
        <translation type="unfinished">eksportohet</translation>
    </message>
    <message>
        <source>Select the notice the force was told of.</source>
        <translation type="unfinished">Zgjidh njoftimin për të cilin u njoftua policia.</translation>
    </message>
    <message>
        <source>Kept: %1 was told.</source>
        <translation type="unfinished">U shënua: %1 u njoftua.</translation>
    </message>
    <message>
        <source>mark the notice</source>
        <translation type="unfinished">shënohet njoftimi</translation>
    </message>
</context>
<context>
    <name>DeskQueuePage</name>
    <message>
        <source>Queue</source>
        <translation type="unfinished">Radha</translation>
    </message>
    <message>
        <source>&amp;Pull new reports</source>
        <translation type="unfinished">&amp;Merr raportet e reja</translation>
    </message>
    <message>
        <source>Pull new reports</source>
        <translation type="unfinished">Merr raportet e reja</translation>
    </message>
    <message>
        <source>Also &amp;those another desk took</source>
        <translation type="unfinished">Edhe &amp;ato që mori një zyrë tjetër</translation>
    </message>
    <message>
        <source>A second desk of this role: fetch the reports the first desk already acknowledged.</source>
        <translation type="unfinished">Një zyrë e dytë me këtë rol: merr raportet që zyra e parë i ka konfirmuar tashmë.</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished">Qëllimi</translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished">Rajoni</translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished">Muaji</translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished">Gjendja</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished">Raportet</translation>
    </message>
    <message>
        <source>Pulled</source>
        <translation type="unfinished">Marrë</translation>
    </message>
    <message>
        <source>The opened report</source>
        <translation type="unfinished">Raporti i hapur</translation>
    </message>
    <message>
        <source>Start &amp;review</source>
        <translation type="unfinished">Fillo &amp;shqyrtimin</translation>
    </message>
    <message>
        <source>Start reviewing this report</source>
        <translation type="unfinished">Fillo shqyrtimin e këtij raporti</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation type="unfinished">Shëno si të &amp;kryer</translation>
    </message>
    <message>
        <source>Mark this report done</source>
        <translation type="unfinished">Shëno këtë raport si të kryer</translation>
    </message>
    <message>
        <source>Back to &amp;new</source>
        <translation type="unfinished">Kthe te të &amp;rejat</translation>
    </message>
    <message>
        <source>Put this report back to new</source>
        <translation type="unfinished">Ktheje këtë raport te të rejat</translation>
    </message>
    <message>
        <source>Withdrawn reports</source>
        <translation type="unfinished">Raporte të tërhequra</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished">Tërhequr</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished">Çfarë duhet bërë</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation type="unfinished">Qëllimi:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation type="unfinished">Rajoni:</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation type="unfinished">Muaji:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation type="unfinished">Gjendja:</translation>
    </message>
    <message>
        <source>Withdrawn by the person (the decrypted copy is deleted):</source>
        <translation type="unfinished">Tërhequr nga personi (kopja e deshifruar fshihet):</translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished">Të gjitha</translation>
    </message>
    <message>
        <source>load the queue</source>
        <translation type="unfinished">ngarkohet radha</translation>
    </message>
    <message>
        <source>Disclosed: notify %1 (Police page)</source>
        <translation type="unfinished">Zbuluar: njofto %1 (faqja Policia)</translation>
    </message>
    <message>
        <source>Disclosed to the police: the force was told</source>
        <translation type="unfinished">Zbuluar te policia: policia u njoftua</translation>
    </message>
    <message>
        <source>Nothing to do: it was never disclosed</source>
        <translation type="unfinished">Asgjë për të bërë: nuk u zbulua kurrë</translation>
    </message>
    <message>
        <source>%1 shown · %2 new of %3 held</source>
        <translation type="unfinished">%1 të shfaqura · %2 të reja nga %3 të ruajtura</translation>
    </message>
    <message>
        <source>open the report</source>
        <translation type="unfinished">hapet raporti</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished">Organizata</translation>
    </message>
    <message numerus="yes">
        <source>in %n other report(s)</source>
        <translation type="unfinished">
            <numerusform>në %n raport tjetër</numerusform>
            <numerusform>në %n raporte të tjera</numerusform>
        </translation>
    </message>
    <message>
        <source>The report is now: %1</source>
        <translation type="unfinished">Raporti tani është: %1</translation>
    </message>
    <message>
        <source>change the state</source>
        <translation type="unfinished">ndryshohet gjendja</translation>
    </message>
    <message>
        <source>Pulling new reports…</source>
        <translation type="unfinished">Po merren raportet e reja…</translation>
    </message>
    <message numerus="yes">
        <source>%n new report(s), %1 withdrawn.</source>
        <translation type="unfinished">
            <numerusform>%n raport i ri, %1 të tërhequra.</numerusform>
            <numerusform>%n raporte të reja, %1 të tërhequra.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n did not open with this desk&apos;s key.</source>
        <translation type="unfinished">
            <numerusform>%n nuk u hap me çelësin e kësaj zyre.</numerusform>
            <numerusform>%n nuk u hapën me çelësin e kësaj zyre.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) to review.</source>
        <translation type="unfinished">
            <numerusform>%n sinjalizim për shqyrtim.</numerusform>
            <numerusform>%n sinjalizime për shqyrtim.</numerusform>
        </translation>
    </message>
    <message>
        <source>pull</source>
        <translation type="unfinished">merren</translation>
    </message>
</context>
<context>
    <name>DeskStatsPage</name>
    <message>
        <source>Statistics</source>
        <translation type="unfinished">Statistika</translation>
    </message>
    <message>
        <source>No figures opened yet.</source>
        <translation type="unfinished">Ende nuk janë hapur shifra.</translation>
    </message>
    <message>
        <source>Fetch from the &amp;server</source>
        <translation type="unfinished">Merr nga se&amp;rveri</translation>
    </message>
    <message>
        <source>Fetch the figures for this period from the server</source>
        <translation type="unfinished">Merr nga serveri shifrat për këtë periudhë</translation>
    </message>
    <message>
        <source>&amp;Open the server&apos;s figures…</source>
        <translation type="unfinished">&amp;Hap shifrat e serverit…</translation>
    </message>
    <message>
        <source>Open the server&apos;s figures</source>
        <translation type="unfinished">Hap shifrat e serverit</translation>
    </message>
    <message>
        <source>First month</source>
        <translation type="unfinished">Muaji i parë</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation type="unfinished">Muaji i fundit</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation type="unfinished">&amp;Shfaq</translation>
    </message>
    <message>
        <source>Show the figures for this period</source>
        <translation type="unfinished">Shfaq shifrat për këtë periudhë</translation>
    </message>
    <message>
        <source>Table to chart</source>
        <translation type="unfinished">Tabela për grafikun</translation>
    </message>
    <message>
        <source>Chart of the chosen table</source>
        <translation type="unfinished">Grafiku i tabelës së zgjedhur</translation>
    </message>
    <message>
        <source>Tables as published</source>
        <translation type="unfinished">Tabelat siç u publikuan</translation>
    </message>
    <message>
        <source>Funder report file type</source>
        <translation type="unfinished">Lloji i skedarit për raportin e financuesit</translation>
    </message>
    <message>
        <source>PDF with charts</source>
        <translation type="unfinished">PDF me grafikë</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation type="unfinished">CSV</translation>
    </message>
    <message>
        <source>&amp;Export funder report…</source>
        <translation type="unfinished">&amp;Eksporto raportin e financuesit…</translation>
    </message>
    <message>
        <source>Export the funder report</source>
        <translation type="unfinished">Eksporto raportin e financuesit</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished">&amp;Nga:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished">&amp;Deri:</translation>
    </message>
    <message>
        <source>&amp;Chart:</source>
        <translation type="unfinished">&amp;Grafiku:</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished">Skedarë JSON (*.json)</translation>
    </message>
    <message>
        <source>Figures: %1</source>
        <translation type="unfinished">Shifrat: %1</translation>
    </message>
    <message>
        <source>Figures: from the server</source>
        <translation type="unfinished">Shifrat: nga serveri</translation>
    </message>
    <message>
        <source>fetch the figures</source>
        <translation type="unfinished">merren shifrat</translation>
    </message>
    <message>
        <source>Fetch the figures from the server or open a file first.</source>
        <translation type="unfinished">Merr së pari shifrat nga serveri ose hap një skedar.</translation>
    </message>
    <message>
        <source>read the figures</source>
        <translation type="unfinished">lexohen shifrat</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s); counts suppressed by the disclosure rule: %1.</source>
        <translation type="unfinished">
            <numerusform>%n tabelë; numra të fshehur nga rregulli i zbulimit: %1.</numerusform>
            <numerusform>%n tabela; numra të fshehur nga rregulli i zbulimit: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not drawn (the disclosure rule): %n suppressed count(s).</source>
        <translation type="unfinished">
            <numerusform>Pa vizatuar (rregulli i zbulimit): %n numër i fshehur.</numerusform>
            <numerusform>Pa vizatuar (rregulli i zbulimit): %n numra të fshehur.</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished">Skedarë PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished">Skedarë CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save the funder report</source>
        <translation type="unfinished">Ruaj raportin e financuesit</translation>
    </message>
    <message>
        <source>%1 already exists: choose a new file.</source>
        <translation type="unfinished">%1 ekziston tashmë: zgjidh një skedar të ri.</translation>
    </message>
    <message>
        <source>Funder report written to %1 (%2 tables).</source>
        <translation type="unfinished">Raporti i financuesit u shkrua në %1 (%2 tabela).</translation>
    </message>
    <message>
        <source>export the funder report</source>
        <translation type="unfinished">eksportohet raporti i financuesit</translation>
    </message>
</context>
<context>
    <name>DetailsEditor</name>
    <message>
        <source>Phone numbers:</source>
        <translation type="unfinished">Numrat e telefonit:</translation>
    </message>
    <message>
        <source>E-mail addresses:</source>
        <translation type="unfinished">Adresat e e-mailit:</translation>
    </message>
    <message>
        <source>Handles:</source>
        <translation type="unfinished">Llogaritë:</translation>
    </message>
    <message>
        <source>Name used:</source>
        <translation type="unfinished">Emri i përdorur:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation type="unfinished">Përshkrimi:</translation>
    </message>
    <message>
        <source>Plate:</source>
        <translation type="unfinished">Targa:</translation>
    </message>
    <message>
        <source>Make:</source>
        <translation type="unfinished">Marka:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation type="unfinished">Modeli:</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation type="unfinished">Ngjyra:</translation>
    </message>
    <message>
        <source>Perpetrator %1</source>
        <translation type="unfinished">Autori %1</translation>
    </message>
    <message>
        <source>Vehicle %1</source>
        <translation type="unfinished">Automjeti %1</translation>
    </message>
</context>
<context>
    <name>FirstRunScreen</name>
    <message>
        <source>Welcome to Outreach</source>
        <translation type="unfinished">Mirë se vini në Outreach</translation>
    </message>
    <message>
        <source>Everything you record is kept encrypted on this laptop. Choose a passphrase to protect it: a few unrelated words are easier to remember than symbols.</source>
        <translation type="unfinished">Gjithçka që regjistron ruhet e enkriptuar në këtë laptop. Zgjidh një frazëkalim për ta mbrojtur: disa fjalë pa lidhje mes tyre mbahen mend më lehtë se simbolet.</translation>
    </message>
    <message>
        <source>If this passphrase is lost, the records cannot be recovered — not by the charity, not by anyone. Keep a copy somewhere safe, away from this laptop.</source>
        <translation type="unfinished">Nëse ky frazëkalim humbet, të dhënat nuk mund të rikthehen — as nga organizata, as nga askush. Mbaj një kopje diku në vend të sigurt, larg këtij laptopi.</translation>
    </message>
    <message>
        <source>Warning about losing the passphrase</source>
        <translation type="unfinished">Paralajmërim për humbjen e frazëkalimit</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished">Frazëkalimi i ri</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation type="unfinished">Përsërit frazëkalimin</translation>
    </message>
    <message>
        <source>&amp;Suggest a passphrase</source>
        <translation type="unfinished">&amp;Sugjero një frazëkalim</translation>
    </message>
    <message>
        <source>Suggest a passphrase of random words</source>
        <translation type="unfinished">Sugjero një frazëkalim me fjalë të rastësishme</translation>
    </message>
    <message>
        <source>Show what I type</source>
        <translation type="unfinished">Shfaq çfarë shkruaj</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation type="unfinished">Shfaq frazëkalimin</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation type="unfinished">Forca e frazëkalimit</translation>
    </message>
    <message>
        <source>Passphrase feedback</source>
        <translation type="unfinished">Vlerësim i frazëkalimit</translation>
    </message>
    <message>
        <source>Create the vault</source>
        <translation type="unfinished">Krijo kasafortën</translation>
    </message>
    <message>
        <source>Restore from a backup instead…</source>
        <translation type="unfinished">Rikthe nga një kopje rezervë në vend të kësaj…</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished">Rikthe nga një kopje rezervë</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished">&amp;Frazëkalimi:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation type="unfinished">&amp;Përsërite:</translation>
    </message>
    <message>
        <source>Strong enough.</source>
        <translation type="unfinished">Mjaftueshëm i fortë.</translation>
    </message>
    <message>
        <source>A passphrase of six random words is shown. Write it down and keep it somewhere safe away from this laptop before you go on.</source>
        <translation type="unfinished">Shfaqet një frazëkalim me gjashtë fjalë të rastësishme. Shkruaje dhe ruaje diku në vend të sigurt larg këtij laptopi para se të vazhdosh.</translation>
    </message>
    <message>
        <source>The two match.</source>
        <translation type="unfinished">Të dyja përputhen.</translation>
    </message>
    <message>
        <source>The two do not match yet.</source>
        <translation type="unfinished">Të dyja ende nuk përputhen.</translation>
    </message>
    <message>
        <source>Creating the encrypted vault…</source>
        <translation type="unfinished">Po krijohet kasaforta e enkriptuar…</translation>
    </message>
</context>
<context>
    <name>IncidentForm</name>
    <message>
        <source>Interview step</source>
        <translation type="unfinished">Hapi i bisedës</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished">Çfarë ndodhi</translation>
    </message>
    <message>
        <source>When and where</source>
        <translation type="unfinished">Kur dhe ku</translation>
    </message>
    <message>
        <source>Perpetrators and vehicles</source>
        <translation type="unfinished">Autorët dhe automjetet</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation type="unfinished">Çfarë u tha</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished">Pëlqimi</translation>
    </message>
    <message>
        <source>What will be shared</source>
        <translation type="unfinished">Çfarë do të ndahet</translation>
    </message>
    <message>
        <source>Interview message</source>
        <translation type="unfinished">Mesazh i bisedës</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished">P&amp;rapa</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation type="unfinished">Hapi i mëparshëm</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished">&amp;Tjetri</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished">Hapi tjetër</translation>
    </message>
    <message>
        <source>Save and continue to &amp;consent</source>
        <translation type="unfinished">Ruaj dhe vazhdo te &amp;pëlqimi</translation>
    </message>
    <message>
        <source>Save the incident and continue to consent</source>
        <translation type="unfinished">Ruaj incidentin dhe vazhdo te pëlqimi</translation>
    </message>
    <message>
        <source>Save and cl&amp;ose</source>
        <translation type="unfinished">Ruaj dhe &amp;mbyll</translation>
    </message>
    <message>
        <source>Save the incident and close</source>
        <translation type="unfinished">Ruaj incidentin dhe mbyll</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation type="unfinished">Mbyll pa ruajtur</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation type="unfinished">Hapi %1 nga %2: %3</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Mbyll</translation>
    </message>
    <message>
        <source>Closed.</source>
        <translation type="unfinished">U mbyll.</translation>
    </message>
    <message>
        <source>Closed without saving.</source>
        <translation type="unfinished">U mbyll pa ruajtur.</translation>
    </message>
    <message>
        <source>Close without saving?</source>
        <translation type="unfinished">Të mbyllet pa ruajtur?</translation>
    </message>
    <message>
        <source>What was typed in this interview since it was last saved will be lost.</source>
        <translation type="unfinished">Ajo që është shkruar në këtë bisedë që nga ruajtja e fundit do të humbasë.</translation>
    </message>
    <message>
        <source>Discard what was typed</source>
        <translation type="unfinished">Hidh poshtë të shkruarat</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation type="unfinished">Vazhdo redaktimin</translation>
    </message>
    <message>
        <source>Tick at least one thing that happened (step 1).</source>
        <translation type="unfinished">Shëno të paktën një gjë që ndodhi (hapi 1).</translation>
    </message>
    <message>
        <source>Type the worker&apos;s initials (step 1).</source>
        <translation type="unfinished">Shkruaj inicialet e punonjësit (hapi 1).</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished">Numër telefoni</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation type="unfinished">Adresë e-maili</translation>
    </message>
</context>
<context>
    <name>IncidentsPage</name>
    <message>
        <source>changed since shared: needs the person&apos;s consent again (open it to confirm)</source>
        <translation type="unfinished">ndryshuar pasi u nda: kërkon përsëri pëlqimin e personit (hape për ta konfirmuar)</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished">Incidentet</translation>
    </message>
    <message>
        <source>Filter by type</source>
        <translation type="unfinished">Filtro sipas llojit</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation type="unfinished">Çdo lloj</translation>
    </message>
    <message>
        <source>&amp;New incident</source>
        <translation type="unfinished">Incident i &amp;ri</translation>
    </message>
    <message>
        <source>Record a new incident</source>
        <translation type="unfinished">Regjistro një incident të ri</translation>
    </message>
    <message>
        <source>&amp;Open / share…</source>
        <translation type="unfinished">&amp;Hap / ndaj…</translation>
    </message>
    <message>
        <source>Open the selected incident</source>
        <translation type="unfinished">Hap incidentin e zgjedhur</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished">&amp;Fshi…</translation>
    </message>
    <message>
        <source>Delete the selected incident</source>
        <translation type="unfinished">Fshi incidentin e zgjedhur</translation>
    </message>
    <message>
        <source>&amp;Forget this person…</source>
        <translation type="unfinished">&amp;Harroje këtë person…</translation>
    </message>
    <message>
        <source>Forget the person of the selected incident</source>
        <translation type="unfinished">Harro personin e incidentit të zgjedhur</translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished">Kur</translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished">Zona</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation type="unfinished">Pseudonimi</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation type="unfinished">(i paregjistruar)</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished">Çfarë ndodhi</translation>
    </message>
    <message>
        <source>Injury</source>
        <translation type="unfinished">Lëndimi</translation>
    </message>
    <message>
        <source>Perpetrators</source>
        <translation type="unfinished">Autorët</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation type="unfinished">Automjetet</translation>
    </message>
    <message>
        <source>Where exactly</source>
        <translation type="unfinished">Ku saktësisht</translation>
    </message>
    <message>
        <source>Their words</source>
        <translation type="unfinished">Fjalët e tij/saj</translation>
    </message>
    <message>
        <source>Alert summary</source>
        <translation type="unfinished">Përmbledhja e sinjalizimit</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation type="unfinished">Ndarja</translation>
    </message>
    <message>
        <source>The interview you had started before the lock was restored.</source>
        <translation type="unfinished">Biseda që kishe nisur para kyçjes u rikthye.</translation>
    </message>
    <message>
        <source>restore the interview</source>
        <translation type="unfinished">rikthehet biseda</translation>
    </message>
    <message>
        <source>open the form</source>
        <translation type="unfinished">hapet formulari</translation>
    </message>
    <message>
        <source>That incident is no longer stored.</source>
        <translation type="unfinished">Ai incident nuk ruhet më.</translation>
    </message>
    <message>
        <source>open the incident</source>
        <translation type="unfinished">hapet incidenti</translation>
    </message>
    <message>
        <source>Incident deleted.</source>
        <translation type="unfinished">Incidenti u fshi.</translation>
    </message>
    <message>
        <source>delete the incident</source>
        <translation type="unfinished">fshihet incidenti</translation>
    </message>
    <message>
        <source>Delete incident</source>
        <translation type="unfinished">Fshi incidentin</translation>
    </message>
    <message>
        <source>Delete the incident of %1 from this device? This cannot be undone. A report already sent is not recalled by this: withdraw it with the withdrawal code.</source>
        <translation type="unfinished">Të fshihet nga kjo pajisje incidenti i %1? Kjo nuk mund të zhbëhet. Një raport i dërguar tashmë nuk tërhiqet kështu: tërhiqe me kodin e tërheqjes.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Street</source>
        <translation type="unfinished">Rrugë</translation>
    </message>
    <message>
        <source>Van</source>
        <translation type="unfinished">Furgon</translation>
    </message>
    <message>
        <source>Drop-in</source>
        <translation type="unfinished">Qendër ditore</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">Telefon</translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished">Në linjë</translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished">Personalisht</translation>
    </message>
    <message>
        <source>Advocacy</source>
        <translation type="unfinished">Avokim</translation>
    </message>
    <message>
        <source>Condoms</source>
        <translation type="unfinished">Prezervativë</translation>
    </message>
    <message>
        <source>Lube</source>
        <translation type="unfinished">Lubrifikant</translation>
    </message>
    <message>
        <source>Needles/syringes</source>
        <translation type="unfinished">Gjilpëra/shiringa</translation>
    </message>
    <message>
        <source>Naloxone</source>
        <translation type="unfinished">Naloksonë</translation>
    </message>
    <message>
        <source>Safety leaflets</source>
        <translation type="unfinished">Fletëpalosje sigurie</translation>
    </message>
    <message>
        <source>Alert bulletins</source>
        <translation type="unfinished">Buletine sinjalizimi</translation>
    </message>
    <message>
        <source>Food/drink</source>
        <translation type="unfinished">Ushqim/pije</translation>
    </message>
    <message>
        <source>Other supplies</source>
        <translation type="unfinished">Materiale të tjera</translation>
    </message>
    <message>
        <source>Sexual health</source>
        <translation type="unfinished">Shëndet seksual</translation>
    </message>
    <message>
        <source>Drugs/alcohol</source>
        <translation type="unfinished">Drogë/alkool</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation type="unfinished">Strehim</translation>
    </message>
    <message>
        <source>ISVA/victim support</source>
        <translation type="unfinished">ISVA/mbështetje për viktimat</translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation type="unfinished">Shëndet mendor</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation type="unfinished">Ligjore</translation>
    </message>
    <message>
        <source>Other referral</source>
        <translation type="unfinished">Drejtim tjetër</translation>
    </message>
    <message>
        <source>Physical assault</source>
        <translation type="unfinished">Sulm fizik</translation>
    </message>
    <message>
        <source>Sexual assault</source>
        <translation type="unfinished">Sulm seksual</translation>
    </message>
    <message>
        <source>Rape</source>
        <translation type="unfinished">Përdhunim</translation>
    </message>
    <message>
        <source>Robbery/theft</source>
        <translation type="unfinished">Grabitje/vjedhje</translation>
    </message>
    <message>
        <source>Non-payment</source>
        <translation type="unfinished">Mospagesë</translation>
    </message>
    <message>
        <source>Threats/intimidation</source>
        <translation type="unfinished">Kërcënime/frikësim</translation>
    </message>
    <message>
        <source>Condom removal</source>
        <translation type="unfinished">Heqja e prezervativit</translation>
    </message>
    <message>
        <source>Stalking/harassment</source>
        <translation type="unfinished">Ndjekje/ngacmim</translation>
    </message>
    <message>
        <source>Kidnap/false imprisonment</source>
        <translation type="unfinished">Rrëmbim/mbajtje e paligjshme</translation>
    </message>
    <message>
        <source>Verbal abuse</source>
        <translation type="unfinished">Abuzim verbal</translation>
    </message>
    <message>
        <source>Hate incident</source>
        <translation type="unfinished">Incident urrejtjeje</translation>
    </message>
    <message>
        <source>Fraud</source>
        <translation type="unfinished">Mashtrim</translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished">Tjetër</translation>
    </message>
    <message>
        <source>Exact time</source>
        <translation type="unfinished">Ora e saktë</translation>
    </message>
    <message>
        <source>Approximately</source>
        <translation type="unfinished">Përafërsisht</translation>
    </message>
    <message>
        <source>Sometime that day</source>
        <translation type="unfinished">Diku atë ditë</translation>
    </message>
    <message>
        <source>Sometime that week</source>
        <translation type="unfinished">Diku atë javë</translation>
    </message>
    <message>
        <source>Sometime that month</source>
        <translation type="unfinished">Diku atë muaj</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation type="unfinished">Nën 18</translation>
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
        <translation type="unfinished">E panjohur</translation>
    </message>
    <message>
        <source>Woman</source>
        <translation type="unfinished">Grua</translation>
    </message>
    <message>
        <source>Man</source>
        <translation type="unfinished">Burrë</translation>
    </message>
    <message>
        <source>Trans woman</source>
        <translation type="unfinished">Grua trans</translation>
    </message>
    <message>
        <source>Trans man</source>
        <translation type="unfinished">Burrë trans</translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation type="unfinished">Jobinar</translation>
    </message>
    <message>
        <source>No injury</source>
        <translation type="unfinished">Pa lëndim</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation type="unfinished">I lehtë</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation type="unfinished">I mesëm</translation>
    </message>
    <message>
        <source>Serious</source>
        <translation type="unfinished">I rëndë</translation>
    </message>
    <message>
        <source>Slim</source>
        <translation type="unfinished">I hollë</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished">Mesatar</translation>
    </message>
    <message>
        <source>Heavy</source>
        <translation type="unfinished">I rëndë nga trupi</translation>
    </message>
    <message>
        <source>Muscular</source>
        <translation type="unfinished">Muskuloz</translation>
    </message>
    <message>
        <source>Warn other sex workers (alert)</source>
        <translation type="unfinished">Paralajmëro punonjëset e tjera të seksit (sinjalizim)</translation>
    </message>
    <message>
        <source>Count it in statistics</source>
        <translation type="unfinished">Numëroje në statistika</translation>
    </message>
    <message>
        <source>Anonymous intelligence to police</source>
        <translation type="unfinished">Informacion anonim për policinë</translation>
    </message>
    <message>
        <source>Police contact (referral)</source>
        <translation type="unfinished">Kontakt me policinë (drejtim)</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <source>Add</source>
        <translation type="unfinished">Shto</translation>
    </message>
    <message>
        <source>Add: %1</source>
        <translation type="unfinished">Shto: %1</translation>
    </message>
    <message>
        <source>Remove this one</source>
        <translation type="unfinished">Hiqe këtë</translation>
    </message>
    <message>
        <source>Remove: %1</source>
        <translation type="unfinished">Hiq: %1</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation type="unfinished">Asgjë e regjistruar.</translation>
    </message>
</context>
<context>
    <name>MainScreen</name>
    <message>
        <source>Pages</source>
        <translation type="unfinished">Faqet</translation>
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
        <translation type="unfinished">Kasaforta nuk mund të krijohej: %1</translation>
    </message>
    <message>
        <source>That passphrase is not right.</source>
        <translation type="unfinished">Ai frazëkalim nuk është i saktë.</translation>
    </message>
    <message>
        <source>Too many wrong passphrases in a row.</source>
        <translation type="unfinished">Shumë frazëkalime të gabuara radhazi.</translation>
    </message>
    <message>
        <source>Outreach is already open in another window. Close it there first.</source>
        <translation type="unfinished">Outreach është tashmë i hapur në një dritare tjetër. Mbylle atje së pari.</translation>
    </message>
    <message>
        <source>The vault&apos;s files are damaged and cannot be opened. Nothing was changed. Restore a backup, or ask your coordinator for help.</source>
        <translation type="unfinished">Skedarët e kasafortës janë dëmtuar dhe nuk mund të hapen. Nuk ndryshoi asgjë. Rikthe një kopje rezervë, ose kërko ndihmë nga koordinatori.</translation>
    </message>
    <message>
        <source>The vault could not be opened: %1</source>
        <translation type="unfinished">Kasaforta nuk mund të hapej: %1</translation>
    </message>
    <message>
        <source>The disk is full: the vault is intact, but nothing new can be saved until space is freed. Half-typed forms are kept in memory until then. Free some space, or make a backup to another disk (Settings).</source>
        <translation type="unfinished">Disku është plot: kasaforta është e paprekur, por asgjë e re nuk mund të ruhet derisa të lirohet hapësirë. Formularët e gjysmëplotësuar mbahen në kujtesë deri atëherë. Liro pak hapësirë, ose bëj një kopje rezervë në një disk tjetër (Cilësimet).</translation>
    </message>
    <message>
        <source>Retention removed %1 contact notes, %2 people, %3 incident texts, %4 sent payloads.</source>
        <translation type="unfinished">Ruajtja fshiu %1 shënime kontakti, %2 persona, %3 tekste incidentesh, %4 përmbajtje të dërguara.</translation>
    </message>
    <message>
        <source>An unfinished form was restored on the %1 page.</source>
        <translation type="unfinished">Një formular i papërfunduar u rikthye në faqen %1.</translation>
    </message>
    <message>
        <source>Something went wrong (%1). Nothing was changed.</source>
        <translation type="unfinished">Diçka shkoi keq (%1). Nuk ndryshoi asgjë.</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished">Draft</translation>
    </message>
    <message>
        <source>Consented</source>
        <translation type="unfinished">Me pëlqim</translation>
    </message>
    <message>
        <source>Waiting for a coordinator</source>
        <translation type="unfinished">Në pritje të një koordinatori</translation>
    </message>
    <message>
        <source>Rejected by a coordinator</source>
        <translation type="unfinished">Refuzuar nga një koordinator</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation type="unfinished">Në pritje për t&apos;u dërguar</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished">Po dërgohet</translation>
    </message>
    <message>
        <source>Sent (receipt stored)</source>
        <translation type="unfinished">Dërguar (dëftesa u ruajt)</translation>
    </message>
    <message>
        <source>Parked: needs attention</source>
        <translation type="unfinished">Mënjanuar: kërkon vëmendje</translation>
    </message>
    <message>
        <source>Replaced by a newer version</source>
        <translation type="unfinished">Zëvendësuar nga një version më i ri</translation>
    </message>
    <message>
        <source>Withdrawal waiting to be sent</source>
        <translation type="unfinished">Tërheqje në pritje për t&apos;u dërguar</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished">Tërhequr</translation>
    </message>
    <message>
        <source>Withdrawn on the server</source>
        <translation type="unfinished">Tërhequr në server</translation>
    </message>
    <message>
        <source>Not found on the server yet: asked again at each sync for 30 days</source>
        <translation type="unfinished">Ende nuk gjendet në server: pyetet përsëri në çdo sinkronizim për 30 ditë</translation>
    </message>
    <message>
        <source>Not found on the server; it still withdraws the report if it arrives</source>
        <translation type="unfinished">Nuk gjendet në server; prapë e tërheq raportin nëse mbërrin</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished">Ndryshuar</translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished">Çfarë</translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished">Për</translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished">Gjendja</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation type="unfinished">Përpjekje</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished">Arsyeja</translation>
    </message>
    <message>
        <source>Withdrawal of consent</source>
        <translation type="unfinished">Tërheqje e pëlqimit</translation>
    </message>
    <message>
        <source>Report v%1</source>
        <translation type="unfinished">Raporti v%1</translation>
    </message>
    <message>
        <source> (incident of %1)</source>
        <translation type="unfinished"> (incidenti i %1)</translation>
    </message>
</context>
<context>
    <name>PassphrasesSection</name>
    <message>
        <source>Passphrases</source>
        <translation type="unfinished">Frazëkalimet</translation>
    </message>
    <message>
        <source>Passphrases of this vault</source>
        <translation type="unfinished">Frazëkalimet e kësaj kasaforte</translation>
    </message>
    <message>
        <source>Re&amp;move passphrase…</source>
        <translation type="unfinished">&amp;Hiq frazëkalimin…</translation>
    </message>
    <message>
        <source>Remove the selected passphrase</source>
        <translation type="unfinished">Hiq frazëkalimin e zgjedhur</translation>
    </message>
    <message>
        <source>Passphrases message</source>
        <translation type="unfinished">Mesazh për frazëkalimet</translation>
    </message>
    <message>
        <source>Removing a passphrase changes the vault&apos;s key, so a copy of the old key file with that passphrase opens nothing. The other passphrases keep working.</source>
        <translation type="unfinished">Heqja e një frazëkalimi ndryshon çelësin e kasafortës, ndaj një kopje e skedarit të vjetër të çelësit me atë frazëkalim nuk hap asgjë. Frazëkalimet e tjera vazhdojnë të funksionojnë.</translation>
    </message>
    <message>
        <source>list the passphrases</source>
        <translation type="unfinished">listohen frazëkalimet</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation type="unfinished">koordinator</translation>
    </message>
    <message>
        <source>worker</source>
        <translation type="unfinished">punonjës</translation>
    </message>
    <message>
        <source> (this session)</source>
        <translation type="unfinished"> (ky sesion)</translation>
    </message>
    <message>
        <source>Remove passphrase</source>
        <translation type="unfinished">Hiq frazëkalimin</translation>
    </message>
    <message>
        <source>Remove passphrase %1? Whoever uses it can no longer open this vault.</source>
        <translation type="unfinished">Të hiqet frazëkalimi %1? Kush e përdor nuk do ta hapë dot më këtë kasafortë.</translation>
    </message>
    <message>
        <source>Removing the passphrase and changing the vault&apos;s key…</source>
        <translation type="unfinished">Po hiqet frazëkalimi dhe po ndryshohet çelësi i kasafortës…</translation>
    </message>
    <message>
        <source>Passphrase removed; the vault&apos;s key was changed.</source>
        <translation type="unfinished">Frazëkalimi u hoq; çelësi i kasafortës u ndryshua.</translation>
    </message>
    <message>
        <source>Also removed (from before the coordinator key): %1</source>
        <translation type="unfinished">U hoqën gjithashtu (nga para çelësit të koordinatorit): %1</translation>
    </message>
    <message>
        <source>remove the passphrase</source>
        <translation type="unfinished">hiqet frazëkalimi</translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <translation type="unfinished">Nuk mund të %1: %2</translation>
    </message>
</context>
<context>
    <name>PerpetratorEditor</name>
    <message>
        <source>Perpetrator&apos;s gender</source>
        <translation type="unfinished">Gjinia e autorit</translation>
    </message>
    <message>
        <source>Perpetrator&apos;s age from</source>
        <translation type="unfinished">Mosha e autorit nga</translation>
    </message>
    <message>
        <source>Perpetrator&apos;s age to</source>
        <translation type="unfinished">Mosha e autorit deri</translation>
    </message>
    <message>
        <source>Perpetrator&apos;s build</source>
        <translation type="unfinished">Trupi i autorit</translation>
    </message>
    <message>
        <source>Gender:</source>
        <translation type="unfinished">Gjinia:</translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished">deri</translation>
    </message>
    <message>
        <source>Age:</source>
        <translation type="unfinished">Mosha:</translation>
    </message>
    <message>
        <source>Build:</source>
        <translation type="unfinished">Trupi:</translation>
    </message>
    <message>
        <source>Height</source>
        <translation type="unfinished">Gjatësia</translation>
    </message>
    <message>
        <source>Ethnicity (as described)</source>
        <translation type="unfinished">Etnia (siç u përshkrua)</translation>
    </message>
    <message>
        <source>Hair</source>
        <translation type="unfinished">Flokët</translation>
    </message>
    <message>
        <source>Distinguishing features</source>
        <translation type="unfinished">Shenja dalluese</translation>
    </message>
    <message>
        <source>Clothing</source>
        <translation type="unfinished">Veshja</translation>
    </message>
    <message>
        <source>Name they used</source>
        <translation type="unfinished">Emri që përdori</translation>
    </message>
    <message>
        <source>Phone numbers (comma between)</source>
        <translation type="unfinished">Numra telefoni (të ndarë me presje)</translation>
    </message>
    <message>
        <source>E-mail addresses (comma between)</source>
        <translation type="unfinished">Adresa e-maili (të ndara me presje)</translation>
    </message>
    <message>
        <source>Online names (comma between)</source>
        <translation type="unfinished">Emra në internet (të ndarë me presje)</translation>
    </message>
    <message>
        <source>Website or app</source>
        <translation type="unfinished">Faqe interneti ose aplikacion</translation>
    </message>
    <message>
        <source>Problem with: %1</source>
        <translation type="unfinished">Problem me: %1</translation>
    </message>
    <message>
        <source>not known</source>
        <translation type="unfinished">i panjohur</translation>
    </message>
</context>
<context>
    <name>PersonChoiceDialog</name>
    <message>
        <source>Which person?</source>
        <translation type="unfinished">Cili person?</translation>
    </message>
    <message>
        <source>%1 people are called “%2”. Who was this?</source>
        <translation type="unfinished">%1 persona quhen “%2”. Kush ishte ky?</translation>
    </message>
    <message>
        <source>The %1 last seen on %2</source>
        <translation type="unfinished">%1 i parë së fundi më %2</translation>
    </message>
    <message>
        <source>The %1 with no contact or incident yet</source>
        <translation type="unfinished">%1 ende pa kontakt apo incident</translation>
    </message>
    <message>
        <source>Someone new called %1</source>
        <translation type="unfinished">Dikush i ri me emrin %1</translation>
    </message>
</context>
<context>
    <name>PreviewStep</name>
    <message>
        <source>WHAT WILL BE SHARED</source>
        <translation type="unfinished">ÇFARË DO TË NDAHET</translation>
    </message>
    <message>
        <source>This is exactly what will leave this device when it is sent, and nothing else. Read it with the person. If anything could identify them, go back and change it.</source>
        <translation type="unfinished">Kjo është saktësisht ajo që do të dalë nga kjo pajisje kur të dërgohet, dhe asgjë tjetër. Lexojeni bashkë me personin. Nëse diçka mund ta identifikojë, kthehu dhe ndryshoje.</translation>
    </message>
    <message>
        <source>What will be shared, in plain words</source>
        <translation type="unfinished">Çfarë do të ndahet, me fjalë të thjeshta</translation>
    </message>
    <message>
        <source>What will be shared, as sent (JSON)</source>
        <translation type="unfinished">Çfarë do të ndahet, siç dërgohet (JSON)</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation type="unfinished">Hollësi teknike</translation>
    </message>
    <message>
        <source>Show technical details</source>
        <translation type="unfinished">Shfaq hollësitë teknike</translation>
    </message>
    <message>
        <source>Might still identify someone</source>
        <translation type="unfinished">Mund të identifikojë ende dikë</translation>
    </message>
    <message>
        <source>Look at each marked part with the person: keep it, or remove it from the text it is in. Sealing is possible once every part is decided.</source>
        <translation type="unfinished">Shiko me personin çdo pjesë të shënuar: mbaje, ose hiqe nga teksti ku ndodhet. Vulosja bëhet e mundur kur është vendosur për çdo pjesë.</translation>
    </message>
    <message>
        <source>Sharing status</source>
        <translation type="unfinished">Gjendja e ndarjes</translation>
    </message>
    <message>
        <source>&amp;Back to consent</source>
        <translation type="unfinished">&amp;Kthehu te pëlqimi</translation>
    </message>
    <message>
        <source>Back to consent</source>
        <translation type="unfinished">Kthehu te pëlqimi</translation>
    </message>
    <message>
        <source>&amp;Seal and queue for sending</source>
        <translation type="unfinished">&amp;Vulos dhe vendos në radhë për dërgim</translation>
    </message>
    <message>
        <source>Seal and queue for sending</source>
        <translation type="unfinished">Vulos dhe vendos në radhë për dërgim</translation>
    </message>
    <message>
        <source>This is exactly what the new version will send; it replaces the earlier one. Read it with the person. Sealing records that they confirmed it.</source>
        <translation type="unfinished">Kjo është saktësisht ajo që do të dërgojë versioni i ri; ai zëvendëson të mëparshmin. Lexojeni bashkë me personin. Vulosja regjistron që e konfirmoi.</translation>
    </message>
    <message>
        <source>Confirm and &amp;seal the new version</source>
        <translation type="unfinished">Konfirmo dhe &amp;vulos versionin e ri</translation>
    </message>
    <message>
        <source>Confirm and seal the new version</source>
        <translation type="unfinished">Konfirmo dhe vulos versionin e ri</translation>
    </message>
    <message>
        <source>Might still identify someone (%1)</source>
        <translation type="unfinished">Mund të identifikojë ende dikë (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n marked part(s) still to keep or remove before sealing.</source>
        <translation type="unfinished">
            <numerusform>Edhe %n pjesë e shënuar për t&apos;u mbajtur ose hequr para vulosjes.</numerusform>
            <numerusform>Edhe %n pjesë të shënuara për t&apos;u mbajtur ose hequr para vulosjes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removing it from %1…</source>
        <translation type="unfinished">Po hiqet nga %1…</translation>
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
        <translation type="unfinished">Anulo</translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished">Ruaj</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Mbyll</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished">&amp;Po</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished">&amp;Jo</translation>
    </message>
</context>
<context>
    <name>QuickDeletePanel</name>
    <message>
        <source>DELETE</source>
        <translation type="unfinished">FSHIJ</translation>
    </message>
    <message>
        <source>Quick delete…</source>
        <translation type="unfinished">Fshirje e shpejtë…</translation>
    </message>
    <message>
        <source>Quick delete</source>
        <translation type="unfinished">Fshirje e shpejtë</translation>
    </message>
    <message>
        <source>Everything on this laptop is destroyed and cannot be recovered: the vault, unsent reports, and the files Outreach saved outside it (exports, backups, PDFs) as far as it knows them. No passphrase is needed.</source>
        <translation type="unfinished">Gjithçka në këtë laptop shkatërrohet dhe nuk mund të rikthehet: kasaforta, raportet e padërguara dhe skedarët që Outreach ruajti jashtë saj (eksporte, kopje rezervë, PDF), për aq sa i njeh. Nuk nevojitet frazëkalim.</translation>
    </message>
    <message>
        <source>Type %1 to confirm.</source>
        <translation type="unfinished">Shkruaj %1 për të konfirmuar.</translation>
    </message>
    <message>
        <source>Type %1 to confirm quick delete</source>
        <translation type="unfinished">Shkruaj %1 për të konfirmuar fshirjen e shpejtë</translation>
    </message>
    <message>
        <source>Delete everything now</source>
        <translation type="unfinished">Fshi gjithçka tani</translation>
    </message>
    <message>
        <source>Confirm quick delete</source>
        <translation type="unfinished">Konfirmo fshirjen e shpejtë</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Anulo</translation>
    </message>
    <message>
        <source>Cancel quick delete</source>
        <translation type="unfinished">Anulo fshirjen e shpejtë</translation>
    </message>
</context>
<context>
    <name>RecordListPage</name>
    <message>
        <source>Any time</source>
        <translation type="unfinished">Çdo kohë</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished">24 orët e fundit</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished">7 ditët e fundit</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished">30 ditët e fundit</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation type="unfinished">12 muajt e fundit</translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished">Kërko</translation>
    </message>
    <message>
        <source>Search: words, alias, phone number or plate (Ctrl+F)</source>
        <translation type="unfinished">Kërko: fjalë, pseudonim, numër telefoni ose targë (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter by area</source>
        <translation type="unfinished">Filtro sipas zonës</translation>
    </message>
    <message>
        <source>Any area</source>
        <translation type="unfinished">Çdo zonë</translation>
    </message>
    <message>
        <source>Filter by date</source>
        <translation type="unfinished">Filtro sipas datës</translation>
    </message>
    <message>
        <source>Number of records shown</source>
        <translation type="unfinished">Numri i të dhënave të shfaqura</translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished">Të dhënat</translation>
    </message>
    <message>
        <source>Selected record</source>
        <translation type="unfinished">E dhëna e zgjedhur</translation>
    </message>
    <message>
        <source>Select a row to see it here.</source>
        <translation type="unfinished">Zgjidh një rresht për ta parë këtu.</translation>
    </message>
    <message>
        <source>Page message</source>
        <translation type="unfinished">Mesazhi i faqes</translation>
    </message>
    <message>
        <source>list records</source>
        <translation type="unfinished">listohen të dhënat</translation>
    </message>
    <message>
        <source>%1 shown</source>
        <translation type="unfinished">%1 të shfaqura</translation>
    </message>
    <message>
        <source>this person</source>
        <translation type="unfinished">ky person</translation>
    </message>
    <message>
        <source>Forget %1?

This permanently erases %1 and everything recorded about them on this device: %2 contacts and %3 incidents, with their consents and unsent reports. It cannot be undone.

Reports already sent to the charity will be withdrawn from its server at the next sync. An alert already read, or intelligence already passed to the police, cannot be recalled.</source>
        <translation type="unfinished">Të harrohet %1?

Kjo fshin përgjithmonë %1 dhe gjithçka të regjistruar për të në këtë pajisje: %2 kontakte dhe %3 incidente, me pëlqimet dhe raportet e padërguara. Kjo nuk mund të zhbëhet.

Raportet e dërguara tashmë te organizata do të tërhiqen nga serveri i saj në sinkronizimin e ardhshëm. Një sinjalizim i lexuar tashmë, ose informacioni i dhënë tashmë policisë, nuk mund të kthehet.</translation>
    </message>
    <message>
        <source>Forget %1 and erase %2 records</source>
        <translation type="unfinished">Harro %1 dhe fshi %2 të dhëna</translation>
    </message>
    <message>
        <source>Forgotten. Reports already sent will be withdrawn from the charity&apos;s server at the next sync.</source>
        <translation type="unfinished">U harrua. Raportet e dërguara tashmë do të tërhiqen nga serveri i organizatës në sinkronizimin e ardhshëm.</translation>
    </message>
    <message>
        <source>forget the person</source>
        <translation type="unfinished">harrohet personi</translation>
    </message>
    <message>
        <source>Forget this person</source>
        <translation type="unfinished">Harroje këtë person</translation>
    </message>
    <message>
        <source>count their records</source>
        <translation type="unfinished">numërohen të dhënat e tij</translation>
    </message>
</context>
<context>
    <name>RecordModels</name>
    <message>
        <source>When</source>
        <translation type="unfinished">Kur</translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished">Zona</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation type="unfinished">Pseudonimi</translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished">Si</translation>
    </message>
    <message>
        <source>Supplies</source>
        <translation type="unfinished">Materiale</translation>
    </message>
    <message>
        <source>Supplies handed out, with counts</source>
        <translation type="unfinished">Materialet e shpërndara, me sasi</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished">Drejtime</translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished">Shënim</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished">Çfarë ndodhi</translation>
    </message>
    <message>
        <source>Perpetrators</source>
        <translation type="unfinished">Autorët</translation>
    </message>
    <message>
        <source>Number of perpetrators</source>
        <translation type="unfinished">Numri i autorëve</translation>
    </message>
    <message>
        <source>Plates</source>
        <translation type="unfinished">Targat</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished">Përmbledhje</translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished">Mosha</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished">Gjinia</translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished">Gjuha</translation>
    </message>
</context>
<context>
    <name>RecordPages</name>
    <message>
        <source>Could not %1: %2</source>
        <translation type="unfinished">Nuk mund të %1: %2</translation>
    </message>
    <message>
        <source>Could not %1: the vault is locked.</source>
        <translation type="unfinished">Nuk mund të %1: kasaforta është e kyçur.</translation>
    </message>
    <message>
        <source>Could not %1: the vault refused the change (%2). Nothing was saved.</source>
        <translation type="unfinished">Nuk mund të %1: kasaforta e refuzoi ndryshimin (%2). Nuk u ruajt asgjë.</translation>
    </message>
    <message>
        <source>Could not %1 (%2).</source>
        <translation type="unfinished">Nuk mund të %1 (%2).</translation>
    </message>
</context>
<context>
    <name>RestorePassphraseDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished">Rikthe nga një kopje rezervë</translation>
    </message>
    <message>
        <source>Passphrase of the backup</source>
        <translation type="unfinished">Frazëkalimi i kopjes rezervë</translation>
    </message>
    <message>
        <source>Current coordinator passphrase</source>
        <translation type="unfinished">Frazëkalimi aktual i koordinatorit</translation>
    </message>
    <message>
        <source>Restoring replaces every record on this laptop with the backup&apos;s. Records added since the backup are lost.</source>
        <translation type="unfinished">Rikthimi zëvendëson çdo të dhënë në këtë laptop me ato të kopjes rezervë. Të dhënat e shtuara pas kopjes humbasin.</translation>
    </message>
    <message>
        <source>&amp;Coordinator passphrase of this vault:</source>
        <translation type="unfinished">Frazëkalimi i &amp;koordinatorit për këtë kasafortë:</translation>
    </message>
    <message>
        <source>&amp;Passphrase of the backup:</source>
        <translation type="unfinished">&amp;Frazëkalimi i kopjes rezervë:</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review and sync</source>
        <translation type="unfinished">Shqyrtim dhe sinkronizim</translation>
    </message>
    <message>
        <source>Queue summary</source>
        <translation type="unfinished">Përmbledhja e radhës</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation type="unfinished">Kutia dalëse</translation>
    </message>
    <message>
        <source>Selected report, in plain words</source>
        <translation type="unfinished">Raporti i zgjedhur, me fjalë të thjeshta</translation>
    </message>
    <message>
        <source>Selected report, as sent (JSON)</source>
        <translation type="unfinished">Raporti i zgjedhur, siç dërgohet (JSON)</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished">&amp;Mirato</translation>
    </message>
    <message>
        <source>Approve the selected report</source>
        <translation type="unfinished">Mirato raportin e zgjedhur</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation type="unfinished">&amp;Refuzo</translation>
    </message>
    <message>
        <source>Reject the selected report</source>
        <translation type="unfinished">Refuzo raportin e zgjedhur</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation type="unfinished">&amp;Sinkronizo tani</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished">Sinkronizo tani</translation>
    </message>
    <message>
        <source>Page message</source>
        <translation type="unfinished">Mesazhi i faqes</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished">Adresa e serverit</translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <translation type="unfinished">Kodi i regjistrimit</translation>
    </message>
    <message>
        <source>Charity key fingerprint from the code sheet</source>
        <translation type="unfinished">Gjurma e çelësit të organizatës nga fleta e kodeve</translation>
    </message>
    <message>
        <source>&amp;Link this device</source>
        <translation type="unfinished">&amp;Lidhe këtë pajisje</translation>
    </message>
    <message>
        <source>Link this device to the server</source>
        <translation type="unfinished">Lidhe këtë pajisje me serverin</translation>
    </message>
    <message>
        <source>Link to the charity&apos;s server</source>
        <translation type="unfinished">Lidhja me serverin e organizatës</translation>
    </message>
    <message>
        <source>Ser&amp;ver address:</source>
        <translation type="unfinished">Adresa e ser&amp;verit:</translation>
    </message>
    <message>
        <source>Enrolment &amp;code:</source>
        <translation type="unfinished">Kodi i regjistrimit (&amp;c):</translation>
    </message>
    <message>
        <source>Charity key &amp;fingerprint:</source>
        <translation type="unfinished">&amp;Gjurma e çelësit të organizatës:</translation>
    </message>
    <message>
        <source>load the outbox</source>
        <translation type="unfinished">ngarkohet kutia dalëse</translation>
    </message>
    <message>
        <source>%1 waiting to be sent</source>
        <translation type="unfinished">%1 në pritje për t&apos;u dërguar</translation>
    </message>
    <message>
        <source>%1 waiting for review</source>
        <translation type="unfinished">%1 në pritje të shqyrtimit</translation>
    </message>
    <message>
        <source>%1 parked</source>
        <translation type="unfinished">%1 të mënjanuara</translation>
    </message>
    <message>
        <source>%1 sent</source>
        <translation type="unfinished">%1 të dërguara</translation>
    </message>
    <message numerus="yes">
        <source>%n withdrawal(s) not found on the server yet</source>
        <translation type="unfinished">
            <numerusform>%n tërheqje ende nuk gjendet në server</numerusform>
            <numerusform>%n tërheqje ende nuk gjenden në server</numerusform>
        </translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation type="unfinished">Gjendja: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished">Arsyeja: %1</translation>
    </message>
    <message>
        <source>What was sent was removed from this device by retention. The report can still be withdrawn from the charity&apos;s server.</source>
        <translation type="unfinished">Ajo që u dërgua u fshi nga kjo pajisje sipas afatit të ruajtjes. Raporti ende mund të tërhiqet nga serveri i organizatës.</translation>
    </message>
    <message>
        <source>(removed by retention)</source>
        <translation type="unfinished">(fshirë sipas afatit të ruajtjes)</translation>
    </message>
    <message>
        <source>Approved: it is sent at the next sync.</source>
        <translation type="unfinished">U miratua: dërgohet në sinkronizimin e ardhshëm.</translation>
    </message>
    <message>
        <source>Rejected.</source>
        <translation type="unfinished">U refuzua.</translation>
    </message>
    <message>
        <source>approve the report</source>
        <translation type="unfinished">miratohet raporti</translation>
    </message>
    <message>
        <source>reject the report</source>
        <translation type="unfinished">refuzohet raporti</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished">Po sinkronizohet…</translation>
    </message>
    <message>
        <source>Type the server address, the enrolment code and the charity key fingerprint.</source>
        <translation type="unfinished">Shkruaj adresën e serverit, kodin e regjistrimit dhe gjurmën e çelësit të organizatës.</translation>
    </message>
    <message>
        <source>Linking…</source>
        <translation type="unfinished">Po lidhet…</translation>
    </message>
    <message>
        <source>Outreach device</source>
        <translation type="unfinished">Pajisje Outreach</translation>
    </message>
    <message>
        <source>the charity</source>
        <translation type="unfinished">organizata</translation>
    </message>
    <message>
        <source>Linked to %1 (%2 regions).</source>
        <translation type="unfinished">U lidh me %1 (%2 rajone).</translation>
    </message>
    <message>
        <source>Charity key pinned: %1.</source>
        <translation type="unfinished">Çelësi i organizatës u fiksua: %1.</translation>
    </message>
    <message>
        <source>Linking failed: %1.</source>
        <translation type="unfinished">Lidhja dështoi: %1.</translation>
    </message>
</context>
<context>
    <name>RoleNotice</name>
    <message>
        <source>Alarm: something protected was changed without the coordinator&apos;s key. It has been put back, and this is recorded in the audit log.</source>
        <translation type="unfinished">Alarm: diçka e mbrojtur u ndryshua pa çelësin e koordinatorit. U kthye siç ishte, dhe kjo është regjistruar në regjistrin e auditimit.</translation>
    </message>
    <message>
        <source>This passphrase acts as a worker in this session.</source>
        <translation type="unfinished">Ky frazëkalim vepron si punonjës në këtë sesion.</translation>
    </message>
    <message>
        <source>Protected settings and roles are now sealed with the coordinator key.</source>
        <translation type="unfinished">Cilësimet dhe rolet e mbrojtura tani janë vulosur me çelësin e koordinatorit.</translation>
    </message>
    <message>
        <source>Review and retention settings are not sealed yet: the next coordinator unlock seals them.</source>
        <translation type="unfinished">Cilësimet e shqyrtimit dhe të ruajtjes nuk janë vulosur ende: shkyçja e ardhshme nga një koordinator i vulos.</translation>
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
        <translation type="unfinished">ruhet incidenti</translation>
    </message>
    <message>
        <source>Saved. This incident was shared, and the new version is not shared until the person confirms it. Close to leave the earlier version as it was.</source>
        <translation type="unfinished">U ruajt. Ky incident u nda, dhe versioni i ri nuk ndahet derisa personi ta konfirmojë. Mbylle për ta lënë versionin e mëparshëm siç ishte.</translation>
    </message>
    <message>
        <source>Incident saved.</source>
        <translation type="unfinished">Incidenti u ruajt.</translation>
    </message>
    <message>
        <source>Incident saved. It stays on this device until consent is given.</source>
        <translation type="unfinished">Incidenti u ruajt. Mbetet në këtë pajisje derisa të jepet pëlqimi.</translation>
    </message>
    <message>
        <source>Perpetrator %1: %2</source>
        <translation type="unfinished">Autori %1: %2</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished">Cilësimet</translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"> min</translation>
    </message>
    <message>
        <source>Lock after minutes without use</source>
        <translation type="unfinished">Kyç pas kaq minutash pa përdorim</translation>
    </message>
    <message>
        <source>Panic: %1 locks and hides the window at once.</source>
        <translation type="unfinished">Panik: %1 kyç dhe fsheh dritaren menjëherë.</translation>
    </message>
    <message>
        <source>Locking</source>
        <translation type="unfinished">Kyçja</translation>
    </message>
    <message>
        <source>Lock after &amp;idle:</source>
        <translation type="unfinished">Kyç pas &amp;mosveprimit:</translation>
    </message>
    <message>
        <source>A coordinator approves reports before they leave</source>
        <translation type="unfinished">Një koordinator i miraton raportet para se të dalin</translation>
    </message>
    <message>
        <source>Review required</source>
        <translation type="unfinished">Kërkohet shqyrtim</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation type="unfinished">Ndarja</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished">Ruajtja</translation>
    </message>
    <message>
        <source>Contact notes:</source>
        <translation type="unfinished">Shënimet e kontakteve:</translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"> muaj</translation>
    </message>
    <message>
        <source>People (alias and notes):</source>
        <translation type="unfinished">Personat (pseudonim dhe shënime):</translation>
    </message>
    <message>
        <source>Incident descriptions:</source>
        <translation type="unfinished">Përshkrimet e incidenteve:</translation>
    </message>
    <message>
        <source>Sent reports&apos; copies:</source>
        <translation type="unfinished">Kopjet e raporteve të dërguara:</translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"> ditë</translation>
    </message>
    <message>
        <source>Save retention</source>
        <translation type="unfinished">Ruaj afatet</translation>
    </message>
    <message>
        <source>Save the retention periods</source>
        <translation type="unfinished">Ruaj afatet e ruajtjes</translation>
    </message>
    <message>
        <source>Retention message</source>
        <translation type="unfinished">Mesazh për ruajtjen</translation>
    </message>
    <message>
        <source>Dark (low glare)</source>
        <translation type="unfinished">E errët (më pak shkëlqim)</translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished">E çelët</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished">Tema</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation type="unfinished">Gjuha e sistemit</translation>
    </message>
    <message>
        <source>Language of the app</source>
        <translation type="unfinished">Gjuha e aplikacionit</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished">Pamja</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished">&amp;Tema:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished">&amp;Gjuha:</translation>
    </message>
    <message>
        <source>Contact line on the alerts handout</source>
        <translation type="unfinished">Rreshti i kontaktit në fletëpalosjen e sinjalizimeve</translation>
    </message>
    <message>
        <source>e.g. Outreach van 07700 900123, Mon–Sat 8pm–2am</source>
        <translation type="unfinished">p.sh. Furgoni Outreach 07700 900123, hën–sht 20–2</translation>
    </message>
    <message>
        <source>Save contact line</source>
        <translation type="unfinished">Ruaj rreshtin e kontaktit</translation>
    </message>
    <message>
        <source>Save the contact line</source>
        <translation type="unfinished">Ruaj rreshtin e kontaktit</translation>
    </message>
    <message>
        <source>Contact line message</source>
        <translation type="unfinished">Mesazh për rreshtin e kontaktit</translation>
    </message>
    <message>
        <source>Printed handout</source>
        <translation type="unfinished">Fletëpalosja e printuar</translation>
    </message>
    <message>
        <source>&amp;Contact line:</source>
        <translation type="unfinished">Rreshti i &amp;kontaktit:</translation>
    </message>
    <message>
        <source>Not linked to a server.</source>
        <translation type="unfinished">Nuk është lidhur me një server.</translation>
    </message>
    <message>
        <source>Server link</source>
        <translation type="unfinished">Lidhja me serverin</translation>
    </message>
    <message>
        <source>Link to a server…</source>
        <translation type="unfinished">Lidhu me një server…</translation>
    </message>
    <message>
        <source>Link to a server</source>
        <translation type="unfinished">Lidhu me një server</translation>
    </message>
    <message>
        <source>Charity server</source>
        <translation type="unfinished">Serveri i organizatës</translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation type="unfinished">Ndrysho frazëkalimin…</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation type="unfinished">Ndrysho frazëkalimin</translation>
    </message>
    <message>
        <source>Back up…</source>
        <translation type="unfinished">Kopje rezervë…</translation>
    </message>
    <message>
        <source>Back up the vault</source>
        <translation type="unfinished">Bëj kopje rezervë të kasafortës</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation type="unfinished">Rikthe…</translation>
    </message>
    <message>
        <source>Restore the vault from a backup</source>
        <translation type="unfinished">Rikthe kasafortën nga një kopje rezervë</translation>
    </message>
    <message>
        <source>Vault message</source>
        <translation type="unfinished">Mesazh për kasafortën</translation>
    </message>
    <message>
        <source>Passphrase and backups</source>
        <translation type="unfinished">Frazëkalimi dhe kopjet rezervë</translation>
    </message>
    <message>
        <source>Quick delete…</source>
        <translation type="unfinished">Fshirje e shpejtë…</translation>
    </message>
    <message>
        <source>Quick delete</source>
        <translation type="unfinished">Fshirje e shpejtë</translation>
    </message>
    <message>
        <source>Quick delete warning</source>
        <translation type="unfinished">Paralajmërim për fshirjen e shpejtë</translation>
    </message>
    <message>
        <source>Delete everything now</source>
        <translation type="unfinished">Fshi gjithçka tani</translation>
    </message>
    <message>
        <source>Confirm quick delete</source>
        <translation type="unfinished">Konfirmo fshirjen e shpejtë</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Anulo</translation>
    </message>
    <message>
        <source>Cancel quick delete</source>
        <translation type="unfinished">Anulo fshirjen e shpejtë</translation>
    </message>
    <message>
        <source>Also destroy the files Outreach saved outside the vault (exports, backups, PDFs)</source>
        <translation type="unfinished">Shkatërro edhe skedarët që Outreach ruajti jashtë kasafortës (eksporte, kopje rezervë, PDF)</translation>
    </message>
    <message>
        <source>Destroys the key first, then every record on this laptop and the files Outreach saved outside the vault (exports, backups, PDFs) that are still where it saved them; it lists any it cannot reach. Copies you made elsewhere stay. It cannot be undone. Use it if the laptop is about to be taken. The lock screen offers it too, without the passphrase.</source>
        <translation type="unfinished">Shkatërron së pari çelësin, pastaj çdo të dhënë në këtë laptop dhe skedarët që Outreach ruajti jashtë kasafortës (eksporte, kopje rezervë, PDF) që janë ende aty ku i ruajti; rendit ata që nuk i arrin. Kopjet që ke bërë gjetkë mbeten. Nuk mund të zhbëhet. Përdore nëse laptopi është gati të merret. Edhe ekrani i kyçjes e ofron, pa frazëkalimin.</translation>
    </message>
    <message>
        <source>The new language is used when Outreach starts again.</source>
        <translation type="unfinished">Gjuha e re përdoret kur Outreach të hapet përsëri.</translation>
    </message>
    <message>
        <source>Contact line saved.</source>
        <translation type="unfinished">Rreshti i kontaktit u ruajt.</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation type="unfinished">Nuk u ruajt.</translation>
    </message>
    <message>
        <source>Retention periods saved.</source>
        <translation type="unfinished">Afatet e ruajtjes u ruajtën.</translation>
    </message>
    <message>
        <source>Only a coordinator can change the retention periods.</source>
        <translation type="unfinished">Vetëm një koordinator mund t&apos;i ndryshojë afatet e ruajtjes.</translation>
    </message>
    <message>
        <source>The retention periods were not saved.</source>
        <translation type="unfinished">Afatet e ruajtjes nuk u ruajtën.</translation>
    </message>
    <message>
        <source>Only a coordinator can change the review setting.</source>
        <translation type="unfinished">Vetëm një koordinator mund ta ndryshojë cilësimin e shqyrtimit.</translation>
    </message>
    <message>
        <source>Outreach backups (*.obk)</source>
        <translation type="unfinished">Kopje rezervë Outreach (*.obk)</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished">Rikthe nga një kopje rezervë</translation>
    </message>
    <message>
        <source>Counting reports that have not been sent…</source>
        <translation type="unfinished">Po numërohen raportet e padërguara…</translation>
    </message>
    <message>
        <source>Everything on this laptop will be destroyed and cannot be recovered.</source>
        <translation type="unfinished">Gjithçka në këtë laptop do të shkatërrohet dhe nuk mund të rikthehet.</translation>
    </message>
    <message>
        <source>All reports have been sent. Everything on this laptop will be destroyed.</source>
        <translation type="unfinished">Të gjitha raportet janë dërguar. Gjithçka në këtë laptop do të shkatërrohet.</translation>
    </message>
    <message numerus="yes">
        <source>Not yet sent to the charity: %n report(s). They will be lost. Everything on this laptop will be destroyed.</source>
        <translation type="unfinished">
            <numerusform>Ende pa u dërguar te organizata: %n raport. Do të humbasë. Gjithçka në këtë laptop do të shkatërrohet.</numerusform>
            <numerusform>Ende pa u dërguar te organizata: %n raporte. Do të humbasin. Gjithçka në këtë laptop do të shkatërrohet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleting everything in %n second(s). Press Cancel to stop.</source>
        <translation type="unfinished">
            <numerusform>Gjithçka fshihet pas %n sekonde. Shtyp Anulo për ta ndalur.</numerusform>
            <numerusform>Gjithçka fshihet pas %n sekondash. Shtyp Anulo për ta ndalur.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SharingFlow</name>
    <message>
        <source>the area “%1” has no server region yet</source>
        <translation type="unfinished">zona “%1” ende nuk ka rajon në server</translation>
    </message>
    <message>
        <source>it has no area</source>
        <translation type="unfinished">nuk ka zonë</translation>
    </message>
    <message>
        <source>Saved, but not shareable: %1, so a report cannot be sent and no consent was asked. Choose an area, or set the area&apos;s region in Settings → Areas (or `outreach area set-region`), then open the incident again to share it.</source>
        <translation type="unfinished">U ruajt, por nuk mund të ndahet: %1, ndaj nuk mund të dërgohet raport dhe nuk u kërkua pëlqim. Zgjidh një zonë, ose cakto rajonin e zonës te Cilësimet → Zonat (ose `outreach area set-region`), pastaj hap përsëri incidentin për ta ndarë.</translation>
    </message>
    <message>
        <source>check the area</source>
        <translation type="unfinished">kontrollohet zona</translation>
    </message>
    <message>
        <source>load the consent</source>
        <translation type="unfinished">ngarkohet pëlqimi</translation>
    </message>
    <message>
        <source>Type the initials of the worker recording consent.</source>
        <translation type="unfinished">Shkruaj inicialet e punonjësit që regjistron pëlqimin.</translation>
    </message>
    <message>
        <source>record consent</source>
        <translation type="unfinished">regjistrohet pëlqimi</translation>
    </message>
    <message>
        <source>Nothing will be shared. The incident stays on this device.</source>
        <translation type="unfinished">Nuk do të ndahet asgjë. Incidenti mbetet në këtë pajisje.</translation>
    </message>
    <message>
        <source>prepare the preview</source>
        <translation type="unfinished">përgatitet parapamja</translation>
    </message>
    <message>
        <source>Removed. This incident was shared, so the new version needs the person&apos;s confirmation before it is sealed.</source>
        <translation type="unfinished">U hoq. Ky incident u nda, ndaj versioni i ri kërkon konfirmimin e personit para se të vuloset.</translation>
    </message>
    <message>
        <source>remove it</source>
        <translation type="unfinished">hiqet</translation>
    </message>
    <message>
        <source>Sealed. A coordinator reviews it before it is sent.</source>
        <translation type="unfinished">U vulos. Një koordinator e shqyrton para dërgimit.</translation>
    </message>
    <message>
        <source>Sealed and queued: it is sent at a random time within the next 15 minutes, so the sending does not show when it was written. Sync now on Review &amp; sync sends it at once.</source>
        <translation type="unfinished">U vulos dhe u vendos në radhë: dërgohet në një moment të rastësishëm brenda 15 minutave të ardhshme, që dërgimi të mos tregojë kur u shkrua. “Sinkronizo tani” te faqja Shqyrtim dhe sinkronizim e dërgon menjëherë.</translation>
    </message>
    <message>
        <source>It replaces the version sent earlier.</source>
        <translation type="unfinished">Zëvendëson versionin e dërguar më parë.</translation>
    </message>
    <message>
        <source>seal the report</source>
        <translation type="unfinished">vuloset raporti</translation>
    </message>
    <message>
        <source>Print the withdrawal slip</source>
        <translation type="unfinished">Printo fletëzën e tërheqjes</translation>
    </message>
    <message>
        <source>Slip saved as a PDF.</source>
        <translation type="unfinished">Fletëza u ruajt si PDF.</translation>
    </message>
    <message>
        <source>The slip could not be saved.</source>
        <translation type="unfinished">Fletëza nuk mund të ruhej.</translation>
    </message>
    <message>
        <source>The slip could not be printed.</source>
        <translation type="unfinished">Fletëza nuk mund të printohej.</translation>
    </message>
    <message>
        <source>Slip sent to the printer.</source>
        <translation type="unfinished">Fletëza u dërgua te printeri.</translation>
    </message>
</context>
<context>
    <name>SharingSteps</name>
    <message>
        <source>night</source>
        <translation type="unfinished">natë</translation>
    </message>
    <message>
        <source>morning</source>
        <translation type="unfinished">mëngjes</translation>
    </message>
    <message>
        <source>afternoon</source>
        <translation type="unfinished">pasdite</translation>
    </message>
    <message>
        <source>evening</source>
        <translation type="unfinished">mbrëmje</translation>
    </message>
    <message>
        <source>Format version</source>
        <translation type="unfinished">Versioni i formatit</translation>
    </message>
    <message>
        <source>Report number (random; not linked to this device or the person)</source>
        <translation type="unfinished">Numri i raportit (i rastësishëm; pa lidhje me këtë pajisje apo me personin)</translation>
    </message>
    <message>
        <source>Replaces the earlier report</source>
        <translation type="unfinished">Zëvendëson raportin e mëparshëm</translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished">Rajoni</translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished">Data</translation>
    </message>
    <message>
        <source>Part of the day</source>
        <translation type="unfinished">Pjesa e ditës</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished">Çfarë ndodhi</translation>
    </message>
    <message>
        <source>Withdrawal check (a one-way fingerprint of the code, not the code)</source>
        <translation type="unfinished">Kontrolli i tërheqjes (gjurmë njëdrejtimëshe e kodit, jo kodi)</translation>
    </message>
    <message>
        <source>Perpetrator</source>
        <translation type="unfinished">Autori</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation type="unfinished">Automjeti</translation>
    </message>
    <message>
        <source>Weapon used</source>
        <translation type="unfinished">U përdor armë</translation>
    </message>
    <message>
        <source>Summary (names and numbers taken out)</source>
        <translation type="unfinished">Përmbledhje (pa emra dhe numra)</translation>
    </message>
    <message>
        <source>Age band of the person</source>
        <translation type="unfinished">Grupmosha e personit</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished">Gjinia</translation>
    </message>
    <message>
        <source>Hurt</source>
        <translation type="unfinished">I lënduar</translation>
    </message>
    <message>
        <source>How badly hurt</source>
        <translation type="unfinished">Sa rëndë u lëndua</translation>
    </message>
    <message>
        <source>Police already told</source>
        <translation type="unfinished">Policia është njoftuar tashmë</translation>
    </message>
    <message>
        <source>Wants police contact through the outreach project</source>
        <translation type="unfinished">Dëshiron kontakt me policinë përmes projektit</translation>
    </message>
    <message>
        <source>Age from</source>
        <translation type="unfinished">Mosha nga</translation>
    </message>
    <message>
        <source>Age to</source>
        <translation type="unfinished">Mosha deri</translation>
    </message>
    <message>
        <source>Height</source>
        <translation type="unfinished">Gjatësia</translation>
    </message>
    <message>
        <source>Build</source>
        <translation type="unfinished">Trupi</translation>
    </message>
    <message>
        <source>Ethnicity (as described)</source>
        <translation type="unfinished">Etnia (siç u përshkrua)</translation>
    </message>
    <message>
        <source>Hair</source>
        <translation type="unfinished">Flokët</translation>
    </message>
    <message>
        <source>Distinguishing features</source>
        <translation type="unfinished">Shenja dalluese</translation>
    </message>
    <message>
        <source>Clothing</source>
        <translation type="unfinished">Veshja</translation>
    </message>
    <message>
        <source>Name used</source>
        <translation type="unfinished">Emri i përdorur</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation type="unfinished">Numra telefoni</translation>
    </message>
    <message>
        <source>E-mail addresses</source>
        <translation type="unfinished">Adresa e-maili</translation>
    </message>
    <message>
        <source>Online names</source>
        <translation type="unfinished">Emra në internet</translation>
    </message>
    <message>
        <source>Website or app</source>
        <translation type="unfinished">Faqe interneti ose aplikacion</translation>
    </message>
    <message>
        <source>Make</source>
        <translation type="unfinished">Marka</translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished">Modeli</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished">Ngjyra</translation>
    </message>
    <message>
        <source>Registration plate</source>
        <translation type="unfinished">Targa</translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished">po</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished">jo</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation type="unfinished">nga %1 deri %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished">nga %1</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation type="unfinished">deri %1</translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished">Mosha</translation>
    </message>
    <message>
        <source>Sent to the charity:</source>
        <translation type="unfinished">Dërguar te organizata:</translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation type="unfinished">Për: %1</translation>
    </message>
    <message>
        <source>(only that this purpose was agreed)</source>
        <translation type="unfinished">(vetëm që u pranua ky qëllim)</translation>
    </message>
    <message>
        <source>Nothing else leaves this device.</source>
        <translation type="unfinished">Asgjë tjetër nuk del nga kjo pajisje.</translation>
    </message>
    <message>
        <source>a name or a place?</source>
        <translation type="unfinished">emër apo vend?</translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished">numër</translation>
    </message>
    <message>
        <source>an address or online name (has @)</source>
        <translation type="unfinished">adresë ose emër në internet (ka @)</translation>
    </message>
    <message>
        <source>comes after lives, works, at or flat: a place?</source>
        <translation type="unfinished">vjen pas “jeton”, “punon”, “te” ose “apartament”: vend?</translation>
    </message>
    <message>
        <source>height</source>
        <translation type="unfinished">gjatësia</translation>
    </message>
    <message>
        <source>ethnicity as described</source>
        <translation type="unfinished">etnia siç u përshkrua</translation>
    </message>
    <message>
        <source>hair</source>
        <translation type="unfinished">flokët</translation>
    </message>
    <message>
        <source>distinguishing features</source>
        <translation type="unfinished">shenja dalluese</translation>
    </message>
    <message>
        <source>clothing</source>
        <translation type="unfinished">veshja</translation>
    </message>
    <message>
        <source>name used</source>
        <translation type="unfinished">emri i përdorur</translation>
    </message>
    <message>
        <source>website or app</source>
        <translation type="unfinished">faqe interneti ose aplikacion</translation>
    </message>
    <message>
        <source>make</source>
        <translation type="unfinished">marka</translation>
    </message>
    <message>
        <source>model</source>
        <translation type="unfinished">modeli</translation>
    </message>
    <message>
        <source>colour</source>
        <translation type="unfinished">ngjyra</translation>
    </message>
    <message>
        <source>the summary</source>
        <translation type="unfinished">përmbledhja</translation>
    </message>
    <message>
        <source>perpetrator %1</source>
        <translation type="unfinished">autori %1</translation>
    </message>
    <message>
        <source>vehicle %1</source>
        <translation type="unfinished">automjeti %1</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished">në %1</translation>
    </message>
    <message>
        <source>Might identify: %1 (%2), in %3</source>
        <translation type="unfinished">Mund të identifikojë: %1 (%2), në %3</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished">Mbaje</translation>
    </message>
    <message>
        <source>Keep: %1</source>
        <translation type="unfinished">Mbaje: %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished">Hiqe</translation>
    </message>
    <message>
        <source>Remove from %1: %2</source>
        <translation type="unfinished">Hiqe nga %1: %2</translation>
    </message>
</context>
<context>
    <name>ShiftPage</name>
    <message>
        <source>Shift</source>
        <translation type="unfinished">Turni</translation>
    </message>
    <message>
        <source>No shift running.</source>
        <translation type="unfinished">Asnjë turn në vazhdim.</translation>
    </message>
    <message>
        <source>Shift state</source>
        <translation type="unfinished">Gjendja e turnit</translation>
    </message>
    <message>
        <source>Area (pick one or type a new one)</source>
        <translation type="unfinished">Zona (zgjidh një ose shkruaj një të re)</translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished">Zona</translation>
    </message>
    <message>
        <source>Shift mode</source>
        <translation type="unfinished">Mënyra e turnit</translation>
    </message>
    <message>
        <source>Staff initials</source>
        <translation type="unfinished">Inicialet e ekipit</translation>
    </message>
    <message>
        <source>e.g. AB, CD</source>
        <translation type="unfinished">p.sh. AB, CD</translation>
    </message>
    <message>
        <source>&amp;Start shift</source>
        <translation type="unfinished">&amp;Fillo turnin</translation>
    </message>
    <message>
        <source>Start shift</source>
        <translation type="unfinished">Fillo turnin</translation>
    </message>
    <message>
        <source>E&amp;nd shift</source>
        <translation type="unfinished">&amp;Mbyll turnin</translation>
    </message>
    <message>
        <source>End shift</source>
        <translation type="unfinished">Mbyll turnin</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation type="unfinished">&amp;Zona:</translation>
    </message>
    <message>
        <source>M&amp;ode:</source>
        <translation type="unfinished">Mëny&amp;ra:</translation>
    </message>
    <message>
        <source>Server region of the new area</source>
        <translation type="unfinished">Rajoni në server i zonës së re</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation type="unfinished">Ra&amp;joni:</translation>
    </message>
    <message>
        <source>&amp;Initials:</source>
        <translation type="unfinished">&amp;Inicialet:</translation>
    </message>
    <message>
        <source>Quick contact (Enter saves)</source>
        <translation type="unfinished">Kontakt i shpejtë (Enter ruan)</translation>
    </message>
    <message>
        <source>Quick contact</source>
        <translation type="unfinished">Kontakt i shpejtë</translation>
    </message>
    <message>
        <source>Alias (leave empty for an anonymous contact)</source>
        <translation type="unfinished">Pseudonimi (lëre bosh për kontakt anonim)</translation>
    </message>
    <message>
        <source>Alias, or leave empty</source>
        <translation type="unfinished">Pseudonimi, ose lëre bosh</translation>
    </message>
    <message>
        <source>How the contact happened</source>
        <translation type="unfinished">Si ndodhi kontakti</translation>
    </message>
    <message>
        <source>%1 handed out</source>
        <translation type="unfinished">U shpërndanë %1</translation>
    </message>
    <message>
        <source>Referred to %1</source>
        <translation type="unfinished">U drejtua te %1</translation>
    </message>
    <message>
        <source>Note (stays on this device)</source>
        <translation type="unfinished">Shënim (mbetet në këtë pajisje)</translation>
    </message>
    <message>
        <source>A short note (stays on this device)</source>
        <translation type="unfinished">Një shënim i shkurtër (mbetet në këtë pajisje)</translation>
    </message>
    <message>
        <source>Save contact</source>
        <translation type="unfinished">Ruaj kontaktin</translation>
    </message>
    <message>
        <source>Quick contact message</source>
        <translation type="unfinished">Mesazh i kontaktit të shpejtë</translation>
    </message>
    <message>
        <source>A&amp;lias:</source>
        <translation type="unfinished">&amp;Pseudonimi:</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation type="unfinished">&amp;Mënyra:</translation>
    </message>
    <message>
        <source>Supplies:</source>
        <translation type="unfinished">Materiale:</translation>
    </message>
    <message>
        <source>Referrals:</source>
        <translation type="unfinished">Drejtime:</translation>
    </message>
    <message>
        <source>No&amp;te:</source>
        <translation type="unfinished">Shë&amp;nim:</translation>
    </message>
    <message>
        <source>Shift tally</source>
        <translation type="unfinished">Numërimi i turnit</translation>
    </message>
    <message>
        <source>This shift&apos;s contacts (Enter edits the selected one)</source>
        <translation type="unfinished">Kontaktet e këtij turni (Enter ndryshon të zgjedhurin)</translation>
    </message>
    <message>
        <source>&amp;Undo last contact</source>
        <translation type="unfinished">Zhbëj &amp;kontaktin e fundit</translation>
    </message>
    <message>
        <source>Undo the last contact saved here (Ctrl+Z)</source>
        <translation type="unfinished">Zhbëj kontaktin e fundit të ruajtur këtu (Ctrl+Z)</translation>
    </message>
    <message>
        <source>This shift so far</source>
        <translation type="unfinished">Ky turn deri tani</translation>
    </message>
    <message>
        <source>load the shift</source>
        <translation type="unfinished">ngarkohet turni</translation>
    </message>
    <message>
        <source>No region (not shareable)</source>
        <translation type="unfinished">Pa rajon (nuk mund të ndahet)</translation>
    </message>
    <message>
        <source>A contact you had started before the lock was restored.</source>
        <translation type="unfinished">Një kontakt që kishe nisur para kyçjes u rikthye.</translation>
    </message>
    <message>
        <source>No shift running. Contacts can still be logged.</source>
        <translation type="unfinished">Asnjë turn në vazhdim. Kontaktet mund të regjistrohen gjithsesi.</translation>
    </message>
    <message>
        <source>Shift running since %1 — %2, %3, %4</source>
        <translation type="unfinished">Turn në vazhdim që nga %1 — %2, %3, %4</translation>
    </message>
    <message>
        <source>no area</source>
        <translation type="unfinished">pa zonë</translation>
    </message>
    <message>
        <source>%1 contacts</source>
        <translation type="unfinished">%1 kontakte</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation type="unfinished">%1 persona</translation>
    </message>
    <message>
        <source>%1 referrals</source>
        <translation type="unfinished">%1 drejtime</translation>
    </message>
    <message>
        <source>Type the staff initials to start a shift.</source>
        <translation type="unfinished">Shkruaj inicialet e ekipit për të filluar një turn.</translation>
    </message>
    <message>
        <source>start the shift</source>
        <translation type="unfinished">fillohet turni</translation>
    </message>
    <message>
        <source>Shift ended.</source>
        <translation type="unfinished">Turni mbaroi.</translation>
    </message>
    <message>
        <source>end the shift</source>
        <translation type="unfinished">mbyllet turni</translation>
    </message>
    <message>
        <source>Nothing to save: type an alias, a note, supplies or a referral first.</source>
        <translation type="unfinished">Asgjë për të ruajtur: shkruaj së pari një pseudonim, një shënim, materiale ose një drejtim.</translation>
    </message>
    <message>
        <source>save the contact</source>
        <translation type="unfinished">ruhet kontakti</translation>
    </message>
    <message>
        <source>Saved. %1 contacts this shift.</source>
        <translation type="unfinished">U ruajt. %1 kontakte në këtë turn.</translation>
    </message>
    <message>
        <source>Saved (no shift running).</source>
        <translation type="unfinished">U ruajt (asnjë turn në vazhdim).</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation type="unfinished">anonim</translation>
    </message>
    <message>
        <source>That contact was already deleted.</source>
        <translation type="unfinished">Ai kontakt është fshirë tashmë.</translation>
    </message>
    <message>
        <source>Contact removed. Its details are back in the form.</source>
        <translation type="unfinished">Kontakti u hoq. Të dhënat e tij janë përsëri në formular.</translation>
    </message>
    <message>
        <source>undo the contact</source>
        <translation type="unfinished">zhbëhet kontakti</translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <source>Statistics</source>
        <translation type="unfinished">Statistika</translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished">Nga</translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished">Deri</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished">&amp;Shfaq</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished">Eksporto &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation type="unfinished">Eksporto &amp;PDF…</translation>
    </message>
    <message>
        <source>Statistics status</source>
        <translation type="unfinished">Gjendja e statistikave</translation>
    </message>
    <message>
        <source>Contacts by month and area</source>
        <translation type="unfinished">Kontaktet sipas muajit dhe zonës</translation>
    </message>
    <message>
        <source>Contacts by month and shift mode</source>
        <translation type="unfinished">Kontaktet sipas muajit dhe mënyrës së turnit</translation>
    </message>
    <message>
        <source>Contacts by week</source>
        <translation type="unfinished">Kontaktet sipas javës</translation>
    </message>
    <message>
        <source>Unique people seen by month</source>
        <translation type="unfinished">Persona të ndryshëm të parë sipas muajit</translation>
    </message>
    <message>
        <source>Supplies by month and kind</source>
        <translation type="unfinished">Materialet sipas muajit dhe llojit</translation>
    </message>
    <message>
        <source>Referrals by month and kind</source>
        <translation type="unfinished">Drejtimet sipas muajit dhe llojit</translation>
    </message>
    <message>
        <source>Incidents by month and type</source>
        <translation type="unfinished">Incidentet sipas muajit dhe llojit</translation>
    </message>
    <message>
        <source>Reports shared and withdrawn</source>
        <translation type="unfinished">Raportet e ndara dhe të tërhequra</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished">Kontaktet</translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished">Persona</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation type="unfinished">Të ndara</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished">Tërhequr</translation>
    </message>
    <message>
        <source>%1 contacts, %2 people seen, %3 incidents in this period.</source>
        <translation type="unfinished">%1 kontakte, %2 persona të parë, %3 incidente në këtë periudhë.</translation>
    </message>
    <message>
        <source>No shift</source>
        <translation type="unfinished">Pa turn</translation>
    </message>
    <message>
        <source>Exporting the statistics…</source>
        <translation type="unfinished">Po eksportohen statistikat…</translation>
    </message>
    <message>
        <source>Exported %1 tables to %2 (%3 small counts hidden).</source>
        <translation type="unfinished">U eksportuan %1 tabela në %2 (%3 numra të vegjël të fshehur).</translation>
    </message>
    <message>
        <source>Export cancelled. Nothing was written.</source>
        <translation type="unfinished">Eksportimi u anulua. Nuk u shkrua asgjë.</translation>
    </message>
    <message>
        <source>That did not work.</source>
        <translation type="unfinished">Kjo nuk funksionoi.</translation>
    </message>
    <message>
        <source>Export statistics</source>
        <translation type="unfinished">Eksporto statistikat</translation>
    </message>
</context>
<context>
    <name>StoryStep</name>
    <message>
        <source>What happened, in their words (stays on this device)</source>
        <translation type="unfinished">Çfarë ndodhi, me fjalët e tij/saj (mbetet në këtë pajisje)</translation>
    </message>
    <message>
        <source>Alert summary (written for sharing)</source>
        <translation type="unfinished">Përmbledhja e sinjalizimit (shkruar për t&apos;u ndarë)</translation>
    </message>
    <message>
        <source>What happened, in their words — stays on this device:</source>
        <translation type="unfinished">Çfarë ndodhi, me fjalët e tij/saj — mbetet në këtë pajisje:</translation>
    </message>
    <message>
        <source>Alert summary — written for sharing:</source>
        <translation type="unfinished">Përmbledhja e sinjalizimit — shkruar për t&apos;u ndarë:</translation>
    </message>
    <message>
        <source>Write it for other sex workers to read. Names, numbers, addresses and plates are taken out automatically; check the preview before anything is sealed.</source>
        <translation type="unfinished">Shkruaje që ta lexojnë punonjëset e tjera të seksit. Emrat, numrat, adresat dhe targat hiqen automatikisht; kontrollo parapamjen para se të vuloset ndonjë gjë.</translation>
    </message>
</context>
<context>
    <name>SubscribeDialog</name>
    <message>
        <source>Text message</source>
        <translation type="unfinished">Mesazh SMS</translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished">E-mail</translation>
    </message>
    <message>
        <source>Sign someone up for warnings</source>
        <translation type="unfinished">Regjistro dikë për paralajmërime</translation>
    </message>
    <message>
        <source>Their number or address</source>
        <translation type="unfinished">Numri ose adresa e tij/saj</translation>
    </message>
    <message>
        <source>Language of their messages</source>
        <translation type="unfinished">Gjuha e mesazheve të tyre</translation>
    </message>
    <message>
        <source>Discreet wording (nothing on a lock screen gives it away)</source>
        <translation type="unfinished">Formulim diskret (asgjë në ekranin e kyçjes nuk e tradhton)</translation>
    </message>
    <message>
        <source>They agreed to get these messages</source>
        <translation type="unfinished">Ka pranuar t&apos;i marrë këto mesazhe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Gjendja</translation>
    </message>
    <message>
        <source>&amp;Sign up</source>
        <translation type="unfinished">&amp;Regjistro</translation>
    </message>
    <message>
        <source>Send the sign-up to the server</source>
        <translation type="unfinished">Dërgo regjistrimin te serveri</translation>
    </message>
    <message>
        <source>Send by:</source>
        <translation type="unfinished">Dërgo me:</translation>
    </message>
    <message>
        <source>Number or address:</source>
        <translation type="unfinished">Numri ose adresa:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished">Gjuha:</translation>
    </message>
    <message>
        <source>Areas:</source>
        <translation type="unfinished">Zonat:</translation>
    </message>
    <message>
        <source>The address goes straight to the charity&apos;s server; it is not kept here.</source>
        <translation type="unfinished">Adresa shkon drejt e te serveri i organizatës; nuk ruhet këtu.</translation>
    </message>
    <message>
        <source>Tick that they agreed first. Nothing was sent.</source>
        <translation type="unfinished">Shëno së pari që ka pranuar. Nuk u dërgua asgjë.</translation>
    </message>
    <message>
        <source>Pick at least one area. Nothing was sent.</source>
        <translation type="unfinished">Zgjidh të paktën një zonë. Nuk u dërgua asgjë.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished">Po dërgohet…</translation>
    </message>
    <message>
        <source>Signed up: they will get a welcome message with a link to stop.</source>
        <translation type="unfinished">U regjistrua: do të marrë një mesazh mirëseardhjeje me një lidhje për t&apos;u çregjistruar.</translation>
    </message>
</context>
<context>
    <name>SyncBridge</name>
    <message numerus="yes">
        <source>%n new or updated alert(s).</source>
        <translation type="unfinished">
            <numerusform>%n sinjalizim i ri ose i përditësuar.</numerusform>
            <numerusform>%n sinjalizime të reja ose të përditësuara.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not linked to a server.</source>
        <translation type="unfinished">Nuk është lidhur me një server.</translation>
    </message>
    <message>
        <source>This laptop must be linked again: %1</source>
        <translation type="unfinished">Ky laptop duhet lidhur përsëri: %1</translation>
    </message>
    <message>
        <source>Linked to %1 at %2.</source>
        <translation type="unfinished">U lidh me %1 në %2.</translation>
    </message>
    <message>
        <source>an organisation</source>
        <translation type="unfinished">një organizatë</translation>
    </message>
</context>
<context>
    <name>TaskProgress</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Anulo</translation>
    </message>
    <message>
        <source>Outreach</source>
        <translation type="unfinished">Outreach</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished">Po anulohet…</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>Outreach is locked</source>
        <translation type="unfinished">Outreach është i kyçur</translation>
    </message>
    <message>
        <source>Enter your passphrase to open the records.</source>
        <translation type="unfinished">Shkruaj frazëkalimin për të hapur të dhënat.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished">Frazëkalimi</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished">&amp;Shkyç</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished">Shkyç</translation>
    </message>
    <message>
        <source>Unlock message</source>
        <translation type="unfinished">Mesazh shkyçjeje</translation>
    </message>
    <message>
        <source>Time until the next attempt</source>
        <translation type="unfinished">Koha deri në përpjekjen tjetër</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation type="unfinished">Shkruaj së pari frazëkalimin.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation type="unfinished">Po shkyçet…</translation>
    </message>
    <message numerus="yes">
        <source>You can try again in %n second(s).</source>
        <translation type="unfinished">
            <numerusform>Mund të provosh përsëri pas %n sekonde.</numerusform>
            <numerusform>Mund të provosh përsëri pas %n sekondash.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VaultActions</name>
    <message>
        <source>Changing the passphrase…</source>
        <translation type="unfinished">Po ndryshohet frazëkalimi…</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation type="unfinished">Frazëkalimi u ndryshua.</translation>
    </message>
    <message>
        <source>The passphrase was not changed: %1</source>
        <translation type="unfinished">Frazëkalimi nuk u ndryshua: %1</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation type="unfinished">Po shkruhet kopja rezervë…</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation type="unfinished">Kopja rezervë dështoi: %1</translation>
    </message>
    <message>
        <source>Backup written. It is encrypted with the current passphrase.</source>
        <translation type="unfinished">Kopja rezervë u shkrua. Është e enkriptuar me frazëkalimin aktual.</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished">Rikthe nga një kopje rezervë</translation>
    </message>
    <message>
        <source>Outreach backups (*.obk)</source>
        <translation type="unfinished">Kopje rezervë Outreach (*.obk)</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation type="unfinished">Po rikthehet kopja rezervë…</translation>
    </message>
    <message>
        <source>The backup was restored. Unlock it with its passphrase.</source>
        <translation type="unfinished">Kopja rezervë u rikthye. Shkyçe me frazëkalimin e saj.</translation>
    </message>
    <message>
        <source>The backup was not restored: %1</source>
        <translation type="unfinished">Kopja rezervë nuk u rikthye: %1</translation>
    </message>
    <message>
        <source>Files Outreach saved outside the vault (exports, backups, PDFs) were not looked for: their list is inside the vault, and it was not unlocked since Outreach started. Delete them yourself.</source>
        <translation type="unfinished">Skedarët që Outreach ruajti jashtë kasafortës (eksporte, kopje rezervë, PDF) nuk u kërkuan: lista e tyre është brenda kasafortës, dhe ajo nuk është shkyçur që kur nisi Outreach. Fshiji vetë.</translation>
    </message>
    <message numerus="yes">
        <source>Also destroyed: %n file(s) saved outside the vault.</source>
        <translation type="unfinished">
            <numerusform>U shkatërrua edhe %n skedar i ruajtur jashtë kasafortës.</numerusform>
            <numerusform>U shkatërruan edhe %n skedarë të ruajtur jashtë kasafortës.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not destroy %1: %2.</source>
        <translation type="unfinished">Nuk mund të shkatërrohej %1: %2.</translation>
    </message>
    <message>
        <source>Quick delete did not finish: %1</source>
        <translation type="unfinished">Fshirja e shpejtë nuk përfundoi: %1</translation>
    </message>
</context>
<context>
    <name>VehicleEditor</name>
    <message>
        <source>Make</source>
        <translation type="unfinished">Marka</translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished">Modeli</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished">Ngjyra</translation>
    </message>
    <message>
        <source>Registration plate (part is fine)</source>
        <translation type="unfinished">Targa (mjafton edhe një pjesë)</translation>
    </message>
    <message>
        <source>Vehicle: %1</source>
        <translation type="unfinished">Automjeti: %1</translation>
    </message>
</context>
<context>
    <name>WhatStep</name>
    <message>
        <source>What happened (tick all that apply)</source>
        <translation type="unfinished">Çfarë ndodhi (shëno gjithçka që vlen)</translation>
    </message>
    <message>
        <source>Alias of the person harmed (empty: not recorded)</source>
        <translation type="unfinished">Pseudonimi i personit të dëmtuar (bosh: i paregjistruar)</translation>
    </message>
    <message>
        <source>Age band of the person</source>
        <translation type="unfinished">Grupmosha e personit</translation>
    </message>
    <message>
        <source>Gender of the person</source>
        <translation type="unfinished">Gjinia e personit</translation>
    </message>
    <message>
        <source>Worker initials</source>
        <translation type="unfinished">Inicialet e punonjësit</translation>
    </message>
    <message>
        <source>Injury</source>
        <translation type="unfinished">Lëndimi</translation>
    </message>
    <message>
        <source>Injury notes (stay on this device)</source>
        <translation type="unfinished">Shënime për lëndimet (mbeten në këtë pajisje)</translation>
    </message>
    <message>
        <source>A weapon was used</source>
        <translation type="unfinished">U përdor një armë</translation>
    </message>
    <message>
        <source>Weapon (stays on this device)</source>
        <translation type="unfinished">Arma (mbetet në këtë pajisje)</translation>
    </message>
    <message>
        <source>The police have already been told</source>
        <translation type="unfinished">Policia është njoftuar tashmë</translation>
    </message>
    <message>
        <source>A&amp;lias:</source>
        <translation type="unfinished">&amp;Pseudonimi:</translation>
    </message>
    <message>
        <source>Age band, gender:</source>
        <translation type="unfinished">Grupmosha, gjinia:</translation>
    </message>
    <message>
        <source>Worker &amp;initials:</source>
        <translation type="unfinished">&amp;Inicialet e punonjësit:</translation>
    </message>
    <message>
        <source>In&amp;jury:</source>
        <translation type="unfinished">&amp;Lëndimi:</translation>
    </message>
    <message>
        <source>Injury notes (stay here):</source>
        <translation type="unfinished">Shënime për lëndimet (mbeten këtu):</translation>
    </message>
</context>
<context>
    <name>WhenStep</name>
    <message>
        <source>When it happened</source>
        <translation type="unfinished">Kur ndodhi</translation>
    </message>
    <message>
        <source>&amp;Approximately</source>
        <translation type="unfinished">&amp;Përafërsisht</translation>
    </message>
    <message>
        <source>The time is approximate</source>
        <translation type="unfinished">Ora është e përafërt</translation>
    </message>
    <message>
        <source>How well the time is known</source>
        <translation type="unfinished">Sa mirë dihet ora</translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished">Zona</translation>
    </message>
    <message>
        <source>Where exactly (stays on this device)</source>
        <translation type="unfinished">Ku saktësisht (mbetet në këtë pajisje)</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation type="unfinished">&amp;Kur:</translation>
    </message>
    <message>
        <source>A&amp;rea:</source>
        <translation type="unfinished">&amp;Zona:</translation>
    </message>
    <message>
        <source>Where exactly
(stays on this device):</source>
        <translation type="unfinished">Ku saktësisht
(mbetet në këtë pajisje):</translation>
    </message>
    <message>
        <source>No area</source>
        <translation type="unfinished">Pa zonë</translation>
    </message>
</context>
<context>
    <name>WhoStep</name>
    <message>
        <source>Perpetrator</source>
        <translation type="unfinished">Autori</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation type="unfinished">Automjeti</translation>
    </message>
    <message>
        <source>Perpetrators</source>
        <translation type="unfinished">Autorët</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation type="unfinished">Automjetet</translation>
    </message>
</context>
</TS>
