<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro">
<context>
    <name>AlertModels</name>
    <message>
        <source>aged %1-%2</source>
        <translation type="unfinished">vârsta %1-%2</translation>
    </message>
    <message>
        <source>uses the name %1</source>
        <translation type="unfinished">folosește numele %1</translation>
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
        <translation type="unfinished">online %1</translation>
    </message>
    <message>
        <source>plate %1</source>
        <translation type="unfinished">plăcuța %1</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished">Emisă</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation type="unfinished">Alertă</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished">Ce s-a întâmplat</translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished">Regiune</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished">Valabilă până la</translation>
    </message>
    <message>
        <source>NEW: </source>
        <translation type="unfinished">NOU: </translation>
    </message>
</context>
<context>
    <name>AlertsPage</name>
    <message>
        <source>Alerts</source>
        <translation type="unfinished">Alerte</translation>
    </message>
    <message>
        <source>When alerts were last fetched</source>
        <translation type="unfinished">Când au fost aduse ultima dată alertele</translation>
    </message>
    <message>
        <source>Show alerts for area</source>
        <translation type="unfinished">Arată alertele pentru zona</translation>
    </message>
    <message>
        <source>&amp;Save handout as PDF…</source>
        <translation type="unfinished">&amp;Salvează fluturașul ca PDF…</translation>
    </message>
    <message>
        <source>Save the alerts handout as PDF</source>
        <translation type="unfinished">Salvează fluturașul cu alerte ca PDF</translation>
    </message>
    <message>
        <source>&amp;Print handout…</source>
        <translation type="unfinished">&amp;Tipărește fluturașul…</translation>
    </message>
    <message>
        <source>Print the alerts handout</source>
        <translation type="unfinished">Tipărește fluturașul cu alerte</translation>
    </message>
    <message>
        <source>Sign &amp;up for warnings…</source>
        <translation type="unfinished">Înscrie pentru &amp;avertizări…</translation>
    </message>
    <message>
        <source>Sign a person up to get warnings themselves</source>
        <translation type="unfinished">Înscrie o persoană ca să primească ea însăși avertizări</translation>
    </message>
    <message>
        <source>Language of the handout</source>
        <translation type="unfinished">Limba fluturașului</translation>
    </message>
    <message>
        <source>Second language printed beside it</source>
        <translation type="unfinished">A doua limbă tipărită alături</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished">(niciuna)</translation>
    </message>
    <message>
        <source>Current alerts</source>
        <translation type="unfinished">Alerte curente</translation>
    </message>
    <message>
        <source>Selected alert</source>
        <translation type="unfinished">Alerta selectată</translation>
    </message>
    <message>
        <source>Alerts message</source>
        <translation type="unfinished">Mesaj despre alerte</translation>
    </message>
    <message>
        <source>Alerts refused for a bad signature</source>
        <translation type="unfinished">Alerte refuzate pentru o semnătură greșită</translation>
    </message>
    <message>
        <source>Check a phone number, plate, e-mail address or online name</source>
        <translation type="unfinished">Verifică un număr de telefon, o plăcuță, o adresă de e-mail sau un nume online</translation>
    </message>
    <message>
        <source>Check a phone number, plate, e-mail or online name (any format)</source>
        <translation type="unfinished">Verifică un număr de telefon, o plăcuță, un e-mail sau un nume online (orice format)</translation>
    </message>
    <message>
        <source>Chec&amp;k</source>
        <translation type="unfinished">&amp;Verifică</translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished">Verifică</translation>
    </message>
    <message>
        <source>Check results</source>
        <translation type="unfinished">Rezultatele verificării</translation>
    </message>
    <message>
        <source>Page message</source>
        <translation type="unfinished">Mesajul paginii</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation type="unfinished">&amp;Zona:</translation>
    </message>
    <message>
        <source>Handout in &amp;language:</source>
        <translation type="unfinished">Fluturaș în &amp;limba:</translation>
    </message>
    <message>
        <source>side by side &amp;with:</source>
        <translation type="unfinished">alături &amp;de:</translation>
    </message>
    <message>
        <source>CHECK before meeting someone:</source>
        <translation type="unfinished">VERIFICĂ înainte de a te întâlni cu cineva:</translation>
    </message>
    <message>
        <source>load the alerts</source>
        <translation type="unfinished">încărca alertele</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation type="unfinished">Toate zonele</translation>
    </message>
    <message>
        <source>Last fetched %1</source>
        <translation type="unfinished">Ultima aducere: %1</translation>
    </message>
    <message>
        <source>Never fetched</source>
        <translation type="unfinished">Niciodată aduse</translation>
    </message>
    <message>
        <source>save the handout languages</source>
        <translation type="unfinished">salva limbile fluturașului</translation>
    </message>
    <message>
        <source>No current alerts for this area.</source>
        <translation type="unfinished">Nicio alertă curentă pentru această zonă.</translation>
    </message>
    <message numerus="yes">
        <source>%n current alert(s), newest first.</source>
        <translation type="unfinished">
            <numerusform>%n alertă curentă, cele mai noi primele.</numerusform>
            <numerusform>%n alerte curente, cele mai noi primele.</numerusform>
            <numerusform>%n de alerte curente, cele mai noi primele.</numerusform>
        </translation>
    </message>
    <message>
        <source>Alert</source>
        <translation type="unfinished">Alertă</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished">Emisă</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished">Valabilă până la</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished">Ce s-a întâmplat</translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished">Detalii</translation>
    </message>
    <message>
        <source>Perpetrators</source>
        <translation type="unfinished">Agresori</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation type="unfinished">Vehicule</translation>
    </message>
    <message>
        <source>check</source>
        <translation type="unfinished">verifica</translation>
    </message>
    <message>
        <source>ALERT</source>
        <translation type="unfinished">ALERTĂ</translation>
    </message>
    <message>
        <source>Our record</source>
        <translation type="unfinished">Înregistrarea noastră</translation>
    </message>
    <message>
        <source>Nothing known about “%1”. That does not mean they are safe.</source>
        <translation type="unfinished">Nu se știe nimic despre „%1”. Asta nu înseamnă că persoana e sigură.</translation>
    </message>
    <message>
        <source>all areas</source>
        <translation type="unfinished">toate zonele</translation>
    </message>
    <message>
        <source>Preparing the handout…</source>
        <translation type="unfinished">Se pregătește fluturașul…</translation>
    </message>
    <message>
        <source>Handout cancelled. Nothing was saved.</source>
        <translation type="unfinished">Fluturaș anulat. Nu s-a salvat nimic.</translation>
    </message>
    <message>
        <source>Handout saved.</source>
        <translation type="unfinished">Fluturaș salvat.</translation>
    </message>
    <message>
        <source>save the handout</source>
        <translation type="unfinished">salva fluturașul</translation>
    </message>
    <message>
        <source>Save the alerts handout</source>
        <translation type="unfinished">Salvează fluturașul cu alerte</translation>
    </message>
    <message>
        <source>Printing the handout…</source>
        <translation type="unfinished">Se tipărește fluturașul…</translation>
    </message>
    <message>
        <source>Handout sent to the printer.</source>
        <translation type="unfinished">Fluturașul a fost trimis la imprimantă.</translation>
    </message>
    <message>
        <source>Printing cancelled.</source>
        <translation type="unfinished">Tipărire anulată.</translation>
    </message>
    <message>
        <source>The printer could not be used.</source>
        <translation type="unfinished">Imprimanta nu a putut fi folosită.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Anulează</translation>
    </message>
</context>
<context>
    <name>AppStatusBar</name>
    <message>
        <source>Connection</source>
        <translation type="unfinished">Conexiune</translation>
    </message>
    <message>
        <source>Reports waiting</source>
        <translation type="unfinished">Rapoarte în așteptare</translation>
    </message>
    <message>
        <source>Reports that need attention</source>
        <translation type="unfinished">Rapoarte care au nevoie de atenție</translation>
    </message>
    <message>
        <source>Reports waiting for review</source>
        <translation type="unfinished">Rapoarte care așteaptă verificarea</translation>
    </message>
    <message>
        <source>Reports a coordinator must approve before they are sent (Review and sync page)</source>
        <translation type="unfinished">Rapoarte pe care un coordonator trebuie să le aprobe înainte de trimitere (pagina Verificare și sincronizare)</translation>
    </message>
    <message>
        <source>Restored drafts</source>
        <translation type="unfinished">Ciorne restaurate</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation type="unfinished">Ultima sincronizare</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished">Blocare</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation type="unfinished">Blochează acum</translation>
    </message>
    <message>
        <source>Lock now (Ctrl+L). Panic: Ctrl+Shift+L locks and hides.</source>
        <translation type="unfinished">Blochează acum (Ctrl+L). Panică: Ctrl+Shift+L blochează și ascunde.</translation>
    </message>
    <message numerus="yes">
        <source>%n awaiting review</source>
        <translation type="unfinished">
            <numerusform>%n așteaptă verificarea</numerusform>
            <numerusform>%n așteaptă verificarea</numerusform>
            <numerusform>%n așteaptă verificarea</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unfinished form(s) restored</source>
        <translation type="unfinished">
            <numerusform>%n formular neterminat restaurat</numerusform>
            <numerusform>%n formulare neterminate restaurate</numerusform>
            <numerusform>%n de formulare neterminate restaurate</numerusform>
        </translation>
    </message>
    <message>
        <source>Not linked to a server</source>
        <translation type="unfinished">Nelegat la un server</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished">Se sincronizează…</translation>
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
        <translation type="unfinished">Încă nesincronizat</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation type="unfinished">
            <numerusform>%n în așteptare</numerusform>
            <numerusform>%n în așteptare</numerusform>
            <numerusform>%n în așteptare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need attention</source>
        <translation type="unfinished">
            <numerusform>%n necesită atenție</numerusform>
            <numerusform>%n necesită atenție</numerusform>
            <numerusform>%n necesită atenție</numerusform>
        </translation>
    </message>
    <message>
        <source>Last sync: never</source>
        <translation type="unfinished">Ultima sincronizare: niciodată</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation type="unfinished">Ultima sincronizare: %1</translation>
    </message>
</context>
<context>
    <name>AreasSection</name>
    <message>
        <source>Areas</source>
        <translation type="unfinished">Zone</translation>
    </message>
    <message>
        <source>Areas and their server regions</source>
        <translation type="unfinished">Zonele și regiunile lor de pe server</translation>
    </message>
    <message>
        <source>Server region for the selected area</source>
        <translation type="unfinished">Regiunea de pe server pentru zona selectată</translation>
    </message>
    <message>
        <source>Set &amp;region</source>
        <translation type="unfinished">Setează &amp;regiunea</translation>
    </message>
    <message>
        <source>Set the selected area&apos;s region</source>
        <translation type="unfinished">Setează regiunea zonei selectate</translation>
    </message>
    <message>
        <source>Areas message</source>
        <translation type="unfinished">Mesaj despre zone</translation>
    </message>
    <message>
        <source>Reports can be shared only from an area with a server region. Regions come from the server when the device is linked and at every sync.</source>
        <translation type="unfinished">Rapoartele pot fi trimise doar dintr-o zonă cu regiune pe server. Regiunile vin de la server când dispozitivul este legat și la fiecare sincronizare.</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation type="unfinished">Re&amp;giune:</translation>
    </message>
    <message>
        <source>load the areas</source>
        <translation type="unfinished">încărca zonele</translation>
    </message>
    <message>
        <source>No region (not shareable)</source>
        <translation type="unfinished">Fără regiune (nu se poate trimite)</translation>
    </message>
    <message>
        <source>no region: not shareable</source>
        <translation type="unfinished">fără regiune: nu se poate trimite</translation>
    </message>
    <message>
        <source>No server regions yet: link this device to a server, or sync.</source>
        <translation type="unfinished">Încă nu există regiuni de pe server: leagă acest dispozitiv la un server sau sincronizează.</translation>
    </message>
    <message>
        <source>Region saved.</source>
        <translation type="unfinished">Regiune salvată.</translation>
    </message>
    <message>
        <source>set the region</source>
        <translation type="unfinished">seta regiunea</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Audit log</source>
        <translation type="unfinished">Jurnal de audit</translation>
    </message>
    <message>
        <source>Only coordinators can see the audit log.</source>
        <translation type="unfinished">Doar coordonatorii pot vedea jurnalul de audit.</translation>
    </message>
    <message>
        <source>&amp;Verify the log</source>
        <translation type="unfinished">&amp;Verifică jurnalul</translation>
    </message>
    <message>
        <source>Verification result</source>
        <translation type="unfinished">Rezultatul verificării</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation type="unfinished">Intrări de audit</translation>
    </message>
    <message>
        <source>The log is intact: %1 entries.</source>
        <translation type="unfinished">Jurnalul este intact: %1 intrări.</translation>
    </message>
    <message>
        <source>(Not yet compared with the server: entries cut off the end show after a sync.)</source>
        <translation type="unfinished">(Încă necomparat cu serverul: intrările tăiate de la sfârșit apar după o sincronizare.)</translation>
    </message>
    <message>
        <source>The log was changed:</source>
        <translation type="unfinished">Jurnalul a fost modificat:</translation>
    </message>
    <message>
        <source>That did not work.</source>
        <translation type="unfinished">Nu a funcționat.</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation type="unfinished">Schimbă fraza de acces</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation type="unfinished">Fraza de acces actuală</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished">Fraza de acces nouă</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation type="unfinished">Repetă fraza de acces nouă</translation>
    </message>
    <message>
        <source>Passphrase feedback</source>
        <translation type="unfinished">Feedback despre fraza de acces</translation>
    </message>
    <message>
        <source>Show the new passphrase</source>
        <translation type="unfinished">Arată fraza de acces nouă</translation>
    </message>
    <message>
        <source>&amp;Suggest</source>
        <translation type="unfinished">&amp;Sugerează</translation>
    </message>
    <message>
        <source>Suggest a passphrase of random words</source>
        <translation type="unfinished">Sugerează o frază de acces din cuvinte aleatorii</translation>
    </message>
    <message>
        <source>About the team&apos;s passphrases</source>
        <translation type="unfinished">Despre frazele de acces ale echipei</translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished">Eroare</translation>
    </message>
    <message>
        <source>C&amp;urrent:</source>
        <translation type="unfinished">&amp;Actuală:</translation>
    </message>
    <message>
        <source>&amp;New:</source>
        <translation type="unfinished">&amp;Nouă:</translation>
    </message>
    <message>
        <source>&amp;Repeat new:</source>
        <translation type="unfinished">&amp;Repetă noua:</translation>
    </message>
    <message>
        <source>The records stay as they are; only the passphrase that opens them changes.</source>
        <translation type="unfinished">Înregistrările rămân cum sunt; se schimbă doar fraza de acces care le deschide.</translation>
    </message>
    <message>
        <source>Six random words are shown. Write them down somewhere safe before you press OK.</source>
        <translation type="unfinished">Sunt afișate șase cuvinte aleatorii. Notează-le undeva în siguranță înainte să apeși OK.</translation>
    </message>
    <message>
        <source>Strong enough.</source>
        <translation type="unfinished">Destul de puternică.</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>%1 table</source>
        <translation type="unfinished">Tabelul %1</translation>
    </message>
