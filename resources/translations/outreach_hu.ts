<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hu">
<context>
    <name>AlertModels</name>
    <message>
        <source>aged %1-%2</source>
        <translation type="unfinished">%1-%2 éves</translation>
    </message>
    <message>
        <source>uses the name %1</source>
        <translation type="unfinished">a(z) %1 nevet használja</translation>
    </message>
    <message>
        <source>phone %1</source>
        <translation type="unfinished">telefon: %1</translation>
    </message>
    <message>
        <source>e-mail %1</source>
        <translation type="unfinished">e-mail: %1</translation>
    </message>
    <message>
        <source>online %1</source>
        <translation type="unfinished">online: %1</translation>
    </message>
    <message>
        <source>plate %1</source>
        <translation type="unfinished">rendszám: %1</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished">Kiadva</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation type="unfinished">Riasztás</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished">Mi történt</translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished">Régió</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished">Érvényes eddig</translation>
    </message>
    <message>
        <source>NEW: </source>
        <translation type="unfinished">ÚJ: </translation>
    </message>
</context>
<context>
    <name>AlertsPage</name>
    <message>
        <source>Alerts</source>
        <translation type="unfinished">Riasztások</translation>
    </message>
    <message>
        <source>When alerts were last fetched</source>
        <translation type="unfinished">Mikor töltötték le utoljára a riasztásokat</translation>
    </message>
    <message>
        <source>Show alerts for area</source>
        <translation type="unfinished">Riasztások megjelenítése a területhez</translation>
    </message>
    <message>
        <source>&amp;Save handout as PDF…</source>
        <translation type="unfinished">Szórólap &amp;mentése PDF-be…</translation>
    </message>
    <message>
        <source>Save the alerts handout as PDF</source>
        <translation type="unfinished">A riasztási szórólap mentése PDF-be</translation>
    </message>
    <message>
        <source>&amp;Print handout…</source>
        <translation type="unfinished">Szórólap &amp;nyomtatása…</translation>
    </message>
    <message>
        <source>Print the alerts handout</source>
        <translation type="unfinished">A riasztási szórólap nyomtatása</translation>
    </message>
    <message>
        <source>Sign &amp;up for warnings…</source>
        <translation type="unfinished">Feliratkoztatás &amp;figyelmeztetésekre…</translation>
    </message>
    <message>
        <source>Sign a person up to get warnings themselves</source>
        <translation type="unfinished">Egy személy feliratkoztatása, hogy maga kapjon figyelmeztetéseket</translation>
    </message>
    <message>
        <source>Language of the handout</source>
        <translation type="unfinished">A szórólap nyelve</translation>
    </message>
    <message>
        <source>Second language printed beside it</source>
        <translation type="unfinished">Mellé nyomtatott második nyelv</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished">(nincs)</translation>
    </message>
    <message>
        <source>Current alerts</source>
        <translation type="unfinished">Aktuális riasztások</translation>
    </message>
    <message>
        <source>Selected alert</source>
        <translation type="unfinished">Kiválasztott riasztás</translation>
    </message>
    <message>
        <source>Alerts message</source>
        <translation type="unfinished">Riasztási üzenet</translation>
    </message>
    <message>
        <source>Alerts refused for a bad signature</source>
        <translation type="unfinished">Hibás aláírás miatt elutasított riasztások</translation>
    </message>
    <message>
        <source>Check a phone number, plate, e-mail address or online name</source>
        <translation type="unfinished">Telefonszám, rendszám, e-mail-cím vagy online név ellenőrzése</translation>
    </message>
    <message>
        <source>Check a phone number, plate, e-mail or online name (any format)</source>
        <translation type="unfinished">Telefonszám, rendszám, e-mail vagy online név ellenőrzése (bármilyen formátum)</translation>
    </message>
    <message>
        <source>Chec&amp;k</source>
        <translation type="unfinished">&amp;Ellenőrzés</translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished">Ellenőrzés</translation>
    </message>
    <message>
        <source>Check results</source>
        <translation type="unfinished">Az ellenőrzés eredménye</translation>
    </message>
    <message>
        <source>Page message</source>
        <translation type="unfinished">Oldalüzenet</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation type="unfinished">&amp;Terület:</translation>
    </message>
    <message>
        <source>Handout in &amp;language:</source>
        <translation type="unfinished">&amp;Szórólap nyelve:</translation>
    </message>
    <message>
        <source>side by side &amp;with:</source>
        <translation type="unfinished">mellette ezen &amp;a nyelven:</translation>
    </message>
    <message>
        <source>CHECK before meeting someone:</source>
        <translation type="unfinished">ELLENŐRIZD, mielőtt találkozol valakivel:</translation>
    </message>
    <message>
        <source>load the alerts</source>
        <translation type="unfinished">a riasztások betöltése</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation type="unfinished">Minden terület</translation>
    </message>
    <message>
        <source>Last fetched %1</source>
        <translation type="unfinished">Utoljára letöltve: %1</translation>
    </message>
    <message>
        <source>Never fetched</source>
        <translation type="unfinished">Még soha nem töltötték le</translation>
    </message>
    <message>
        <source>save the handout languages</source>
        <translation type="unfinished">a szórólap nyelveinek mentése</translation>
    </message>
    <message>
        <source>No current alerts for this area.</source>
        <translation type="unfinished">Nincs aktuális riasztás ehhez a területhez.</translation>
    </message>
    <message numerus="yes">
        <source>%n current alert(s), newest first.</source>
        <translation type="unfinished">
            <numerusform>%n aktuális riasztás, a legújabb elöl.</numerusform>
        </translation>
    </message>
    <message>
        <source>Alert</source>
        <translation type="unfinished">Riasztás</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished">Kiadva</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished">Érvényes eddig</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished">Mi történt</translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished">Részletek</translation>
    </message>
    <message>
        <source>Perpetrators</source>
        <translation type="unfinished">Elkövetők</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation type="unfinished">Járművek</translation>
    </message>
    <message>
        <source>check</source>
        <translation type="unfinished">az ellenőrzés</translation>
    </message>
    <message>
        <source>ALERT</source>
        <translation type="unfinished">RIASZTÁS</translation>
    </message>
    <message>
        <source>Our record</source>
        <translation type="unfinished">A mi nyilvántartásunk</translation>
    </message>
    <message>
        <source>Nothing known about “%1”. That does not mean they are safe.</source>
        <translation type="unfinished">Semmit sem tudunk erről: „%1”. Ez nem jelenti azt, hogy biztonságos.</translation>
    </message>
    <message>
        <source>all areas</source>
        <translation type="unfinished">minden terület</translation>
    </message>
    <message>
        <source>Preparing the handout…</source>
        <translation type="unfinished">A szórólap előkészítése…</translation>
    </message>
    <message>
        <source>Handout cancelled. Nothing was saved.</source>
        <translation type="unfinished">A szórólap megszakítva. Semmi sem lett mentve.</translation>
    </message>
    <message>
        <source>Handout saved.</source>
        <translation type="unfinished">Szórólap mentve.</translation>
    </message>
    <message>
        <source>save the handout</source>
        <translation type="unfinished">a szórólap mentése</translation>
    </message>
    <message>
        <source>Save the alerts handout</source>
        <translation type="unfinished">A riasztási szórólap mentése</translation>
    </message>
    <message>
        <source>Printing the handout…</source>
        <translation type="unfinished">A szórólap nyomtatása…</translation>
    </message>
    <message>
        <source>Handout sent to the printer.</source>
        <translation type="unfinished">A szórólap elküldve a nyomtatóra.</translation>
    </message>
    <message>
        <source>Printing cancelled.</source>
        <translation type="unfinished">Nyomtatás megszakítva.</translation>
    </message>
    <message>
        <source>The printer could not be used.</source>
        <translation type="unfinished">A nyomtatót nem lehetett használni.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Mégse</translation>
    </message>
</context>
<context>
    <name>AppStatusBar</name>
    <message>
        <source>Connection</source>
        <translation type="unfinished">Kapcsolat</translation>
    </message>
    <message>
        <source>Reports waiting</source>
        <translation type="unfinished">Várakozó jelentések</translation>
    </message>
    <message>
        <source>Reports that need attention</source>
        <translation type="unfinished">Figyelmet igénylő jelentések</translation>
    </message>
    <message>
        <source>Reports waiting for review</source>
        <translation type="unfinished">Ellenőrzésre váró jelentések</translation>
    </message>
    <message>
        <source>Reports a coordinator must approve before they are sent (Review and sync page)</source>
        <translation type="unfinished">Jelentések, amelyeket egy koordinátornak jóvá kell hagynia küldés előtt (Átnézés és küldés oldal)</translation>
    </message>
    <message>
        <source>Restored drafts</source>
        <translation type="unfinished">Visszaállított piszkozatok</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation type="unfinished">Utolsó szinkronizálás</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished">Zárolás</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation type="unfinished">Zárolás most</translation>
    </message>
    <message>
        <source>Lock now (Ctrl+L). Panic: Ctrl+Shift+L locks and hides.</source>
        <translation type="unfinished">Zárolás most (Ctrl+L). Pánik: a Ctrl+Shift+L zárol és elrejt.</translation>
    </message>
    <message numerus="yes">
        <source>%n awaiting review</source>
        <translation type="unfinished">
            <numerusform>%n ellenőrzésre vár</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unfinished form(s) restored</source>
        <translation type="unfinished">
            <numerusform>%n befejezetlen űrlap visszaállítva</numerusform>
        </translation>
    </message>
    <message>
        <source>Not linked to a server</source>
        <translation type="unfinished">Nincs szerverhez kapcsolva</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished">Szinkronizálás…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished">Offline</translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished">Online</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation type="unfinished">Még nincs szinkronizálva</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation type="unfinished">
            <numerusform>%n várakozik</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need attention</source>
        <translation type="unfinished">
            <numerusform>%n figyelmet igényel</numerusform>
        </translation>
    </message>
    <message>
        <source>Last sync: never</source>
        <translation type="unfinished">Utolsó szinkronizálás: soha</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation type="unfinished">Utolsó szinkronizálás: %1</translation>
    </message>
</context>
<context>
    <name>AreasSection</name>
    <message>
        <source>Areas</source>
        <translation type="unfinished">Területek</translation>
    </message>
    <message>
        <source>Areas and their server regions</source>
        <translation type="unfinished">A területek és szerverrégióik</translation>
    </message>
    <message>
        <source>Server region for the selected area</source>
        <translation type="unfinished">A kiválasztott terület szerverrégiója</translation>
    </message>
    <message>
        <source>Set &amp;region</source>
        <translation type="unfinished">&amp;Régió beállítása</translation>
    </message>
    <message>
        <source>Set the selected area&apos;s region</source>
        <translation type="unfinished">A kiválasztott terület régiójának beállítása</translation>
    </message>
    <message>
        <source>Areas message</source>
        <translation type="unfinished">Területüzenet</translation>
    </message>
    <message>
        <source>Reports can be shared only from an area with a server region. Regions come from the server when the device is linked and at every sync.</source>
        <translation type="unfinished">Jelentést csak szerverrégióval rendelkező területről lehet megosztani. A régiók a szerverről jönnek, amikor az eszközt összekapcsolják, és minden szinkronizáláskor.</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation type="unfinished">Ré&amp;gió:</translation>
    </message>
    <message>
        <source>load the areas</source>
        <translation type="unfinished">a területek betöltése</translation>
    </message>
    <message>
        <source>No region (not shareable)</source>
        <translation type="unfinished">Nincs régió (nem megosztható)</translation>
    </message>
    <message>
        <source>no region: not shareable</source>
        <translation type="unfinished">nincs régió: nem osztható meg</translation>
    </message>
    <message>
        <source>No server regions yet: link this device to a server, or sync.</source>
        <translation type="unfinished">Még nincsenek szerverrégiók: kapcsold ezt az eszközt egy szerverhez, vagy szinkronizálj.</translation>
    </message>
    <message>
        <source>Region saved.</source>
        <translation type="unfinished">Régió mentve.</translation>
    </message>
    <message>
        <source>set the region</source>
        <translation type="unfinished">a régió beállítása</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Audit log</source>
        <translation type="unfinished">Ellenőrzési napló</translation>
    </message>
    <message>
        <source>Only coordinators can see the audit log.</source>
        <translation type="unfinished">Csak koordinátorok láthatják az ellenőrzési naplót.</translation>
    </message>
    <message>
        <source>&amp;Verify the log</source>
        <translation type="unfinished">A napló &amp;ellenőrzése</translation>
    </message>
    <message>
        <source>Verification result</source>
        <translation type="unfinished">Az ellenőrzés eredménye</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation type="unfinished">Naplóbejegyzések</translation>
    </message>
    <message>
        <source>The log is intact: %1 entries.</source>
        <translation type="unfinished">A napló sértetlen: %1 bejegyzés.</translation>
    </message>
    <message>
        <source>(Not yet compared with the server: entries cut off the end show after a sync.)</source>
        <translation type="unfinished">(Még nincs összevetve a szerverrel: a végéről levágott bejegyzések szinkronizálás után látszanak.)</translation>
    </message>
    <message>
        <source>The log was changed:</source>
        <translation type="unfinished">A naplót megváltoztatták:</translation>
    </message>
    <message>
        <source>That did not work.</source>
        <translation type="unfinished">Ez nem sikerült.</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation type="unfinished">Jelmondat módosítása</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation type="unfinished">Jelenlegi jelmondat</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished">Új jelmondat</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation type="unfinished">Az új jelmondat megismétlése</translation>
    </message>
    <message>
        <source>Passphrase feedback</source>
        <translation type="unfinished">Visszajelzés a jelmondatról</translation>
    </message>
    <message>
        <source>Show the new passphrase</source>
        <translation type="unfinished">Az új jelmondat megjelenítése</translation>
    </message>
    <message>
        <source>&amp;Suggest</source>
        <translation type="unfinished">&amp;Javaslat</translation>
    </message>
    <message>
        <source>Suggest a passphrase of random words</source>
        <translation type="unfinished">Véletlen szavakból álló jelmondat javaslata</translation>
    </message>
    <message>
        <source>About the team&apos;s passphrases</source>
        <translation type="unfinished">A csapat jelmondatairól</translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished">Hiba</translation>
    </message>
    <message>
        <source>C&amp;urrent:</source>
        <translation type="unfinished">J&amp;elenlegi:</translation>
    </message>
    <message>
        <source>&amp;New:</source>
        <translation type="unfinished">&amp;Új:</translation>
    </message>
    <message>
        <source>&amp;Repeat new:</source>
        <translation type="unfinished">Új &amp;ismét:</translation>
    </message>
    <message>
        <source>The records stay as they are; only the passphrase that opens them changes.</source>
        <translation type="unfinished">A bejegyzések maradnak, ahogy vannak; csak az őket nyitó jelmondat változik.</translation>
    </message>
    <message>
        <source>Six random words are shown. Write them down somewhere safe before you press OK.</source>
        <translation type="unfinished">Hat véletlen szó jelenik meg. Írd le őket biztonságos helyre, mielőtt megnyomod az OK gombot.</translation>
    </message>
    <message>
        <source>Strong enough.</source>
        <translation type="unfinished">Elég erős.</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>%1 table</source>
        <translation type="unfinished">%1 táblázat</translation>
    </message>