</context>
<context>
    <name>ConsentStep</name>
    <message>
        <source>Read each purpose to the person in these words. They decide each one separately; saying no to all of them is fine and changes nothing about the support they get.</source>
        <translation type="unfinished">Citește-i persoanei fiecare scop cu aceste cuvinte. Persoana decide pentru fiecare separat; un „nu” la toate este în regulă și nu schimbă nimic din sprijinul pe care îl primește.</translation>
    </message>
    <message>
        <source>What is shared: %1</source>
        <translation type="unfinished">Ce se trimite: %1</translation>
    </message>
    <message>
        <source>Cannot be undone: %1</source>
        <translation type="unfinished">Nu se poate anula: %1</translation>
    </message>
    <message>
        <source>Yes, share this</source>
        <translation type="unfinished">Da, trimite asta</translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished">Nu</translation>
    </message>
    <message>
        <source>Yes to: %1</source>
        <translation type="unfinished">Da pentru: %1</translation>
    </message>
    <message>
        <source>No to: %1</source>
        <translation type="unfinished">Nu pentru: %1</translation>
    </message>
    <message>
        <source>Said out loud (verbal)</source>
        <translation type="unfinished">Spus cu voce tare (verbal)</translation>
    </message>
    <message>
        <source>Signed or written</source>
        <translation type="unfinished">Semnat sau în scris</translation>
    </message>
    <message>
        <source>How consent was given</source>
        <translation type="unfinished">Cum a fost dat consimțământul</translation>
    </message>
    <message>
        <source>Initials of the worker recording consent</source>
        <translation type="unfinished">Inițialele lucrătorului care înregistrează consimțământul</translation>
    </message>
    <message>
        <source>&amp;How given:</source>
        <translation type="unfinished">&amp;Cum a fost dat:</translation>
    </message>
    <message>
        <source>Recorded &amp;by:</source>
        <translation type="unfinished">Înregistrat &amp;de:</translation>
    </message>
    <message>
        <source>Consent status</source>
        <translation type="unfinished">Starea consimțământului</translation>
    </message>
    <message>
        <source>&amp;Record consent</source>
        <translation type="unfinished">Înregist&amp;rează consimțământul</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation type="unfinished">Înregistrează consimțământul</translation>
    </message>
    <message>
        <source>Nothing is shared — &amp;finish</source>
        <translation type="unfinished">Nu se trimite nimic — &amp;termină</translation>
    </message>
    <message>
        <source>Finish without sharing anything</source>
        <translation type="unfinished">Termină fără să trimiți nimic</translation>
    </message>
    <message>
        <source>&amp;Next: what will be shared</source>
        <translation type="unfinished">&amp;Următorul: ce se va trimite</translation>
    </message>
    <message>
        <source>Show what will be shared</source>
        <translation type="unfinished">Arată ce se va trimite</translation>
    </message>
    <message>
        <source>Record a fresh consent &amp;instead</source>
        <translation type="unfinished">Înregistrează un consimțământ nou în &amp;schimb</translation>
    </message>
    <message>
        <source>Record a fresh consent instead (needed to add a purpose)</source>
        <translation type="unfinished">Înregistrează un consimțământ nou în schimb (necesar pentru a adăuga un scop)</translation>
    </message>
    <message>
        <source>Give the person this withdrawal code now. It is shown only once and cannot be looked up later. With it they can withdraw their consent at any time.</source>
        <translation type="unfinished">Dă-i persoanei acest cod de retragere acum. Este afișat o singură dată și nu mai poate fi căutat mai târziu. Cu el își poate retrage consimțământul oricând.</translation>
    </message>
    <message>
        <source>Withdrawal code</source>
        <translation type="unfinished">Cod de retragere</translation>
    </message>
    <message>
        <source>&amp;Print slip…</source>
        <translation type="unfinished">Tipărește &amp;bonul…</translation>
    </message>
    <message>
        <source>Print the withdrawal slip</source>
        <translation type="unfinished">Tipărește bonul de retragere</translation>
    </message>
    <message>
        <source>Consent version %1 is recorded. Change the answers and record again, or go on.</source>
        <translation type="unfinished">Versiunea %1 a consimțământului este înregistrată. Schimbă răspunsurile și înregistrează din nou, sau mergi mai departe.</translation>
    </message>
    <message>
        <source>Answer every purpose with yes or no.</source>
        <translation type="unfinished">Răspunde la fiecare scop cu da sau nu.</translation>
    </message>
    <message>
        <source>This incident was changed after it was shared. Read the purposes again with the person: they may keep them or say no to some. Their withdrawal code stays the same.</source>
        <translation type="unfinished">Acest incident a fost modificat după ce a fost trimis. Citește din nou scopurile cu persoana: le poate păstra sau poate spune nu la unele. Codul de retragere rămâne același.</translation>
    </message>
    <message>
        <source>Consent recorded (version %1).</source>
        <translation type="unfinished">Consimțământ înregistrat (versiunea %1).</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <source>Edit contact</source>
        <translation type="unfinished">Editează contactul</translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished">Când</translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished">Zona</translation>
    </message>
    <message>
        <source>No area</source>
        <translation type="unfinished">Fără zonă</translation>
    </message>
    <message>
        <source>Alias (empty: anonymous)</source>
        <translation type="unfinished">Pseudonim (gol: anonim)</translation>
    </message>
    <message>
        <source>How the contact happened</source>
        <translation type="unfinished">Cum a avut loc contactul</translation>
    </message>
    <message>
        <source>%1 handed out</source>
        <translation type="unfinished">%1 oferite</translation>
    </message>
    <message>
        <source>Referred to %1</source>
        <translation type="unfinished">Îndrumat către %1</translation>
    </message>
    <message>
        <source>Note (stays on this device)</source>
        <translation type="unfinished">Notă (rămâne pe acest dispozitiv)</translation>
    </message>
    <message>
        <source>Problem with the contact</source>
        <translation type="unfinished">Problemă cu contactul</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation type="unfinished">&amp;Când:</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation type="unfinished">&amp;Zona:</translation>
    </message>
    <message>
        <source>A&amp;lias:</source>
        <translation type="unfinished">&amp;Pseudonim:</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation type="unfinished">C&amp;um:</translation>
    </message>
    <message>
        <source>Supplies:</source>
        <translation type="unfinished">Materiale:</translation>
    </message>
    <message>
        <source>Referrals:</source>
        <translation type="unfinished">Îndrumări:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished">&amp;Notă:</translation>
    </message>
    <message>
        <source>save the contact</source>
        <translation type="unfinished">salva contactul</translation>
    </message>
    <message>
        <source>Contact saved.</source>
        <translation type="unfinished">Contact salvat.</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>Contacts</source>
        <translation type="unfinished">Contacte</translation>
    </message>
    <message>
        <source>Filter by how the contact happened</source>
        <translation type="unfinished">Filtrează după cum a avut loc contactul</translation>
    </message>
    <message>
        <source>Any way</source>
        <translation type="unfinished">Orice mod</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished">&amp;Editează…</translation>
    </message>
    <message>
        <source>Edit the selected contact</source>
        <translation type="unfinished">Editează contactul selectat</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished">Ș&amp;terge…</translation>
    </message>
    <message>
        <source>Delete the selected contact</source>
        <translation type="unfinished">Șterge contactul selectat</translation>
    </message>
    <message>
        <source>&amp;Forget this person…</source>
        <translation type="unfinished">&amp;Uită această persoană…</translation>
    </message>
    <message>
        <source>Forget the person of the selected contact</source>
        <translation type="unfinished">Uită persoana contactului selectat</translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished">Când</translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished">Zona</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation type="unfinished">Pseudonim</translation>
    </message>
    <message>
        <source>(anonymous)</source>
        <translation type="unfinished">(anonim)</translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished">Cum</translation>
    </message>
    <message>
        <source>Supplies</source>
        <translation type="unfinished">Materiale</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished">Îndrumări</translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished">Notă</translation>
    </message>
    <message>
        <source>Contact deleted.</source>
        <translation type="unfinished">Contact șters.</translation>
    </message>
    <message>
        <source>delete the contact</source>
        <translation type="unfinished">șterge contactul</translation>
    </message>
    <message>
        <source>Delete contact</source>
        <translation type="unfinished">Șterge contactul</translation>
    </message>
    <message>
        <source>Delete the contact of %1? This cannot be undone.</source>
        <translation type="unfinished">Ștergi contactul cu %1? Acest lucru nu poate fi anulat.</translation>
    </message>
</context>
<context>
    <name>CountsTableModel</name>
    <message>
        <source>Total</source>
        <translation type="unfinished">Total</translation>
    </message>
</context>
<context>
    <name>DeskAdminPage</name>
    <message>
        <source>Admin</source>
        <translation type="unfinished">Administrare</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished">&amp;Reîmprospătează</translation>
    </message>
    <message>
        <source>Ask the server again</source>
        <translation type="unfinished">Întreabă din nou serverul</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation type="unfinished">Regiuni</translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished">Regiune</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Nume</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished">Organizații</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished">Organizație</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished">Dispozitive</translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished">Dispozitiv</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation type="unfinished">Înscris</translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished">Stare</translation>
    </message>
    <message>
        <source>New region id</source>
        <translation type="unfinished">ID-ul noii regiuni</translation>
    </message>
    <message>
        <source>id, e.g. north</source>
        <translation type="unfinished">ID, de ex. north</translation>
    </message>
    <message>
        <source>New region name</source>
        <translation type="unfinished">Numele noii regiuni</translation>
    </message>
    <message>
        <source>Add re&amp;gion</source>
        <translation type="unfinished">Adaugă re&amp;giunea</translation>
    </message>
    <message>
        <source>Add the region</source>
        <translation type="unfinished">Adaugă regiunea</translation>
    </message>
    <message>
        <source>New organisation name</source>
        <translation type="unfinished">Numele noii organizații</translation>
    </message>
    <message>
        <source>Its regions (comma separated)</source>
        <translation type="unfinished">Regiunile ei (separate prin virgulă)</translation>
    </message>
    <message>
        <source>Add &amp;organisation</source>
        <translation type="unfinished">Adaugă &amp;organizația</translation>
    </message>
    <message>
        <source>Add the organisation</source>
        <translation type="unfinished">Adaugă organizația</translation>
    </message>
    <message>
        <source>Organisation for the enrolment code</source>
        <translation type="unfinished">Organizația pentru codul de înscriere</translation>
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished"> h</translation>
    </message>
    <message>
        <source>Hours the code stays valid</source>
        <translation type="unfinished">Câte ore rămâne valabil codul</translation>
    </message>
    <message>
        <source>Make enrolment &amp;code</source>
        <translation type="unfinished">Creează &amp;cod de înscriere</translation>
    </message>
    <message>
        <source>Make a device enrolment code</source>
        <translation type="unfinished">Creează un cod de înscriere pentru dispozitiv</translation>
    </message>
    <message>
        <source>The enrolment code (shown once)</source>
        <translation type="unfinished">Codul de înscriere (afișat o singură dată)</translation>
    </message>
    <message>
        <source>Re&amp;voke device…</source>
        <translation type="unfinished">Re&amp;vocă dispozitivul…</translation>
    </message>
    <message>
        <source>Revoke the selected device</source>
        <translation type="unfinished">Revocă dispozitivul selectat</translation>
    </message>
    <message>
        <source>New region:</source>
        <translation type="unfinished">Regiune nouă:</translation>
    </message>
    <message>
        <source>New organisation:</source>
        <translation type="unfinished">Organizație nouă:</translation>
    </message>
    <message>
        <source>Device code for:</source>
        <translation type="unfinished">Cod de dispozitiv pentru:</translation>
    </message>
    <message>
        <source>ask the server</source>
        <translation type="unfinished">întreba serverul</translation>
    </message>
    <message>
        <source>add the region</source>
        <translation type="unfinished">adăuga regiunea</translation>
    </message>
    <message>
        <source>Region added.</source>
        <translation type="unfinished">Regiune adăugată.</translation>
    </message>
    <message>
        <source>add the organisation</source>
        <translation type="unfinished">adăuga organizația</translation>
    </message>
    <message>
        <source>Organisation added.</source>
        <translation type="unfinished">Organizație adăugată.</translation>
    </message>
    <message>
        <source>Enrolment code (shown once, valid %1 h): %2</source>
        <translation type="unfinished">Cod de înscriere (afișat o singură dată, valabil %1 h): %2</translation>
    </message>
    <message>
        <source>make the code</source>
        <translation type="unfinished">crea codul</translation>
    </message>
    <message>
        <source>Select the device to revoke.</source>
        <translation type="unfinished">Selectează dispozitivul de revocat.</translation>
    </message>
    <message>
        <source>Revoke device</source>
        <translation type="unfinished">Revocă dispozitivul</translation>
    </message>
    <message>
        <source>Revoke this device? It can no longer send or fetch anything.</source>
        <translation type="unfinished">Revoci acest dispozitiv? Nu va mai putea trimite sau aduce nimic.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation type="unfinished">Revocă</translation>
    </message>
    <message>
        <source>revoke the device</source>
        <translation type="unfinished">revoca dispozitivul</translation>
    </message>
    <message>
        <source>Device revoked.</source>
        <translation type="unfinished">Dispozitiv revocat.</translation>
    </message>
</context>
<context>
    <name>DeskAlertsPage</name>
    <message>
        <source>Alerts</source>
        <translation type="unfinished">Alerte</translation>
    </message>
    <message>
        <source>This desk&apos;s alerts</source>
        <translation type="unfinished">Alertele acestui birou</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation type="unfinished">Alertă</translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished">Versiune</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Stare</translation>
    </message>
    <message>
        <source>Check code</source>
        <translation type="unfinished">Cod de verificare</translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished">Verificare</translation>
    </message>
    <message>
        <source>Report to draft an alert from</source>
        <translation type="unfinished">Raportul din care se face alerta</translation>
    </message>
    <message>
        <source>&amp;Draft alert</source>
        <translation type="unfinished">&amp;Ciornă de alertă</translation>
    </message>
    <message>
        <source>Draft an alert from this report</source>
        <translation type="unfinished">Fă o ciornă de alertă din acest raport</translation>
    </message>
    <message>
        <source>Alert title</source>
        <translation type="unfinished">Titlul alertei</translation>
    </message>
    <message>
        <source>Alert text</source>
        <translation type="unfinished">Textul alertei</translation>
    </message>
    <message>
        <source>Regions (comma separated)</source>
        <translation type="unfinished">Regiuni (separate prin virgulă)</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished">Valabilă până la</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished">Ce s-a întâmplat</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished">Gravitate</translation>
    </message>
    <message>
        <source>Structured details</source>
        <translation type="unfinished">Detalii structurate</translation>
    </message>
    <message>
        <source>Source summary, scrubber&apos;s finds marked</source>
        <translation type="unfinished">Rezumatul sursei, cu ce a găsit filtrul marcat</translation>
    </message>
    <message>
        <source>Alert text, what might identify someone marked</source>
        <translation type="unfinished">Textul alertei, cu ce ar putea identifica pe cineva marcat</translation>
    </message>
    <message>
        <source>Preview as the handout prints it</source>
        <translation type="unfinished">Previzualizare așa cum o tipărește fluturașul</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation type="unfinished">&amp;Salvează ciorna</translation>
    </message>
    <message>
        <source>Save the draft</source>
        <translation type="unfinished">Salvează ciorna</translation>
    </message>
    <message>
        <source>Sign and &amp;publish…</source>
        <translation type="unfinished">Semnează și &amp;publică…</translation>
    </message>
    <message>
        <source>Sign and publish the alert</source>
        <translation type="unfinished">Semnează și publică alerta</translation>
    </message>
    <message>
        <source>Exp&amp;ire…</source>
        <translation type="unfinished">E&amp;xpiră…</translation>
    </message>
    <message>
        <source>Expire the alert now</source>
        <translation type="unfinished">Fă alerta să expire acum</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation type="unfinished">&amp;Retrage…</translation>
    </message>
    <message>
        <source>Withdraw the alert</source>
        <translation type="unfinished">Retrage alerta</translation>
    </message>
    <message>
        <source>From &amp;report:</source>
        <translation type="unfinished">Din r&amp;aport:</translation>
    </message>
    <message>
        <source>Details to look out for (edit them here):</source>
        <translation type="unfinished">Detalii de urmărit (editează-le aici):</translation>
    </message>
    <message>
        <source>Source summary (the scrubber&apos;s finds marked):</source>
        <translation type="unfinished">Rezumatul sursei (cu ce a găsit filtrul marcat):</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished">&amp;Titlu:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation type="unfinished">T&amp;ext:</translation>
    </message>
    <message>
        <source>Check:</source>
        <translation type="unfinished">Verificare:</translation>
    </message>
    <message>
        <source>Re&amp;gions:</source>
        <translation type="unfinished">Re&amp;giuni:</translation>
    </message>
    <message>
        <source>&amp;Valid until:</source>
        <translation type="unfinished">&amp;Valabilă până la:</translation>
    </message>
    <message>
        <source>What &amp;happened:</source>
        <translation type="unfinished">Ce s-a î&amp;ntâmplat:</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation type="unfinished">Gravitate:</translation>
    </message>
    <message>
        <source>Preview, as the handout prints it:</source>
        <translation type="unfinished">Previzualizare, așa cum o tipărește fluturașul:</translation>
    </message>
    <message>
        <source>load the alerts</source>
        <translation type="unfinished">încărca alertele</translation>
    </message>
    <message>
        <source>Review: source report withdrawn</source>
        <translation type="unfinished">Verificare: raportul sursă a fost retras</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished">Ciornă</translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished">Publicată</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished">Expirată</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished">Retras</translation>
    </message>
    <message>
        <source>open the alert</source>
        <translation type="unfinished">deschide alerta</translation>
    </message>
    <message numerus="yes">
        <source>The scrubber found %n thing(s) to take out; the text below shows the replacements.</source>
        <translation type="unfinished">
            <numerusform>Filtrul a găsit %n lucru de scos; textul de mai jos arată înlocuirile.</numerusform>
            <numerusform>Filtrul a găsit %n lucruri de scos; textul de mai jos arată înlocuirile.</numerusform>
            <numerusform>Filtrul a găsit %n de lucruri de scos; textul de mai jos arată înlocuirile.</numerusform>
        </translation>
    </message>
    <message>
        <source>The scrubber found nothing more to take out.</source>
        <translation type="unfinished">Filtrul nu a mai găsit nimic de scos.</translation>
    </message>
    <message>
        <source>Tick what happened.</source>
        <translation type="unfinished">Bifează ce s-a întâmplat.</translation>
    </message>
    <message>
        <source>Review this alert: its source report was withdrawn by the person.</source>
        <translation type="unfinished">Verifică această alertă: persoana și-a retras raportul sursă.</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) might still identify someone: check each before publishing.</source>
        <translation type="unfinished">
            <numerusform>%n loc ar putea încă identifica pe cineva: verifică-l înainte de publicare.</numerusform>
            <numerusform>%n locuri ar putea încă identifica pe cineva: verifică-le pe fiecare înainte de publicare.</numerusform>
            <numerusform>%n de locuri ar putea încă identifica pe cineva: verifică-le pe fiecare înainte de publicare.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing in the text looks like it identifies someone.</source>
        <translation type="unfinished">Nimic din text nu pare să identifice pe cineva.</translation>
    </message>
    <message>
        <source>Not a valid alert yet: fill in the title and the text.</source>
        <translation type="unfinished">Încă nu este o alertă validă: completează titlul și textul.</translation>
    </message>
    <message>
        <source>Drafted. Check the marked text, then sign and publish.</source>
        <translation type="unfinished">Ciornă făcută. Verifică textul marcat, apoi semnează și publică.</translation>
    </message>
    <message>
        <source>draft the alert</source>
        <translation type="unfinished">face ciorna alertei</translation>
    </message>
    <message>
        <source>Draft saved (version %1).</source>
        <translation type="unfinished">Ciornă salvată (versiunea %1).</translation>
    </message>
    <message>
        <source>save</source>
        <translation type="unfinished">salva</translation>
    </message>
    <message>
        <source>Sign and publish</source>
        <translation type="unfinished">Semnează și publică</translation>
    </message>
    <message>
        <source>Sign “%1” with this desk&apos;s key and publish it to every device? Devices print it on their handouts as shown in the preview.</source>
        <translation type="unfinished">Semnezi „%1” cu cheia acestui birou și o publici pe toate dispozitivele? Dispozitivele o tipăresc pe fluturași așa cum arată previzualizarea.</translation>
    </message>
    <message>
        <source>Published version %1; its check code is %2.</source>
        <translation type="unfinished">Versiunea %1 a fost publicată; codul ei de verificare este %2.</translation>
    </message>
    <message>
        <source>publish</source>
        <translation type="unfinished">publica</translation>
    </message>
    <message>
        <source>Expire this alert now? Devices stop showing it.</source>
        <translation type="unfinished">Faci această alertă să expire acum? Dispozitivele nu o vor mai afișa.</translation>
    </message>
    <message>
        <source>Withdraw this alert? Devices remove it from their lists and handouts.</source>
        <translation type="unfinished">Retragi această alertă? Dispozitivele o scot din liste și de pe fluturași.</translation>
    </message>
    <message>
        <source>Expire</source>
        <translation type="unfinished">Expiră</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation type="unfinished">Retrage</translation>
    </message>
    <message>
        <source>The alert is now: %1</source>
        <translation type="unfinished">Alerta este acum: %1</translation>
    </message>
    <message>
        <source>end the alert</source>
        <translation type="unfinished">încheia alerta</translation>
    </message>
</context>
<context>
    <name>DeskChoiceBox</name>
    <message>
        <source>An outreach &amp;worker&apos;s records</source>
        <translation type="unfinished">Înregistrările unui &amp;lucrător de teren</translation>
    </message>
    <message>
        <source>The charity&apos;s &amp;desk (staff: triage, alerts, police, admin)</source>
        <translation type="unfinished">&amp;Biroul organizației (personal: triere, alerte, poliție, administrare)</translation>
    </message>
    <message>
        <source>Desk role</source>
        <translation type="unfinished">Rolul biroului</translation>
    </message>
    <message>
        <source>Alerts desk</source>
        <translation type="unfinished">Birou de alerte</translation>
    </message>
    <message>
        <source>Police desk</source>
        <translation type="unfinished">Birou de poliție</translation>
    </message>
    <message>
        <source>Admin desk</source>
        <translation type="unfinished">Birou de administrare</translation>
    </message>
    <message>
        <source>Desk id in the key bundle</source>
        <translation type="unfinished">ID-ul biroului în pachetul de chei</translation>
    </message>
    <message>
        <source>Desk name in the server&apos;s log</source>
        <translation type="unfinished">Numele biroului în jurnalul serverului</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation type="unfinished">R&amp;ol:</translation>
    </message>
    <message>
        <source>Desk &amp;id:</source>
        <translation type="unfinished">&amp;ID birou:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished">&amp;Nume:</translation>
    </message>
    <message>
        <source>This laptop keeps:</source>
        <translation type="unfinished">Acest laptop păstrează:</translation>
    </message>
</context>
<context>
    <name>DeskPages</name>
    <message>
        <source>Alert</source>
        <translation type="unfinished">Alertă</translation>
    </message>
    <message>
        <source>Police intelligence</source>
        <translation type="unfinished">Informații pentru poliție</translation>
    </message>
    <message>
        <source>Police referral</source>
        <translation type="unfinished">Sesizare către poliție</translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished">Nou</translation>
    </message>
    <message>
        <source>In review</source>
        <translation type="unfinished">În verificare</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">Gata</translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <translation type="unfinished">Nu s-a putut %1: %2</translation>
    </message>
    <message>
        <source>Page message</source>
        <translation type="unfinished">Mesajul paginii</translation>
    </message>
    <message>
        <source>This desk</source>
        <translation type="unfinished">Acest birou</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished">Adresa serverului</translation>
    </message>
    <message>
        <source>https://server.example.org</source>
        <translation type="unfinished">https://server.example.org</translation>
    </message>
    <message>
        <source>Desk enrolment code</source>
        <translation type="unfinished">Codul de înscriere al biroului</translation>
    </message>
    <message>
        <source>Desk code from the server&apos;s admin</source>
        <translation type="unfinished">Codul biroului de la administratorul serverului</translation>
    </message>
    <message>
        <source>&amp;Enrol this desk</source>
        <translation type="unfinished">Înscrie acest &amp;birou</translation>
    </message>
    <message>
        <source>Enrol this desk</source>
        <translation type="unfinished">Înscrie acest birou</translation>
    </message>
    <message>
        <source>read the desk</source>
        <translation type="unfinished">citi biroul</translation>
    </message>
    <message>
        <source>%1 desk “%2”, enrolled with %3</source>
        <translation type="unfinished">Birou %1 „%2”, înscris la %3</translation>
    </message>
    <message>
        <source>%1 desk “%2”: not enrolled yet</source>
        <translation type="unfinished">Birou %1 „%2”: încă neînscris</translation>
    </message>
    <message>
        <source>Type the server&apos;s address and the desk code.</source>
        <translation type="unfinished">Scrie adresa serverului și codul biroului.</translation>
    </message>
    <message>
        <source>The desk is enrolled.</source>
        <translation type="unfinished">Biroul este înscris.</translation>
    </message>
    <message>
        <source>enrol the desk</source>
        <translation type="unfinished">înscrie biroul</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished">Alerte</translation>
    </message>
    <message>
        <source>Police</source>
        <translation type="unfinished">Poliție</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation type="unfinished">Administrare</translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished">da</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished">nu</translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished">Data</translation>
    </message>
    <message>
        <source>Part of day</source>
        <translation type="unfinished">Momentul zilei</translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished">Regiune</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished">Ce s-a întâmplat</translation>
    </message>
    <message>
        <source>Perpetrators</source>
        <translation type="unfinished">Agresori</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation type="unfinished">Vehicule</translation>
    </message>
    <message>
        <source>Weapon used</source>
        <translation type="unfinished">Armă folosită</translation>
    </message>
    <message>
        <source>Injured</source>
        <translation type="unfinished">Rănit(ă)</translation>
    </message>
    <message>
        <source>Injury</source>
        <translation type="unfinished">Rănire</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished">Rezumat</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished">Contact</translation>
    </message>
    <message>
        <source>through the project only</source>
        <translation type="unfinished">doar prin proiect</translation>
    </message>
    <message>
        <source>not in any other report</source>
        <translation type="unfinished">în niciun alt raport</translation>
    </message>
</context>
<context>
    <name>DeskPolicePage</name>
    <message>
        <source>Police</source>
        <translation type="unfinished">Poliție</translation>
    </message>
    <message>
        <source>Police reports</source>
        <translation type="unfinished">Rapoarte pentru poliție</translation>
    </message>
    <message>
        <source>Disclose</source>
        <translation type="unfinished">Dezvăluie</translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished">Tip</translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished">Regiune</translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished">Când</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished">Evaluare</translation>
    </message>
    <message>
        <source>The selected police report</source>
        <translation type="unfinished">Raportul pentru poliție selectat</translation>
    </message>
    <message>
        <source>Source grade</source>
        <translation type="unfinished">Evaluarea sursei</translation>
    </message>
    <message>
        <source>Intelligence grade</source>
        <translation type="unfinished">Evaluarea informației</translation>
    </message>
    <message>
        <source>Handling code</source>
        <translation type="unfinished">Cod de manipulare</translation>
    </message>
    <message>
        <source>Handling conditions</source>
        <translation type="unfinished">Condiții de manipulare</translation>
    </message>
    <message>
        <source>Conditions (handling code C only)</source>
        <translation type="unfinished">Condiții (doar pentru codul de manipulare C)</translation>
    </message>
    <message>
        <source>&amp;Grade ticked reports</source>
        <translation type="unfinished">&amp;Evaluează rapoartele bifate</translation>
    </message>
    <message>
        <source>Grade the ticked reports</source>
        <translation type="unfinished">Evaluează rapoartele bifate</translation>
    </message>
    <message>
        <source>Receiving police force</source>
        <translation type="unfinished">Poliția care primește</translation>
    </message>
    <message>
        <source>The charity&apos;s name as the police know it</source>
        <translation type="unfinished">Numele organizației așa cum îl știe poliția</translation>
    </message>
    <message>
        <source>Your name (kept in the log)</source>
        <translation type="unfinished">Numele tău (păstrat în jurnal)</translation>
    </message>
    <message>
        <source>File type</source>
        <translation type="unfinished">Tip de fișier</translation>
    </message>
    <message>
        <source>CSV (one column per field)</source>
        <translation type="unfinished">CSV (o coloană pe câmp)</translation>
    </message>
    <message>
        <source>PDF (printable)</source>
        <translation type="unfinished">PDF (de tipărit)</translation>
    </message>
    <message>
        <source>E&amp;xport for the force…</source>
        <translation type="unfinished">E&amp;xportă pentru poliție…</translation>
    </message>
    <message>
        <source>Export the ticked reports</source>
        <translation type="unfinished">Exportă rapoartele bifate</translation>
    </message>
    <message>
        <source>Disclosure log</source>
        <translation type="unfinished">Jurnalul dezvăluirilor</translation>
    </message>
    <message>
        <source>Force</source>
        <translation type="unfinished">Poliția</translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished">De către</translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished">Fișier</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished">Rapoarte</translation>
    </message>
    <message>
        <source>Notices to police forces</source>
        <translation type="unfinished">Notificări către poliție</translation>
    </message>
    <message>
        <source>Notify</source>
        <translation type="unfinished">De anunțat</translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished">De ce</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation type="unfinished">Creată</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">Gata</translation>
    </message>
    <message>
        <source>Mark &amp;notified</source>
        <translation type="unfinished">Marchează &amp;anunțat</translation>
    </message>
    <message>
        <source>Mark the selected notice as done</source>
        <translation type="unfinished">Marchează notificarea selectată ca rezolvată</translation>
    </message>
    <message>
        <source>&amp;Force:</source>
        <translation type="unfinished">&amp;Poliția:</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation type="unfinished">A&amp;genția:</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation type="unfinished">&amp;De către:</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation type="unfinished">&amp;Fișier:</translation>
    </message>
    <message>
        <source>Disclosure log:</source>
        <translation type="unfinished">Jurnalul dezvăluirilor:</translation>
    </message>
    <message>
        <source>Withdrawn after disclosure — tell the force:</source>
        <translation type="unfinished">Retrase după dezvăluire — anunță poliția:</translation>
    </message>
    <message>
        <source>3x5x2 grade (source, intelligence, handling):</source>
        <translation type="unfinished">Evaluare 3x5x2 (sursă, informație, manipulare):</translation>
    </message>
    <message>
        <source>load the police reports</source>
        <translation type="unfinished">încărca rapoartele pentru poliție</translation>
    </message>
    <message>
        <source>a disclosed report was withdrawn</source>
        <translation type="unfinished">un raport dezvăluit a fost retras</translation>
    </message>
    <message>
        <source>TO DO</source>
        <translation type="unfinished">DE FĂCUT</translation>
    </message>
    <message>
        <source>told %1 by %2</source>
        <translation type="unfinished">%1 anunțată de %2</translation>
    </message>
    <message>
        <source>Tick the reports to grade first.</source>
        <translation type="unfinished">Bifează mai întâi rapoartele de evaluat.</translation>
    </message>
    <message>
        <source>Not a valid grade: %1</source>
        <translation type="unfinished">Evaluare nevalidă: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) graded %1.</source>
        <translation type="unfinished">
            <numerusform>%n raport evaluat %1.</numerusform>
            <numerusform>%n rapoarte evaluate %1.</numerusform>
            <numerusform>%n de rapoarte evaluate %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick the reports to disclose first.</source>
        <translation type="unfinished">Bifează mai întâi rapoartele de dezvăluit.</translation>
    </message>
    <message numerus="yes">
        <source>No grade yet for %n ticked report(s).</source>
        <translation type="unfinished">
            <numerusform>Încă fără evaluare: %n raport bifat.</numerusform>
            <numerusform>Încă fără evaluare: %n rapoarte bifate.</numerusform>
            <numerusform>Încă fără evaluare: %n de rapoarte bifate.</numerusform>
        </translation>
    </message>
    <message>
        <source>prepare the export</source>
        <translation type="unfinished">pregăti exportul</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) for %1:</source>
        <translation type="unfinished">
            <numerusform>%n raport pentru %1:</numerusform>
            <numerusform>%n rapoarte pentru %1:</numerusform>
            <numerusform>%n de rapoarte pentru %1:</numerusform>
        </translation>
    </message>
    <message>
        <source>They are written in plain text to a file you choose next, and the disclosure is logged.</source>
        <translation type="unfinished">Sunt scrise ca text simplu într-un fișier pe care îl alegi în continuare, iar dezvăluirea este trecută în jurnal.</translation>
    </message>
    <message>
        <source>Disclose to the police</source>
        <translation type="unfinished">Dezvăluie poliției</translation>
    </message>
    <message>
        <source>Choose the file…</source>
        <translation type="unfinished">Alege fișierul…</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished">Fișiere CSV (*.csv)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished">Fișiere PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the police export</source>
        <translation type="unfinished">Salvează exportul pentru poliție</translation>
    </message>
    <message>
        <source>%1 already exists: choose a new file.</source>
        <translation type="unfinished">%1 există deja: alege un fișier nou.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n report(s) to %1; the disclosure is logged.</source>
        <translation type="unfinished">
            <numerusform>S-a scris %n raport în %1; dezvăluirea este în jurnal.</numerusform>
            <numerusform>S-au scris %n rapoarte în %1; dezvăluirea este în jurnal.</numerusform>
            <numerusform>S-au scris %n de rapoarte în %1; dezvăluirea este în jurnal.</numerusform>
        </translation>
    </message>
    <message>
        <source>export</source>
        <translation type="unfinished">exporta</translation>
    </message>
    <message>
        <source>Select the notice the force was told of.</source>
        <translation type="unfinished">Selectează notificarea de care a aflat poliția.</translation>
    </message>
    <message>
        <source>Kept: %1 was told.</source>
        <translation type="unfinished">Păstrat: %1 a fost anunțată.</translation>
    </message>
    <message>
        <source>mark the notice</source>
        <translation type="unfinished">marca notificarea</translation>
    </message>
</context>
<context>
    <name>DeskQueuePage</name>
    <message>
        <source>Queue</source>
        <translation type="unfinished">Coadă</translation>
    </message>
    <message>
        <source>&amp;Pull new reports</source>
        <translation type="unfinished">&amp;Adu rapoartele noi</translation>
    </message>
    <message>
        <source>Pull new reports</source>
        <translation type="unfinished">Adu rapoartele noi</translation>
    </message>
    <message>
        <source>Also &amp;those another desk took</source>
        <translation type="unfinished">Și pe &amp;cele luate de alt birou</translation>
    </message>
    <message>
        <source>A second desk of this role: fetch the reports the first desk already acknowledged.</source>
        <translation type="unfinished">Un al doilea birou cu acest rol: adu rapoartele pe care primul birou le-a confirmat deja.</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished">Scop</translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished">Regiune</translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished">Luna</translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished">Stare</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished">Rapoarte</translation>
    </message>
    <message>
        <source>Pulled</source>
        <translation type="unfinished">Adus</translation>
    </message>
    <message>
        <source>The opened report</source>
        <translation type="unfinished">Raportul deschis</translation>
    </message>
    <message>
        <source>Start &amp;review</source>
        <translation type="unfinished">Începe &amp;verificarea</translation>
    </message>
    <message>
        <source>Start reviewing this report</source>
        <translation type="unfinished">Începe verificarea acestui raport</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation type="unfinished">Marchează &amp;gata</translation>
    </message>
    <message>
        <source>Mark this report done</source>
        <translation type="unfinished">Marchează acest raport ca gata</translation>
    </message>
    <message>
        <source>Back to &amp;new</source>
        <translation type="unfinished">Înapoi la &amp;nou</translation>
    </message>
    <message>
        <source>Put this report back to new</source>
        <translation type="unfinished">Pune acest raport înapoi la nou</translation>
    </message>
    <message>
        <source>Withdrawn reports</source>
        <translation type="unfinished">Rapoarte retrase</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished">Retras</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished">Ce e de făcut</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation type="unfinished">Scop:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation type="unfinished">Regiune:</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation type="unfinished">Luna:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation type="unfinished">Stare:</translation>
    </message>
    <message>
        <source>Withdrawn by the person (the decrypted copy is deleted):</source>
        <translation type="unfinished">Retrase de persoană (copia decriptată este ștearsă):</translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished">Toate</translation>
    </message>
    <message>
        <source>load the queue</source>
        <translation type="unfinished">încărca coada</translation>
    </message>
    <message>
        <source>Disclosed: notify %1 (Police page)</source>
        <translation type="unfinished">Dezvăluit: anunță %1 (pagina Poliție)</translation>
    </message>
    <message>
        <source>Disclosed to the police: the force was told</source>
        <translation type="unfinished">Dezvăluit poliției: poliția a fost anunțată</translation>
    </message>
    <message>
        <source>Nothing to do: it was never disclosed</source>
        <translation type="unfinished">Nimic de făcut: nu a fost dezvăluit niciodată</translation>
    </message>
    <message>
        <source>%1 shown · %2 new of %3 held</source>
        <translation type="unfinished">%1 afișate · %2 noi din %3 păstrate</translation>
    </message>
    <message>
        <source>open the report</source>
        <translation type="unfinished">deschide raportul</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished">Organizație</translation>
    </message>
    <message numerus="yes">
        <source>in %n other report(s)</source>
        <translation type="unfinished">
            <numerusform>în %n alt raport</numerusform>
            <numerusform>în alte %n rapoarte</numerusform>
            <numerusform>în alte %n de rapoarte</numerusform>
        </translation>
    </message>
    <message>
        <source>The report is now: %1</source>
        <translation type="unfinished">Raportul este acum: %1</translation>
    </message>
    <message>
        <source>change the state</source>
        <translation type="unfinished">schimba starea</translation>
    </message>
    <message>
        <source>Pulling new reports…</source>
        <translation type="unfinished">Se aduc rapoartele noi…</translation>
    </message>
    <message numerus="yes">
        <source>%n new report(s), %1 withdrawn.</source>
        <translation type="unfinished">
            <numerusform>%n raport nou, %1 retrase.</numerusform>
            <numerusform>%n rapoarte noi, %1 retrase.</numerusform>
            <numerusform>%n de rapoarte noi, %1 retrase.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n did not open with this desk&apos;s key.</source>
        <translation type="unfinished">
            <numerusform>%n nu s-a deschis cu cheia acestui birou.</numerusform>
            <numerusform>%n nu s-au deschis cu cheia acestui birou.</numerusform>
            <numerusform>%n nu s-au deschis cu cheia acestui birou.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) to review.</source>
        <translation type="unfinished">
            <numerusform>%n alertă de verificat.</numerusform>
            <numerusform>%n alerte de verificat.</numerusform>
            <numerusform>%n de alerte de verificat.</numerusform>
        </translation>
    </message>
    <message>
        <source>pull</source>
        <translation type="unfinished">aduce</translation>
    </message>