</context>
<context>
    <name>ConsentStep</name>
    <message>
        <source>Read each purpose to the person in these words. They decide each one separately; saying no to all of them is fine and changes nothing about the support they get.</source>
        <translation type="unfinished">Olvasd fel a személynek minden célt ezekkel a szavakkal. Mindegyikről külön dönt; ha mindegyikre nemet mond, az is rendben van, és semmit sem változtat a támogatáson, amit kap.</translation>
    </message>
    <message>
        <source>What is shared: %1</source>
        <translation type="unfinished">Mi kerül megosztásra: %1</translation>
    </message>
    <message>
        <source>Cannot be undone: %1</source>
        <translation type="unfinished">Nem vonható vissza: %1</translation>
    </message>
    <message>
        <source>Yes, share this</source>
        <translation type="unfinished">Igen, ezt megosztom</translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished">Nem</translation>
    </message>
    <message>
        <source>Yes to: %1</source>
        <translation type="unfinished">Igen erre: %1</translation>
    </message>
    <message>
        <source>No to: %1</source>
        <translation type="unfinished">Nem erre: %1</translation>
    </message>
    <message>
        <source>Said out loud (verbal)</source>
        <translation type="unfinished">Szóban elmondva</translation>
    </message>
    <message>
        <source>Signed or written</source>
        <translation type="unfinished">Aláírva vagy írásban</translation>
    </message>
    <message>
        <source>How consent was given</source>
        <translation type="unfinished">Hogyan adták a hozzájárulást</translation>
    </message>
    <message>
        <source>Initials of the worker recording consent</source>
        <translation type="unfinished">A hozzájárulást rögzítő munkatárs monogramja</translation>
    </message>
    <message>
        <source>&amp;How given:</source>
        <translation type="unfinished">&amp;Hogyan adták:</translation>
    </message>
    <message>
        <source>Recorded &amp;by:</source>
        <translation type="unfinished">Rögzítette (&amp;ki):</translation>
    </message>
    <message>
        <source>Consent status</source>
        <translation type="unfinished">A hozzájárulás állapota</translation>
    </message>
    <message>
        <source>&amp;Record consent</source>
        <translation type="unfinished">Hozzájárulás &amp;rögzítése</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation type="unfinished">Hozzájárulás rögzítése</translation>
    </message>
    <message>
        <source>Nothing is shared — &amp;finish</source>
        <translation type="unfinished">Nincs megosztás — &amp;befejezés</translation>
    </message>
    <message>
        <source>Finish without sharing anything</source>
        <translation type="unfinished">Befejezés megosztás nélkül</translation>
    </message>
    <message>
        <source>&amp;Next: what will be shared</source>
        <translation type="unfinished">&amp;Tovább: mi kerül megosztásra</translation>
    </message>
    <message>
        <source>Show what will be shared</source>
        <translation type="unfinished">Mutasd, mi kerül megosztásra</translation>
    </message>
    <message>
        <source>Record a fresh consent &amp;instead</source>
        <translation type="unfinished">Helyette új hozzájárulás &amp;rögzítése</translation>
    </message>
    <message>
        <source>Record a fresh consent instead (needed to add a purpose)</source>
        <translation type="unfinished">Helyette új hozzájárulás rögzítése (cél hozzáadásához szükséges)</translation>
    </message>
    <message>
        <source>Give the person this withdrawal code now. It is shown only once and cannot be looked up later. With it they can withdraw their consent at any time.</source>
        <translation type="unfinished">Add oda most a személynek ezt a visszavonási kódot. Csak egyszer jelenik meg, és később nem lehet kikeresni. Ezzel bármikor visszavonhatja a hozzájárulását.</translation>
    </message>
    <message>
        <source>Withdrawal code</source>
        <translation type="unfinished">Visszavonási kód</translation>
    </message>
    <message>
        <source>&amp;Print slip…</source>
        <translation type="unfinished">Cédula &amp;nyomtatása…</translation>
    </message>
    <message>
        <source>Print the withdrawal slip</source>
        <translation type="unfinished">A visszavonási cédula nyomtatása</translation>
    </message>
    <message>
        <source>Consent version %1 is recorded. Change the answers and record again, or go on.</source>
        <translation type="unfinished">A hozzájárulás %1. változata rögzítve. Módosítsd a válaszokat és rögzítsd újra, vagy menj tovább.</translation>
    </message>
    <message>
        <source>Answer every purpose with yes or no.</source>
        <translation type="unfinished">Minden célra válaszolj igennel vagy nemmel.</translation>
    </message>
    <message>
        <source>This incident was changed after it was shared. Read the purposes again with the person: they may keep them or say no to some. Their withdrawal code stays the same.</source>
        <translation type="unfinished">Ezt az esetet a megosztás után módosították. Olvasd fel újra a célokat a személynek: megtarthatja őket, vagy nemet mondhat néhányra. A visszavonási kódja ugyanaz marad.</translation>
    </message>
    <message>
        <source>Consent recorded (version %1).</source>
        <translation type="unfinished">Hozzájárulás rögzítve (%1. változat).</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <source>Edit contact</source>
        <translation type="unfinished">Kapcsolat szerkesztése</translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished">Mikor</translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished">Terület</translation>
    </message>
    <message>
        <source>No area</source>
        <translation type="unfinished">Nincs terület</translation>
    </message>
    <message>
        <source>Alias (empty: anonymous)</source>
        <translation type="unfinished">Becenév (üres: névtelen)</translation>
    </message>
    <message>
        <source>How the contact happened</source>
        <translation type="unfinished">Hogyan történt a kapcsolat</translation>
    </message>
    <message>
        <source>%1 handed out</source>
        <translation type="unfinished">%1 kiosztva</translation>
    </message>
    <message>
        <source>Referred to %1</source>
        <translation type="unfinished">Továbbirányítva ide: %1</translation>
    </message>
    <message>
        <source>Note (stays on this device)</source>
        <translation type="unfinished">Megjegyzés (ezen az eszközön marad)</translation>
    </message>
    <message>
        <source>Problem with the contact</source>
        <translation type="unfinished">Probléma a kapcsolattal</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation type="unfinished">&amp;Mikor:</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation type="unfinished">&amp;Terület:</translation>
    </message>
    <message>
        <source>A&amp;lias:</source>
        <translation type="unfinished">&amp;Becenév:</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation type="unfinished">&amp;Hogyan:</translation>
    </message>
    <message>
        <source>Supplies:</source>
        <translation type="unfinished">Eszközök:</translation>
    </message>
    <message>
        <source>Referrals:</source>
        <translation type="unfinished">Továbbirányítások:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished">M&amp;egjegyzés:</translation>
    </message>
    <message>
        <source>save the contact</source>
        <translation type="unfinished">a kapcsolat mentése</translation>
    </message>
    <message>
        <source>Contact saved.</source>
        <translation type="unfinished">Kapcsolat mentve.</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>Contacts</source>
        <translation type="unfinished">Kapcsolatok</translation>
    </message>
    <message>
        <source>Filter by how the contact happened</source>
        <translation type="unfinished">Szűrés a kapcsolat módja szerint</translation>
    </message>
    <message>
        <source>Any way</source>
        <translation type="unfinished">Bármilyen mód</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished">&amp;Szerkesztés…</translation>
    </message>
    <message>
        <source>Edit the selected contact</source>
        <translation type="unfinished">A kiválasztott kapcsolat szerkesztése</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished">&amp;Törlés…</translation>
    </message>
    <message>
        <source>Delete the selected contact</source>
        <translation type="unfinished">A kiválasztott kapcsolat törlése</translation>
    </message>
    <message>
        <source>&amp;Forget this person…</source>
        <translation type="unfinished">A személy &amp;elfelejtése…</translation>
    </message>
    <message>
        <source>Forget the person of the selected contact</source>
        <translation type="unfinished">A kiválasztott kapcsolat személyének elfelejtése</translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished">Mikor</translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished">Terület</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation type="unfinished">Becenév</translation>
    </message>
    <message>
        <source>(anonymous)</source>
        <translation type="unfinished">(névtelen)</translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished">Hogyan</translation>
    </message>
    <message>
        <source>Supplies</source>
        <translation type="unfinished">Eszközök</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished">Továbbirányítások</translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished">Megjegyzés</translation>
    </message>
    <message>
        <source>Contact deleted.</source>
        <translation type="unfinished">Kapcsolat törölve.</translation>
    </message>
    <message>
        <source>delete the contact</source>
        <translation type="unfinished">a kapcsolat törlése</translation>
    </message>
    <message>
        <source>Delete contact</source>
        <translation type="unfinished">Kapcsolat törlése</translation>
    </message>
    <message>
        <source>Delete the contact of %1? This cannot be undone.</source>
        <translation type="unfinished">Törlöd %1 kapcsolatát? Ez nem vonható vissza.</translation>
    </message>
</context>
<context>
    <name>CountsTableModel</name>
    <message>
        <source>Total</source>
        <translation type="unfinished">Összesen</translation>
    </message>
</context>
<context>
    <name>DeskAdminPage</name>
    <message>
        <source>Admin</source>
        <translation type="unfinished">Adminisztráció</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished">&amp;Frissítés</translation>
    </message>
    <message>
        <source>Ask the server again</source>
        <translation type="unfinished">A szerver újbóli lekérdezése</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation type="unfinished">Régiók</translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished">Régió</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Név</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished">Szervezetek</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished">Szervezet</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished">Eszközök</translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished">Eszköz</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation type="unfinished">Regisztrálva</translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished">Állapot</translation>
    </message>
    <message>
        <source>New region id</source>
        <translation type="unfinished">Az új régió azonosítója</translation>
    </message>
    <message>
        <source>id, e.g. north</source>
        <translation type="unfinished">azonosító, pl. north</translation>
    </message>
    <message>
        <source>New region name</source>
        <translation type="unfinished">Az új régió neve</translation>
    </message>
    <message>
        <source>Add re&amp;gion</source>
        <translation type="unfinished">Ré&amp;gió hozzáadása</translation>
    </message>
    <message>
        <source>Add the region</source>
        <translation type="unfinished">A régió hozzáadása</translation>
    </message>
    <message>
        <source>New organisation name</source>
        <translation type="unfinished">Az új szervezet neve</translation>
    </message>
    <message>
        <source>Its regions (comma separated)</source>
        <translation type="unfinished">A régiói (vesszővel elválasztva)</translation>
    </message>
    <message>
        <source>Add &amp;organisation</source>
        <translation type="unfinished">&amp;Szervezet hozzáadása</translation>
    </message>
    <message>
        <source>Add the organisation</source>
        <translation type="unfinished">A szervezet hozzáadása</translation>
    </message>
    <message>
        <source>Organisation for the enrolment code</source>
        <translation type="unfinished">Szervezet a regisztrációs kódhoz</translation>
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished"> óra</translation>
    </message>
    <message>
        <source>Hours the code stays valid</source>
        <translation type="unfinished">Hány óráig érvényes a kód</translation>
    </message>
    <message>
        <source>Make enrolment &amp;code</source>
        <translation type="unfinished">Regisztrációs &amp;kód készítése</translation>
    </message>
    <message>
        <source>Make a device enrolment code</source>
        <translation type="unfinished">Eszközregisztrációs kód készítése</translation>
    </message>
    <message>
        <source>The enrolment code (shown once)</source>
        <translation type="unfinished">A regisztrációs kód (csak egyszer látható)</translation>
    </message>
    <message>
        <source>Re&amp;voke device…</source>
        <translation type="unfinished">Eszköz &amp;visszavonása…</translation>
    </message>
    <message>
        <source>Revoke the selected device</source>
        <translation type="unfinished">A kiválasztott eszköz visszavonása</translation>
    </message>
    <message>
        <source>New region:</source>
        <translation type="unfinished">Új régió:</translation>
    </message>
    <message>
        <source>New organisation:</source>
        <translation type="unfinished">Új szervezet:</translation>
    </message>
    <message>
        <source>Device code for:</source>
        <translation type="unfinished">Eszközkód ehhez:</translation>
    </message>
    <message>
        <source>ask the server</source>
        <translation type="unfinished">a szerver lekérdezése</translation>
    </message>
    <message>
        <source>add the region</source>
        <translation type="unfinished">a régió hozzáadása</translation>
    </message>
    <message>
        <source>Region added.</source>
        <translation type="unfinished">Régió hozzáadva.</translation>
    </message>
    <message>
        <source>add the organisation</source>
        <translation type="unfinished">a szervezet hozzáadása</translation>
    </message>
    <message>
        <source>Organisation added.</source>
        <translation type="unfinished">Szervezet hozzáadva.</translation>
    </message>
    <message>
        <source>Enrolment code (shown once, valid %1 h): %2</source>
        <translation type="unfinished">Regisztrációs kód (csak egyszer látható, %1 óráig érvényes): %2</translation>
    </message>
    <message>
        <source>make the code</source>
        <translation type="unfinished">a kód elkészítése</translation>
    </message>
    <message>
        <source>Select the device to revoke.</source>
        <translation type="unfinished">Válaszd ki a visszavonandó eszközt.</translation>
    </message>
    <message>
        <source>Revoke device</source>
        <translation type="unfinished">Eszköz visszavonása</translation>
    </message>
    <message>
        <source>Revoke this device? It can no longer send or fetch anything.</source>
        <translation type="unfinished">Visszavonod ezt az eszközt? Többé semmit sem küldhet és tölthet le.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation type="unfinished">Visszavonás</translation>
    </message>
    <message>
        <source>revoke the device</source>
        <translation type="unfinished">az eszköz visszavonása</translation>
    </message>
    <message>
        <source>Device revoked.</source>
        <translation type="unfinished">Eszköz visszavonva.</translation>
    </message>
</context>
<context>
    <name>DeskAlertsPage</name>
    <message>
        <source>Alerts</source>
        <translation type="unfinished">Riasztások</translation>
    </message>
    <message>
        <source>This desk&apos;s alerts</source>
        <translation type="unfinished">Ennek az irodának a riasztásai</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation type="unfinished">Riasztás</translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished">Változat</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Állapot</translation>
    </message>
    <message>
        <source>Check code</source>
        <translation type="unfinished">Ellenőrző kód</translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished">Átnézés</translation>
    </message>
    <message>
        <source>Report to draft an alert from</source>
        <translation type="unfinished">Jelentés, amelyből a riasztás készül</translation>
    </message>
    <message>
        <source>&amp;Draft alert</source>
        <translation type="unfinished">Ri&amp;asztástervezet</translation>
    </message>
    <message>
        <source>Draft an alert from this report</source>
        <translation type="unfinished">Riasztástervezet készítése ebből a jelentésből</translation>
    </message>
    <message>
        <source>Alert title</source>
        <translation type="unfinished">A riasztás címe</translation>
    </message>
    <message>
        <source>Alert text</source>
        <translation type="unfinished">A riasztás szövege</translation>
    </message>
    <message>
        <source>Regions (comma separated)</source>
        <translation type="unfinished">Régiók (vesszővel elválasztva)</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished">Érvényes eddig</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished">Mi történt</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished">Súlyosság</translation>
    </message>
    <message>
        <source>Structured details</source>
        <translation type="unfinished">Strukturált részletek</translation>
    </message>
    <message>
        <source>Source summary, scrubber&apos;s finds marked</source>
        <translation type="unfinished">A forrás összefoglalója, a szűrő találatai megjelölve</translation>
    </message>
    <message>
        <source>Alert text, what might identify someone marked</source>
        <translation type="unfinished">A riasztás szövege, megjelölve, ami azonosíthat valakit</translation>
    </message>
    <message>
        <source>Preview as the handout prints it</source>
        <translation type="unfinished">Előnézet, ahogy a szórólap nyomtatja</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation type="unfinished">Tervezet &amp;mentése</translation>
    </message>
    <message>
        <source>Save the draft</source>
        <translation type="unfinished">A tervezet mentése</translation>
    </message>
    <message>
        <source>Sign and &amp;publish…</source>
        <translation type="unfinished">Aláírás és &amp;közzététel…</translation>
    </message>
    <message>
        <source>Sign and publish the alert</source>
        <translation type="unfinished">A riasztás aláírása és közzététele</translation>
    </message>
    <message>
        <source>Exp&amp;ire…</source>
        <translation type="unfinished">&amp;Lejárttá tétel…</translation>
    </message>
    <message>
        <source>Expire the alert now</source>
        <translation type="unfinished">A riasztás lejárttá tétele most</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation type="unfinished">Visszav&amp;onás…</translation>
    </message>
    <message>
        <source>Withdraw the alert</source>
        <translation type="unfinished">A riasztás visszavonása</translation>
    </message>
    <message>
        <source>From &amp;report:</source>
        <translation type="unfinished">&amp;Jelentésből:</translation>
    </message>
    <message>
        <source>Details to look out for (edit them here):</source>
        <translation type="unfinished">Figyelendő részletek (itt szerkesztheted):</translation>
    </message>
    <message>
        <source>Source summary (the scrubber&apos;s finds marked):</source>
        <translation type="unfinished">A forrás összefoglalója (a szűrő találatai megjelölve):</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished">&amp;Cím:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation type="unfinished">Szö&amp;veg:</translation>
    </message>
    <message>
        <source>Check:</source>
        <translation type="unfinished">Ellenőrzés:</translation>
    </message>
    <message>
        <source>Re&amp;gions:</source>
        <translation type="unfinished">Ré&amp;giók:</translation>
    </message>
    <message>
        <source>&amp;Valid until:</source>
        <translation type="unfinished">Érvé&amp;nyes eddig:</translation>
    </message>
    <message>
        <source>What &amp;happened:</source>
        <translation type="unfinished">Mi &amp;történt:</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation type="unfinished">Súlyosság:</translation>
    </message>
    <message>
        <source>Preview, as the handout prints it:</source>
        <translation type="unfinished">Előnézet, ahogy a szórólap nyomtatja:</translation>
    </message>
    <message>
        <source>load the alerts</source>
        <translation type="unfinished">a riasztások betöltése</translation>
    </message>
    <message>
        <source>Review: source report withdrawn</source>
        <translation type="unfinished">Átnézés: a forrásjelentést visszavonták</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished">Piszkozat</translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished">Közzétéve</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished">Lejárt</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished">Visszavonva</translation>
    </message>
    <message>
        <source>open the alert</source>
        <translation type="unfinished">a riasztás megnyitása</translation>
    </message>
    <message numerus="yes">
        <source>The scrubber found %n thing(s) to take out; the text below shows the replacements.</source>
        <translation type="unfinished">
            <numerusform>A szűrő %n kiveendő dolgot talált; a lenti szöveg a cseréket mutatja.</numerusform>
        </translation>
    </message>
    <message>
        <source>The scrubber found nothing more to take out.</source>
        <translation type="unfinished">A szűrő nem talált több kiveendő dolgot.</translation>
    </message>
    <message>
        <source>Tick what happened.</source>
        <translation type="unfinished">Jelöld be, mi történt.</translation>
    </message>
    <message>
        <source>Review this alert: its source report was withdrawn by the person.</source>
        <translation type="unfinished">Nézd át ezt a riasztást: a személy visszavonta a forrásjelentését.</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) might still identify someone: check each before publishing.</source>
        <translation type="unfinished">
            <numerusform>%n hely még azonosíthat valakit: közzététel előtt ellenőrizd mindegyiket.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing in the text looks like it identifies someone.</source>
        <translation type="unfinished">A szövegben semmi sem tűnik olyannak, ami azonosítana valakit.</translation>
    </message>
    <message>
        <source>Not a valid alert yet: fill in the title and the text.</source>
        <translation type="unfinished">Ez még nem érvényes riasztás: add meg a címet és a szöveget.</translation>
    </message>
    <message>
        <source>Drafted. Check the marked text, then sign and publish.</source>
        <translation type="unfinished">Tervezet kész. Ellenőrizd a megjelölt szöveget, aztán írd alá és tedd közzé.</translation>
    </message>
    <message>
        <source>draft the alert</source>
        <translation type="unfinished">a riasztástervezet elkészítése</translation>
    </message>
    <message>
        <source>Draft saved (version %1).</source>
        <translation type="unfinished">Tervezet mentve (%1. változat).</translation>
    </message>
    <message>
        <source>save</source>
        <translation type="unfinished">a mentés</translation>
    </message>
    <message>
        <source>Sign and publish</source>
        <translation type="unfinished">Aláírás és közzététel</translation>
    </message>
    <message>
        <source>Sign “%1” with this desk&apos;s key and publish it to every device? Devices print it on their handouts as shown in the preview.</source>
        <translation type="unfinished">Aláírod „%1” riasztást ennek az irodának a kulcsával, és közzéteszed minden eszközre? Az eszközök az előnézet szerint nyomtatják a szórólapjaikra.</translation>
    </message>
    <message>
        <source>Published version %1; its check code is %2.</source>
        <translation type="unfinished">A(z) %1. változat közzétéve; ellenőrző kódja: %2.</translation>
    </message>
    <message>
        <source>publish</source>
        <translation type="unfinished">a közzététel</translation>
    </message>
    <message>
        <source>Expire this alert now? Devices stop showing it.</source>
        <translation type="unfinished">Lejárttá teszed most ezt a riasztást? Az eszközök nem mutatják tovább.</translation>
    </message>
    <message>
        <source>Withdraw this alert? Devices remove it from their lists and handouts.</source>
        <translation type="unfinished">Visszavonod ezt a riasztást? Az eszközök eltávolítják a listáikról és a szórólapjaikról.</translation>
    </message>
    <message>
        <source>Expire</source>
        <translation type="unfinished">Lejárttá tétel</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation type="unfinished">Visszavonás</translation>
    </message>
    <message>
        <source>The alert is now: %1</source>
        <translation type="unfinished">A riasztás most: %1</translation>
    </message>
    <message>
        <source>end the alert</source>
        <translation type="unfinished">a riasztás lezárása</translation>
    </message>