</context>
<context>
    <name>DeskStatsPage</name>
    <message>
        <source>Statistics</source>
        <translation type="unfinished">Statistici</translation>
    </message>
    <message>
        <source>No figures opened yet.</source>
        <translation type="unfinished">Încă nu s-au deschis cifre.</translation>
    </message>
    <message>
        <source>Fetch from the &amp;server</source>
        <translation type="unfinished">Adu de pe &amp;server</translation>
    </message>
    <message>
        <source>Fetch the figures for this period from the server</source>
        <translation type="unfinished">Adu de pe server cifrele pentru această perioadă</translation>
    </message>
    <message>
        <source>&amp;Open the server&apos;s figures…</source>
        <translation type="unfinished">&amp;Deschide cifrele serverului…</translation>
    </message>
    <message>
        <source>Open the server&apos;s figures</source>
        <translation type="unfinished">Deschide cifrele serverului</translation>
    </message>
    <message>
        <source>First month</source>
        <translation type="unfinished">Prima lună</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation type="unfinished">Ultima lună</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation type="unfinished">&amp;Arată</translation>
    </message>
    <message>
        <source>Show the figures for this period</source>
        <translation type="unfinished">Arată cifrele pentru această perioadă</translation>
    </message>
    <message>
        <source>Table to chart</source>
        <translation type="unfinished">Tabelul pentru grafic</translation>
    </message>
    <message>
        <source>Chart of the chosen table</source>
        <translation type="unfinished">Graficul tabelului ales</translation>
    </message>
    <message>
        <source>Tables as published</source>
        <translation type="unfinished">Tabelele așa cum au fost publicate</translation>
    </message>
    <message>
        <source>Funder report file type</source>
        <translation type="unfinished">Tipul fișierului pentru raportul către finanțator</translation>
    </message>
    <message>
        <source>PDF with charts</source>
        <translation type="unfinished">PDF cu grafice</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation type="unfinished">CSV</translation>
    </message>
    <message>
        <source>&amp;Export funder report…</source>
        <translation type="unfinished">E&amp;xportă raportul pentru finanțator…</translation>
    </message>
    <message>
        <source>Export the funder report</source>
        <translation type="unfinished">Exportă raportul pentru finanțator</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished">D&amp;e la:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished">&amp;Până la:</translation>
    </message>
    <message>
        <source>&amp;Chart:</source>
        <translation type="unfinished">&amp;Grafic:</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished">Fișiere JSON (*.json)</translation>
    </message>
    <message>
        <source>Figures: %1</source>
        <translation type="unfinished">Cifre: %1</translation>
    </message>
    <message>
        <source>Figures: from the server</source>
        <translation type="unfinished">Cifre: de pe server</translation>
    </message>
    <message>
        <source>fetch the figures</source>
        <translation type="unfinished">aduce cifrele</translation>
    </message>
    <message>
        <source>Fetch the figures from the server or open a file first.</source>
        <translation type="unfinished">Adu mai întâi cifrele de pe server sau deschide un fișier.</translation>
    </message>
    <message>
        <source>read the figures</source>
        <translation type="unfinished">citi cifrele</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s); counts suppressed by the disclosure rule: %1.</source>
        <translation type="unfinished">
            <numerusform>%n tabel; numere ascunse de regula de dezvăluire: %1.</numerusform>
            <numerusform>%n tabele; numere ascunse de regula de dezvăluire: %1.</numerusform>
            <numerusform>%n de tabele; numere ascunse de regula de dezvăluire: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not drawn (the disclosure rule): %n suppressed count(s).</source>
        <translation type="unfinished">
            <numerusform>Nedesenat (regula de dezvăluire): %n număr ascuns.</numerusform>
            <numerusform>Nedesenate (regula de dezvăluire): %n numere ascunse.</numerusform>
            <numerusform>Nedesenate (regula de dezvăluire): %n de numere ascunse.</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished">Fișiere PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished">Fișiere CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save the funder report</source>
        <translation type="unfinished">Salvează raportul pentru finanțator</translation>
    </message>
    <message>
        <source>%1 already exists: choose a new file.</source>
        <translation type="unfinished">%1 există deja: alege un fișier nou.</translation>
    </message>
    <message>
        <source>Funder report written to %1 (%2 tables).</source>
        <translation type="unfinished">Raportul pentru finanțator a fost scris în %1 (%2 tabele).</translation>
    </message>
    <message>
        <source>export the funder report</source>
        <translation type="unfinished">exporta raportul pentru finanțator</translation>
    </message>
</context>
<context>
    <name>DetailsEditor</name>
    <message>
        <source>Phone numbers:</source>
        <translation type="unfinished">Numere de telefon:</translation>
    </message>
    <message>
        <source>E-mail addresses:</source>
        <translation type="unfinished">Adrese de e-mail:</translation>
    </message>
    <message>
        <source>Handles:</source>
        <translation type="unfinished">Conturi:</translation>
    </message>
    <message>
        <source>Name used:</source>
        <translation type="unfinished">Nume folosit:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation type="unfinished">Descriere:</translation>
    </message>
    <message>
        <source>Plate:</source>
        <translation type="unfinished">Număr de înmatriculare:</translation>
    </message>
    <message>
        <source>Make:</source>
        <translation type="unfinished">Marcă:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation type="unfinished">Model:</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation type="unfinished">Culoare:</translation>
    </message>
    <message>
        <source>Perpetrator %1</source>
        <translation type="unfinished">Agresorul %1</translation>
    </message>
    <message>
        <source>Vehicle %1</source>
        <translation type="unfinished">Vehiculul %1</translation>
    </message>
</context>
<context>
    <name>FirstRunScreen</name>
    <message>
        <source>Welcome to Outreach</source>
        <translation type="unfinished">Bun venit în Outreach</translation>
    </message>
    <message>
        <source>Everything you record is kept encrypted on this laptop. Choose a passphrase to protect it: a few unrelated words are easier to remember than symbols.</source>
        <translation type="unfinished">Tot ce înregistrezi este păstrat criptat pe acest laptop. Alege o frază de acces care să-l protejeze: câteva cuvinte fără legătură între ele se rețin mai ușor decât simbolurile.</translation>
    </message>
    <message>
        <source>If this passphrase is lost, the records cannot be recovered — not by the charity, not by anyone. Keep a copy somewhere safe, away from this laptop.</source>
        <translation type="unfinished">Dacă această frază de acces se pierde, înregistrările nu mai pot fi recuperate — nici de organizație, nici de altcineva. Păstrează o copie undeva în siguranță, departe de acest laptop.</translation>
    </message>
    <message>
        <source>Warning about losing the passphrase</source>
        <translation type="unfinished">Avertisment despre pierderea frazei de acces</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished">Fraza de acces nouă</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation type="unfinished">Repetă fraza de acces</translation>
    </message>
    <message>
        <source>&amp;Suggest a passphrase</source>
        <translation type="unfinished">&amp;Sugerează o frază de acces</translation>
    </message>
    <message>
        <source>Suggest a passphrase of random words</source>
        <translation type="unfinished">Sugerează o frază de acces din cuvinte aleatorii</translation>
    </message>
    <message>
        <source>Show what I type</source>
        <translation type="unfinished">Arată ce scriu</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation type="unfinished">Arată fraza de acces</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation type="unfinished">Puterea frazei de acces</translation>
    </message>
    <message>
        <source>Passphrase feedback</source>
        <translation type="unfinished">Feedback despre fraza de acces</translation>
    </message>
    <message>
        <source>Create the vault</source>
        <translation type="unfinished">Creează seiful</translation>
    </message>
    <message>
        <source>Restore from a backup instead…</source>
        <translation type="unfinished">Restaurează dintr-o copie de rezervă…</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished">Restaurează dintr-o copie de rezervă</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished">&amp;Fraza de acces:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation type="unfinished">&amp;Repet-o:</translation>
    </message>
    <message>
        <source>Strong enough.</source>
        <translation type="unfinished">Destul de puternică.</translation>
    </message>
    <message>
        <source>A passphrase of six random words is shown. Write it down and keep it somewhere safe away from this laptop before you go on.</source>
        <translation type="unfinished">Este afișată o frază de acces din șase cuvinte aleatorii. Noteaz-o și păstreaz-o undeva în siguranță, departe de acest laptop, înainte să continui.</translation>
    </message>
    <message>
        <source>The two match.</source>
        <translation type="unfinished">Cele două se potrivesc.</translation>
    </message>
    <message>
        <source>The two do not match yet.</source>
        <translation type="unfinished">Cele două nu se potrivesc încă.</translation>
    </message>
    <message>
        <source>Creating the encrypted vault…</source>
        <translation type="unfinished">Se creează seiful criptat…</translation>
    </message>
</context>
<context>
    <name>IncidentForm</name>
    <message>
        <source>Interview step</source>
        <translation type="unfinished">Pasul interviului</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished">Ce s-a întâmplat</translation>
    </message>
    <message>
        <source>When and where</source>
        <translation type="unfinished">Când și unde</translation>
    </message>
    <message>
        <source>Perpetrators and vehicles</source>
        <translation type="unfinished">Agresori și vehicule</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation type="unfinished">Ce s-a spus</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished">Consimțământ</translation>
    </message>
    <message>
        <source>What will be shared</source>
        <translation type="unfinished">Ce se va trimite</translation>
    </message>
    <message>
        <source>Interview message</source>
        <translation type="unfinished">Mesajul interviului</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished">&amp;Înapoi</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation type="unfinished">Pasul anterior</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished">Înai&amp;nte</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished">Pasul următor</translation>
    </message>
    <message>
        <source>Save and continue to &amp;consent</source>
        <translation type="unfinished">Salvează și continuă la &amp;consimțământ</translation>
    </message>
    <message>
        <source>Save the incident and continue to consent</source>
        <translation type="unfinished">Salvează incidentul și continuă la consimțământ</translation>
    </message>
    <message>
        <source>Save and cl&amp;ose</source>
        <translation type="unfinished">&amp;Salvează și închide</translation>
    </message>
    <message>
        <source>Save the incident and close</source>
        <translation type="unfinished">Salvează incidentul și închide</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation type="unfinished">Închide fără a salva</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation type="unfinished">Pasul %1 din %2: %3</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Închide</translation>
    </message>
    <message>
        <source>Closed.</source>
        <translation type="unfinished">Închis.</translation>
    </message>
    <message>
        <source>Closed without saving.</source>
        <translation type="unfinished">Închis fără salvare.</translation>
    </message>
    <message>
        <source>Close without saving?</source>
        <translation type="unfinished">Închizi fără să salvezi?</translation>
    </message>
    <message>
        <source>What was typed in this interview since it was last saved will be lost.</source>
        <translation type="unfinished">Ce s-a scris în acest interviu de la ultima salvare se va pierde.</translation>
    </message>
    <message>
        <source>Discard what was typed</source>
        <translation type="unfinished">Renunță la ce s-a scris</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation type="unfinished">Continuă editarea</translation>
    </message>
    <message>
        <source>Tick at least one thing that happened (step 1).</source>
        <translation type="unfinished">Bifează cel puțin un lucru care s-a întâmplat (pasul 1).</translation>
    </message>
    <message>
        <source>Type the worker&apos;s initials (step 1).</source>
        <translation type="unfinished">Scrie inițialele lucrătorului (pasul 1).</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished">Număr de telefon</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation type="unfinished">Adresă de e-mail</translation>
    </message>
</context>
<context>
    <name>IncidentsPage</name>
    <message>
        <source>changed since shared: needs the person&apos;s consent again (open it to confirm)</source>
        <translation type="unfinished">modificat după trimitere: are nevoie din nou de consimțământul persoanei (deschide-l pentru a confirma)</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished">Incidente</translation>
    </message>
    <message>
        <source>Filter by type</source>
        <translation type="unfinished">Filtrează după tip</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation type="unfinished">Orice tip</translation>
    </message>
    <message>
        <source>&amp;New incident</source>
        <translation type="unfinished">Incident &amp;nou</translation>
    </message>
    <message>
        <source>Record a new incident</source>
        <translation type="unfinished">Înregistrează un incident nou</translation>
    </message>
    <message>
        <source>&amp;Open / share…</source>
        <translation type="unfinished">&amp;Deschide / trimite…</translation>
    </message>
    <message>
        <source>Open the selected incident</source>
        <translation type="unfinished">Deschide incidentul selectat</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished">Ș&amp;terge…</translation>
    </message>
    <message>
        <source>Delete the selected incident</source>
        <translation type="unfinished">Șterge incidentul selectat</translation>
    </message>
    <message>
        <source>&amp;Forget this person…</source>
        <translation type="unfinished">&amp;Uită această persoană…</translation>
    </message>
    <message>
        <source>Forget the person of the selected incident</source>
        <translation type="unfinished">Uită persoana incidentului selectat</translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished">Când</translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished">Zona</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation type="unfinished">Pseudonim</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation type="unfinished">(neînregistrat)</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished">Ce s-a întâmplat</translation>
    </message>
    <message>
        <source>Injury</source>
        <translation type="unfinished">Rănire</translation>
    </message>
    <message>
        <source>Perpetrators</source>
        <translation type="unfinished">Agresori</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation type="unfinished">Vehicule</translation>
    </message>
    <message>
        <source>Where exactly</source>
        <translation type="unfinished">Unde exact</translation>
    </message>
    <message>
        <source>Their words</source>
        <translation type="unfinished">Cuvintele persoanei</translation>
    </message>
    <message>
        <source>Alert summary</source>
        <translation type="unfinished">Rezumatul alertei</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation type="unfinished">Trimitere</translation>
    </message>
    <message>
        <source>The interview you had started before the lock was restored.</source>
        <translation type="unfinished">Interviul început înainte de blocare a fost restaurat.</translation>
    </message>
    <message>
        <source>restore the interview</source>
        <translation type="unfinished">restaura interviul</translation>
    </message>
    <message>
        <source>open the form</source>
        <translation type="unfinished">deschide formularul</translation>
    </message>
    <message>
        <source>That incident is no longer stored.</source>
        <translation type="unfinished">Acel incident nu mai este stocat.</translation>
    </message>
    <message>
        <source>open the incident</source>
        <translation type="unfinished">deschide incidentul</translation>
    </message>
    <message>
        <source>Incident deleted.</source>
        <translation type="unfinished">Incident șters.</translation>
    </message>
    <message>
        <source>delete the incident</source>
        <translation type="unfinished">șterge incidentul</translation>
    </message>
    <message>
        <source>Delete incident</source>
        <translation type="unfinished">Șterge incidentul</translation>
    </message>
    <message>
        <source>Delete the incident of %1 from this device? This cannot be undone. A report already sent is not recalled by this: withdraw it with the withdrawal code.</source>
        <translation type="unfinished">Ștergi incidentul cu %1 de pe acest dispozitiv? Acest lucru nu poate fi anulat. Un raport deja trimis nu este retras astfel: retrage-l cu codul de retragere.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Street</source>
        <translation type="unfinished">Stradă</translation>
    </message>
    <message>
        <source>Van</source>
        <translation type="unfinished">Dubă</translation>
    </message>
    <message>
        <source>Drop-in</source>
        <translation type="unfinished">Centru de zi</translation>
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
        <translation type="unfinished">În persoană</translation>
    </message>
    <message>
        <source>Advocacy</source>
        <translation type="unfinished">Susținere</translation>
    </message>
    <message>
        <source>Condoms</source>
        <translation type="unfinished">Prezervative</translation>
    </message>
    <message>
        <source>Lube</source>
        <translation type="unfinished">Lubrifiant</translation>
    </message>
    <message>
        <source>Needles/syringes</source>
        <translation type="unfinished">Ace/seringi</translation>
    </message>
    <message>
        <source>Naloxone</source>
        <translation type="unfinished">Naloxonă</translation>
    </message>
    <message>
        <source>Safety leaflets</source>
        <translation type="unfinished">Pliante de siguranță</translation>
    </message>
    <message>
        <source>Alert bulletins</source>
        <translation type="unfinished">Buletine de alertă</translation>
    </message>
    <message>
        <source>Food/drink</source>
        <translation type="unfinished">Mâncare/băutură</translation>
    </message>
    <message>
        <source>Other supplies</source>
        <translation type="unfinished">Alte materiale</translation>
    </message>
    <message>
        <source>Sexual health</source>
        <translation type="unfinished">Sănătate sexuală</translation>
    </message>
    <message>
        <source>Drugs/alcohol</source>
        <translation type="unfinished">Droguri/alcool</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation type="unfinished">Locuință</translation>
    </message>
    <message>
        <source>ISVA/victim support</source>
        <translation type="unfinished">ISVA/sprijin pentru victime</translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation type="unfinished">Sănătate mintală</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation type="unfinished">Juridic</translation>
    </message>
    <message>
        <source>Other referral</source>
        <translation type="unfinished">Altă îndrumare</translation>
    </message>
    <message>
        <source>Physical assault</source>
        <translation type="unfinished">Agresiune fizică</translation>
    </message>
    <message>
        <source>Sexual assault</source>
        <translation type="unfinished">Agresiune sexuală</translation>
    </message>
    <message>
        <source>Rape</source>
        <translation type="unfinished">Viol</translation>
    </message>
    <message>
        <source>Robbery/theft</source>
        <translation type="unfinished">Jaf/furt</translation>
    </message>
    <message>
        <source>Non-payment</source>
        <translation type="unfinished">Neplată</translation>
    </message>
    <message>
        <source>Threats/intimidation</source>
        <translation type="unfinished">Amenințări/intimidare</translation>
    </message>
    <message>
        <source>Condom removal</source>
        <translation type="unfinished">Scoaterea prezervativului</translation>
    </message>
    <message>
        <source>Stalking/harassment</source>
        <translation type="unfinished">Urmărire/hărțuire</translation>
    </message>
    <message>
        <source>Kidnap/false imprisonment</source>
        <translation type="unfinished">Răpire/sechestrare</translation>
    </message>
    <message>
        <source>Verbal abuse</source>
        <translation type="unfinished">Abuz verbal</translation>
    </message>
    <message>
        <source>Hate incident</source>
        <translation type="unfinished">Incident motivat de ură</translation>
    </message>
    <message>
        <source>Fraud</source>
        <translation type="unfinished">Fraudă</translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished">Altceva</translation>
    </message>
    <message>
        <source>Exact time</source>
        <translation type="unfinished">Ora exactă</translation>
    </message>
    <message>
        <source>Approximately</source>
        <translation type="unfinished">Aproximativ</translation>
    </message>
    <message>
        <source>Sometime that day</source>
        <translation type="unfinished">Cândva în acea zi</translation>
    </message>
    <message>
        <source>Sometime that week</source>
        <translation type="unfinished">Cândva în acea săptămână</translation>
    </message>
    <message>
        <source>Sometime that month</source>
        <translation type="unfinished">Cândva în acea lună</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation type="unfinished">Sub 18</translation>
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
        <translation type="unfinished">Necunoscut</translation>
    </message>
    <message>
        <source>Woman</source>
        <translation type="unfinished">Femeie</translation>
    </message>
    <message>
        <source>Man</source>
        <translation type="unfinished">Bărbat</translation>
    </message>
    <message>
        <source>Trans woman</source>
        <translation type="unfinished">Femeie trans</translation>
    </message>
    <message>
        <source>Trans man</source>
        <translation type="unfinished">Bărbat trans</translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation type="unfinished">Non-binar</translation>
    </message>
    <message>
        <source>No injury</source>
        <translation type="unfinished">Fără rănire</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation type="unfinished">Ușoară</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation type="unfinished">Moderată</translation>
    </message>
    <message>
        <source>Serious</source>
        <translation type="unfinished">Gravă</translation>
    </message>
    <message>
        <source>Slim</source>
        <translation type="unfinished">Slab</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished">Mediu</translation>
    </message>
    <message>
        <source>Heavy</source>
        <translation type="unfinished">Corpolent</translation>
    </message>
    <message>
        <source>Muscular</source>
        <translation type="unfinished">Musculos</translation>
    </message>
    <message>
        <source>Warn other sex workers (alert)</source>
        <translation type="unfinished">Avertizează alți lucrători sexuali (alertă)</translation>
    </message>
    <message>
        <source>Count it in statistics</source>
        <translation type="unfinished">Numără-l în statistici</translation>
    </message>
    <message>
        <source>Anonymous intelligence to police</source>
        <translation type="unfinished">Informații anonime pentru poliție</translation>
    </message>
    <message>
        <source>Police contact (referral)</source>
        <translation type="unfinished">Contact cu poliția (îndrumare)</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <source>Add</source>
        <translation type="unfinished">Adaugă</translation>
    </message>
    <message>
        <source>Add: %1</source>
        <translation type="unfinished">Adaugă: %1</translation>
    </message>
    <message>
        <source>Remove this one</source>
        <translation type="unfinished">Elimină-l pe acesta</translation>
    </message>
    <message>
        <source>Remove: %1</source>
        <translation type="unfinished">Elimină: %1</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation type="unfinished">Nimic înregistrat.</translation>
    </message>
</context>
<context>
    <name>MainScreen</name>
    <message>
        <source>Pages</source>
        <translation type="unfinished">Pagini</translation>
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
        <translation type="unfinished">Seiful nu a putut fi creat: %1</translation>
    </message>
    <message>
        <source>That passphrase is not right.</source>
        <translation type="unfinished">Fraza de acces nu este corectă.</translation>
    </message>
    <message>
        <source>Too many wrong passphrases in a row.</source>
        <translation type="unfinished">Prea multe fraze de acces greșite la rând.</translation>
    </message>
    <message>
        <source>Outreach is already open in another window. Close it there first.</source>
        <translation type="unfinished">Outreach este deja deschis în altă fereastră. Închide-l mai întâi acolo.</translation>
    </message>
    <message>
        <source>The vault&apos;s files are damaged and cannot be opened. Nothing was changed. Restore a backup, or ask your coordinator for help.</source>
        <translation type="unfinished">Fișierele seifului sunt deteriorate și nu pot fi deschise. Nu s-a schimbat nimic. Restaurează o copie de rezervă sau cere ajutor coordonatorului.</translation>
    </message>
    <message>
        <source>The vault could not be opened: %1</source>
        <translation type="unfinished">Seiful nu a putut fi deschis: %1</translation>
    </message>
    <message>
        <source>The disk is full: the vault is intact, but nothing new can be saved until space is freed. Half-typed forms are kept in memory until then. Free some space, or make a backup to another disk (Settings).</source>
        <translation type="unfinished">Discul este plin: seiful este intact, dar nimic nou nu poate fi salvat până nu se eliberează spațiu. Formularele începute sunt păstrate în memorie până atunci. Eliberează spațiu sau fă o copie de rezervă pe alt disc (Setări).</translation>
    </message>
    <message>
        <source>Retention removed %1 contact notes, %2 people, %3 incident texts, %4 sent payloads.</source>
        <translation type="unfinished">Păstrarea a eliminat %1 note de contact, %2 persoane, %3 texte de incident, %4 conținuturi trimise.</translation>
    </message>
    <message>
        <source>An unfinished form was restored on the %1 page.</source>
        <translation type="unfinished">Un formular neterminat a fost restaurat pe pagina %1.</translation>
    </message>
    <message>
        <source>Something went wrong (%1). Nothing was changed.</source>
        <translation type="unfinished">Ceva nu a mers (%1). Nu s-a schimbat nimic.</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished">Ciornă</translation>
    </message>
    <message>
        <source>Consented</source>
        <translation type="unfinished">Cu consimțământ</translation>
    </message>
    <message>
        <source>Waiting for a coordinator</source>
        <translation type="unfinished">Așteaptă un coordonator</translation>
    </message>
    <message>
        <source>Rejected by a coordinator</source>
        <translation type="unfinished">Respins de un coordonator</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation type="unfinished">Așteaptă să fie trimis</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished">Se trimite</translation>
    </message>
    <message>
        <source>Sent (receipt stored)</source>
        <translation type="unfinished">Trimis (confirmare stocată)</translation>
    </message>
    <message>
        <source>Parked: needs attention</source>
        <translation type="unfinished">Pus deoparte: necesită atenție</translation>
    </message>
    <message>
        <source>Replaced by a newer version</source>
        <translation type="unfinished">Înlocuit de o versiune mai nouă</translation>
    </message>
    <message>
        <source>Withdrawal waiting to be sent</source>
        <translation type="unfinished">Retragere în așteptarea trimiterii</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished">Retras</translation>
    </message>
    <message>
        <source>Withdrawn on the server</source>
        <translation type="unfinished">Retras pe server</translation>
    </message>
    <message>
        <source>Not found on the server yet: asked again at each sync for 30 days</source>
        <translation type="unfinished">Încă negăsit pe server: se întreabă din nou la fiecare sincronizare timp de 30 de zile</translation>
    </message>
    <message>
        <source>Not found on the server; it still withdraws the report if it arrives</source>
        <translation type="unfinished">Negăsit pe server; tot retrage raportul dacă acesta ajunge</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished">Modificat</translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished">Ce</translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished">Pentru</translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished">Stare</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation type="unfinished">Încercări</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished">Motiv</translation>
    </message>
    <message>
        <source>Withdrawal of consent</source>
        <translation type="unfinished">Retragerea consimțământului</translation>
    </message>
    <message>
        <source>Report v%1</source>
        <translation type="unfinished">Raport v%1</translation>
    </message>
    <message>
        <source> (incident of %1)</source>
        <translation type="unfinished"> (incident din %1)</translation>
    </message>
</context>
<context>
    <name>PassphrasesSection</name>
    <message>
        <source>Passphrases</source>
        <translation type="unfinished">Fraze de acces</translation>
    </message>
    <message>
        <source>Passphrases of this vault</source>
        <translation type="unfinished">Frazele de acces ale acestui seif</translation>
    </message>
    <message>
        <source>Re&amp;move passphrase…</source>
        <translation type="unfinished">Eli&amp;mină fraza de acces…</translation>
    </message>
    <message>
        <source>Remove the selected passphrase</source>
        <translation type="unfinished">Elimină fraza de acces selectată</translation>
    </message>
    <message>
        <source>Passphrases message</source>
        <translation type="unfinished">Mesaj despre frazele de acces</translation>
    </message>
    <message>
        <source>Removing a passphrase changes the vault&apos;s key, so a copy of the old key file with that passphrase opens nothing. The other passphrases keep working.</source>
        <translation type="unfinished">Eliminarea unei fraze de acces schimbă cheia seifului, așa că o copie a vechiului fișier-cheie cu acea frază nu mai deschide nimic. Celelalte fraze de acces continuă să funcționeze.</translation>
    </message>
    <message>
        <source>list the passphrases</source>
        <translation type="unfinished">lista frazele de acces</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation type="unfinished">coordonator</translation>
    </message>
    <message>
        <source>worker</source>
        <translation type="unfinished">lucrător</translation>
    </message>
    <message>
        <source> (this session)</source>
        <translation type="unfinished"> (această sesiune)</translation>
    </message>
    <message>
        <source>Remove passphrase</source>
        <translation type="unfinished">Elimină fraza de acces</translation>
    </message>
    <message>
        <source>Remove passphrase %1? Whoever uses it can no longer open this vault.</source>
        <translation type="unfinished">Elimini fraza de acces %1? Cine o folosește nu mai poate deschide acest seif.</translation>
    </message>
    <message>
        <source>Removing the passphrase and changing the vault&apos;s key…</source>
        <translation type="unfinished">Se elimină fraza de acces și se schimbă cheia seifului…</translation>
    </message>
    <message>
        <source>Passphrase removed; the vault&apos;s key was changed.</source>
        <translation type="unfinished">Fraza de acces a fost eliminată; cheia seifului a fost schimbată.</translation>
    </message>
    <message>
        <source>Also removed (from before the coordinator key): %1</source>
        <translation type="unfinished">Eliminate și (de dinainte de cheia de coordonator): %1</translation>
    </message>
    <message>
        <source>remove the passphrase</source>
        <translation type="unfinished">elimina fraza de acces</translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <translation type="unfinished">Nu s-a putut %1: %2</translation>
    </message>
</context>
<context>
    <name>PerpetratorEditor</name>
    <message>
        <source>Perpetrator&apos;s gender</source>
        <translation type="unfinished">Genul agresorului</translation>
    </message>
    <message>
        <source>Perpetrator&apos;s age from</source>
        <translation type="unfinished">Vârsta agresorului de la</translation>
    </message>
    <message>
        <source>Perpetrator&apos;s age to</source>
        <translation type="unfinished">Vârsta agresorului până la</translation>
    </message>
    <message>
        <source>Perpetrator&apos;s build</source>
        <translation type="unfinished">Constituția agresorului</translation>
    </message>
    <message>
        <source>Gender:</source>
        <translation type="unfinished">Gen:</translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished">până la</translation>
    </message>
    <message>
        <source>Age:</source>
        <translation type="unfinished">Vârstă:</translation>
    </message>
    <message>
        <source>Build:</source>
        <translation type="unfinished">Constituție:</translation>
    </message>
    <message>
        <source>Height</source>
        <translation type="unfinished">Înălțime</translation>
    </message>
    <message>
        <source>Ethnicity (as described)</source>
        <translation type="unfinished">Etnie (cum a fost descrisă)</translation>
    </message>
    <message>
        <source>Hair</source>
        <translation type="unfinished">Păr</translation>
    </message>
    <message>
        <source>Distinguishing features</source>
        <translation type="unfinished">Semne distinctive</translation>
    </message>
    <message>
        <source>Clothing</source>
        <translation type="unfinished">Îmbrăcăminte</translation>
    </message>
    <message>
        <source>Name they used</source>
        <translation type="unfinished">Numele folosit</translation>
    </message>
    <message>
        <source>Phone numbers (comma between)</source>
        <translation type="unfinished">Numere de telefon (separate prin virgulă)</translation>
    </message>
    <message>
        <source>E-mail addresses (comma between)</source>
        <translation type="unfinished">Adrese de e-mail (separate prin virgulă)</translation>
    </message>
    <message>
        <source>Online names (comma between)</source>
        <translation type="unfinished">Nume online (separate prin virgulă)</translation>
    </message>
    <message>
        <source>Website or app</source>
        <translation type="unfinished">Site sau aplicație</translation>
    </message>
    <message>
        <source>Problem with: %1</source>
        <translation type="unfinished">Problemă cu: %1</translation>
    </message>
    <message>
        <source>not known</source>
        <translation type="unfinished">necunoscut</translation>
    </message>
</context>
<context>
    <name>PersonChoiceDialog</name>
    <message>
        <source>Which person?</source>
        <translation type="unfinished">Care persoană?</translation>
    </message>
    <message>
        <source>%1 people are called “%2”. Who was this?</source>
        <translation type="unfinished">%1 persoane se numesc „%2”. Cine era?</translation>
    </message>
    <message>
        <source>The %1 last seen on %2</source>
        <translation type="unfinished">%1 văzută ultima dată pe %2</translation>
    </message>
    <message>
        <source>The %1 with no contact or incident yet</source>
        <translation type="unfinished">%1 fără contact sau incident încă</translation>
    </message>
    <message>
        <source>Someone new called %1</source>
        <translation type="unfinished">Cineva nou numit %1</translation>
    </message>