</context>
<context>
    <name>DeskChoiceBox</name>
    <message>
        <source>An outreach &amp;worker&apos;s records</source>
        <translation type="unfinished">Egy terepmunká&amp;s feljegyzései</translation>
    </message>
    <message>
        <source>The charity&apos;s &amp;desk (staff: triage, alerts, police, admin)</source>
        <translation type="unfinished">A szervezet ir&amp;odája (munkatársak: szűrés, riasztások, rendőrség, adminisztráció)</translation>
    </message>
    <message>
        <source>Desk role</source>
        <translation type="unfinished">Az iroda szerepe</translation>
    </message>
    <message>
        <source>Alerts desk</source>
        <translation type="unfinished">Riasztási iroda</translation>
    </message>
    <message>
        <source>Police desk</source>
        <translation type="unfinished">Rendőrségi iroda</translation>
    </message>
    <message>
        <source>Admin desk</source>
        <translation type="unfinished">Adminisztrációs iroda</translation>
    </message>
    <message>
        <source>Desk id in the key bundle</source>
        <translation type="unfinished">Az iroda azonosítója a kulcscsomagban</translation>
    </message>
    <message>
        <source>Desk name in the server&apos;s log</source>
        <translation type="unfinished">Az iroda neve a szerver naplójában</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation type="unfinished">Sze&amp;rep:</translation>
    </message>
    <message>
        <source>Desk &amp;id:</source>
        <translation type="unfinished">Iroda&amp;azonosító:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished">&amp;Név:</translation>
    </message>
    <message>
        <source>This laptop keeps:</source>
        <translation type="unfinished">Ez a laptop ezt tárolja:</translation>
    </message>
</context>
<context>
    <name>DeskPages</name>
    <message>
        <source>Alert</source>
        <translation type="unfinished">Riasztás</translation>
    </message>
    <message>
        <source>Police intelligence</source>
        <translation type="unfinished">Rendőrségi információ</translation>
    </message>
    <message>
        <source>Police referral</source>
        <translation type="unfinished">Rendőrségi továbbküldés</translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished">Új</translation>
    </message>
    <message>
        <source>In review</source>
        <translation type="unfinished">Átnézés alatt</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">Kész</translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <translation type="unfinished">Nem sikerült: %1: %2</translation>
    </message>
    <message>
        <source>Page message</source>
        <translation type="unfinished">Oldalüzenet</translation>
    </message>
    <message>
        <source>This desk</source>
        <translation type="unfinished">Ez az iroda</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished">Szervercím</translation>
    </message>
    <message>
        <source>https://server.example.org</source>
        <translation type="unfinished">https://szerver.example.org</translation>
    </message>
    <message>
        <source>Desk enrolment code</source>
        <translation type="unfinished">Az iroda regisztrációs kódja</translation>
    </message>
    <message>
        <source>Desk code from the server&apos;s admin</source>
        <translation type="unfinished">Irodakód a szerver adminisztrátorától</translation>
    </message>
    <message>
        <source>&amp;Enrol this desk</source>
        <translation type="unfinished">Az iroda &amp;regisztrálása</translation>
    </message>
    <message>
        <source>Enrol this desk</source>
        <translation type="unfinished">Az iroda regisztrálása</translation>
    </message>
    <message>
        <source>read the desk</source>
        <translation type="unfinished">az iroda beolvasása</translation>
    </message>
    <message>
        <source>%1 desk “%2”, enrolled with %3</source>
        <translation type="unfinished">%1 iroda („%2”), regisztrálva itt: %3</translation>
    </message>
    <message>
        <source>%1 desk “%2”: not enrolled yet</source>
        <translation type="unfinished">%1 iroda („%2”): még nincs regisztrálva</translation>
    </message>
    <message>
        <source>Type the server&apos;s address and the desk code.</source>
        <translation type="unfinished">Írd be a szervercímet és az irodakódot.</translation>
    </message>
    <message>
        <source>The desk is enrolled.</source>
        <translation type="unfinished">Az iroda regisztrálva.</translation>
    </message>
    <message>
        <source>enrol the desk</source>
        <translation type="unfinished">az iroda regisztrálása</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished">Riasztások</translation>
    </message>
    <message>
        <source>Police</source>
        <translation type="unfinished">Rendőrség</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation type="unfinished">Adminisztráció</translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished">igen</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished">nem</translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished">Dátum</translation>
    </message>
    <message>
        <source>Part of day</source>
        <translation type="unfinished">Napszak</translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished">Régió</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished">Mi történt</translation>
    </message>
    <message>
        <source>Perpetrators</source>
        <translation type="unfinished">Elkövetők</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation type="unfinished">Járművek</translation>
    </message>
    <message>
        <source>Weapon used</source>
        <translation type="unfinished">Fegyvert használtak</translation>
    </message>
    <message>
        <source>Injured</source>
        <translation type="unfinished">Megsérült</translation>
    </message>
    <message>
        <source>Injury</source>
        <translation type="unfinished">Sérülés</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished">Összefoglaló</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished">Kapcsolat</translation>
    </message>
    <message>
        <source>through the project only</source>
        <translation type="unfinished">csak a projekten keresztül</translation>
    </message>
    <message>
        <source>not in any other report</source>
        <translation type="unfinished">egyetlen más jelentésben sem</translation>
    </message>
</context>
<context>
    <name>DeskPolicePage</name>
    <message>
        <source>Police</source>
        <translation type="unfinished">Rendőrség</translation>
    </message>
    <message>
        <source>Police reports</source>
        <translation type="unfinished">Rendőrségi jelentések</translation>
    </message>
    <message>
        <source>Disclose</source>
        <translation type="unfinished">Átadás</translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished">Típus</translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished">Régió</translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished">Mikor</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished">Minősítés</translation>
    </message>
    <message>
        <source>The selected police report</source>
        <translation type="unfinished">A kiválasztott rendőrségi jelentés</translation>
    </message>
    <message>
        <source>Source grade</source>
        <translation type="unfinished">Forrás minősítése</translation>
    </message>
    <message>
        <source>Intelligence grade</source>
        <translation type="unfinished">Információ minősítése</translation>
    </message>
    <message>
        <source>Handling code</source>
        <translation type="unfinished">Kezelési kód</translation>
    </message>
    <message>
        <source>Handling conditions</source>
        <translation type="unfinished">Kezelési feltételek</translation>
    </message>
    <message>
        <source>Conditions (handling code C only)</source>
        <translation type="unfinished">Feltételek (csak C kezelési kódnál)</translation>
    </message>
    <message>
        <source>&amp;Grade ticked reports</source>
        <translation type="unfinished">A bejelölt jelentések &amp;minősítése</translation>
    </message>
    <message>
        <source>Grade the ticked reports</source>
        <translation type="unfinished">A bejelölt jelentések minősítése</translation>
    </message>
    <message>
        <source>Receiving police force</source>
        <translation type="unfinished">Fogadó rendőrség</translation>
    </message>
    <message>
        <source>The charity&apos;s name as the police know it</source>
        <translation type="unfinished">A szervezet neve, ahogy a rendőrség ismeri</translation>
    </message>
    <message>
        <source>Your name (kept in the log)</source>
        <translation type="unfinished">A neved (a naplóban marad)</translation>
    </message>
    <message>
        <source>File type</source>
        <translation type="unfinished">Fájltípus</translation>
    </message>
    <message>
        <source>CSV (one column per field)</source>
        <translation type="unfinished">CSV (mezőnként egy oszlop)</translation>
    </message>
    <message>
        <source>PDF (printable)</source>
        <translation type="unfinished">PDF (nyomtatható)</translation>
    </message>
    <message>
        <source>E&amp;xport for the force…</source>
        <translation type="unfinished">&amp;Exportálás a rendőrségnek…</translation>
    </message>
    <message>
        <source>Export the ticked reports</source>
        <translation type="unfinished">A bejelölt jelentések exportálása</translation>
    </message>
    <message>
        <source>Disclosure log</source>
        <translation type="unfinished">Átadási napló</translation>
    </message>
    <message>
        <source>Force</source>
        <translation type="unfinished">Rendőrség</translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished">Ki</translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished">Fájl</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished">Jelentések</translation>
    </message>
    <message>
        <source>Notices to police forces</source>
        <translation type="unfinished">Értesítések a rendőrségeknek</translation>
    </message>
    <message>
        <source>Notify</source>
        <translation type="unfinished">Értesítendő</translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished">Miért</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation type="unfinished">Felvéve</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">Kész</translation>
    </message>
    <message>
        <source>Mark &amp;notified</source>
        <translation type="unfinished">&amp;Értesítettnek jelöl</translation>
    </message>
    <message>
        <source>Mark the selected notice as done</source>
        <translation type="unfinished">A kiválasztott értesítés késznek jelölése</translation>
    </message>
    <message>
        <source>&amp;Force:</source>
        <translation type="unfinished">Ren&amp;dőrség:</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation type="unfinished">&amp;Ügynökség:</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation type="unfinished">&amp;Ki:</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation type="unfinished">&amp;Fájl:</translation>
    </message>
    <message>
        <source>Disclosure log:</source>
        <translation type="unfinished">Átadási napló:</translation>
    </message>
    <message>
        <source>Withdrawn after disclosure — tell the force:</source>
        <translation type="unfinished">Átadás után visszavonva — értesítsd a rendőrséget:</translation>
    </message>
    <message>
        <source>3x5x2 grade (source, intelligence, handling):</source>
        <translation type="unfinished">3x5x2 minősítés (forrás, információ, kezelés):</translation>
    </message>
    <message>
        <source>load the police reports</source>
        <translation type="unfinished">a rendőrségi jelentések betöltése</translation>
    </message>
    <message>
        <source>a disclosed report was withdrawn</source>
        <translation type="unfinished">egy átadott jelentést visszavontak</translation>
    </message>
    <message>
        <source>TO DO</source>
        <translation type="unfinished">TEENDŐ</translation>
    </message>
    <message>
        <source>told %1 by %2</source>
        <translation type="unfinished">%1 értesítve, %2 által</translation>
    </message>
    <message>
        <source>Tick the reports to grade first.</source>
        <translation type="unfinished">Előbb jelöld be a minősítendő jelentéseket.</translation>
    </message>
    <message>
        <source>Not a valid grade: %1</source>
        <translation type="unfinished">Érvénytelen minősítés: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) graded %1.</source>
        <translation type="unfinished">
            <numerusform>%n jelentés minősítése: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick the reports to disclose first.</source>
        <translation type="unfinished">Előbb jelöld be az átadandó jelentéseket.</translation>
    </message>
    <message numerus="yes">
        <source>No grade yet for %n ticked report(s).</source>
        <translation type="unfinished">
            <numerusform>Még nincs minősítése %n bejelölt jelentésnek.</numerusform>
        </translation>
    </message>
    <message>
        <source>prepare the export</source>
        <translation type="unfinished">az export előkészítése</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) for %1:</source>
        <translation type="unfinished">
            <numerusform>%n jelentés, címzett: %1:</numerusform>
        </translation>
    </message>
    <message>
        <source>They are written in plain text to a file you choose next, and the disclosure is logged.</source>
        <translation type="unfinished">Egyszerű szövegként kerülnek egy fájlba, amelyet ezután választasz, és az átadás naplózásra kerül.</translation>
    </message>
    <message>
        <source>Disclose to the police</source>
        <translation type="unfinished">Átadás a rendőrségnek</translation>
    </message>
    <message>
        <source>Choose the file…</source>
        <translation type="unfinished">Fájl kiválasztása…</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished">CSV-fájlok (*.csv)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished">PDF-fájlok (*.pdf)</translation>
    </message>
    <message>
        <source>Save the police export</source>
        <translation type="unfinished">A rendőrségi export mentése</translation>
    </message>
    <message>
        <source>%1 already exists: choose a new file.</source>
        <translation type="unfinished">%1 már létezik: válassz új fájlt.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n report(s) to %1; the disclosure is logged.</source>
        <translation type="unfinished">
            <numerusform>%n jelentés kiírva ide: %1; az átadás naplózva.</numerusform>
        </translation>
    </message>
    <message>
        <source>export</source>
        <translation type="unfinished">az exportálás</translation>
    </message>
    <message>
        <source>Select the notice the force was told of.</source>
        <translation type="unfinished">Válaszd ki az értesítést, amelyről a rendőrség tudomást kapott.</translation>
    </message>
    <message>
        <source>Kept: %1 was told.</source>
        <translation type="unfinished">Rögzítve: %1 értesítve.</translation>
    </message>
    <message>
        <source>mark the notice</source>
        <translation type="unfinished">az értesítés megjelölése</translation>
    </message>
</context>
<context>
    <name>DeskQueuePage</name>
    <message>
        <source>Queue</source>
        <translation type="unfinished">Sor</translation>
    </message>
    <message>
        <source>&amp;Pull new reports</source>
        <translation type="unfinished">Új jelentések &amp;letöltése</translation>
    </message>
    <message>
        <source>Pull new reports</source>
        <translation type="unfinished">Új jelentések letöltése</translation>
    </message>
    <message>
        <source>Also &amp;those another desk took</source>
        <translation type="unfinished">Azok &amp;is, amelyeket másik iroda vett át</translation>
    </message>
    <message>
        <source>A second desk of this role: fetch the reports the first desk already acknowledged.</source>
        <translation type="unfinished">Második iroda ugyanebben a szerepben: azokat a jelentéseket is letölti, amelyeket az első iroda már nyugtázott.</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished">Cél</translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished">Régió</translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished">Hónap</translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished">Állapot</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished">Jelentések</translation>
    </message>
    <message>
        <source>Pulled</source>
        <translation type="unfinished">Letöltve</translation>
    </message>
    <message>
        <source>The opened report</source>
        <translation type="unfinished">A megnyitott jelentés</translation>
    </message>
    <message>
        <source>Start &amp;review</source>
        <translation type="unfinished">Át&amp;nézés kezdése</translation>
    </message>
    <message>
        <source>Start reviewing this report</source>
        <translation type="unfinished">A jelentés átnézésének kezdése</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation type="unfinished">&amp;Késznek jelöl</translation>
    </message>
    <message>
        <source>Mark this report done</source>
        <translation type="unfinished">A jelentés késznek jelölése</translation>
    </message>
    <message>
        <source>Back to &amp;new</source>
        <translation type="unfinished">Vissza &amp;újnak</translation>
    </message>
    <message>
        <source>Put this report back to new</source>
        <translation type="unfinished">A jelentés visszaállítása újra</translation>
    </message>
    <message>
        <source>Withdrawn reports</source>
        <translation type="unfinished">Visszavont jelentések</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished">Visszavonva</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished">Teendő</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation type="unfinished">Cél:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation type="unfinished">Régió:</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation type="unfinished">Hónap:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation type="unfinished">Állapot:</translation>
    </message>
    <message>
        <source>Withdrawn by the person (the decrypted copy is deleted):</source>
        <translation type="unfinished">A személy visszavonta (a visszafejtett másolat törölve):</translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished">Mind</translation>
    </message>
    <message>
        <source>load the queue</source>
        <translation type="unfinished">a sor betöltése</translation>
    </message>
    <message>
        <source>Disclosed: notify %1 (Police page)</source>
        <translation type="unfinished">Átadva: értesítsd: %1 (Rendőrség oldal)</translation>
    </message>
    <message>
        <source>Disclosed to the police: the force was told</source>
        <translation type="unfinished">Átadva a rendőrségnek: a rendőrséget értesítették</translation>
    </message>
    <message>
        <source>Nothing to do: it was never disclosed</source>
        <translation type="unfinished">Nincs teendő: sosem adták át</translation>
    </message>
    <message>
        <source>%1 shown · %2 new of %3 held</source>
        <translation type="unfinished">%1 látható · %2 új, összesen %3</translation>
    </message>
    <message>
        <source>open the report</source>
        <translation type="unfinished">a jelentés megnyitása</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished">Szervezet</translation>
    </message>
    <message numerus="yes">
        <source>in %n other report(s)</source>
        <translation type="unfinished">
            <numerusform>%n másik jelentésben</numerusform>
        </translation>
    </message>
    <message>
        <source>The report is now: %1</source>
        <translation type="unfinished">A jelentés most: %1</translation>
    </message>
    <message>
        <source>change the state</source>
        <translation type="unfinished">az állapot módosítása</translation>
    </message>
    <message>
        <source>Pulling new reports…</source>
        <translation type="unfinished">Új jelentések letöltése…</translation>
    </message>
    <message numerus="yes">
        <source>%n new report(s), %1 withdrawn.</source>
        <translation type="unfinished">
            <numerusform>%n új jelentés, %1 visszavonva.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n did not open with this desk&apos;s key.</source>
        <translation type="unfinished">
            <numerusform>%n nem nyílt meg ennek az irodának a kulcsával.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) to review.</source>
        <translation type="unfinished">
            <numerusform>%n átnézendő riasztás.</numerusform>
        </translation>
    </message>
    <message>
        <source>pull</source>
        <translation type="unfinished">a letöltés</translation>
    </message>
</context>
<context>
    <name>DeskStatsPage</name>
    <message>
        <source>Statistics</source>
        <translation type="unfinished">Statisztika</translation>
    </message>
    <message>
        <source>No figures opened yet.</source>
        <translation type="unfinished">Még nincs megnyitott adat.</translation>
    </message>
    <message>
        <source>Fetch from the &amp;server</source>
        <translation type="unfinished">Letöltés a &amp;szerverről</translation>
    </message>
    <message>
        <source>Fetch the figures for this period from the server</source>
        <translation type="unfinished">Az időszak adatainak letöltése a szerverről</translation>
    </message>
    <message>
        <source>&amp;Open the server&apos;s figures…</source>
        <translation type="unfinished">A szerver adatainak &amp;megnyitása…</translation>
    </message>
    <message>
        <source>Open the server&apos;s figures</source>
        <translation type="unfinished">A szerver adatainak megnyitása</translation>
    </message>
    <message>
        <source>First month</source>
        <translation type="unfinished">Első hónap</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation type="unfinished">Utolsó hónap</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation type="unfinished">Mu&amp;tasd</translation>
    </message>
    <message>
        <source>Show the figures for this period</source>
        <translation type="unfinished">Az időszak adatainak megjelenítése</translation>
    </message>
    <message>
        <source>Table to chart</source>
        <translation type="unfinished">Táblázat a diagramhoz</translation>
    </message>
    <message>
        <source>Chart of the chosen table</source>
        <translation type="unfinished">A kiválasztott táblázat diagramja</translation>
    </message>
    <message>
        <source>Tables as published</source>
        <translation type="unfinished">A táblázatok, ahogy közzétették</translation>
    </message>
    <message>
        <source>Funder report file type</source>
        <translation type="unfinished">A támogatói jelentés fájltípusa</translation>
    </message>
    <message>
        <source>PDF with charts</source>
        <translation type="unfinished">PDF diagramokkal</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation type="unfinished">CSV</translation>
    </message>
    <message>
        <source>&amp;Export funder report…</source>
        <translation type="unfinished">Támogatói jelentés e&amp;xportálása…</translation>
    </message>
    <message>
        <source>Export the funder report</source>
        <translation type="unfinished">A támogatói jelentés exportálása</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished">&amp;Ettől:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished">E&amp;ddig:</translation>
    </message>
    <message>
        <source>&amp;Chart:</source>
        <translation type="unfinished">Dia&amp;gram:</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished">JSON-fájlok (*.json)</translation>
    </message>
    <message>
        <source>Figures: %1</source>
        <translation type="unfinished">Adatok: %1</translation>
    </message>
    <message>
        <source>Figures: from the server</source>
        <translation type="unfinished">Adatok: a szerverről</translation>
    </message>
    <message>
        <source>fetch the figures</source>
        <translation type="unfinished">az adatok letöltése</translation>
    </message>
    <message>
        <source>Fetch the figures from the server or open a file first.</source>
        <translation type="unfinished">Előbb töltsd le az adatokat a szerverről, vagy nyiss meg egy fájlt.</translation>
    </message>
    <message>
        <source>read the figures</source>
        <translation type="unfinished">az adatok beolvasása</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s); counts suppressed by the disclosure rule: %1.</source>
        <translation type="unfinished">
            <numerusform>%n táblázat; az átadási szabály miatt elrejtett számok: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not drawn (the disclosure rule): %n suppressed count(s).</source>
        <translation type="unfinished">
            <numerusform>Nincs megrajzolva (az átadási szabály): %n elrejtett szám.</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished">PDF-fájlok (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished">CSV-fájlok (*.csv)</translation>
    </message>
    <message>
        <source>Save the funder report</source>
        <translation type="unfinished">A támogatói jelentés mentése</translation>
    </message>
    <message>
        <source>%1 already exists: choose a new file.</source>
        <translation type="unfinished">%1 már létezik: válassz új fájlt.</translation>
    </message>
    <message>
        <source>Funder report written to %1 (%2 tables).</source>
        <translation type="unfinished">A támogatói jelentés kiírva ide: %1 (%2 táblázat).</translation>
    </message>
    <message>
        <source>export the funder report</source>
        <translation type="unfinished">a támogatói jelentés exportálása</translation>
    </message>
</context>
<context>
    <name>DetailsEditor</name>
    <message>
        <source>Phone numbers:</source>
        <translation type="unfinished">Telefonszámok:</translation>
    </message>
    <message>
        <source>E-mail addresses:</source>
        <translation type="unfinished">E-mail-címek:</translation>
    </message>
    <message>
        <source>Handles:</source>
        <translation type="unfinished">Felhasználónevek:</translation>
    </message>
    <message>
        <source>Name used:</source>
        <translation type="unfinished">Használt név:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation type="unfinished">Leírás:</translation>
    </message>
    <message>
        <source>Plate:</source>
        <translation type="unfinished">Rendszám:</translation>
    </message>
    <message>
        <source>Make:</source>
        <translation type="unfinished">Gyártmány:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation type="unfinished">Típus:</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation type="unfinished">Szín:</translation>
    </message>
    <message>
        <source>Perpetrator %1</source>
        <translation type="unfinished">%1. elkövető</translation>
    </message>
    <message>
        <source>Vehicle %1</source>
        <translation type="unfinished">%1. jármű</translation>
    </message>
</context>
<context>
    <name>FirstRunScreen</name>
    <message>
        <source>Welcome to Outreach</source>
        <translation type="unfinished">Üdvözöl az Outreach</translation>
    </message>
    <message>
        <source>Everything you record is kept encrypted on this laptop. Choose a passphrase to protect it: a few unrelated words are easier to remember than symbols.</source>
        <translation type="unfinished">Minden, amit rögzítesz, titkosítva marad ezen a laptopon. Válassz egy jelmondatot a védelmére: néhány egymáshoz nem kapcsolódó szót könnyebb megjegyezni, mint szimbólumokat.</translation>
    </message>
    <message>
        <source>If this passphrase is lost, the records cannot be recovered — not by the charity, not by anyone. Keep a copy somewhere safe, away from this laptop.</source>
        <translation type="unfinished">Ha ez a jelmondat elvész, a bejegyzéseket nem lehet visszaállítani — sem a szervezet, sem senki más nem tudja. Tarts egy példányt biztonságos helyen, távol ettől a laptoptól.</translation>
    </message>
    <message>
        <source>Warning about losing the passphrase</source>
        <translation type="unfinished">Figyelmeztetés a jelmondat elvesztéséről</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished">Új jelmondat</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation type="unfinished">A jelmondat megismétlése</translation>
    </message>
    <message>
        <source>&amp;Suggest a passphrase</source>
        <translation type="unfinished">J&amp;elmondat javaslata</translation>
    </message>
    <message>
        <source>Suggest a passphrase of random words</source>
        <translation type="unfinished">Véletlen szavakból álló jelmondat javaslata</translation>
    </message>
    <message>
        <source>Show what I type</source>
        <translation type="unfinished">Mutasd, amit gépelek</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation type="unfinished">A jelmondat megjelenítése</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation type="unfinished">A jelmondat erőssége</translation>
    </message>
    <message>
        <source>Passphrase feedback</source>
        <translation type="unfinished">Visszajelzés a jelmondatról</translation>
    </message>
    <message>
        <source>Create the vault</source>
        <translation type="unfinished">A széf létrehozása</translation>
    </message>
    <message>
        <source>Restore from a backup instead…</source>
        <translation type="unfinished">Helyette visszaállítás biztonsági mentésből…</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished">Visszaállítás biztonsági mentésből</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished">&amp;Jelmondat:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation type="unfinished">&amp;Ismételd meg:</translation>
    </message>
    <message>
        <source>Strong enough.</source>
        <translation type="unfinished">Elég erős.</translation>
    </message>
    <message>
        <source>A passphrase of six random words is shown. Write it down and keep it somewhere safe away from this laptop before you go on.</source>
        <translation type="unfinished">Hat véletlen szóból álló jelmondat jelenik meg. Írd le, és tartsd biztonságos helyen, távol ettől a laptoptól, mielőtt továbblépsz.</translation>
    </message>
    <message>
        <source>The two match.</source>
        <translation type="unfinished">A kettő egyezik.</translation>
    </message>
    <message>
        <source>The two do not match yet.</source>
        <translation type="unfinished">A kettő még nem egyezik.</translation>
    </message>
    <message>
        <source>Creating the encrypted vault…</source>
        <translation type="unfinished">A titkosított széf létrehozása…</translation>
    </message>
</context>
<context>
    <name>IncidentForm</name>
    <message>
        <source>Interview step</source>
        <translation type="unfinished">Beszélgetés lépése</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished">Mi történt</translation>
    </message>
    <message>
        <source>When and where</source>
        <translation type="unfinished">Mikor és hol</translation>
    </message>
    <message>
        <source>Perpetrators and vehicles</source>
        <translation type="unfinished">Elkövetők és járművek</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation type="unfinished">Mi hangzott el</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished">Hozzájárulás</translation>
    </message>
    <message>
        <source>What will be shared</source>
        <translation type="unfinished">Mi kerül megosztásra</translation>
    </message>
    <message>
        <source>Interview message</source>
        <translation type="unfinished">Beszélgetési üzenet</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished">&amp;Vissza</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation type="unfinished">Előző lépés</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished">T&amp;ovább</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished">Következő lépés</translation>
    </message>
    <message>
        <source>Save and continue to &amp;consent</source>
        <translation type="unfinished">Mentés és tovább a &amp;hozzájáruláshoz</translation>
    </message>
    <message>
        <source>Save the incident and continue to consent</source>
        <translation type="unfinished">Az eset mentése és tovább a hozzájáruláshoz</translation>
    </message>
    <message>
        <source>Save and cl&amp;ose</source>
        <translation type="unfinished">Mentés és be&amp;zárás</translation>
    </message>
    <message>
        <source>Save the incident and close</source>
        <translation type="unfinished">Az eset mentése és bezárás</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation type="unfinished">Bezárás mentés nélkül</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation type="unfinished">%1. lépés / %2: %3</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Bezárás</translation>
    </message>
    <message>
        <source>Closed.</source>
        <translation type="unfinished">Bezárva.</translation>
    </message>
    <message>
        <source>Closed without saving.</source>
        <translation type="unfinished">Bezárva mentés nélkül.</translation>
    </message>
    <message>
        <source>Close without saving?</source>
        <translation type="unfinished">Bezárod mentés nélkül?</translation>
    </message>
    <message>
        <source>What was typed in this interview since it was last saved will be lost.</source>
        <translation type="unfinished">Ami a legutóbbi mentés óta ebbe a beszélgetésbe került, elvész.</translation>
    </message>
    <message>
        <source>Discard what was typed</source>
        <translation type="unfinished">A beírtak elvetése</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation type="unfinished">Szerkesztés folytatása</translation>
    </message>
    <message>
        <source>Tick at least one thing that happened (step 1).</source>
        <translation type="unfinished">Jelölj be legalább egy dolgot, ami történt (1. lépés).</translation>
    </message>
    <message>
        <source>Type the worker&apos;s initials (step 1).</source>
        <translation type="unfinished">Írd be a munkatárs monogramját (1. lépés).</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished">Telefonszám</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation type="unfinished">E-mail-cím</translation>
    </message>
</context>
<context>
    <name>IncidentsPage</name>
    <message>
        <source>changed since shared: needs the person&apos;s consent again (open it to confirm)</source>
        <translation type="unfinished">a megosztás óta módosult: ismét kell a személy hozzájárulása (nyisd meg a megerősítéshez)</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished">Esetek</translation>
    </message>
    <message>
        <source>Filter by type</source>
        <translation type="unfinished">Szűrés típus szerint</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation type="unfinished">Bármilyen típus</translation>
    </message>
    <message>
        <source>&amp;New incident</source>
        <translation type="unfinished">Ú&amp;j eset</translation>
    </message>
    <message>
        <source>Record a new incident</source>
        <translation type="unfinished">Új eset rögzítése</translation>
    </message>
    <message>
        <source>&amp;Open / share…</source>
        <translation type="unfinished">&amp;Megnyitás / megosztás…</translation>
    </message>
    <message>
        <source>Open the selected incident</source>
        <translation type="unfinished">A kiválasztott eset megnyitása</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished">&amp;Törlés…</translation>
    </message>
    <message>
        <source>Delete the selected incident</source>
        <translation type="unfinished">A kiválasztott eset törlése</translation>
    </message>
    <message>
        <source>&amp;Forget this person…</source>
        <translation type="unfinished">A személy &amp;elfelejtése…</translation>
    </message>
    <message>
        <source>Forget the person of the selected incident</source>
        <translation type="unfinished">A kiválasztott eset személyének elfelejtése</translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished">Mikor</translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished">Terület</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation type="unfinished">Becenév</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation type="unfinished">(nincs rögzítve)</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished">Mi történt</translation>
    </message>
    <message>
        <source>Injury</source>
        <translation type="unfinished">Sérülés</translation>
    </message>
    <message>
        <source>Perpetrators</source>
        <translation type="unfinished">Elkövetők</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation type="unfinished">Járművek</translation>
    </message>
    <message>
        <source>Where exactly</source>
        <translation type="unfinished">Pontosan hol</translation>
    </message>
    <message>
        <source>Their words</source>
        <translation type="unfinished">A saját szavai</translation>
    </message>
    <message>
        <source>Alert summary</source>
        <translation type="unfinished">Riasztás összefoglalója</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation type="unfinished">Megosztás</translation>
    </message>
    <message>
        <source>The interview you had started before the lock was restored.</source>
        <translation type="unfinished">A zárolás előtt elkezdett beszélgetés visszaállítva.</translation>
    </message>
    <message>
        <source>restore the interview</source>
        <translation type="unfinished">a beszélgetés visszaállítása</translation>
    </message>
    <message>
        <source>open the form</source>
        <translation type="unfinished">az űrlap megnyitása</translation>
    </message>
    <message>
        <source>That incident is no longer stored.</source>
        <translation type="unfinished">Ez az eset már nincs tárolva.</translation>
    </message>
    <message>
        <source>open the incident</source>
        <translation type="unfinished">az eset megnyitása</translation>
    </message>
    <message>
        <source>Incident deleted.</source>
        <translation type="unfinished">Eset törölve.</translation>
    </message>
    <message>
        <source>delete the incident</source>
        <translation type="unfinished">az eset törlése</translation>
    </message>
    <message>
        <source>Delete incident</source>
        <translation type="unfinished">Eset törlése</translation>
    </message>
    <message>
        <source>Delete the incident of %1 from this device? This cannot be undone. A report already sent is not recalled by this: withdraw it with the withdrawal code.</source>
        <translation type="unfinished">Törlöd %1 esetét erről az eszközről? Ez nem vonható vissza. Egy már elküldött jelentést ez nem hív vissza: vond vissza a visszavonási kóddal.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Street</source>
        <translation type="unfinished">Utca</translation>
    </message>
    <message>
        <source>Van</source>
        <translation type="unfinished">Kisbusz</translation>
    </message>
    <message>
        <source>Drop-in</source>
        <translation type="unfinished">Nappali központ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">Telefon</translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished">Online</translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished">Személyesen</translation>
    </message>
    <message>
        <source>Advocacy</source>
        <translation type="unfinished">Érdekképviselet</translation>
    </message>
    <message>
        <source>Condoms</source>
        <translation type="unfinished">Óvszer</translation>
    </message>
    <message>
        <source>Lube</source>
        <translation type="unfinished">Síkosító</translation>
    </message>
    <message>
        <source>Needles/syringes</source>
        <translation type="unfinished">Tű/fecskendő</translation>
    </message>
    <message>
        <source>Naloxone</source>
        <translation type="unfinished">Naloxon</translation>
    </message>
    <message>
        <source>Safety leaflets</source>
        <translation type="unfinished">Biztonsági szórólapok</translation>
    </message>
    <message>
        <source>Alert bulletins</source>
        <translation type="unfinished">Riasztási hírlevelek</translation>
    </message>
    <message>
        <source>Food/drink</source>
        <translation type="unfinished">Étel/ital</translation>
    </message>
    <message>
        <source>Other supplies</source>
        <translation type="unfinished">Egyéb eszközök</translation>
    </message>
    <message>
        <source>Sexual health</source>
        <translation type="unfinished">Szexuális egészség</translation>
    </message>
    <message>
        <source>Drugs/alcohol</source>
        <translation type="unfinished">Drog/alkohol</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation type="unfinished">Lakhatás</translation>
    </message>
    <message>
        <source>ISVA/victim support</source>
        <translation type="unfinished">ISVA/áldozatsegítés</translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation type="unfinished">Mentális egészség</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation type="unfinished">Jogi segítség</translation>
    </message>
    <message>
        <source>Other referral</source>
        <translation type="unfinished">Egyéb továbbirányítás</translation>
    </message>
    <message>
        <source>Physical assault</source>
        <translation type="unfinished">Testi bántalmazás</translation>
    </message>
    <message>
        <source>Sexual assault</source>
        <translation type="unfinished">Szexuális erőszak</translation>
    </message>
    <message>
        <source>Rape</source>
        <translation type="unfinished">Nemi erőszak</translation>
    </message>
    <message>
        <source>Robbery/theft</source>
        <translation type="unfinished">Rablás/lopás</translation>
    </message>
    <message>
        <source>Non-payment</source>
        <translation type="unfinished">Nem fizetett</translation>
    </message>
    <message>
        <source>Threats/intimidation</source>
        <translation type="unfinished">Fenyegetés/megfélemlítés</translation>
    </message>
    <message>
        <source>Condom removal</source>
        <translation type="unfinished">Az óvszer levétele</translation>
    </message>
    <message>
        <source>Stalking/harassment</source>
        <translation type="unfinished">Zaklatás/követés</translation>
    </message>
    <message>
        <source>Kidnap/false imprisonment</source>
        <translation type="unfinished">Elrablás/fogva tartás</translation>
    </message>
    <message>
        <source>Verbal abuse</source>
        <translation type="unfinished">Szóbeli bántalmazás</translation>
    </message>
    <message>
        <source>Hate incident</source>
        <translation type="unfinished">Gyűlölet-incidens</translation>
    </message>
    <message>
        <source>Fraud</source>
        <translation type="unfinished">Csalás</translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished">Egyéb</translation>
    </message>
    <message>
        <source>Exact time</source>
        <translation type="unfinished">Pontos idő</translation>
    </message>
    <message>
        <source>Approximately</source>
        <translation type="unfinished">Körülbelül</translation>
    </message>
    <message>
        <source>Sometime that day</source>
        <translation type="unfinished">Valamikor aznap</translation>
    </message>
    <message>
        <source>Sometime that week</source>
        <translation type="unfinished">Valamikor azon a héten</translation>
    </message>
    <message>
        <source>Sometime that month</source>
        <translation type="unfinished">Valamikor abban a hónapban</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation type="unfinished">18 alatt</translation>
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
        <translation type="unfinished">Nem ismert</translation>
    </message>
    <message>
        <source>Woman</source>
        <translation type="unfinished">Nő</translation>
    </message>
    <message>
        <source>Man</source>
        <translation type="unfinished">Férfi</translation>
    </message>
    <message>
        <source>Trans woman</source>
        <translation type="unfinished">Transz nő</translation>
    </message>
    <message>
        <source>Trans man</source>
        <translation type="unfinished">Transz férfi</translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation type="unfinished">Nem bináris</translation>
    </message>
    <message>
        <source>No injury</source>
        <translation type="unfinished">Nincs sérülés</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation type="unfinished">Enyhe</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation type="unfinished">Közepes</translation>
    </message>
    <message>
        <source>Serious</source>
        <translation type="unfinished">Súlyos</translation>
    </message>
    <message>
        <source>Slim</source>
        <translation type="unfinished">Vékony</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished">Közepes</translation>
    </message>
    <message>
        <source>Heavy</source>
        <translation type="unfinished">Testes</translation>
    </message>
    <message>
        <source>Muscular</source>
        <translation type="unfinished">Izmos</translation>
    </message>
    <message>
        <source>Warn other sex workers (alert)</source>
        <translation type="unfinished">Más szexmunkások figyelmeztetése (riasztás)</translation>
    </message>
    <message>
        <source>Count it in statistics</source>
        <translation type="unfinished">Beszámítás a statisztikába</translation>
    </message>
    <message>
        <source>Anonymous intelligence to police</source>
        <translation type="unfinished">Névtelen információ a rendőrségnek</translation>
    </message>
    <message>
        <source>Police contact (referral)</source>
        <translation type="unfinished">Kapcsolat a rendőrséggel (továbbirányítás)</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <source>Add</source>
        <translation type="unfinished">Hozzáadás</translation>
    </message>
    <message>
        <source>Add: %1</source>
        <translation type="unfinished">Hozzáadás: %1</translation>
    </message>
    <message>
        <source>Remove this one</source>
        <translation type="unfinished">Ennek eltávolítása</translation>
    </message>
    <message>
        <source>Remove: %1</source>
        <translation type="unfinished">Eltávolítás: %1</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation type="unfinished">Nincs rögzítve semmi.</translation>
    </message>