</context>
<context>
    <name>PreviewStep</name>
    <message>
        <source>WHAT WILL BE SHARED</source>
        <translation type="unfinished">CE SE VA TRIMITE</translation>
    </message>
    <message>
        <source>This is exactly what will leave this device when it is sent, and nothing else. Read it with the person. If anything could identify them, go back and change it.</source>
        <translation type="unfinished">Exact asta va pleca de pe acest dispozitiv când va fi trimis, și nimic altceva. Citește-l cu persoana. Dacă ceva ar putea s-o identifice, întoarce-te și schimbă.</translation>
    </message>
    <message>
        <source>What will be shared, in plain words</source>
        <translation type="unfinished">Ce se va trimite, în cuvinte simple</translation>
    </message>
    <message>
        <source>What will be shared, as sent (JSON)</source>
        <translation type="unfinished">Ce se va trimite, așa cum pleacă (JSON)</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation type="unfinished">Detalii tehnice</translation>
    </message>
    <message>
        <source>Show technical details</source>
        <translation type="unfinished">Arată detaliile tehnice</translation>
    </message>
    <message>
        <source>Might still identify someone</source>
        <translation type="unfinished">Ar putea încă identifica pe cineva</translation>
    </message>
    <message>
        <source>Look at each marked part with the person: keep it, or remove it from the text it is in. Sealing is possible once every part is decided.</source>
        <translation type="unfinished">Uită-te la fiecare parte marcată împreună cu persoana: păstreaz-o sau elimin-o din textul în care se află. Sigilarea este posibilă după ce fiecare parte este hotărâtă.</translation>
    </message>
    <message>
        <source>Sharing status</source>
        <translation type="unfinished">Starea trimiterii</translation>
    </message>
    <message>
        <source>&amp;Back to consent</source>
        <translation type="unfinished">Înapoi la &amp;consimțământ</translation>
    </message>
    <message>
        <source>Back to consent</source>
        <translation type="unfinished">Înapoi la consimțământ</translation>
    </message>
    <message>
        <source>&amp;Seal and queue for sending</source>
        <translation type="unfinished">&amp;Sigilează și pune la coadă pentru trimitere</translation>
    </message>
    <message>
        <source>Seal and queue for sending</source>
        <translation type="unfinished">Sigilează și pune la coadă pentru trimitere</translation>
    </message>
    <message>
        <source>This is exactly what the new version will send; it replaces the earlier one. Read it with the person. Sealing records that they confirmed it.</source>
        <translation type="unfinished">Exact asta va trimite noua versiune; o înlocuiește pe cea anterioară. Citește-o cu persoana. Sigilarea înregistrează că a confirmat-o.</translation>
    </message>
    <message>
        <source>Confirm and &amp;seal the new version</source>
        <translation type="unfinished">Confirmă și &amp;sigilează noua versiune</translation>
    </message>
    <message>
        <source>Confirm and seal the new version</source>
        <translation type="unfinished">Confirmă și sigilează noua versiune</translation>
    </message>
    <message>
        <source>Might still identify someone (%1)</source>
        <translation type="unfinished">Ar putea încă identifica pe cineva (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n marked part(s) still to keep or remove before sealing.</source>
        <translation type="unfinished">
            <numerusform>%n parte marcată mai trebuie păstrată sau eliminată înainte de sigilare.</numerusform>
            <numerusform>%n părți marcate mai trebuie păstrate sau eliminate înainte de sigilare.</numerusform>
            <numerusform>%n de părți marcate mai trebuie păstrate sau eliminate înainte de sigilare.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removing it from %1…</source>
        <translation type="unfinished">Se elimină din %1…</translation>
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
        <translation type="unfinished">Anulează</translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished">Salvează</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Închide</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished">&amp;Da</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished">&amp;Nu</translation>
    </message>
</context>
<context>
    <name>QuickDeletePanel</name>
    <message>
        <source>DELETE</source>
        <translation type="unfinished">STERGE</translation>
    </message>
    <message>
        <source>Quick delete…</source>
        <translation type="unfinished">Ștergere rapidă…</translation>
    </message>
    <message>
        <source>Quick delete</source>
        <translation type="unfinished">Ștergere rapidă</translation>
    </message>
    <message>
        <source>Everything on this laptop is destroyed and cannot be recovered: the vault, unsent reports, and the files Outreach saved outside it (exports, backups, PDFs) as far as it knows them. No passphrase is needed.</source>
        <translation type="unfinished">Totul de pe acest laptop este distrus și nu mai poate fi recuperat: seiful, rapoartele netrimise și fișierele salvate de Outreach în afara lui (exporturi, copii de rezervă, PDF-uri), în măsura în care le cunoaște. Nu este nevoie de fraza de acces.</translation>
    </message>
    <message>
        <source>Type %1 to confirm.</source>
        <translation type="unfinished">Scrie %1 pentru a confirma.</translation>
    </message>
    <message>
        <source>Type %1 to confirm quick delete</source>
        <translation type="unfinished">Scrie %1 pentru a confirma ștergerea rapidă</translation>
    </message>
    <message>
        <source>Delete everything now</source>
        <translation type="unfinished">Șterge totul acum</translation>
    </message>
    <message>
        <source>Confirm quick delete</source>
        <translation type="unfinished">Confirmă ștergerea rapidă</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Anulează</translation>
    </message>
    <message>
        <source>Cancel quick delete</source>
        <translation type="unfinished">Anulează ștergerea rapidă</translation>
    </message>
</context>
<context>
    <name>RecordListPage</name>
    <message>
        <source>Any time</source>
        <translation type="unfinished">Oricând</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished">Ultimele 24 de ore</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished">Ultimele 7 zile</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished">Ultimele 30 de zile</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation type="unfinished">Ultimele 12 luni</translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished">Căutare</translation>
    </message>
    <message>
        <source>Search: words, alias, phone number or plate (Ctrl+F)</source>
        <translation type="unfinished">Caută: cuvinte, pseudonim, număr de telefon sau plăcuță (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter by area</source>
        <translation type="unfinished">Filtrează după zonă</translation>
    </message>
    <message>
        <source>Any area</source>
        <translation type="unfinished">Orice zonă</translation>
    </message>
    <message>
        <source>Filter by date</source>
        <translation type="unfinished">Filtrează după dată</translation>
    </message>
    <message>
        <source>Number of records shown</source>
        <translation type="unfinished">Numărul de înregistrări afișate</translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished">Înregistrări</translation>
    </message>
    <message>
        <source>Selected record</source>
        <translation type="unfinished">Înregistrarea selectată</translation>
    </message>
    <message>
        <source>Select a row to see it here.</source>
        <translation type="unfinished">Selectează un rând ca să-l vezi aici.</translation>
    </message>
    <message>
        <source>Page message</source>
        <translation type="unfinished">Mesajul paginii</translation>
    </message>
    <message>
        <source>list records</source>
        <translation type="unfinished">lista înregistrările</translation>
    </message>
    <message>
        <source>%1 shown</source>
        <translation type="unfinished">%1 afișate</translation>
    </message>
    <message>
        <source>this person</source>
        <translation type="unfinished">această persoană</translation>
    </message>
    <message>
        <source>Forget %1?

This permanently erases %1 and everything recorded about them on this device: %2 contacts and %3 incidents, with their consents and unsent reports. It cannot be undone.

Reports already sent to the charity will be withdrawn from its server at the next sync. An alert already read, or intelligence already passed to the police, cannot be recalled.</source>
        <translation type="unfinished">Uiți de %1?

Astfel se șterg definitiv %1 și tot ce s-a înregistrat despre persoană pe acest dispozitiv: %2 contacte și %3 incidente, cu consimțămintele și rapoartele netrimise. Acest lucru nu poate fi anulat.

Rapoartele deja trimise organizației vor fi retrase de pe serverul ei la următoarea sincronizare. O alertă deja citită sau informațiile deja transmise poliției nu pot fi retrase.</translation>
    </message>
    <message>
        <source>Forget %1 and erase %2 records</source>
        <translation type="unfinished">Uită de %1 și șterge %2 înregistrări</translation>
    </message>
    <message>
        <source>Forgotten. Reports already sent will be withdrawn from the charity&apos;s server at the next sync.</source>
        <translation type="unfinished">Uitat. Rapoartele deja trimise vor fi retrase de pe serverul organizației la următoarea sincronizare.</translation>
    </message>
    <message>
        <source>forget the person</source>
        <translation type="unfinished">uita persoana</translation>
    </message>
    <message>
        <source>Forget this person</source>
        <translation type="unfinished">Uită această persoană</translation>
    </message>
    <message>
        <source>count their records</source>
        <translation type="unfinished">număra înregistrările persoanei</translation>
    </message>
</context>
<context>
    <name>RecordModels</name>
    <message>
        <source>When</source>
        <translation type="unfinished">Când</translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished">Zona</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation type="unfinished">Pseudonim</translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished">Cum</translation>
    </message>
    <message>
        <source>Supplies</source>
        <translation type="unfinished">Materiale</translation>
    </message>
    <message>
        <source>Supplies handed out, with counts</source>
        <translation type="unfinished">Materiale oferite, cu cantități</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished">Îndrumări</translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished">Notă</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished">Ce s-a întâmplat</translation>
    </message>
    <message>
        <source>Perpetrators</source>
        <translation type="unfinished">Agresori</translation>
    </message>
    <message>
        <source>Number of perpetrators</source>
        <translation type="unfinished">Numărul agresorilor</translation>
    </message>
    <message>
        <source>Plates</source>
        <translation type="unfinished">Plăcuțe</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished">Rezumat</translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished">Vârstă</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished">Gen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished">Limbă</translation>
    </message>
</context>
<context>
    <name>RecordPages</name>
    <message>
        <source>Could not %1: %2</source>
        <translation type="unfinished">Nu s-a putut %1: %2</translation>
    </message>
    <message>
        <source>Could not %1: the vault is locked.</source>
        <translation type="unfinished">Nu s-a putut %1: seiful este blocat.</translation>
    </message>
    <message>
        <source>Could not %1: the vault refused the change (%2). Nothing was saved.</source>
        <translation type="unfinished">Nu s-a putut %1: seiful a refuzat modificarea (%2). Nu s-a salvat nimic.</translation>
    </message>
    <message>
        <source>Could not %1 (%2).</source>
        <translation type="unfinished">Nu s-a putut %1 (%2).</translation>
    </message>
</context>
<context>
    <name>RestorePassphraseDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished">Restaurează dintr-o copie de rezervă</translation>
    </message>
    <message>
        <source>Passphrase of the backup</source>
        <translation type="unfinished">Fraza de acces a copiei de rezervă</translation>
    </message>
    <message>
        <source>Current coordinator passphrase</source>
        <translation type="unfinished">Fraza de acces actuală a coordonatorului</translation>
    </message>
    <message>
        <source>Restoring replaces every record on this laptop with the backup&apos;s. Records added since the backup are lost.</source>
        <translation type="unfinished">Restaurarea înlocuiește fiecare înregistrare de pe acest laptop cu cele din copia de rezervă. Înregistrările adăugate de la copia de rezervă se pierd.</translation>
    </message>
    <message>
        <source>&amp;Coordinator passphrase of this vault:</source>
        <translation type="unfinished">Fraza de acces a &amp;coordonatorului pentru acest seif:</translation>
    </message>
    <message>
        <source>&amp;Passphrase of the backup:</source>
        <translation type="unfinished">Fraza de acces a co&amp;piei de rezervă:</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review and sync</source>
        <translation type="unfinished">Verificare și sincronizare</translation>
    </message>
    <message>
        <source>Queue summary</source>
        <translation type="unfinished">Rezumatul cozii</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation type="unfinished">De trimis</translation>
    </message>
    <message>
        <source>Selected report, in plain words</source>
        <translation type="unfinished">Raportul selectat, în cuvinte simple</translation>
    </message>
    <message>
        <source>Selected report, as sent (JSON)</source>
        <translation type="unfinished">Raportul selectat, așa cum pleacă (JSON)</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished">&amp;Aprobă</translation>
    </message>
    <message>
        <source>Approve the selected report</source>
        <translation type="unfinished">Aprobă raportul selectat</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation type="unfinished">&amp;Respinge</translation>
    </message>
    <message>
        <source>Reject the selected report</source>
        <translation type="unfinished">Respinge raportul selectat</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation type="unfinished">&amp;Sincronizează acum</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished">Sincronizează acum</translation>
    </message>
    <message>
        <source>Page message</source>
        <translation type="unfinished">Mesajul paginii</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished">Adresa serverului</translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <translation type="unfinished">Codul de înscriere</translation>
    </message>
    <message>
        <source>Charity key fingerprint from the code sheet</source>
        <translation type="unfinished">Amprenta cheii organizației de pe foaia cu coduri</translation>
    </message>
    <message>
        <source>&amp;Link this device</source>
        <translation type="unfinished">&amp;Leagă acest dispozitiv</translation>
    </message>
    <message>
        <source>Link this device to the server</source>
        <translation type="unfinished">Leagă acest dispozitiv la server</translation>
    </message>
    <message>
        <source>Link to the charity&apos;s server</source>
        <translation type="unfinished">Legătura cu serverul organizației</translation>
    </message>
    <message>
        <source>Ser&amp;ver address:</source>
        <translation type="unfinished">Adresa ser&amp;verului:</translation>
    </message>
    <message>
        <source>Enrolment &amp;code:</source>
        <translation type="unfinished">&amp;Codul de înscriere:</translation>
    </message>
    <message>
        <source>Charity key &amp;fingerprint:</source>
        <translation type="unfinished">Amprenta c&amp;heii organizației:</translation>
    </message>
    <message>
        <source>load the outbox</source>
        <translation type="unfinished">încărca coada de trimitere</translation>
    </message>
    <message>
        <source>%1 waiting to be sent</source>
        <translation type="unfinished">%1 așteaptă să fie trimise</translation>
    </message>
    <message>
        <source>%1 waiting for review</source>
        <translation type="unfinished">%1 așteaptă verificarea</translation>
    </message>
    <message>
        <source>%1 parked</source>
        <translation type="unfinished">%1 puse deoparte</translation>
    </message>
    <message>
        <source>%1 sent</source>
        <translation type="unfinished">%1 trimise</translation>
    </message>
    <message numerus="yes">
        <source>%n withdrawal(s) not found on the server yet</source>
        <translation type="unfinished">
            <numerusform>%n retragere încă negăsită pe server</numerusform>
            <numerusform>%n retrageri încă negăsite pe server</numerusform>
            <numerusform>%n de retrageri încă negăsite pe server</numerusform>
        </translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation type="unfinished">Stare: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished">Motiv: %1</translation>
    </message>
    <message>
        <source>What was sent was removed from this device by retention. The report can still be withdrawn from the charity&apos;s server.</source>
        <translation type="unfinished">Ce s-a trimis a fost eliminat de pe acest dispozitiv prin regula de păstrare. Raportul poate fi încă retras de pe serverul organizației.</translation>
    </message>
    <message>
        <source>(removed by retention)</source>
        <translation type="unfinished">(eliminat prin păstrare)</translation>
    </message>
    <message>
        <source>Approved: it is sent at the next sync.</source>
        <translation type="unfinished">Aprobat: este trimis la următoarea sincronizare.</translation>
    </message>
    <message>
        <source>Rejected.</source>
        <translation type="unfinished">Respins.</translation>
    </message>
    <message>
        <source>approve the report</source>
        <translation type="unfinished">aproba raportul</translation>
    </message>
    <message>
        <source>reject the report</source>
        <translation type="unfinished">respinge raportul</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished">Se sincronizează…</translation>
    </message>
    <message>
        <source>Type the server address, the enrolment code and the charity key fingerprint.</source>
        <translation type="unfinished">Scrie adresa serverului, codul de înscriere și amprenta cheii organizației.</translation>
    </message>
    <message>
        <source>Linking…</source>
        <translation type="unfinished">Se leagă…</translation>
    </message>
    <message>
        <source>Outreach device</source>
        <translation type="unfinished">Dispozitiv Outreach</translation>
    </message>
    <message>
        <source>the charity</source>
        <translation type="unfinished">organizația</translation>
    </message>
    <message>
        <source>Linked to %1 (%2 regions).</source>
        <translation type="unfinished">Legat la %1 (%2 regiuni).</translation>
    </message>
    <message>
        <source>Charity key pinned: %1.</source>
        <translation type="unfinished">Cheia organizației fixată: %1.</translation>
    </message>
    <message>
        <source>Linking failed: %1.</source>
        <translation type="unfinished">Legarea a eșuat: %1.</translation>
    </message>
</context>
<context>
    <name>RoleNotice</name>
    <message>
        <source>Alarm: something protected was changed without the coordinator&apos;s key. It has been put back, and this is recorded in the audit log.</source>
        <translation type="unfinished">Alarmă: ceva protejat a fost schimbat fără cheia coordonatorului. A fost pus la loc, iar acest lucru este înregistrat în jurnalul de audit.</translation>
    </message>
    <message>
        <source>This passphrase acts as a worker in this session.</source>
        <translation type="unfinished">Această frază de acces acționează ca lucrător în această sesiune.</translation>
    </message>
    <message>
        <source>Protected settings and roles are now sealed with the coordinator key.</source>
        <translation type="unfinished">Setările și rolurile protejate sunt acum sigilate cu cheia coordonatorului.</translation>
    </message>
    <message>
        <source>Review and retention settings are not sealed yet: the next coordinator unlock seals them.</source>
        <translation type="unfinished">Setările de verificare și păstrare nu sunt încă sigilate: următoarea deblocare a unui coordonator le sigilează.</translation>
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
        <translation type="unfinished">salva incidentul</translation>
    </message>
    <message>
        <source>Saved. This incident was shared, and the new version is not shared until the person confirms it. Close to leave the earlier version as it was.</source>
        <translation type="unfinished">Salvat. Acest incident a fost trimis, iar noua versiune nu se trimite până nu o confirmă persoana. Închide pentru a lăsa versiunea anterioară așa cum era.</translation>
    </message>
    <message>
        <source>Incident saved.</source>
        <translation type="unfinished">Incident salvat.</translation>
    </message>
    <message>
        <source>Incident saved. It stays on this device until consent is given.</source>
        <translation type="unfinished">Incident salvat. Rămâne pe acest dispozitiv până se dă consimțământul.</translation>
    </message>
    <message>
        <source>Perpetrator %1: %2</source>
        <translation type="unfinished">Agresorul %1: %2</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished">Setări</translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"> min</translation>
    </message>
    <message>
        <source>Lock after minutes without use</source>
        <translation type="unfinished">Blocare după minute fără folosire</translation>
    </message>
    <message>
        <source>Panic: %1 locks and hides the window at once.</source>
        <translation type="unfinished">Panică: %1 blochează și ascunde fereastra imediat.</translation>
    </message>
    <message>
        <source>Locking</source>
        <translation type="unfinished">Blocare</translation>
    </message>
    <message>
        <source>Lock after &amp;idle:</source>
        <translation type="unfinished">Blocare după &amp;inactivitate:</translation>
    </message>
    <message>
        <source>A coordinator approves reports before they leave</source>
        <translation type="unfinished">Un coordonator aprobă rapoartele înainte să plece</translation>
    </message>
    <message>
        <source>Review required</source>
        <translation type="unfinished">Verificare obligatorie</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation type="unfinished">Trimitere</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished">Păstrare</translation>
    </message>
    <message>
        <source>Contact notes:</source>
        <translation type="unfinished">Note de contact:</translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"> luni</translation>
    </message>
    <message>
        <source>People (alias and notes):</source>
        <translation type="unfinished">Persoane (pseudonim și note):</translation>
    </message>
    <message>
        <source>Incident descriptions:</source>
        <translation type="unfinished">Descrieri de incidente:</translation>
    </message>
    <message>
        <source>Sent reports&apos; copies:</source>
        <translation type="unfinished">Copiile rapoartelor trimise:</translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"> zile</translation>
    </message>
    <message>
        <source>Save retention</source>
        <translation type="unfinished">Salvează păstrarea</translation>
    </message>
    <message>
        <source>Save the retention periods</source>
        <translation type="unfinished">Salvează perioadele de păstrare</translation>
    </message>
    <message>
        <source>Retention message</source>
        <translation type="unfinished">Mesaj despre păstrare</translation>
    </message>
    <message>
        <source>Dark (low glare)</source>
        <translation type="unfinished">Întunecat (strălucire redusă)</translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished">Luminos</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished">Temă</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation type="unfinished">Limba sistemului</translation>
    </message>
    <message>
        <source>Language of the app</source>
        <translation type="unfinished">Limba aplicației</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished">Aspect</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished">&amp;Temă:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished">&amp;Limba:</translation>
    </message>
    <message>
        <source>Contact line on the alerts handout</source>
        <translation type="unfinished">Rândul de contact de pe fluturașul cu alerte</translation>
    </message>
    <message>
        <source>e.g. Outreach van 07700 900123, Mon–Sat 8pm–2am</source>
        <translation type="unfinished">de ex. Duba Outreach 07700 900123, lun–sâm 20–2</translation>
    </message>
    <message>
        <source>Save contact line</source>
        <translation type="unfinished">Salvează rândul de contact</translation>
    </message>
    <message>
        <source>Save the contact line</source>
        <translation type="unfinished">Salvează rândul de contact</translation>
    </message>
    <message>
        <source>Contact line message</source>
        <translation type="unfinished">Mesaj despre rândul de contact</translation>
    </message>
    <message>
        <source>Printed handout</source>
        <translation type="unfinished">Fluturaș tipărit</translation>
    </message>
    <message>
        <source>&amp;Contact line:</source>
        <translation type="unfinished">Rând &amp;de contact:</translation>
    </message>
    <message>
        <source>Not linked to a server.</source>
        <translation type="unfinished">Nelegat la un server.</translation>
    </message>
    <message>
        <source>Server link</source>
        <translation type="unfinished">Legătura cu serverul</translation>
    </message>
    <message>
        <source>Link to a server…</source>
        <translation type="unfinished">Leagă la un server…</translation>
    </message>
    <message>
        <source>Link to a server</source>
        <translation type="unfinished">Leagă la un server</translation>
    </message>
    <message>
        <source>Charity server</source>
        <translation type="unfinished">Serverul organizației</translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation type="unfinished">Schimbă fraza de acces…</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation type="unfinished">Schimbă fraza de acces</translation>
    </message>
    <message>
        <source>Back up…</source>
        <translation type="unfinished">Copie de rezervă…</translation>
    </message>
    <message>
        <source>Back up the vault</source>
        <translation type="unfinished">Fă o copie de rezervă a seifului</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation type="unfinished">Restaurează…</translation>
    </message>
    <message>
        <source>Restore the vault from a backup</source>
        <translation type="unfinished">Restaurează seiful dintr-o copie de rezervă</translation>
    </message>
    <message>
        <source>Vault message</source>
        <translation type="unfinished">Mesaj despre seif</translation>
    </message>
    <message>
        <source>Passphrase and backups</source>
        <translation type="unfinished">Fraza de acces și copiile de rezervă</translation>
    </message>
    <message>
        <source>Quick delete…</source>
        <translation type="unfinished">Ștergere rapidă…</translation>
    </message>
    <message>
        <source>Quick delete</source>
        <translation type="unfinished">Ștergere rapidă</translation>
    </message>
    <message>
        <source>Quick delete warning</source>
        <translation type="unfinished">Avertisment despre ștergerea rapidă</translation>
    </message>
    <message>
        <source>Delete everything now</source>
        <translation type="unfinished">Șterge totul acum</translation>
    </message>
    <message>
        <source>Confirm quick delete</source>
        <translation type="unfinished">Confirmă ștergerea rapidă</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Anulează</translation>
    </message>
    <message>
        <source>Cancel quick delete</source>
        <translation type="unfinished">Anulează ștergerea rapidă</translation>
    </message>
    <message>
        <source>Also destroy the files Outreach saved outside the vault (exports, backups, PDFs)</source>
        <translation type="unfinished">Distruge și fișierele salvate de Outreach în afara seifului (exporturi, copii de rezervă, PDF-uri)</translation>
    </message>
    <message>
        <source>Destroys the key first, then every record on this laptop and the files Outreach saved outside the vault (exports, backups, PDFs) that are still where it saved them; it lists any it cannot reach. Copies you made elsewhere stay. It cannot be undone. Use it if the laptop is about to be taken. The lock screen offers it too, without the passphrase.</source>
        <translation type="unfinished">Distruge mai întâi cheia, apoi fiecare înregistrare de pe acest laptop și fișierele salvate de Outreach în afara seifului (exporturi, copii de rezervă, PDF-uri) care sunt încă acolo unde le-a salvat; le listează pe cele la care nu ajunge. Copiile făcute de tine în altă parte rămân. Nu poate fi anulat. Folosește-o dacă laptopul e pe cale să fie luat. Ecranul de blocare o oferă și el, fără fraza de acces.</translation>
    </message>
    <message>
        <source>The new language is used when Outreach starts again.</source>
        <translation type="unfinished">Noua limbă se folosește când Outreach pornește din nou.</translation>
    </message>
    <message>
        <source>Contact line saved.</source>
        <translation type="unfinished">Rândul de contact a fost salvat.</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation type="unfinished">Nesalvat.</translation>
    </message>
    <message>
        <source>Retention periods saved.</source>
        <translation type="unfinished">Perioadele de păstrare au fost salvate.</translation>
    </message>
    <message>
        <source>Only a coordinator can change the retention periods.</source>
        <translation type="unfinished">Doar un coordonator poate schimba perioadele de păstrare.</translation>
    </message>
    <message>
        <source>The retention periods were not saved.</source>
        <translation type="unfinished">Perioadele de păstrare nu au fost salvate.</translation>
    </message>
    <message>
        <source>Only a coordinator can change the review setting.</source>
        <translation type="unfinished">Doar un coordonator poate schimba setarea de verificare.</translation>
    </message>
    <message>
        <source>Outreach backups (*.obk)</source>
        <translation type="unfinished">Copii de rezervă Outreach (*.obk)</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished">Restaurează dintr-o copie de rezervă</translation>
    </message>
    <message>
        <source>Counting reports that have not been sent…</source>
        <translation type="unfinished">Se numără rapoartele netrimise…</translation>
    </message>
    <message>
        <source>Everything on this laptop will be destroyed and cannot be recovered.</source>
        <translation type="unfinished">Totul de pe acest laptop va fi distrus și nu mai poate fi recuperat.</translation>
    </message>
    <message>
        <source>All reports have been sent. Everything on this laptop will be destroyed.</source>
        <translation type="unfinished">Toate rapoartele au fost trimise. Totul de pe acest laptop va fi distrus.</translation>
    </message>
    <message numerus="yes">
        <source>Not yet sent to the charity: %n report(s). They will be lost. Everything on this laptop will be destroyed.</source>
        <translation type="unfinished">
            <numerusform>Încă netrimis organizației: %n raport. Se va pierde. Totul de pe acest laptop va fi distrus.</numerusform>
            <numerusform>Încă netrimise organizației: %n rapoarte. Se vor pierde. Totul de pe acest laptop va fi distrus.</numerusform>
            <numerusform>Încă netrimise organizației: %n de rapoarte. Se vor pierde. Totul de pe acest laptop va fi distrus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleting everything in %n second(s). Press Cancel to stop.</source>
        <translation type="unfinished">
            <numerusform>Totul se șterge în %n secundă. Apasă Anulează pentru a opri.</numerusform>
            <numerusform>Totul se șterge în %n secunde. Apasă Anulează pentru a opri.</numerusform>
            <numerusform>Totul se șterge în %n de secunde. Apasă Anulează pentru a opri.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SharingFlow</name>
    <message>
        <source>the area “%1” has no server region yet</source>
        <translation type="unfinished">zona „%1” nu are încă o regiune pe server</translation>
    </message>
    <message>
        <source>it has no area</source>
        <translation type="unfinished">nu are zonă</translation>
    </message>
    <message>
        <source>Saved, but not shareable: %1, so a report cannot be sent and no consent was asked. Choose an area, or set the area&apos;s region in Settings → Areas (or `outreach area set-region`), then open the incident again to share it.</source>
        <translation type="unfinished">Salvat, dar nu se poate trimite: %1, așa că nu se poate trimite un raport și nu s-a cerut consimțământul. Alege o zonă sau setează regiunea zonei în Setări → Zone (sau `outreach area set-region`), apoi deschide din nou incidentul pentru a-l trimite.</translation>
    </message>
    <message>
        <source>check the area</source>
        <translation type="unfinished">verifica zona</translation>
    </message>
    <message>
        <source>load the consent</source>
        <translation type="unfinished">încărca consimțământul</translation>
    </message>
    <message>
        <source>Type the initials of the worker recording consent.</source>
        <translation type="unfinished">Scrie inițialele lucrătorului care înregistrează consimțământul.</translation>
    </message>
    <message>
        <source>record consent</source>
        <translation type="unfinished">înregistra consimțământul</translation>
    </message>
    <message>
        <source>Nothing will be shared. The incident stays on this device.</source>
        <translation type="unfinished">Nu se va trimite nimic. Incidentul rămâne pe acest dispozitiv.</translation>
    </message>
    <message>
        <source>prepare the preview</source>
        <translation type="unfinished">pregăti previzualizarea</translation>
    </message>
    <message>
        <source>Removed. This incident was shared, so the new version needs the person&apos;s confirmation before it is sealed.</source>
        <translation type="unfinished">Eliminat. Acest incident a fost trimis, așa că noua versiune are nevoie de confirmarea persoanei înainte de a fi sigilată.</translation>
    </message>
    <message>
        <source>remove it</source>
        <translation type="unfinished">elimina</translation>
    </message>
    <message>
        <source>Sealed. A coordinator reviews it before it is sent.</source>
        <translation type="unfinished">Sigilat. Un coordonator îl verifică înainte de trimitere.</translation>
    </message>
    <message>
        <source>Sealed and queued: it is sent at a random time within the next 15 minutes, so the sending does not show when it was written. Sync now on Review &amp; sync sends it at once.</source>
        <translation type="unfinished">Sigilat și pus la coadă: se trimite la un moment aleatoriu în următoarele 15 minute, ca trimiterea să nu arate când a fost scris. „Sincronizează acum” pe pagina Verificare și sincronizare îl trimite imediat.</translation>
    </message>
    <message>
        <source>It replaces the version sent earlier.</source>
        <translation type="unfinished">Înlocuiește versiunea trimisă mai devreme.</translation>
    </message>
    <message>
        <source>seal the report</source>
        <translation type="unfinished">sigila raportul</translation>
    </message>
    <message>
        <source>Print the withdrawal slip</source>
        <translation type="unfinished">Tipărește bonul de retragere</translation>
    </message>
    <message>
        <source>Slip saved as a PDF.</source>
        <translation type="unfinished">Bonul a fost salvat ca PDF.</translation>
    </message>
    <message>
        <source>The slip could not be saved.</source>
        <translation type="unfinished">Bonul nu a putut fi salvat.</translation>
    </message>
    <message>
        <source>The slip could not be printed.</source>
        <translation type="unfinished">Bonul nu a putut fi tipărit.</translation>
    </message>
    <message>
        <source>Slip sent to the printer.</source>
        <translation type="unfinished">Bonul a fost trimis la imprimantă.</translation>
    </message>
</context>
<context>
    <name>SharingSteps</name>
    <message>
        <source>night</source>
        <translation type="unfinished">noapte</translation>
    </message>
    <message>
        <source>morning</source>
        <translation type="unfinished">dimineață</translation>
    </message>
    <message>
        <source>afternoon</source>
        <translation type="unfinished">după-amiază</translation>
    </message>
    <message>
        <source>evening</source>
        <translation type="unfinished">seară</translation>
    </message>
    <message>
        <source>Format version</source>
        <translation type="unfinished">Versiunea formatului</translation>
    </message>
    <message>
        <source>Report number (random; not linked to this device or the person)</source>
        <translation type="unfinished">Numărul raportului (aleatoriu; nelegat de acest dispozitiv sau de persoană)</translation>
    </message>
    <message>
        <source>Replaces the earlier report</source>
        <translation type="unfinished">Înlocuiește raportul anterior</translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished">Regiune</translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished">Data</translation>
    </message>
    <message>
        <source>Part of the day</source>
        <translation type="unfinished">Momentul zilei</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished">Ce s-a întâmplat</translation>
    </message>
    <message>
        <source>Withdrawal check (a one-way fingerprint of the code, not the code)</source>
        <translation type="unfinished">Verificare pentru retragere (o amprentă unidirecțională a codului, nu codul)</translation>
    </message>
    <message>
        <source>Perpetrator</source>
        <translation type="unfinished">Agresor</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation type="unfinished">Vehicul</translation>
    </message>
    <message>
        <source>Weapon used</source>
        <translation type="unfinished">Armă folosită</translation>
    </message>
    <message>
        <source>Summary (names and numbers taken out)</source>
        <translation type="unfinished">Rezumat (fără nume și numere)</translation>
    </message>
    <message>
        <source>Age band of the person</source>
        <translation type="unfinished">Grupa de vârstă a persoanei</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished">Gen</translation>
    </message>
    <message>
        <source>Hurt</source>
        <translation type="unfinished">Rănită</translation>
    </message>
    <message>
        <source>How badly hurt</source>
        <translation type="unfinished">Cât de grav a fost rănită</translation>
    </message>
    <message>
        <source>Police already told</source>
        <translation type="unfinished">Poliția deja anunțată</translation>
    </message>
    <message>
        <source>Wants police contact through the outreach project</source>
        <translation type="unfinished">Vrea contact cu poliția prin proiectul de teren</translation>
    </message>
    <message>
        <source>Age from</source>
        <translation type="unfinished">Vârsta de la</translation>
    </message>
    <message>
        <source>Age to</source>
        <translation type="unfinished">Vârsta până la</translation>
    </message>
    <message>
        <source>Height</source>
        <translation type="unfinished">Înălțime</translation>
    </message>
    <message>
        <source>Build</source>
        <translation type="unfinished">Constituție</translation>
    </message>
    <message>
        <source>Ethnicity (as described)</source>
        <translation type="unfinished">Etnie (cum a fost descrisă)</translation>
    </message>
    <message>
        <source>Hair</source>
        <translation type="unfinished">Păr</translation>
    </message>
    <message>
        <source>Distinguishing features</source>
        <translation type="unfinished">Semne distinctive</translation>
    </message>
    <message>
        <source>Clothing</source>
        <translation type="unfinished">Îmbrăcăminte</translation>
    </message>
    <message>
        <source>Name used</source>
        <translation type="unfinished">Nume folosit</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation type="unfinished">Numere de telefon</translation>
    </message>
    <message>
        <source>E-mail addresses</source>
        <translation type="unfinished">Adrese de e-mail</translation>
    </message>
    <message>
        <source>Online names</source>
        <translation type="unfinished">Nume online</translation>
    </message>
    <message>
        <source>Website or app</source>
        <translation type="unfinished">Site sau aplicație</translation>
    </message>
    <message>
        <source>Make</source>
        <translation type="unfinished">Marcă</translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished">Model</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished">Culoare</translation>
    </message>
    <message>
        <source>Registration plate</source>
        <translation type="unfinished">Număr de înmatriculare</translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished">da</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished">nu</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation type="unfinished">de la %1 la %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished">de la %1</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation type="unfinished">până la %1</translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished">Vârstă</translation>
    </message>
    <message>
        <source>Sent to the charity:</source>
        <translation type="unfinished">Trimis organizației:</translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation type="unfinished">Pentru: %1</translation>
    </message>
    <message>
        <source>(only that this purpose was agreed)</source>
        <translation type="unfinished">(doar faptul că acest scop a fost acceptat)</translation>
    </message>
    <message>
        <source>Nothing else leaves this device.</source>
        <translation type="unfinished">Nimic altceva nu pleacă de pe acest dispozitiv.</translation>
    </message>
    <message>
        <source>a name or a place?</source>
        <translation type="unfinished">un nume sau un loc?</translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished">un număr</translation>
    </message>
    <message>
        <source>an address or online name (has @)</source>
        <translation type="unfinished">o adresă sau un nume online (conține @)</translation>
    </message>
    <message>
        <source>comes after lives, works, at or flat: a place?</source>
        <translation type="unfinished">vine după „locuiește”, „lucrează”, „la” sau „apartament”: un loc?</translation>
    </message>
    <message>
        <source>height</source>
        <translation type="unfinished">înălțime</translation>
    </message>
    <message>
        <source>ethnicity as described</source>
        <translation type="unfinished">etnie cum a fost descrisă</translation>
    </message>
    <message>
        <source>hair</source>
        <translation type="unfinished">păr</translation>
    </message>
    <message>
        <source>distinguishing features</source>
        <translation type="unfinished">semne distinctive</translation>
    </message>
    <message>
        <source>clothing</source>
        <translation type="unfinished">îmbrăcăminte</translation>
    </message>
    <message>
        <source>name used</source>
        <translation type="unfinished">nume folosit</translation>
    </message>
    <message>
        <source>website or app</source>
        <translation type="unfinished">site sau aplicație</translation>
    </message>
    <message>
        <source>make</source>
        <translation type="unfinished">marcă</translation>
    </message>
    <message>
        <source>model</source>
        <translation type="unfinished">model</translation>
    </message>
    <message>
        <source>colour</source>
        <translation type="unfinished">culoare</translation>
    </message>
    <message>
        <source>the summary</source>
        <translation type="unfinished">rezumatul</translation>
    </message>
    <message>
        <source>perpetrator %1</source>
        <translation type="unfinished">agresorul %1</translation>
    </message>
    <message>
        <source>vehicle %1</source>
        <translation type="unfinished">vehiculul %1</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished">în %1</translation>
    </message>
    <message>
        <source>Might identify: %1 (%2), in %3</source>
        <translation type="unfinished">Ar putea identifica: %1 (%2), în %3</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished">Păstrează</translation>
    </message>
    <message>
        <source>Keep: %1</source>
        <translation type="unfinished">Păstrează: %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished">Elimină</translation>
    </message>
    <message>
        <source>Remove from %1: %2</source>
        <translation type="unfinished">Elimină din %1: %2</translation>
    </message>
</context>
<context>
    <name>ShiftPage</name>
    <message>
        <source>Shift</source>
        <translation type="unfinished">Tură</translation>
    </message>
    <message>
        <source>No shift running.</source>
        <translation type="unfinished">Nicio tură în desfășurare.</translation>
    </message>
    <message>
        <source>Shift state</source>
        <translation type="unfinished">Starea turei</translation>
    </message>
    <message>
        <source>Area (pick one or type a new one)</source>
        <translation type="unfinished">Zona (alege una sau scrie una nouă)</translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished">Zona</translation>
    </message>
    <message>
        <source>Shift mode</source>
        <translation type="unfinished">Modul turei</translation>
    </message>
    <message>
        <source>Staff initials</source>
        <translation type="unfinished">Inițialele echipei</translation>
    </message>
    <message>
        <source>e.g. AB, CD</source>
        <translation type="unfinished">de ex. AB, CD</translation>
    </message>
    <message>
        <source>&amp;Start shift</source>
        <translation type="unfinished">Începe &amp;tura</translation>
    </message>
    <message>
        <source>Start shift</source>
        <translation type="unfinished">Începe tura</translation>
    </message>
    <message>
        <source>E&amp;nd shift</source>
        <translation type="unfinished">Încheie t&amp;ura</translation>
    </message>
    <message>
        <source>End shift</source>
        <translation type="unfinished">Încheie tura</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation type="unfinished">&amp;Zona:</translation>
    </message>
    <message>
        <source>M&amp;ode:</source>
        <translation type="unfinished">&amp;Mod:</translation>
    </message>
    <message>
        <source>Server region of the new area</source>
        <translation type="unfinished">Regiunea de pe server a zonei noi</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation type="unfinished">Re&amp;giune:</translation>
    </message>
    <message>
        <source>&amp;Initials:</source>
        <translation type="unfinished">&amp;Inițiale:</translation>
    </message>
    <message>
        <source>Quick contact (Enter saves)</source>
        <translation type="unfinished">Contact rapid (Enter salvează)</translation>
    </message>
    <message>
        <source>Quick contact</source>
        <translation type="unfinished">Contact rapid</translation>
    </message>
    <message>
        <source>Alias (leave empty for an anonymous contact)</source>
        <translation type="unfinished">Pseudonim (lasă gol pentru un contact anonim)</translation>
    </message>
    <message>
        <source>Alias, or leave empty</source>
        <translation type="unfinished">Pseudonim, sau lasă gol</translation>
    </message>
    <message>
        <source>How the contact happened</source>
        <translation type="unfinished">Cum a avut loc contactul</translation>
    </message>
    <message>
        <source>%1 handed out</source>
        <translation type="unfinished">%1 oferite</translation>
    </message>
    <message>
        <source>Referred to %1</source>
        <translation type="unfinished">Îndrumat către %1</translation>
    </message>
    <message>
        <source>Note (stays on this device)</source>
        <translation type="unfinished">Notă (rămâne pe acest dispozitiv)</translation>
    </message>
    <message>
        <source>A short note (stays on this device)</source>
        <translation type="unfinished">O notă scurtă (rămâne pe acest dispozitiv)</translation>
    </message>
    <message>
        <source>Save contact</source>
        <translation type="unfinished">Salvează contactul</translation>
    </message>
    <message>
        <source>Quick contact message</source>
        <translation type="unfinished">Mesaj despre contactul rapid</translation>
    </message>
    <message>
        <source>A&amp;lias:</source>
        <translation type="unfinished">&amp;Pseudonim:</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation type="unfinished">C&amp;um:</translation>
    </message>
    <message>
        <source>Supplies:</source>
        <translation type="unfinished">Materiale:</translation>
    </message>
    <message>
        <source>Referrals:</source>
        <translation type="unfinished">Îndrumări:</translation>
    </message>
    <message>
        <source>No&amp;te:</source>
        <translation type="unfinished">&amp;Notă:</translation>
    </message>
    <message>
        <source>Shift tally</source>
        <translation type="unfinished">Totalul turei</translation>
    </message>
    <message>
        <source>This shift&apos;s contacts (Enter edits the selected one)</source>
        <translation type="unfinished">Contactele acestei ture (Enter editează contactul selectat)</translation>
    </message>
    <message>
        <source>&amp;Undo last contact</source>
        <translation type="unfinished">&amp;Anulează ultimul contact</translation>
    </message>
    <message>
        <source>Undo the last contact saved here (Ctrl+Z)</source>
        <translation type="unfinished">Anulează ultimul contact salvat aici (Ctrl+Z)</translation>
    </message>
    <message>
        <source>This shift so far</source>
        <translation type="unfinished">Tura de până acum</translation>
    </message>
    <message>
        <source>load the shift</source>
        <translation type="unfinished">încărca tura</translation>
    </message>
    <message>
        <source>No region (not shareable)</source>
        <translation type="unfinished">Fără regiune (nu se poate trimite)</translation>
    </message>
    <message>
        <source>A contact you had started before the lock was restored.</source>
        <translation type="unfinished">Un contact început înainte de blocare a fost restaurat.</translation>
    </message>
    <message>
        <source>No shift running. Contacts can still be logged.</source>
        <translation type="unfinished">Nicio tură în desfășurare. Contactele pot fi totuși înregistrate.</translation>
    </message>
    <message>
        <source>Shift running since %1 — %2, %3, %4</source>
        <translation type="unfinished">Tură în desfășurare din %1 — %2, %3, %4</translation>
    </message>
    <message>
        <source>no area</source>
        <translation type="unfinished">fără zonă</translation>
    </message>
    <message>
        <source>%1 contacts</source>
        <translation type="unfinished">%1 contacte</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation type="unfinished">%1 persoane</translation>
    </message>
    <message>
        <source>%1 referrals</source>
        <translation type="unfinished">%1 îndrumări</translation>
    </message>
    <message>
        <source>Type the staff initials to start a shift.</source>
        <translation type="unfinished">Scrie inițialele echipei pentru a începe o tură.</translation>
    </message>
    <message>
        <source>start the shift</source>
        <translation type="unfinished">începe tura</translation>
    </message>
    <message>
        <source>Shift ended.</source>
        <translation type="unfinished">Tura s-a încheiat.</translation>
    </message>
    <message>
        <source>end the shift</source>
        <translation type="unfinished">încheia tura</translation>
    </message>
    <message>
        <source>Nothing to save: type an alias, a note, supplies or a referral first.</source>
        <translation type="unfinished">Nimic de salvat: scrie mai întâi un pseudonim, o notă, materiale sau o îndrumare.</translation>
    </message>
    <message>
        <source>save the contact</source>
        <translation type="unfinished">salva contactul</translation>
    </message>
    <message>
        <source>Saved. %1 contacts this shift.</source>
        <translation type="unfinished">Salvat. %1 contacte în această tură.</translation>
    </message>
    <message>
        <source>Saved (no shift running).</source>
        <translation type="unfinished">Salvat (nicio tură în desfășurare).</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation type="unfinished">anonim</translation>
    </message>
    <message>
        <source>That contact was already deleted.</source>
        <translation type="unfinished">Acel contact a fost deja șters.</translation>
    </message>
    <message>
        <source>Contact removed. Its details are back in the form.</source>
        <translation type="unfinished">Contact eliminat. Detaliile lui sunt din nou în formular.</translation>
    </message>
    <message>
        <source>undo the contact</source>
        <translation type="unfinished">anula contactul</translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <source>Statistics</source>
        <translation type="unfinished">Statistici</translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished">De la</translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished">Până la</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished">&amp;Arată</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished">Exportă &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation type="unfinished">Exportă &amp;PDF…</translation>
    </message>
    <message>
        <source>Statistics status</source>
        <translation type="unfinished">Starea statisticilor</translation>
    </message>
    <message>
        <source>Contacts by month and area</source>
        <translation type="unfinished">Contacte pe lună și zonă</translation>
    </message>
    <message>
        <source>Contacts by month and shift mode</source>
        <translation type="unfinished">Contacte pe lună și mod de tură</translation>
    </message>
    <message>
        <source>Contacts by week</source>
        <translation type="unfinished">Contacte pe săptămână</translation>
    </message>
    <message>
        <source>Unique people seen by month</source>
        <translation type="unfinished">Persoane unice văzute pe lună</translation>
    </message>
    <message>
        <source>Supplies by month and kind</source>
        <translation type="unfinished">Materiale pe lună și tip</translation>
    </message>
    <message>
        <source>Referrals by month and kind</source>
        <translation type="unfinished">Îndrumări pe lună și tip</translation>
    </message>
    <message>
        <source>Incidents by month and type</source>
        <translation type="unfinished">Incidente pe lună și tip</translation>
    </message>
    <message>
        <source>Reports shared and withdrawn</source>
        <translation type="unfinished">Rapoarte trimise și retrase</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished">Contacte</translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished">Persoane</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation type="unfinished">Trimise</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished">Retras</translation>
    </message>
    <message>
        <source>%1 contacts, %2 people seen, %3 incidents in this period.</source>
        <translation type="unfinished">%1 contacte, %2 persoane văzute, %3 incidente în această perioadă.</translation>
    </message>
    <message>
        <source>No shift</source>
        <translation type="unfinished">Fără tură</translation>
    </message>
    <message>
        <source>Exporting the statistics…</source>
        <translation type="unfinished">Se exportă statisticile…</translation>
    </message>
    <message>
        <source>Exported %1 tables to %2 (%3 small counts hidden).</source>
        <translation type="unfinished">Au fost exportate %1 tabele în %2 (%3 valori mici ascunse).</translation>
    </message>
    <message>
        <source>Export cancelled. Nothing was written.</source>
        <translation type="unfinished">Export anulat. Nu s-a scris nimic.</translation>
    </message>
    <message>
        <source>That did not work.</source>
        <translation type="unfinished">Nu a funcționat.</translation>
    </message>
    <message>
        <source>Export statistics</source>
        <translation type="unfinished">Exportă statisticile</translation>
    </message>
</context>
<context>
    <name>StoryStep</name>
    <message>
        <source>What happened, in their words (stays on this device)</source>
        <translation type="unfinished">Ce s-a întâmplat, în cuvintele persoanei (rămâne pe acest dispozitiv)</translation>
    </message>
    <message>
        <source>Alert summary (written for sharing)</source>
        <translation type="unfinished">Rezumatul alertei (scris pentru trimitere)</translation>
    </message>
    <message>
        <source>What happened, in their words — stays on this device:</source>
        <translation type="unfinished">Ce s-a întâmplat, în cuvintele persoanei — rămâne pe acest dispozitiv:</translation>
    </message>
    <message>
        <source>Alert summary — written for sharing:</source>
        <translation type="unfinished">Rezumatul alertei — scris pentru trimitere:</translation>
    </message>
    <message>
        <source>Write it for other sex workers to read. Names, numbers, addresses and plates are taken out automatically; check the preview before anything is sealed.</source>
        <translation type="unfinished">Scrie-l ca să fie citit de alți lucrători sexuali. Numele, numerele, adresele și plăcuțele sunt scoase automat; verifică previzualizarea înainte să fie sigilat ceva.</translation>
    </message>
</context>
<context>
    <name>SubscribeDialog</name>
    <message>
        <source>Text message</source>
        <translation type="unfinished">Mesaj text</translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished">E-mail</translation>
    </message>
    <message>
        <source>Sign someone up for warnings</source>
        <translation type="unfinished">Înscrie pe cineva pentru avertizări</translation>
    </message>
    <message>
        <source>Their number or address</source>
        <translation type="unfinished">Numărul sau adresa persoanei</translation>
    </message>
    <message>
        <source>Language of their messages</source>
        <translation type="unfinished">Limba mesajelor primite</translation>
    </message>
    <message>
        <source>Discreet wording (nothing on a lock screen gives it away)</source>
        <translation type="unfinished">Formulare discretă (nimic pe ecranul de blocare nu dezvăluie)</translation>
    </message>
    <message>
        <source>They agreed to get these messages</source>
        <translation type="unfinished">Persoana a fost de acord să primească aceste mesaje</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Stare</translation>
    </message>
    <message>
        <source>&amp;Sign up</source>
        <translation type="unfinished">Î&amp;nscrie</translation>
    </message>
    <message>
        <source>Send the sign-up to the server</source>
        <translation type="unfinished">Trimite înscrierea la server</translation>
    </message>
    <message>
        <source>Send by:</source>
        <translation type="unfinished">Trimite prin:</translation>
    </message>
    <message>
        <source>Number or address:</source>
        <translation type="unfinished">Număr sau adresă:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished">Limbă:</translation>
    </message>
    <message>
        <source>Areas:</source>
        <translation type="unfinished">Zone:</translation>
    </message>
    <message>
        <source>The address goes straight to the charity&apos;s server; it is not kept here.</source>
        <translation type="unfinished">Adresa merge direct la serverul organizației; nu este păstrată aici.</translation>
    </message>
    <message>
        <source>Tick that they agreed first. Nothing was sent.</source>
        <translation type="unfinished">Bifează mai întâi că persoana a fost de acord. Nu s-a trimis nimic.</translation>
    </message>
    <message>
        <source>Pick at least one area. Nothing was sent.</source>
        <translation type="unfinished">Alege cel puțin o zonă. Nu s-a trimis nimic.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished">Se trimite…</translation>
    </message>
    <message>
        <source>Signed up: they will get a welcome message with a link to stop.</source>
        <translation type="unfinished">Înscris: persoana va primi un mesaj de bun venit cu un link pentru oprire.</translation>
    </message>
</context>
<context>
    <name>SyncBridge</name>
    <message numerus="yes">
        <source>%n new or updated alert(s).</source>
        <translation type="unfinished">
            <numerusform>%n alertă nouă sau actualizată.</numerusform>
            <numerusform>%n alerte noi sau actualizate.</numerusform>
            <numerusform>%n de alerte noi sau actualizate.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not linked to a server.</source>
        <translation type="unfinished">Nelegat la un server.</translation>
    </message>
    <message>
        <source>This laptop must be linked again: %1</source>
        <translation type="unfinished">Acest laptop trebuie legat din nou: %1</translation>
    </message>
    <message>
        <source>Linked to %1 at %2.</source>
        <translation type="unfinished">Legat la %1 la %2.</translation>
    </message>
    <message>
        <source>an organisation</source>
        <translation type="unfinished">o organizație</translation>
    </message>
</context>
<context>
    <name>TaskProgress</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Anulează</translation>
    </message>
    <message>
        <source>Outreach</source>
        <translation type="unfinished">Outreach</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished">Se anulează…</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>Outreach is locked</source>
        <translation type="unfinished">Outreach este blocat</translation>
    </message>
    <message>
        <source>Enter your passphrase to open the records.</source>
        <translation type="unfinished">Introdu fraza de acces pentru a deschide înregistrările.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished">Fraza de acces</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished">&amp;Deblochează</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished">Deblochează</translation>
    </message>
    <message>
        <source>Unlock message</source>
        <translation type="unfinished">Mesaj de deblocare</translation>
    </message>
    <message>
        <source>Time until the next attempt</source>
        <translation type="unfinished">Timp până la următoarea încercare</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation type="unfinished">Scrie mai întâi fraza de acces.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation type="unfinished">Se deblochează…</translation>
    </message>
    <message numerus="yes">
        <source>You can try again in %n second(s).</source>
        <translation type="unfinished">
            <numerusform>Poți încerca din nou în %n secundă.</numerusform>
            <numerusform>Poți încerca din nou în %n secunde.</numerusform>
            <numerusform>Poți încerca din nou în %n de secunde.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VaultActions</name>
    <message>
        <source>Changing the passphrase…</source>
        <translation type="unfinished">Se schimbă fraza de acces…</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation type="unfinished">Fraza de acces a fost schimbată.</translation>
    </message>
    <message>
        <source>The passphrase was not changed: %1</source>
        <translation type="unfinished">Fraza de acces nu a fost schimbată: %1</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation type="unfinished">Se scrie copia de rezervă…</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation type="unfinished">Copia de rezervă a eșuat: %1</translation>
    </message>
    <message>
        <source>Backup written. It is encrypted with the current passphrase.</source>
        <translation type="unfinished">Copie de rezervă scrisă. Este criptată cu fraza de acces actuală.</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished">Restaurează dintr-o copie de rezervă</translation>
    </message>
    <message>
        <source>Outreach backups (*.obk)</source>
        <translation type="unfinished">Copii de rezervă Outreach (*.obk)</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation type="unfinished">Se restaurează copia de rezervă…</translation>
    </message>
    <message>
        <source>The backup was restored. Unlock it with its passphrase.</source>
        <translation type="unfinished">Copia de rezervă a fost restaurată. Deblocheaz-o cu fraza ei de acces.</translation>
    </message>
    <message>
        <source>The backup was not restored: %1</source>
        <translation type="unfinished">Copia de rezervă nu a fost restaurată: %1</translation>
    </message>
    <message>
        <source>Files Outreach saved outside the vault (exports, backups, PDFs) were not looked for: their list is inside the vault, and it was not unlocked since Outreach started. Delete them yourself.</source>
        <translation type="unfinished">Fișierele salvate de Outreach în afara seifului (exporturi, copii de rezervă, PDF-uri) nu au fost căutate: lista lor este în seif, iar acesta nu a fost deblocat de când a pornit Outreach. Șterge-le tu.</translation>
    </message>
    <message numerus="yes">
        <source>Also destroyed: %n file(s) saved outside the vault.</source>
        <translation type="unfinished">
            <numerusform>Distrus și: %n fișier salvat în afara seifului.</numerusform>
            <numerusform>Distruse și: %n fișiere salvate în afara seifului.</numerusform>
            <numerusform>Distruse și: %n de fișiere salvate în afara seifului.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not destroy %1: %2.</source>
        <translation type="unfinished">Nu s-a putut distruge %1: %2.</translation>
    </message>
    <message>
        <source>Quick delete did not finish: %1</source>
        <translation type="unfinished">Ștergerea rapidă nu s-a terminat: %1</translation>
    </message>
</context>
<context>
    <name>VehicleEditor</name>
    <message>
        <source>Make</source>
        <translation type="unfinished">Marcă</translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished">Model</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished">Culoare</translation>
    </message>
    <message>
        <source>Registration plate (part is fine)</source>
        <translation type="unfinished">Număr de înmatriculare (și o parte e bine)</translation>
    </message>
    <message>
        <source>Vehicle: %1</source>
        <translation type="unfinished">Vehicul: %1</translation>
    </message>
</context>
<context>
    <name>WhatStep</name>
    <message>
        <source>What happened (tick all that apply)</source>
        <translation type="unfinished">Ce s-a întâmplat (bifează tot ce se potrivește)</translation>
    </message>
    <message>
        <source>Alias of the person harmed (empty: not recorded)</source>
        <translation type="unfinished">Pseudonimul persoanei vătămate (gol: neînregistrat)</translation>
    </message>
    <message>
        <source>Age band of the person</source>
        <translation type="unfinished">Grupa de vârstă a persoanei</translation>
    </message>
    <message>
        <source>Gender of the person</source>
        <translation type="unfinished">Genul persoanei</translation>
    </message>
    <message>
        <source>Worker initials</source>
        <translation type="unfinished">Inițialele lucrătorului</translation>
    </message>
    <message>
        <source>Injury</source>
        <translation type="unfinished">Rănire</translation>
    </message>
    <message>
        <source>Injury notes (stay on this device)</source>
        <translation type="unfinished">Note despre răni (rămân pe acest dispozitiv)</translation>
    </message>
    <message>
        <source>A weapon was used</source>
        <translation type="unfinished">A fost folosită o armă</translation>
    </message>
    <message>
        <source>Weapon (stays on this device)</source>
        <translation type="unfinished">Arma (rămâne pe acest dispozitiv)</translation>
    </message>
    <message>
        <source>The police have already been told</source>
        <translation type="unfinished">Poliția a fost deja anunțată</translation>
    </message>
    <message>
        <source>A&amp;lias:</source>
        <translation type="unfinished">&amp;Pseudonim:</translation>
    </message>
    <message>
        <source>Age band, gender:</source>
        <translation type="unfinished">Grupa de vârstă, genul:</translation>
    </message>
    <message>
        <source>Worker &amp;initials:</source>
        <translation type="unfinished">&amp;Inițialele lucrătorului:</translation>
    </message>
    <message>
        <source>In&amp;jury:</source>
        <translation type="unfinished">&amp;Răni:</translation>
    </message>
    <message>
        <source>Injury notes (stay here):</source>
        <translation type="unfinished">Note despre răni (rămân aici):</translation>
    </message>
</context>
<context>
    <name>WhenStep</name>
    <message>
        <source>When it happened</source>
        <translation type="unfinished">Când s-a întâmplat</translation>
    </message>
    <message>
        <source>&amp;Approximately</source>
        <translation type="unfinished">&amp;Aproximativ</translation>
    </message>
    <message>
        <source>The time is approximate</source>
        <translation type="unfinished">Ora este aproximativă</translation>
    </message>
    <message>
        <source>How well the time is known</source>
        <translation type="unfinished">Cât de bine se știe ora</translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished">Zona</translation>
    </message>
    <message>
        <source>Where exactly (stays on this device)</source>
        <translation type="unfinished">Unde exact (rămâne pe acest dispozitiv)</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation type="unfinished">&amp;Când:</translation>
    </message>
    <message>
        <source>A&amp;rea:</source>
        <translation type="unfinished">&amp;Zona:</translation>
    </message>
    <message>
        <source>Where exactly
(stays on this device):</source>
        <translation type="unfinished">Unde exact
(rămâne pe acest dispozitiv):</translation>
    </message>
    <message>
        <source>No area</source>
        <translation type="unfinished">Fără zonă</translation>
    </message>
</context>
<context>
    <name>WhoStep</name>
    <message>
        <source>Perpetrator</source>
        <translation type="unfinished">Agresor</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation type="unfinished">Vehicul</translation>
    </message>
    <message>
        <source>Perpetrators</source>
        <translation type="unfinished">Agresori</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation type="unfinished">Vehicule</translation>
    </message>
</context>
</TS>