</context>
<context>
    <name>MainScreen</name>
    <message>
        <source>Pages</source>
        <translation type="unfinished">Oldalak</translation>
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
        <translation type="unfinished">A széfet nem sikerült létrehozni: %1</translation>
    </message>
    <message>
        <source>That passphrase is not right.</source>
        <translation type="unfinished">Ez a jelmondat nem helyes.</translation>
    </message>
    <message>
        <source>Too many wrong passphrases in a row.</source>
        <translation type="unfinished">Túl sok hibás jelmondat egymás után.</translation>
    </message>
    <message>
        <source>Outreach is already open in another window. Close it there first.</source>
        <translation type="unfinished">Az Outreach már nyitva van egy másik ablakban. Előbb ott zárd be.</translation>
    </message>
    <message>
        <source>The vault&apos;s files are damaged and cannot be opened. Nothing was changed. Restore a backup, or ask your coordinator for help.</source>
        <translation type="unfinished">A széf fájljai sérültek, és nem nyithatók meg. Semmi sem változott. Állíts vissza egy biztonsági mentést, vagy kérj segítséget a koordinátortól.</translation>
    </message>
    <message>
        <source>The vault could not be opened: %1</source>
        <translation type="unfinished">A széfet nem sikerült megnyitni: %1</translation>
    </message>
    <message>
        <source>The disk is full: the vault is intact, but nothing new can be saved until space is freed. Half-typed forms are kept in memory until then. Free some space, or make a backup to another disk (Settings).</source>
        <translation type="unfinished">A lemez megtelt: a széf ép, de semmi újat nem lehet menteni, amíg nem szabadul fel hely. A félig kitöltött űrlapok addig a memóriában maradnak. Szabadíts fel helyet, vagy készíts biztonsági mentést egy másik lemezre (Beállítások).</translation>
    </message>
    <message>
        <source>Retention removed %1 contact notes, %2 people, %3 incident texts, %4 sent payloads.</source>
        <translation type="unfinished">A megőrzési szabály eltávolított %1 kapcsolati megjegyzést, %2 személyt, %3 esetleírást és %4 elküldött tartalmat.</translation>
    </message>
    <message>
        <source>An unfinished form was restored on the %1 page.</source>
        <translation type="unfinished">Egy befejezetlen űrlap visszaállítva a(z) %1 oldalon.</translation>
    </message>
    <message>
        <source>Something went wrong (%1). Nothing was changed.</source>
        <translation type="unfinished">Valami hiba történt (%1). Semmi sem változott.</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished">Piszkozat</translation>
    </message>
    <message>
        <source>Consented</source>
        <translation type="unfinished">Hozzájárulással</translation>
    </message>
    <message>
        <source>Waiting for a coordinator</source>
        <translation type="unfinished">Koordinátorra vár</translation>
    </message>
    <message>
        <source>Rejected by a coordinator</source>
        <translation type="unfinished">Egy koordinátor elutasította</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation type="unfinished">Küldésre vár</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished">Küldés alatt</translation>
    </message>
    <message>
        <source>Sent (receipt stored)</source>
        <translation type="unfinished">Elküldve (nyugta tárolva)</translation>
    </message>
    <message>
        <source>Parked: needs attention</source>
        <translation type="unfinished">Félretéve: figyelmet igényel</translation>
    </message>
    <message>
        <source>Replaced by a newer version</source>
        <translation type="unfinished">Újabb változat váltotta fel</translation>
    </message>
    <message>
        <source>Withdrawal waiting to be sent</source>
        <translation type="unfinished">Visszavonás küldésre vár</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished">Visszavonva</translation>
    </message>
    <message>
        <source>Withdrawn on the server</source>
        <translation type="unfinished">Visszavonva a szerveren</translation>
    </message>
    <message>
        <source>Not found on the server yet: asked again at each sync for 30 days</source>
        <translation type="unfinished">Még nem található a szerveren: 30 napig minden szinkronizáláskor újra rákérdez</translation>
    </message>
    <message>
        <source>Not found on the server; it still withdraws the report if it arrives</source>
        <translation type="unfinished">Nem található a szerveren; ha megérkezik, akkor is visszavonja a jelentést</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished">Módosítva</translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished">Mi</translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished">Kinek</translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished">Állapot</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation type="unfinished">Próbálkozások</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished">Ok</translation>
    </message>
    <message>
        <source>Withdrawal of consent</source>
        <translation type="unfinished">A hozzájárulás visszavonása</translation>
    </message>
    <message>
        <source>Report v%1</source>
        <translation type="unfinished">%1. változatú jelentés</translation>
    </message>
    <message>
        <source> (incident of %1)</source>
        <translation type="unfinished"> (%1 esete)</translation>
    </message>
</context>
<context>
    <name>PassphrasesSection</name>
    <message>
        <source>Passphrases</source>
        <translation type="unfinished">Jelmondatok</translation>
    </message>
    <message>
        <source>Passphrases of this vault</source>
        <translation type="unfinished">A széf jelmondatai</translation>
    </message>
    <message>
        <source>Re&amp;move passphrase…</source>
        <translation type="unfinished">Jelmondat &amp;eltávolítása…</translation>
    </message>
    <message>
        <source>Remove the selected passphrase</source>
        <translation type="unfinished">A kiválasztott jelmondat eltávolítása</translation>
    </message>
    <message>
        <source>Passphrases message</source>
        <translation type="unfinished">Jelmondat-üzenet</translation>
    </message>
    <message>
        <source>Removing a passphrase changes the vault&apos;s key, so a copy of the old key file with that passphrase opens nothing. The other passphrases keep working.</source>
        <translation type="unfinished">Egy jelmondat eltávolítása megváltoztatja a széf kulcsát, így a régi kulcsfájl másolata azzal a jelmondattal semmit sem nyit meg. A többi jelmondat továbbra is működik.</translation>
    </message>
    <message>
        <source>list the passphrases</source>
        <translation type="unfinished">a jelmondatok listázása</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation type="unfinished">koordinátor</translation>
    </message>
    <message>
        <source>worker</source>
        <translation type="unfinished">munkatárs</translation>
    </message>
    <message>
        <source> (this session)</source>
        <translation type="unfinished"> (ez a munkamenet)</translation>
    </message>
    <message>
        <source>Remove passphrase</source>
        <translation type="unfinished">Jelmondat eltávolítása</translation>
    </message>
    <message>
        <source>Remove passphrase %1? Whoever uses it can no longer open this vault.</source>
        <translation type="unfinished">Eltávolítod a(z) %1 jelmondatot? Aki használja, többé nem tudja megnyitni ezt a széfet.</translation>
    </message>
    <message>
        <source>Removing the passphrase and changing the vault&apos;s key…</source>
        <translation type="unfinished">A jelmondat eltávolítása és a széf kulcsának cseréje…</translation>
    </message>
    <message>
        <source>Passphrase removed; the vault&apos;s key was changed.</source>
        <translation type="unfinished">Jelmondat eltávolítva; a széf kulcsa megváltozott.</translation>
    </message>
    <message>
        <source>Also removed (from before the coordinator key): %1</source>
        <translation type="unfinished">Szintén eltávolítva (a koordinátori kulcs előttiek): %1</translation>
    </message>
    <message>
        <source>remove the passphrase</source>
        <translation type="unfinished">a jelmondat eltávolítása</translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <translation type="unfinished">Nem sikerült: %1: %2</translation>
    </message>
</context>
<context>
    <name>PerpetratorEditor</name>
    <message>
        <source>Perpetrator&apos;s gender</source>
        <translation type="unfinished">Az elkövető neme</translation>
    </message>
    <message>
        <source>Perpetrator&apos;s age from</source>
        <translation type="unfinished">Az elkövető életkora ettől</translation>
    </message>
    <message>
        <source>Perpetrator&apos;s age to</source>
        <translation type="unfinished">Az elkövető életkora eddig</translation>
    </message>
    <message>
        <source>Perpetrator&apos;s build</source>
        <translation type="unfinished">Az elkövető testalkata</translation>
    </message>
    <message>
        <source>Gender:</source>
        <translation type="unfinished">Nem:</translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished">–</translation>
    </message>
    <message>
        <source>Age:</source>
        <translation type="unfinished">Életkor:</translation>
    </message>
    <message>
        <source>Build:</source>
        <translation type="unfinished">Testalkat:</translation>
    </message>
    <message>
        <source>Height</source>
        <translation type="unfinished">Magasság</translation>
    </message>
    <message>
        <source>Ethnicity (as described)</source>
        <translation type="unfinished">Etnikai hovatartozás (ahogy leírták)</translation>
    </message>
    <message>
        <source>Hair</source>
        <translation type="unfinished">Haj</translation>
    </message>
    <message>
        <source>Distinguishing features</source>
        <translation type="unfinished">Megkülönböztető jegyek</translation>
    </message>
    <message>
        <source>Clothing</source>
        <translation type="unfinished">Ruházat</translation>
    </message>
    <message>
        <source>Name they used</source>
        <translation type="unfinished">Az általa használt név</translation>
    </message>
    <message>
        <source>Phone numbers (comma between)</source>
        <translation type="unfinished">Telefonszámok (vesszővel elválasztva)</translation>
    </message>
    <message>
        <source>E-mail addresses (comma between)</source>
        <translation type="unfinished">E-mail-címek (vesszővel elválasztva)</translation>
    </message>
    <message>
        <source>Online names (comma between)</source>
        <translation type="unfinished">Online nevek (vesszővel elválasztva)</translation>
    </message>
    <message>
        <source>Website or app</source>
        <translation type="unfinished">Weboldal vagy alkalmazás</translation>
    </message>
    <message>
        <source>Problem with: %1</source>
        <translation type="unfinished">Probléma ezzel: %1</translation>
    </message>
    <message>
        <source>not known</source>
        <translation type="unfinished">nem ismert</translation>
    </message>
</context>
<context>
    <name>PersonChoiceDialog</name>
    <message>
        <source>Which person?</source>
        <translation type="unfinished">Melyik személy?</translation>
    </message>
    <message>
        <source>%1 people are called “%2”. Who was this?</source>
        <translation type="unfinished">%1 személy neve „%2”. Ki volt ez?</translation>
    </message>
    <message>
        <source>The %1 last seen on %2</source>
        <translation type="unfinished">A(z) %1, utoljára látva: %2</translation>
    </message>
    <message>
        <source>The %1 with no contact or incident yet</source>
        <translation type="unfinished">A(z) %1, még kapcsolat vagy eset nélkül</translation>
    </message>
    <message>
        <source>Someone new called %1</source>
        <translation type="unfinished">Valaki új, neve: %1</translation>
    </message>
</context>
<context>
    <name>PreviewStep</name>
    <message>
        <source>WHAT WILL BE SHARED</source>
        <translation type="unfinished">MI KERÜL MEGOSZTÁSRA</translation>
    </message>
    <message>
        <source>This is exactly what will leave this device when it is sent, and nothing else. Read it with the person. If anything could identify them, go back and change it.</source>
        <translation type="unfinished">Pontosan ez hagyja el az eszközt küldéskor, semmi más. Olvasd át a személlyel. Ha bármi azonosíthatná, menj vissza és változtasd meg.</translation>
    </message>
    <message>
        <source>What will be shared, in plain words</source>
        <translation type="unfinished">Mi kerül megosztásra, egyszerű szavakkal</translation>
    </message>
    <message>
        <source>What will be shared, as sent (JSON)</source>
        <translation type="unfinished">Mi kerül megosztásra, ahogy elküldjük (JSON)</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation type="unfinished">Technikai részletek</translation>
    </message>
    <message>
        <source>Show technical details</source>
        <translation type="unfinished">Technikai részletek megjelenítése</translation>
    </message>
    <message>
        <source>Might still identify someone</source>
        <translation type="unfinished">Még azonosíthat valakit</translation>
    </message>
    <message>
        <source>Look at each marked part with the person: keep it, or remove it from the text it is in. Sealing is possible once every part is decided.</source>
        <translation type="unfinished">Nézd át minden megjelölt részt a személlyel: tartsd meg, vagy távolítsd el abból a szövegből, amelyben van. A lepecsételés akkor lehetséges, ha minden részről döntöttetek.</translation>
    </message>
    <message>
        <source>Sharing status</source>
        <translation type="unfinished">A megosztás állapota</translation>
    </message>
    <message>
        <source>&amp;Back to consent</source>
        <translation type="unfinished">&amp;Vissza a hozzájáruláshoz</translation>
    </message>
    <message>
        <source>Back to consent</source>
        <translation type="unfinished">Vissza a hozzájáruláshoz</translation>
    </message>
    <message>
        <source>&amp;Seal and queue for sending</source>
        <translation type="unfinished">&amp;Lepecsételés és sorba állítás küldésre</translation>
    </message>
    <message>
        <source>Seal and queue for sending</source>
        <translation type="unfinished">Lepecsételés és sorba állítás küldésre</translation>
    </message>
    <message>
        <source>This is exactly what the new version will send; it replaces the earlier one. Read it with the person. Sealing records that they confirmed it.</source>
        <translation type="unfinished">Pontosan ezt küldi el az új változat; felváltja a korábbit. Olvasd át a személlyel. A lepecsételés rögzíti, hogy megerősítette.</translation>
    </message>
    <message>
        <source>Confirm and &amp;seal the new version</source>
        <translation type="unfinished">Az új változat megerősítése és &amp;lepecsételése</translation>
    </message>
    <message>
        <source>Confirm and seal the new version</source>
        <translation type="unfinished">Az új változat megerősítése és lepecsételése</translation>
    </message>
    <message>
        <source>Might still identify someone (%1)</source>
        <translation type="unfinished">Még azonosíthat valakit (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n marked part(s) still to keep or remove before sealing.</source>
        <translation type="unfinished">
            <numerusform>Még %n megjelölt részről kell dönteni (megtartás vagy eltávolítás) a lepecsételés előtt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removing it from %1…</source>
        <translation type="unfinished">Eltávolítás innen: %1…</translation>
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
        <translation type="unfinished">Mégse</translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished">Mentés</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Bezárás</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished">&amp;Igen</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished">&amp;Nem</translation>
    </message>
</context>
<context>
    <name>QuickDeletePanel</name>
    <message>
        <source>DELETE</source>
        <translation type="unfinished">TORLES</translation>
    </message>
    <message>
        <source>Quick delete…</source>
        <translation type="unfinished">Gyors törlés…</translation>
    </message>
    <message>
        <source>Quick delete</source>
        <translation type="unfinished">Gyors törlés</translation>
    </message>
    <message>
        <source>Everything on this laptop is destroyed and cannot be recovered: the vault, unsent reports, and the files Outreach saved outside it (exports, backups, PDFs) as far as it knows them. No passphrase is needed.</source>
        <translation type="unfinished">Ezen a laptopon minden megsemmisül, és nem állítható vissza: a széf, az el nem küldött jelentések és az Outreach által a széfen kívül mentett fájlok (exportok, biztonsági mentések, PDF-ek), amennyire ismeri őket. Nem kell hozzá jelmondat.</translation>
    </message>
    <message>
        <source>Type %1 to confirm.</source>
        <translation type="unfinished">A megerősítéshez írd be: %1.</translation>
    </message>
    <message>
        <source>Type %1 to confirm quick delete</source>
        <translation type="unfinished">A gyors törlés megerősítéséhez írd be: %1</translation>
    </message>
    <message>
        <source>Delete everything now</source>
        <translation type="unfinished">Mindent törölj most</translation>
    </message>
    <message>
        <source>Confirm quick delete</source>
        <translation type="unfinished">Gyors törlés megerősítése</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Mégse</translation>
    </message>
    <message>
        <source>Cancel quick delete</source>
        <translation type="unfinished">Gyors törlés megszakítása</translation>
    </message>
</context>
<context>
    <name>RecordListPage</name>
    <message>
        <source>Any time</source>
        <translation type="unfinished">Bármikor</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished">Az elmúlt 24 óra</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished">Az elmúlt 7 nap</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished">Az elmúlt 30 nap</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation type="unfinished">Az elmúlt 12 hónap</translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished">Keresés</translation>
    </message>
    <message>
        <source>Search: words, alias, phone number or plate (Ctrl+F)</source>
        <translation type="unfinished">Keresés: szavak, becenév, telefonszám vagy rendszám (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter by area</source>
        <translation type="unfinished">Szűrés terület szerint</translation>
    </message>
    <message>
        <source>Any area</source>
        <translation type="unfinished">Bármilyen terület</translation>
    </message>
    <message>
        <source>Filter by date</source>
        <translation type="unfinished">Szűrés dátum szerint</translation>
    </message>
    <message>
        <source>Number of records shown</source>
        <translation type="unfinished">A megjelenített bejegyzések száma</translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished">Bejegyzések</translation>
    </message>
    <message>
        <source>Selected record</source>
        <translation type="unfinished">Kiválasztott bejegyzés</translation>
    </message>
    <message>
        <source>Select a row to see it here.</source>
        <translation type="unfinished">Válassz ki egy sort, hogy itt lásd.</translation>
    </message>
    <message>
        <source>Page message</source>
        <translation type="unfinished">Oldalüzenet</translation>
    </message>
    <message>
        <source>list records</source>
        <translation type="unfinished">a bejegyzések listázása</translation>
    </message>
    <message>
        <source>%1 shown</source>
        <translation type="unfinished">%1 megjelenítve</translation>
    </message>
    <message>
        <source>this person</source>
        <translation type="unfinished">ez a személy</translation>
    </message>
    <message>
        <source>Forget %1?

This permanently erases %1 and everything recorded about them on this device: %2 contacts and %3 incidents, with their consents and unsent reports. It cannot be undone.

Reports already sent to the charity will be withdrawn from its server at the next sync. An alert already read, or intelligence already passed to the police, cannot be recalled.</source>
        <translation type="unfinished">Elfelejted: %1?

Ez véglegesen törli: %1, és mindent, amit róla ezen az eszközön rögzítettek: %2 kapcsolatot és %3 esetet, a hozzájárulásokkal és az el nem küldött jelentésekkel együtt. Ez nem vonható vissza.

A szervezetnek már elküldött jelentéseket a következő szinkronizáláskor visszavonjuk a szerveréről. A már elolvasott riasztást vagy a rendőrségnek már átadott információt nem lehet visszahívni.</translation>
    </message>
    <message>
        <source>Forget %1 and erase %2 records</source>
        <translation type="unfinished">%1 elfelejtése és %2 bejegyzés törlése</translation>
    </message>
    <message>
        <source>Forgotten. Reports already sent will be withdrawn from the charity&apos;s server at the next sync.</source>
        <translation type="unfinished">Elfelejtve. A már elküldött jelentéseket a következő szinkronizáláskor visszavonjuk a szervezet szerveréről.</translation>
    </message>
    <message>
        <source>forget the person</source>
        <translation type="unfinished">a személy elfelejtése</translation>
    </message>
    <message>
        <source>Forget this person</source>
        <translation type="unfinished">A személy elfelejtése</translation>
    </message>
    <message>
        <source>count their records</source>
        <translation type="unfinished">a bejegyzései megszámolása</translation>
    </message>
</context>
<context>
    <name>RecordModels</name>
    <message>
        <source>When</source>
        <translation type="unfinished">Mikor</translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished">Terület</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation type="unfinished">Becenév</translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished">Hogyan</translation>
    </message>
    <message>
        <source>Supplies</source>
        <translation type="unfinished">Eszközök</translation>
    </message>
    <message>
        <source>Supplies handed out, with counts</source>
        <translation type="unfinished">Kiosztott eszközök darabszámmal</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished">Továbbirányítások</translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished">Megjegyzés</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished">Mi történt</translation>
    </message>
    <message>
        <source>Perpetrators</source>
        <translation type="unfinished">Elkövetők</translation>
    </message>
    <message>
        <source>Number of perpetrators</source>
        <translation type="unfinished">Elkövetők száma</translation>
    </message>
    <message>
        <source>Plates</source>
        <translation type="unfinished">Rendszámok</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished">Összefoglaló</translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished">Életkor</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished">Nem</translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished">Nyelv</translation>
    </message>
</context>
<context>
    <name>RecordPages</name>
    <message>
        <source>Could not %1: %2</source>
        <translation type="unfinished">Nem sikerült: %1: %2</translation>
    </message>
    <message>
        <source>Could not %1: the vault is locked.</source>
        <translation type="unfinished">Nem sikerült: %1: a széf zárolva van.</translation>
    </message>
    <message>
        <source>Could not %1: the vault refused the change (%2). Nothing was saved.</source>
        <translation type="unfinished">Nem sikerült: %1: a széf elutasította a változtatást (%2). Semmi sem lett mentve.</translation>
    </message>
    <message>
        <source>Could not %1 (%2).</source>
        <translation type="unfinished">Nem sikerült: %1 (%2).</translation>
    </message>
</context>
<context>
    <name>RestorePassphraseDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished">Visszaállítás biztonsági mentésből</translation>
    </message>
    <message>
        <source>Passphrase of the backup</source>
        <translation type="unfinished">A biztonsági mentés jelmondata</translation>
    </message>
    <message>
        <source>Current coordinator passphrase</source>
        <translation type="unfinished">Jelenlegi koordinátori jelmondat</translation>
    </message>
    <message>
        <source>Restoring replaces every record on this laptop with the backup&apos;s. Records added since the backup are lost.</source>
        <translation type="unfinished">A visszaállítás ezen a laptopon minden bejegyzést a biztonsági mentésben lévőkre cserél. A mentés óta hozzáadott bejegyzések elvesznek.</translation>
    </message>
    <message>
        <source>&amp;Coordinator passphrase of this vault:</source>
        <translation type="unfinished">A széf &amp;koordinátori jelmondata:</translation>
    </message>
    <message>
        <source>&amp;Passphrase of the backup:</source>
        <translation type="unfinished">A biztonsági mentés &amp;jelmondata:</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review and sync</source>
        <translation type="unfinished">Átnézés és küldés</translation>
    </message>
    <message>
        <source>Queue summary</source>
        <translation type="unfinished">A sor összefoglalója</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation type="unfinished">Kimenő</translation>
    </message>
    <message>
        <source>Selected report, in plain words</source>
        <translation type="unfinished">A kiválasztott jelentés, egyszerű szavakkal</translation>
    </message>
    <message>
        <source>Selected report, as sent (JSON)</source>
        <translation type="unfinished">A kiválasztott jelentés, ahogy elküldjük (JSON)</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished">&amp;Jóváhagyás</translation>
    </message>
    <message>
        <source>Approve the selected report</source>
        <translation type="unfinished">A kiválasztott jelentés jóváhagyása</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation type="unfinished">&amp;Elutasítás</translation>
    </message>
    <message>
        <source>Reject the selected report</source>
        <translation type="unfinished">A kiválasztott jelentés elutasítása</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation type="unfinished">&amp;Szinkronizálás most</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished">Szinkronizálás most</translation>
    </message>
    <message>
        <source>Page message</source>
        <translation type="unfinished">Oldalüzenet</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished">Szervercím</translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <translation type="unfinished">Regisztrációs kód</translation>
    </message>
    <message>
        <source>Charity key fingerprint from the code sheet</source>
        <translation type="unfinished">A szervezet kulcsának ujjlenyomata a kódlapról</translation>
    </message>
    <message>
        <source>&amp;Link this device</source>
        <translation type="unfinished">&amp;Az eszköz összekapcsolása</translation>
    </message>
    <message>
        <source>Link this device to the server</source>
        <translation type="unfinished">Az eszköz összekapcsolása a szerverrel</translation>
    </message>
    <message>
        <source>Link to the charity&apos;s server</source>
        <translation type="unfinished">Kapcsolat a szervezet szerverével</translation>
    </message>
    <message>
        <source>Ser&amp;ver address:</source>
        <translation type="unfinished">Szer&amp;vercím:</translation>
    </message>
    <message>
        <source>Enrolment &amp;code:</source>
        <translation type="unfinished">Regisztrációs &amp;kód:</translation>
    </message>
    <message>
        <source>Charity key &amp;fingerprint:</source>
        <translation type="unfinished">A szervezet kulcsának &amp;ujjlenyomata:</translation>
    </message>
    <message>
        <source>load the outbox</source>
        <translation type="unfinished">a kimenő sor betöltése</translation>
    </message>
    <message>
        <source>%1 waiting to be sent</source>
        <translation type="unfinished">%1 küldésre vár</translation>
    </message>
    <message>
        <source>%1 waiting for review</source>
        <translation type="unfinished">%1 ellenőrzésre vár</translation>
    </message>
    <message>
        <source>%1 parked</source>
        <translation type="unfinished">%1 félretéve</translation>
    </message>
    <message>
        <source>%1 sent</source>
        <translation type="unfinished">%1 elküldve</translation>
    </message>
    <message numerus="yes">
        <source>%n withdrawal(s) not found on the server yet</source>
        <translation type="unfinished">
            <numerusform>%n visszavonás még nem található a szerveren</numerusform>
        </translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation type="unfinished">Állapot: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished">Ok: %1</translation>
    </message>
    <message>
        <source>What was sent was removed from this device by retention. The report can still be withdrawn from the charity&apos;s server.</source>
        <translation type="unfinished">Az elküldött tartalmat a megőrzési szabály eltávolította erről az eszközről. A jelentés még visszavonható a szervezet szerveréről.</translation>
    </message>
    <message>
        <source>(removed by retention)</source>
        <translation type="unfinished">(a megőrzési szabály eltávolította)</translation>
    </message>
    <message>
        <source>Approved: it is sent at the next sync.</source>
        <translation type="unfinished">Jóváhagyva: a következő szinkronizáláskor elmegy.</translation>
    </message>
    <message>
        <source>Rejected.</source>
        <translation type="unfinished">Elutasítva.</translation>
    </message>
    <message>
        <source>approve the report</source>
        <translation type="unfinished">a jelentés jóváhagyása</translation>
    </message>
    <message>
        <source>reject the report</source>
        <translation type="unfinished">a jelentés elutasítása</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished">Szinkronizálás…</translation>
    </message>
    <message>
        <source>Type the server address, the enrolment code and the charity key fingerprint.</source>
        <translation type="unfinished">Írd be a szervercímet, a regisztrációs kódot és a szervezet kulcsának ujjlenyomatát.</translation>
    </message>
    <message>
        <source>Linking…</source>
        <translation type="unfinished">Összekapcsolás…</translation>
    </message>
    <message>
        <source>Outreach device</source>
        <translation type="unfinished">Outreach-eszköz</translation>
    </message>
    <message>
        <source>the charity</source>
        <translation type="unfinished">a szervezet</translation>
    </message>
    <message>
        <source>Linked to %1 (%2 regions).</source>
        <translation type="unfinished">Összekapcsolva: %1 (%2 régió).</translation>
    </message>
    <message>
        <source>Charity key pinned: %1.</source>
        <translation type="unfinished">A szervezet kulcsa rögzítve: %1.</translation>
    </message>
    <message>
        <source>Linking failed: %1.</source>
        <translation type="unfinished">Az összekapcsolás nem sikerült: %1.</translation>
    </message>
</context>
<context>
    <name>RoleNotice</name>
    <message>
        <source>Alarm: something protected was changed without the coordinator&apos;s key. It has been put back, and this is recorded in the audit log.</source>
        <translation type="unfinished">Riasztás: valami védett megváltozott a koordinátori kulcs nélkül. Visszaállítottuk, és ez bekerült az ellenőrzési naplóba.</translation>
    </message>
    <message>
        <source>This passphrase acts as a worker in this session.</source>
        <translation type="unfinished">Ez a jelmondat ebben a munkamenetben munkatársként működik.</translation>
    </message>
    <message>
        <source>Protected settings and roles are now sealed with the coordinator key.</source>
        <translation type="unfinished">A védett beállítások és szerepkörök most a koordinátori kulccsal vannak lepecsételve.</translation>
    </message>
    <message>
        <source>Review and retention settings are not sealed yet: the next coordinator unlock seals them.</source>
        <translation type="unfinished">Az ellenőrzési és megőrzési beállítások még nincsenek lepecsételve: a következő koordinátori feloldás lepecsételi őket.</translation>
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
        <translation type="unfinished">az eset mentése</translation>
    </message>
    <message>
        <source>Saved. This incident was shared, and the new version is not shared until the person confirms it. Close to leave the earlier version as it was.</source>
        <translation type="unfinished">Mentve. Ezt az esetet megosztották, és az új változat addig nem kerül megosztásra, amíg a személy meg nem erősíti. Zárd be, ha a korábbi változatot változatlanul hagynád.</translation>
    </message>
    <message>
        <source>Incident saved.</source>
        <translation type="unfinished">Eset mentve.</translation>
    </message>
    <message>
        <source>Incident saved. It stays on this device until consent is given.</source>
        <translation type="unfinished">Eset mentve. Ezen az eszközön marad, amíg meg nem adják a hozzájárulást.</translation>
    </message>
    <message>
        <source>Perpetrator %1: %2</source>
        <translation type="unfinished">%1. elkövető: %2</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished">Beállítások</translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"> perc</translation>
    </message>
    <message>
        <source>Lock after minutes without use</source>
        <translation type="unfinished">Zárolás ennyi perc tétlenség után</translation>
    </message>
    <message>
        <source>Panic: %1 locks and hides the window at once.</source>
        <translation type="unfinished">Pánik: a(z) %1 azonnal zárol és elrejti az ablakot.</translation>
    </message>
    <message>
        <source>Locking</source>
        <translation type="unfinished">Zárolás</translation>
    </message>
    <message>
        <source>Lock after &amp;idle:</source>
        <translation type="unfinished">Zárolás &amp;tétlenség után:</translation>
    </message>
    <message>
        <source>A coordinator approves reports before they leave</source>
        <translation type="unfinished">Egy koordinátor hagyja jóvá a jelentéseket, mielőtt elmennek</translation>
    </message>
    <message>
        <source>Review required</source>
        <translation type="unfinished">Ellenőrzés szükséges</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation type="unfinished">Megosztás</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished">Megőrzés</translation>
    </message>
    <message>
        <source>Contact notes:</source>
        <translation type="unfinished">Kapcsolati megjegyzések:</translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"> hónap</translation>
    </message>
    <message>
        <source>People (alias and notes):</source>
        <translation type="unfinished">Személyek (becenév és megjegyzések):</translation>
    </message>
    <message>
        <source>Incident descriptions:</source>
        <translation type="unfinished">Esetleírások:</translation>
    </message>
    <message>
        <source>Sent reports&apos; copies:</source>
        <translation type="unfinished">Elküldött jelentések másolatai:</translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"> nap</translation>
    </message>
    <message>
        <source>Save retention</source>
        <translation type="unfinished">Megőrzés mentése</translation>
    </message>
    <message>
        <source>Save the retention periods</source>
        <translation type="unfinished">A megőrzési idők mentése</translation>
    </message>
    <message>
        <source>Retention message</source>
        <translation type="unfinished">Megőrzési üzenet</translation>
    </message>
    <message>
        <source>Dark (low glare)</source>
        <translation type="unfinished">Sötét (kevés vakítás)</translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished">Világos</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished">Téma</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation type="unfinished">A rendszer nyelve</translation>
    </message>
    <message>
        <source>Language of the app</source>
        <translation type="unfinished">Az alkalmazás nyelve</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished">Megjelenés</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished">Té&amp;ma:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished">&amp;Nyelv:</translation>
    </message>
    <message>
        <source>Contact line on the alerts handout</source>
        <translation type="unfinished">Kapcsolati sor a riasztási szórólapon</translation>
    </message>
    <message>
        <source>e.g. Outreach van 07700 900123, Mon–Sat 8pm–2am</source>
        <translation type="unfinished">pl. Outreach kisbusz 07700 900123, H–Szo 20–2 óráig</translation>
    </message>
    <message>
        <source>Save contact line</source>
        <translation type="unfinished">Kapcsolati sor mentése</translation>
    </message>
    <message>
        <source>Save the contact line</source>
        <translation type="unfinished">A kapcsolati sor mentése</translation>
    </message>
    <message>
        <source>Contact line message</source>
        <translation type="unfinished">Kapcsolati sor üzenet</translation>
    </message>
    <message>
        <source>Printed handout</source>
        <translation type="unfinished">Nyomtatott szórólap</translation>
    </message>
    <message>
        <source>&amp;Contact line:</source>
        <translation type="unfinished">&amp;Kapcsolati sor:</translation>
    </message>
    <message>
        <source>Not linked to a server.</source>
        <translation type="unfinished">Nincs szerverhez kapcsolva.</translation>
    </message>
    <message>
        <source>Server link</source>
        <translation type="unfinished">Szerverkapcsolat</translation>
    </message>
    <message>
        <source>Link to a server…</source>
        <translation type="unfinished">Kapcsolódás szerverhez…</translation>
    </message>
    <message>
        <source>Link to a server</source>
        <translation type="unfinished">Kapcsolódás szerverhez</translation>
    </message>
    <message>
        <source>Charity server</source>
        <translation type="unfinished">A szervezet szervere</translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation type="unfinished">Jelmondat módosítása…</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation type="unfinished">A jelmondat módosítása</translation>
    </message>
    <message>
        <source>Back up…</source>
        <translation type="unfinished">Biztonsági mentés…</translation>
    </message>
    <message>
        <source>Back up the vault</source>
        <translation type="unfinished">A széf biztonsági mentése</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation type="unfinished">Visszaállítás…</translation>
    </message>
    <message>
        <source>Restore the vault from a backup</source>
        <translation type="unfinished">A széf visszaállítása biztonsági mentésből</translation>
    </message>
    <message>
        <source>Vault message</source>
        <translation type="unfinished">Széfüzenet</translation>
    </message>
    <message>
        <source>Passphrase and backups</source>
        <translation type="unfinished">Jelmondat és biztonsági mentések</translation>
    </message>
    <message>
        <source>Quick delete…</source>
        <translation type="unfinished">Gyors törlés…</translation>
    </message>
    <message>
        <source>Quick delete</source>
        <translation type="unfinished">Gyors törlés</translation>
    </message>
    <message>
        <source>Quick delete warning</source>
        <translation type="unfinished">Figyelmeztetés a gyors törlésről</translation>
    </message>
    <message>
        <source>Delete everything now</source>
        <translation type="unfinished">Mindent törölj most</translation>
    </message>
    <message>
        <source>Confirm quick delete</source>
        <translation type="unfinished">Gyors törlés megerősítése</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Mégse</translation>
    </message>
    <message>
        <source>Cancel quick delete</source>
        <translation type="unfinished">Gyors törlés megszakítása</translation>
    </message>
    <message>
        <source>Also destroy the files Outreach saved outside the vault (exports, backups, PDFs)</source>
        <translation type="unfinished">A széfen kívül mentett fájlok megsemmisítése is (exportok, mentések, PDF-ek)</translation>
    </message>
    <message>
        <source>Destroys the key first, then every record on this laptop and the files Outreach saved outside the vault (exports, backups, PDFs) that are still where it saved them; it lists any it cannot reach. Copies you made elsewhere stay. It cannot be undone. Use it if the laptop is about to be taken. The lock screen offers it too, without the passphrase.</source>
        <translation type="unfinished">Először a kulcsot semmisíti meg, aztán minden bejegyzést ezen a laptopon és az Outreach által a széfen kívül mentett fájlokat (exportok, biztonsági mentések, PDF-ek), amelyek még ott vannak, ahová mentette őket; felsorolja azokat, amelyeket nem ér el. A máshol készített másolataid megmaradnak. Nem vonható vissza. Akkor használd, ha a laptopot hamarosan elvehetik. A zárolási képernyő is felkínálja, jelmondat nélkül.</translation>
    </message>
    <message>
        <source>The new language is used when Outreach starts again.</source>
        <translation type="unfinished">Az új nyelv az Outreach következő indításakor lép életbe.</translation>
    </message>
    <message>
        <source>Contact line saved.</source>
        <translation type="unfinished">Kapcsolati sor mentve.</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation type="unfinished">Nincs mentve.</translation>
    </message>
    <message>
        <source>Retention periods saved.</source>
        <translation type="unfinished">Megőrzési idők mentve.</translation>
    </message>
    <message>
        <source>Only a coordinator can change the retention periods.</source>
        <translation type="unfinished">Csak koordinátor módosíthatja a megőrzési időket.</translation>
    </message>
    <message>
        <source>The retention periods were not saved.</source>
        <translation type="unfinished">A megőrzési idők nem lettek mentve.</translation>
    </message>
    <message>
        <source>Only a coordinator can change the review setting.</source>
        <translation type="unfinished">Csak koordinátor módosíthatja az ellenőrzési beállítást.</translation>
    </message>
    <message>
        <source>Outreach backups (*.obk)</source>
        <translation type="unfinished">Outreach biztonsági mentések (*.obk)</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished">Visszaállítás biztonsági mentésből</translation>
    </message>
    <message>
        <source>Counting reports that have not been sent…</source>
        <translation type="unfinished">Az el nem küldött jelentések megszámolása…</translation>
    </message>
    <message>
        <source>Everything on this laptop will be destroyed and cannot be recovered.</source>
        <translation type="unfinished">Ezen a laptopon minden megsemmisül, és nem állítható vissza.</translation>
    </message>
    <message>
        <source>All reports have been sent. Everything on this laptop will be destroyed.</source>
        <translation type="unfinished">Minden jelentés elküldve. Ezen a laptopon minden megsemmisül.</translation>
    </message>
    <message numerus="yes">
        <source>Not yet sent to the charity: %n report(s). They will be lost. Everything on this laptop will be destroyed.</source>
        <translation type="unfinished">
            <numerusform>Még nincs elküldve a szervezetnek: %n jelentés. Elvesznek. Ezen a laptopon minden megsemmisül.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleting everything in %n second(s). Press Cancel to stop.</source>
        <translation type="unfinished">
            <numerusform>Minden törlődik %n másodperc múlva. Nyomd meg a Mégse gombot a leállításhoz.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SharingFlow</name>
    <message>
        <source>the area “%1” has no server region yet</source>
        <translation type="unfinished">a(z) „%1” területnek még nincs szerverrégiója</translation>
    </message>
    <message>
        <source>it has no area</source>
        <translation type="unfinished">nincs területe</translation>
    </message>
    <message>
        <source>Saved, but not shareable: %1, so a report cannot be sent and no consent was asked. Choose an area, or set the area&apos;s region in Settings → Areas (or `outreach area set-region`), then open the incident again to share it.</source>
        <translation type="unfinished">Mentve, de nem osztható meg: %1, így jelentést nem lehet küldeni, és hozzájárulást sem kértünk. Válassz területet, vagy állítsd be a terület régióját itt: Beállítások → Területek (vagy `outreach area set-region`), aztán nyisd meg újra az esetet a megosztáshoz.</translation>
    </message>
    <message>
        <source>check the area</source>
        <translation type="unfinished">a terület ellenőrzése</translation>
    </message>
    <message>
        <source>load the consent</source>
        <translation type="unfinished">a hozzájárulás betöltése</translation>
    </message>
    <message>
        <source>Type the initials of the worker recording consent.</source>
        <translation type="unfinished">Írd be a hozzájárulást rögzítő munkatárs monogramját.</translation>
    </message>
    <message>
        <source>record consent</source>
        <translation type="unfinished">a hozzájárulás rögzítése</translation>
    </message>
    <message>
        <source>Nothing will be shared. The incident stays on this device.</source>
        <translation type="unfinished">Semmi sem kerül megosztásra. Az eset ezen az eszközön marad.</translation>
    </message>
    <message>
        <source>prepare the preview</source>
        <translation type="unfinished">az előnézet elkészítése</translation>
    </message>
    <message>
        <source>Removed. This incident was shared, so the new version needs the person&apos;s confirmation before it is sealed.</source>
        <translation type="unfinished">Eltávolítva. Ezt az esetet megosztották, ezért az új változathoz a személy megerősítése kell a lepecsételés előtt.</translation>
    </message>
    <message>
        <source>remove it</source>
        <translation type="unfinished">az eltávolítás</translation>
    </message>
    <message>
        <source>Sealed. A coordinator reviews it before it is sent.</source>
        <translation type="unfinished">Lepecsételve. Egy koordinátor ellenőrzi küldés előtt.</translation>
    </message>
    <message>
        <source>Sealed and queued: it is sent at a random time within the next 15 minutes, so the sending does not show when it was written. Sync now on Review &amp; sync sends it at once.</source>
        <translation type="unfinished">Lepecsételve és sorba állítva: a következő 15 percen belül véletlen időpontban megy el, hogy a küldés ne árulja el, mikor írták. Az Átnézés és küldés oldalon a „Szinkronizálás most” azonnal elküldi.</translation>
    </message>
    <message>
        <source>It replaces the version sent earlier.</source>
        <translation type="unfinished">Felváltja a korábban elküldött változatot.</translation>
    </message>
    <message>
        <source>seal the report</source>
        <translation type="unfinished">a jelentés lepecsételése</translation>
    </message>
    <message>
        <source>Print the withdrawal slip</source>
        <translation type="unfinished">A visszavonási cédula nyomtatása</translation>
    </message>
    <message>
        <source>Slip saved as a PDF.</source>
        <translation type="unfinished">A cédula PDF-ként mentve.</translation>
    </message>
    <message>
        <source>The slip could not be saved.</source>
        <translation type="unfinished">A cédulát nem sikerült menteni.</translation>
    </message>
    <message>
        <source>The slip could not be printed.</source>
        <translation type="unfinished">A cédulát nem sikerült kinyomtatni.</translation>
    </message>
    <message>
        <source>Slip sent to the printer.</source>
        <translation type="unfinished">A cédula elküldve a nyomtatóra.</translation>
    </message>
</context>
<context>
    <name>SharingSteps</name>
    <message>
        <source>night</source>
        <translation type="unfinished">éjszaka</translation>
    </message>
    <message>
        <source>morning</source>
        <translation type="unfinished">reggel</translation>
    </message>
    <message>
        <source>afternoon</source>
        <translation type="unfinished">délután</translation>
    </message>
    <message>
        <source>evening</source>
        <translation type="unfinished">este</translation>
    </message>
    <message>
        <source>Format version</source>
        <translation type="unfinished">Formátumváltozat</translation>
    </message>
    <message>
        <source>Report number (random; not linked to this device or the person)</source>
        <translation type="unfinished">Jelentésszám (véletlen; nem kapcsolódik ehhez az eszközhöz vagy a személyhez)</translation>
    </message>
    <message>
        <source>Replaces the earlier report</source>
        <translation type="unfinished">Felváltja a korábbi jelentést</translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished">Régió</translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished">Dátum</translation>
    </message>
    <message>
        <source>Part of the day</source>
        <translation type="unfinished">Napszak</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished">Mi történt</translation>
    </message>
    <message>
        <source>Withdrawal check (a one-way fingerprint of the code, not the code)</source>
        <translation type="unfinished">Visszavonási ellenőrzés (a kód egyirányú ujjlenyomata, nem maga a kód)</translation>
    </message>
    <message>
        <source>Perpetrator</source>
        <translation type="unfinished">Elkövető</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation type="unfinished">Jármű</translation>
    </message>
    <message>
        <source>Weapon used</source>
        <translation type="unfinished">Fegyvert használtak</translation>
    </message>
    <message>
        <source>Summary (names and numbers taken out)</source>
        <translation type="unfinished">Összefoglaló (nevek és számok nélkül)</translation>
    </message>
    <message>
        <source>Age band of the person</source>
        <translation type="unfinished">A személy korcsoportja</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished">Nem</translation>
    </message>
    <message>
        <source>Hurt</source>
        <translation type="unfinished">Megsérült</translation>
    </message>
    <message>
        <source>How badly hurt</source>
        <translation type="unfinished">Mennyire sérült meg</translation>
    </message>
    <message>
        <source>Police already told</source>
        <translation type="unfinished">A rendőrséget már értesítették</translation>
    </message>
    <message>
        <source>Wants police contact through the outreach project</source>
        <translation type="unfinished">Kapcsolatot kér a rendőrséggel a segítő szervezeten keresztül</translation>
    </message>
    <message>
        <source>Age from</source>
        <translation type="unfinished">Életkor ettől</translation>
    </message>
    <message>
        <source>Age to</source>
        <translation type="unfinished">Életkor eddig</translation>
    </message>
    <message>
        <source>Height</source>
        <translation type="unfinished">Magasság</translation>
    </message>
    <message>
        <source>Build</source>
        <translation type="unfinished">Testalkat</translation>
    </message>
    <message>
        <source>Ethnicity (as described)</source>
        <translation type="unfinished">Etnikai hovatartozás (ahogy leírták)</translation>
    </message>
    <message>
        <source>Hair</source>
        <translation type="unfinished">Haj</translation>
    </message>
    <message>
        <source>Distinguishing features</source>
        <translation type="unfinished">Megkülönböztető jegyek</translation>
    </message>
    <message>
        <source>Clothing</source>
        <translation type="unfinished">Ruházat</translation>
    </message>
    <message>
        <source>Name used</source>
        <translation type="unfinished">Használt név</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation type="unfinished">Telefonszámok</translation>
    </message>
    <message>
        <source>E-mail addresses</source>
        <translation type="unfinished">E-mail-címek</translation>
    </message>
    <message>
        <source>Online names</source>
        <translation type="unfinished">Online nevek</translation>
    </message>
    <message>
        <source>Website or app</source>
        <translation type="unfinished">Weboldal vagy alkalmazás</translation>
    </message>
    <message>
        <source>Make</source>
        <translation type="unfinished">Gyártmány</translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished">Típus</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished">Szín</translation>
    </message>
    <message>
        <source>Registration plate</source>
        <translation type="unfinished">Rendszám</translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished">igen</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished">nem</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation type="unfinished">%1 és %2 között</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished">%1-tól</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation type="unfinished">legfeljebb %1</translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished">Életkor</translation>
    </message>
    <message>
        <source>Sent to the charity:</source>
        <translation type="unfinished">A szervezetnek küldve:</translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation type="unfinished">Kinek: %1</translation>
    </message>
    <message>
        <source>(only that this purpose was agreed)</source>
        <translation type="unfinished">(csak az, hogy ehhez a célhoz hozzájárult)</translation>
    </message>
    <message>
        <source>Nothing else leaves this device.</source>
        <translation type="unfinished">Semmi más nem hagyja el ezt az eszközt.</translation>
    </message>
    <message>
        <source>a name or a place?</source>
        <translation type="unfinished">név vagy hely?</translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished">szám</translation>
    </message>
    <message>
        <source>an address or online name (has @)</source>
        <translation type="unfinished">cím vagy online név (@ van benne)</translation>
    </message>
    <message>
        <source>comes after lives, works, at or flat: a place?</source>
        <translation type="unfinished">„lakik”, „dolgozik”, „-nál/-nél” vagy „lakás” után áll: hely?</translation>
    </message>
    <message>
        <source>height</source>
        <translation type="unfinished">magasság</translation>
    </message>
    <message>
        <source>ethnicity as described</source>
        <translation type="unfinished">etnikai hovatartozás, ahogy leírták</translation>
    </message>
    <message>
        <source>hair</source>
        <translation type="unfinished">haj</translation>
    </message>
    <message>
        <source>distinguishing features</source>
        <translation type="unfinished">megkülönböztető jegyek</translation>
    </message>
    <message>
        <source>clothing</source>
        <translation type="unfinished">ruházat</translation>
    </message>
    <message>
        <source>name used</source>
        <translation type="unfinished">használt név</translation>
    </message>
    <message>
        <source>website or app</source>
        <translation type="unfinished">weboldal vagy alkalmazás</translation>
    </message>
    <message>
        <source>make</source>
        <translation type="unfinished">gyártmány</translation>
    </message>
    <message>
        <source>model</source>
        <translation type="unfinished">típus</translation>
    </message>
    <message>
        <source>colour</source>
        <translation type="unfinished">szín</translation>
    </message>
    <message>
        <source>the summary</source>
        <translation type="unfinished">az összefoglaló</translation>
    </message>
    <message>
        <source>perpetrator %1</source>
        <translation type="unfinished">%1. elkövető</translation>
    </message>
    <message>
        <source>vehicle %1</source>
        <translation type="unfinished">%1. jármű</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished">itt: %1</translation>
    </message>
    <message>
        <source>Might identify: %1 (%2), in %3</source>
        <translation type="unfinished">Azonosíthat: %1 (%2), itt: %3</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished">Megtartás</translation>
    </message>
    <message>
        <source>Keep: %1</source>
        <translation type="unfinished">Megtartás: %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished">Eltávolítás</translation>
    </message>
    <message>
        <source>Remove from %1: %2</source>
        <translation type="unfinished">Eltávolítás innen: %1: %2</translation>
    </message>
</context>
<context>
    <name>ShiftPage</name>
    <message>
        <source>Shift</source>
        <translation type="unfinished">Műszak</translation>
    </message>
    <message>
        <source>No shift running.</source>
        <translation type="unfinished">Nincs futó műszak.</translation>
    </message>
    <message>
        <source>Shift state</source>
        <translation type="unfinished">A műszak állapota</translation>
    </message>
    <message>
        <source>Area (pick one or type a new one)</source>
        <translation type="unfinished">Terület (válassz egyet vagy írj be újat)</translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished">Terület</translation>
    </message>
    <message>
        <source>Shift mode</source>
        <translation type="unfinished">Műszak módja</translation>
    </message>
    <message>
        <source>Staff initials</source>
        <translation type="unfinished">A csapat monogramjai</translation>
    </message>
    <message>
        <source>e.g. AB, CD</source>
        <translation type="unfinished">pl. AB, CD</translation>
    </message>
    <message>
        <source>&amp;Start shift</source>
        <translation type="unfinished">Műszak &amp;indítása</translation>
    </message>
    <message>
        <source>Start shift</source>
        <translation type="unfinished">Műszak indítása</translation>
    </message>
    <message>
        <source>E&amp;nd shift</source>
        <translation type="unfinished">Műszak &amp;befejezése</translation>
    </message>
    <message>
        <source>End shift</source>
        <translation type="unfinished">Műszak befejezése</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation type="unfinished">&amp;Terület:</translation>
    </message>
    <message>
        <source>M&amp;ode:</source>
        <translation type="unfinished">&amp;Mód:</translation>
    </message>
    <message>
        <source>Server region of the new area</source>
        <translation type="unfinished">Az új terület szerverrégiója</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation type="unfinished">Ré&amp;gió:</translation>
    </message>
    <message>
        <source>&amp;Initials:</source>
        <translation type="unfinished">M&amp;onogram:</translation>
    </message>
    <message>
        <source>Quick contact (Enter saves)</source>
        <translation type="unfinished">Gyors kapcsolat (Enter ment)</translation>
    </message>
    <message>
        <source>Quick contact</source>
        <translation type="unfinished">Gyors kapcsolat</translation>
    </message>
    <message>
        <source>Alias (leave empty for an anonymous contact)</source>
        <translation type="unfinished">Becenév (névtelen kapcsolathoz hagyd üresen)</translation>
    </message>
    <message>
        <source>Alias, or leave empty</source>
        <translation type="unfinished">Becenév, vagy hagyd üresen</translation>
    </message>
    <message>
        <source>How the contact happened</source>
        <translation type="unfinished">Hogyan történt a kapcsolat</translation>
    </message>
    <message>
        <source>%1 handed out</source>
        <translation type="unfinished">%1 kiosztva</translation>
    </message>
    <message>
        <source>Referred to %1</source>
        <translation type="unfinished">Továbbirányítva ide: %1</translation>
    </message>
    <message>
        <source>Note (stays on this device)</source>
        <translation type="unfinished">Megjegyzés (ezen az eszközön marad)</translation>
    </message>
    <message>
        <source>A short note (stays on this device)</source>
        <translation type="unfinished">Rövid megjegyzés (ezen az eszközön marad)</translation>
    </message>
    <message>
        <source>Save contact</source>
        <translation type="unfinished">Kapcsolat mentése</translation>
    </message>
    <message>
        <source>Quick contact message</source>
        <translation type="unfinished">Gyors kapcsolat üzenet</translation>
    </message>
    <message>
        <source>A&amp;lias:</source>
        <translation type="unfinished">&amp;Becenév:</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation type="unfinished">&amp;Hogyan:</translation>
    </message>
    <message>
        <source>Supplies:</source>
        <translation type="unfinished">Eszközök:</translation>
    </message>
    <message>
        <source>Referrals:</source>
        <translation type="unfinished">Továbbirányítások:</translation>
    </message>
    <message>
        <source>No&amp;te:</source>
        <translation type="unfinished">M&amp;egjegyzés:</translation>
    </message>
    <message>
        <source>Shift tally</source>
        <translation type="unfinished">A műszak összesítése</translation>
    </message>
    <message>
        <source>This shift&apos;s contacts (Enter edits the selected one)</source>
        <translation type="unfinished">A műszak kapcsolatai (az Enter szerkeszti a kiválasztottat)</translation>
    </message>
    <message>
        <source>&amp;Undo last contact</source>
        <translation type="unfinished">Az utolsó kapcsolat &amp;visszavonása</translation>
    </message>
    <message>
        <source>Undo the last contact saved here (Ctrl+Z)</source>
        <translation type="unfinished">Az itt utoljára mentett kapcsolat visszavonása (Ctrl+Z)</translation>
    </message>
    <message>
        <source>This shift so far</source>
        <translation type="unfinished">Ez a műszak eddig</translation>
    </message>
    <message>
        <source>load the shift</source>
        <translation type="unfinished">a műszak betöltése</translation>
    </message>
    <message>
        <source>No region (not shareable)</source>
        <translation type="unfinished">Nincs régió (nem megosztható)</translation>
    </message>
    <message>
        <source>A contact you had started before the lock was restored.</source>
        <translation type="unfinished">A zárolás előtt elkezdett kapcsolat visszaállítva.</translation>
    </message>
    <message>
        <source>No shift running. Contacts can still be logged.</source>
        <translation type="unfinished">Nincs futó műszak. Kapcsolatok így is rögzíthetők.</translation>
    </message>
    <message>
        <source>Shift running since %1 — %2, %3, %4</source>
        <translation type="unfinished">Műszak %1 óta — %2, %3, %4</translation>
    </message>
    <message>
        <source>no area</source>
        <translation type="unfinished">nincs terület</translation>
    </message>
    <message>
        <source>%1 contacts</source>
        <translation type="unfinished">%1 kapcsolat</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation type="unfinished">%1 személy</translation>
    </message>
    <message>
        <source>%1 referrals</source>
        <translation type="unfinished">%1 továbbirányítás</translation>
    </message>
    <message>
        <source>Type the staff initials to start a shift.</source>
        <translation type="unfinished">A műszak indításához írd be a csapat monogramjait.</translation>
    </message>
    <message>
        <source>start the shift</source>
        <translation type="unfinished">a műszak indítása</translation>
    </message>
    <message>
        <source>Shift ended.</source>
        <translation type="unfinished">A műszak véget ért.</translation>
    </message>
    <message>
        <source>end the shift</source>
        <translation type="unfinished">a műszak befejezése</translation>
    </message>
    <message>
        <source>Nothing to save: type an alias, a note, supplies or a referral first.</source>
        <translation type="unfinished">Nincs mit menteni: előbb írj be becenevet, megjegyzést, eszközöket vagy továbbirányítást.</translation>
    </message>
    <message>
        <source>save the contact</source>
        <translation type="unfinished">a kapcsolat mentése</translation>
    </message>
    <message>
        <source>Saved. %1 contacts this shift.</source>
        <translation type="unfinished">Mentve. %1 kapcsolat ebben a műszakban.</translation>
    </message>
    <message>
        <source>Saved (no shift running).</source>
        <translation type="unfinished">Mentve (nincs futó műszak).</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation type="unfinished">névtelen</translation>
    </message>
    <message>
        <source>That contact was already deleted.</source>
        <translation type="unfinished">Ezt a kapcsolatot már törölték.</translation>
    </message>
    <message>
        <source>Contact removed. Its details are back in the form.</source>
        <translation type="unfinished">Kapcsolat eltávolítva. Az adatai visszakerültek az űrlapba.</translation>
    </message>
    <message>
        <source>undo the contact</source>
        <translation type="unfinished">a kapcsolat visszavonása</translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <source>Statistics</source>
        <translation type="unfinished">Statisztika</translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished">Ettől</translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished">Eddig</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished">&amp;Mutasd</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished">&amp;CSV exportálása…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation type="unfinished">&amp;PDF exportálása…</translation>
    </message>
    <message>
        <source>Statistics status</source>
        <translation type="unfinished">Statisztika állapota</translation>
    </message>
    <message>
        <source>Contacts by month and area</source>
        <translation type="unfinished">Kapcsolatok hónap és terület szerint</translation>
    </message>
    <message>
        <source>Contacts by month and shift mode</source>
        <translation type="unfinished">Kapcsolatok hónap és műszakmód szerint</translation>
    </message>
    <message>
        <source>Contacts by week</source>
        <translation type="unfinished">Kapcsolatok hetente</translation>
    </message>
    <message>
        <source>Unique people seen by month</source>
        <translation type="unfinished">Egyedi személyek havonta</translation>
    </message>
    <message>
        <source>Supplies by month and kind</source>
        <translation type="unfinished">Eszközök hónap és fajta szerint</translation>
    </message>
    <message>
        <source>Referrals by month and kind</source>
        <translation type="unfinished">Továbbirányítások hónap és fajta szerint</translation>
    </message>
    <message>
        <source>Incidents by month and type</source>
        <translation type="unfinished">Esetek hónap és típus szerint</translation>
    </message>
    <message>
        <source>Reports shared and withdrawn</source>
        <translation type="unfinished">Megosztott és visszavont jelentések</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished">Kapcsolatok</translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished">Személyek</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation type="unfinished">Megosztva</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished">Visszavonva</translation>
    </message>
    <message>
        <source>%1 contacts, %2 people seen, %3 incidents in this period.</source>
        <translation type="unfinished">%1 kapcsolat, %2 látott személy, %3 eset ebben az időszakban.</translation>
    </message>
    <message>
        <source>No shift</source>
        <translation type="unfinished">Nincs műszak</translation>
    </message>
    <message>
        <source>Exporting the statistics…</source>
        <translation type="unfinished">A statisztika exportálása…</translation>
    </message>
    <message>
        <source>Exported %1 tables to %2 (%3 small counts hidden).</source>
        <translation type="unfinished">%1 táblázat exportálva ide: %2 (%3 kis szám elrejtve).</translation>
    </message>
    <message>
        <source>Export cancelled. Nothing was written.</source>
        <translation type="unfinished">Exportálás megszakítva. Semmi sem lett kiírva.</translation>
    </message>
    <message>
        <source>That did not work.</source>
        <translation type="unfinished">Ez nem sikerült.</translation>
    </message>
    <message>
        <source>Export statistics</source>
        <translation type="unfinished">Statisztika exportálása</translation>
    </message>
</context>
<context>
    <name>StoryStep</name>
    <message>
        <source>What happened, in their words (stays on this device)</source>
        <translation type="unfinished">Mi történt, a saját szavaival (ezen az eszközön marad)</translation>
    </message>
    <message>
        <source>Alert summary (written for sharing)</source>
        <translation type="unfinished">Riasztás összefoglalója (megosztásra írva)</translation>
    </message>
    <message>
        <source>What happened, in their words — stays on this device:</source>
        <translation type="unfinished">Mi történt, a saját szavaival — ezen az eszközön marad:</translation>
    </message>
    <message>
        <source>Alert summary — written for sharing:</source>
        <translation type="unfinished">Riasztás összefoglalója — megosztásra írva:</translation>
    </message>
    <message>
        <source>Write it for other sex workers to read. Names, numbers, addresses and plates are taken out automatically; check the preview before anything is sealed.</source>
        <translation type="unfinished">Úgy írd meg, hogy más szexmunkások olvassák. A neveket, számokat, címeket és rendszámokat automatikusan kivesszük; nézd meg az előnézetet, mielőtt bármit lepecsételnél.</translation>
    </message>
</context>
<context>
    <name>SubscribeDialog</name>
    <message>
        <source>Text message</source>
        <translation type="unfinished">SMS</translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished">E-mail</translation>
    </message>
    <message>
        <source>Sign someone up for warnings</source>
        <translation type="unfinished">Valaki feliratkoztatása figyelmeztetésekre</translation>
    </message>
    <message>
        <source>Their number or address</source>
        <translation type="unfinished">A száma vagy címe</translation>
    </message>
    <message>
        <source>Language of their messages</source>
        <translation type="unfinished">Az üzenetei nyelve</translation>
    </message>
    <message>
        <source>Discreet wording (nothing on a lock screen gives it away)</source>
        <translation type="unfinished">Diszkrét megfogalmazás (a zárolási képernyőn semmi sem árulja el)</translation>
    </message>
    <message>
        <source>They agreed to get these messages</source>
        <translation type="unfinished">Beleegyezett, hogy megkapja ezeket az üzeneteket</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Állapot</translation>
    </message>
    <message>
        <source>&amp;Sign up</source>
        <translation type="unfinished">&amp;Feliratkoztatás</translation>
    </message>
    <message>
        <source>Send the sign-up to the server</source>
        <translation type="unfinished">A feliratkozás elküldése a szerverre</translation>
    </message>
    <message>
        <source>Send by:</source>
        <translation type="unfinished">Küldés módja:</translation>
    </message>
    <message>
        <source>Number or address:</source>
        <translation type="unfinished">Szám vagy cím:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished">Nyelv:</translation>
    </message>
    <message>
        <source>Areas:</source>
        <translation type="unfinished">Területek:</translation>
    </message>
    <message>
        <source>The address goes straight to the charity&apos;s server; it is not kept here.</source>
        <translation type="unfinished">A cím egyenesen a szervezet szerverére megy; itt nem tároljuk.</translation>
    </message>
    <message>
        <source>Tick that they agreed first. Nothing was sent.</source>
        <translation type="unfinished">Előbb jelöld be, hogy beleegyezett. Semmi sem lett elküldve.</translation>
    </message>
    <message>
        <source>Pick at least one area. Nothing was sent.</source>
        <translation type="unfinished">Válassz legalább egy területet. Semmi sem lett elküldve.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished">Küldés…</translation>
    </message>
    <message>
        <source>Signed up: they will get a welcome message with a link to stop.</source>
        <translation type="unfinished">Feliratkozva: kap egy üdvözlő üzenetet egy leiratkozási linkkel.</translation>
    </message>
</context>
<context>
    <name>SyncBridge</name>
    <message numerus="yes">
        <source>%n new or updated alert(s).</source>
        <translation type="unfinished">
            <numerusform>%n új vagy frissített riasztás.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not linked to a server.</source>
        <translation type="unfinished">Nincs szerverhez kapcsolva.</translation>
    </message>
    <message>
        <source>This laptop must be linked again: %1</source>
        <translation type="unfinished">Ezt a laptopot újra össze kell kapcsolni: %1</translation>
    </message>
    <message>
        <source>Linked to %1 at %2.</source>
        <translation type="unfinished">Összekapcsolva: %1, ekkor: %2.</translation>
    </message>
    <message>
        <source>an organisation</source>
        <translation type="unfinished">egy szervezet</translation>
    </message>
</context>
<context>
    <name>TaskProgress</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Mégse</translation>
    </message>
    <message>
        <source>Outreach</source>
        <translation type="unfinished">Outreach</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished">Megszakítás…</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>Outreach is locked</source>
        <translation type="unfinished">Az Outreach zárolva</translation>
    </message>
    <message>
        <source>Enter your passphrase to open the records.</source>
        <translation type="unfinished">Add meg a jelmondatodat a bejegyzések megnyitásához.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished">Jelmondat</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished">&amp;Feloldás</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished">Feloldás</translation>
    </message>
    <message>
        <source>Unlock message</source>
        <translation type="unfinished">Feloldási üzenet</translation>
    </message>
    <message>
        <source>Time until the next attempt</source>
        <translation type="unfinished">Idő a következő próbálkozásig</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation type="unfinished">Előbb írd be a jelmondatodat.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation type="unfinished">Feloldás…</translation>
    </message>
    <message numerus="yes">
        <source>You can try again in %n second(s).</source>
        <translation type="unfinished">
            <numerusform>%n másodperc múlva próbálhatod újra.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VaultActions</name>
    <message>
        <source>Changing the passphrase…</source>
        <translation type="unfinished">A jelmondat módosítása…</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation type="unfinished">A jelmondat megváltozott.</translation>
    </message>
    <message>
        <source>The passphrase was not changed: %1</source>
        <translation type="unfinished">A jelmondat nem változott: %1</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation type="unfinished">A biztonsági mentés írása…</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation type="unfinished">A biztonsági mentés nem sikerült: %1</translation>
    </message>
    <message>
        <source>Backup written. It is encrypted with the current passphrase.</source>
        <translation type="unfinished">Biztonsági mentés kiírva. A jelenlegi jelmondattal van titkosítva.</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished">Visszaállítás biztonsági mentésből</translation>
    </message>
    <message>
        <source>Outreach backups (*.obk)</source>
        <translation type="unfinished">Outreach biztonsági mentések (*.obk)</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation type="unfinished">A biztonsági mentés visszaállítása…</translation>
    </message>
    <message>
        <source>The backup was restored. Unlock it with its passphrase.</source>
        <translation type="unfinished">A biztonsági mentés visszaállítva. Oldd fel a saját jelmondatával.</translation>
    </message>
    <message>
        <source>The backup was not restored: %1</source>
        <translation type="unfinished">A biztonsági mentés nem lett visszaállítva: %1</translation>
    </message>
    <message>
        <source>Files Outreach saved outside the vault (exports, backups, PDFs) were not looked for: their list is inside the vault, and it was not unlocked since Outreach started. Delete them yourself.</source>
        <translation type="unfinished">Az Outreach által a széfen kívül mentett fájlokat (exportok, biztonsági mentések, PDF-ek) nem kerestük: a listájuk a széfben van, és azt az Outreach indítása óta nem oldották fel. Töröld őket magad.</translation>
    </message>
    <message numerus="yes">
        <source>Also destroyed: %n file(s) saved outside the vault.</source>
        <translation type="unfinished">
            <numerusform>Szintén megsemmisült: %n, a széfen kívül mentett fájl.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not destroy %1: %2.</source>
        <translation type="unfinished">Nem sikerült megsemmisíteni: %1: %2.</translation>
    </message>
    <message>
        <source>Quick delete did not finish: %1</source>
        <translation type="unfinished">A gyors törlés nem fejeződött be: %1</translation>
    </message>
</context>
<context>
    <name>VehicleEditor</name>
    <message>
        <source>Make</source>
        <translation type="unfinished">Gyártmány</translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished">Típus</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished">Szín</translation>
    </message>
    <message>
        <source>Registration plate (part is fine)</source>
        <translation type="unfinished">Rendszám (részlet is jó)</translation>
    </message>
    <message>
        <source>Vehicle: %1</source>
        <translation type="unfinished">Jármű: %1</translation>
    </message>
</context>
<context>
    <name>WhatStep</name>
    <message>
        <source>What happened (tick all that apply)</source>
        <translation type="unfinished">Mi történt (jelölj be mindent, ami illik)</translation>
    </message>
    <message>
        <source>Alias of the person harmed (empty: not recorded)</source>
        <translation type="unfinished">A sérelmet szenvedett személy beceneve (üres: nincs rögzítve)</translation>
    </message>
    <message>
        <source>Age band of the person</source>
        <translation type="unfinished">A személy korcsoportja</translation>
    </message>
    <message>
        <source>Gender of the person</source>
        <translation type="unfinished">A személy neme</translation>
    </message>
    <message>
        <source>Worker initials</source>
        <translation type="unfinished">A munkatárs monogramja</translation>
    </message>
    <message>
        <source>Injury</source>
        <translation type="unfinished">Sérülés</translation>
    </message>
    <message>
        <source>Injury notes (stay on this device)</source>
        <translation type="unfinished">Sérülési megjegyzések (ezen az eszközön maradnak)</translation>
    </message>
    <message>
        <source>A weapon was used</source>
        <translation type="unfinished">Fegyvert használtak</translation>
    </message>
    <message>
        <source>Weapon (stays on this device)</source>
        <translation type="unfinished">Fegyver (ezen az eszközön marad)</translation>
    </message>
    <message>
        <source>The police have already been told</source>
        <translation type="unfinished">A rendőrséget már értesítették</translation>
    </message>
    <message>
        <source>A&amp;lias:</source>
        <translation type="unfinished">&amp;Becenév:</translation>
    </message>
    <message>
        <source>Age band, gender:</source>
        <translation type="unfinished">Korcsoport, nem:</translation>
    </message>
    <message>
        <source>Worker &amp;initials:</source>
        <translation type="unfinished">A munkatárs &amp;monogramja:</translation>
    </message>
    <message>
        <source>In&amp;jury:</source>
        <translation type="unfinished">&amp;Sérülés:</translation>
    </message>
    <message>
        <source>Injury notes (stay here):</source>
        <translation type="unfinished">Sérülési megjegyzések (itt maradnak):</translation>
    </message>
</context>
<context>
    <name>WhenStep</name>
    <message>
        <source>When it happened</source>
        <translation type="unfinished">Mikor történt</translation>
    </message>
    <message>
        <source>&amp;Approximately</source>
        <translation type="unfinished">&amp;Körülbelül</translation>
    </message>
    <message>
        <source>The time is approximate</source>
        <translation type="unfinished">Az időpont hozzávetőleges</translation>
    </message>
    <message>
        <source>How well the time is known</source>
        <translation type="unfinished">Mennyire ismert az időpont</translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished">Terület</translation>
    </message>
    <message>
        <source>Where exactly (stays on this device)</source>
        <translation type="unfinished">Pontosan hol (ezen az eszközön marad)</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation type="unfinished">&amp;Mikor:</translation>
    </message>
    <message>
        <source>A&amp;rea:</source>
        <translation type="unfinished">&amp;Terület:</translation>
    </message>
    <message>
        <source>Where exactly
(stays on this device):</source>
        <translation type="unfinished">Pontosan hol
(ezen az eszközön marad):</translation>
    </message>
    <message>
        <source>No area</source>
        <translation type="unfinished">Nincs terület</translation>
    </message>
</context>
<context>
    <name>WhoStep</name>
    <message>
        <source>Perpetrator</source>
        <translation type="unfinished">Elkövető</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation type="unfinished">Jármű</translation>
    </message>
    <message>
        <source>Perpetrators</source>
        <translation type="unfinished">Elkövetők</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation type="unfinished">Járművek</translation>
    </message>
</context>
</TS>
