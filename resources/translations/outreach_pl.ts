<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
<context>
    <name>AlertModels</name>
    <message>
        <source>aged %1-%2</source>
        <translation type="unfinished">wiek %1-%2</translation>
    </message>
    <message>
        <source>uses the name %1</source>
        <translation type="unfinished">używa imienia %1</translation>
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
        <translation type="unfinished">w sieci %1</translation>
    </message>
    <message>
        <source>plate %1</source>
        <translation type="unfinished">tablica %1</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished">Wydano</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation type="unfinished">Alert</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished">Co się stało</translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished">Region</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished">Ważny do</translation>
    </message>
    <message>
        <source>NEW: </source>
        <translation type="unfinished">NOWE: </translation>
    </message>
</context>
<context>
    <name>AlertsPage</name>
    <message>
        <source>Alerts</source>
        <translation type="unfinished">Alerty</translation>
    </message>
    <message>
        <source>When alerts were last fetched</source>
        <translation type="unfinished">Kiedy ostatnio pobrano alerty</translation>
    </message>
    <message>
        <source>Show alerts for area</source>
        <translation type="unfinished">Pokaż alerty dla obszaru</translation>
    </message>
    <message>
        <source>&amp;Save handout as PDF…</source>
        <translation type="unfinished">&amp;Zapisz ulotkę jako PDF…</translation>
    </message>
    <message>
        <source>Save the alerts handout as PDF</source>
        <translation type="unfinished">Zapisz ulotkę z alertami jako PDF</translation>
    </message>
    <message>
        <source>&amp;Print handout…</source>
        <translation type="unfinished">&amp;Drukuj ulotkę…</translation>
    </message>
    <message>
        <source>Print the alerts handout</source>
        <translation type="unfinished">Drukuj ulotkę z alertami</translation>
    </message>
    <message>
        <source>Sign &amp;up for warnings…</source>
        <translation type="unfinished">Zapisz na ost&amp;rzeżenia…</translation>
    </message>
    <message>
        <source>Sign a person up to get warnings themselves</source>
        <translation type="unfinished">Zapisz osobę, aby sama dostawała ostrzeżenia</translation>
    </message>
    <message>
        <source>Language of the handout</source>
        <translation type="unfinished">Język ulotki</translation>
    </message>
    <message>
        <source>Second language printed beside it</source>
        <translation type="unfinished">Drugi język drukowany obok</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished">(brak)</translation>
    </message>
    <message>
        <source>Current alerts</source>
        <translation type="unfinished">Bieżące alerty</translation>
    </message>
    <message>
        <source>Selected alert</source>
        <translation type="unfinished">Wybrany alert</translation>
    </message>
    <message>
        <source>Alerts message</source>
        <translation type="unfinished">Komunikat o alertach</translation>
    </message>
    <message>
        <source>Alerts refused for a bad signature</source>
        <translation type="unfinished">Alerty odrzucone z powodu złego podpisu</translation>
    </message>
    <message>
        <source>Check a phone number, plate, e-mail address or online name</source>
        <translation type="unfinished">Sprawdź numer telefonu, tablicę rejestracyjną, adres e-mail lub nazwę w sieci</translation>
    </message>
    <message>
        <source>Check a phone number, plate, e-mail or online name (any format)</source>
        <translation type="unfinished">Sprawdź numer telefonu, tablicę, e-mail lub nazwę w sieci (dowolny format)</translation>
    </message>
    <message>
        <source>Chec&amp;k</source>
        <translation type="unfinished">&amp;Sprawdź</translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished">Sprawdź</translation>
    </message>
    <message>
        <source>Check results</source>
        <translation type="unfinished">Wyniki sprawdzenia</translation>
    </message>
    <message>
        <source>Page message</source>
        <translation type="unfinished">Komunikat strony</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation type="unfinished">&amp;Obszar:</translation>
    </message>
    <message>
        <source>Handout in &amp;language:</source>
        <translation type="unfinished">Ulotka w &amp;języku:</translation>
    </message>
    <message>
        <source>side by side &amp;with:</source>
        <translation type="unfinished">obok &amp;w języku:</translation>
    </message>
    <message>
        <source>CHECK before meeting someone:</source>
        <translation type="unfinished">SPRAWDŹ przed spotkaniem z kimś:</translation>
    </message>
    <message>
        <source>load the alerts</source>
        <translation type="unfinished">wczytać alertów</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation type="unfinished">Wszystkie obszary</translation>
    </message>
    <message>
        <source>Last fetched %1</source>
        <translation type="unfinished">Ostatnio pobrano %1</translation>
    </message>
    <message>
        <source>Never fetched</source>
        <translation type="unfinished">Nigdy nie pobrano</translation>
    </message>
    <message>
        <source>save the handout languages</source>
        <translation type="unfinished">zapisać języków ulotki</translation>
    </message>
    <message>
        <source>No current alerts for this area.</source>
        <translation type="unfinished">Brak bieżących alertów dla tego obszaru.</translation>
    </message>
    <message numerus="yes">
        <source>%n current alert(s), newest first.</source>
        <translation type="unfinished">
            <numerusform>%n bieżący alert, najnowsze najpierw.</numerusform>
            <numerusform>%n bieżące alerty, najnowsze najpierw.</numerusform>
            <numerusform>%n bieżących alertów, najnowsze najpierw.</numerusform>
        </translation>
    </message>
    <message>
        <source>Alert</source>
        <translation type="unfinished">Alert</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished">Wydano</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished">Ważny do</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished">Co się stało</translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished">Szczegóły</translation>
    </message>
    <message>
        <source>Perpetrators</source>
        <translation type="unfinished">Sprawcy</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation type="unfinished">Pojazdy</translation>
    </message>
    <message>
        <source>check</source>
        <translation type="unfinished">sprawdzić</translation>
    </message>
    <message>
        <source>ALERT</source>
        <translation type="unfinished">ALERT</translation>
    </message>
    <message>
        <source>Our record</source>
        <translation type="unfinished">Nasz zapis</translation>
    </message>
    <message>
        <source>Nothing known about “%1”. That does not mean they are safe.</source>
        <translation type="unfinished">Nic nie wiadomo o „%1”. To nie znaczy, że ta osoba jest bezpieczna.</translation>
    </message>
    <message>
        <source>all areas</source>
        <translation type="unfinished">wszystkie obszary</translation>
    </message>
    <message>
        <source>Preparing the handout…</source>
        <translation type="unfinished">Przygotowywanie ulotki…</translation>
    </message>
    <message>
        <source>Handout cancelled. Nothing was saved.</source>
        <translation type="unfinished">Anulowano ulotkę. Nic nie zapisano.</translation>
    </message>
    <message>
        <source>Handout saved.</source>
        <translation type="unfinished">Ulotka zapisana.</translation>
    </message>
    <message>
        <source>save the handout</source>
        <translation type="unfinished">zapisać ulotki</translation>
    </message>
    <message>
        <source>Save the alerts handout</source>
        <translation type="unfinished">Zapisz ulotkę z alertami</translation>
    </message>
    <message>
        <source>Printing the handout…</source>
        <translation type="unfinished">Drukowanie ulotki…</translation>
    </message>
    <message>
        <source>Handout sent to the printer.</source>
        <translation type="unfinished">Ulotka wysłana do drukarki.</translation>
    </message>
    <message>
        <source>Printing cancelled.</source>
        <translation type="unfinished">Anulowano drukowanie.</translation>
    </message>
    <message>
        <source>The printer could not be used.</source>
        <translation type="unfinished">Nie udało się użyć drukarki.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Anuluj</translation>
    </message>
</context>
<context>
    <name>AppStatusBar</name>
    <message>
        <source>Connection</source>
        <translation type="unfinished">Połączenie</translation>
    </message>
    <message>
        <source>Reports waiting</source>
        <translation type="unfinished">Raporty czekające</translation>
    </message>
    <message>
        <source>Reports that need attention</source>
        <translation type="unfinished">Raporty wymagające uwagi</translation>
    </message>
    <message>
        <source>Reports waiting for review</source>
        <translation type="unfinished">Raporty czekające na przegląd</translation>
    </message>
    <message>
        <source>Reports a coordinator must approve before they are sent (Review and sync page)</source>
        <translation type="unfinished">Raporty, które koordynator musi zatwierdzić przed wysłaniem (strona Przegląd i synchronizacja)</translation>
    </message>
    <message>
        <source>Restored drafts</source>
        <translation type="unfinished">Przywrócone szkice</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation type="unfinished">Ostatnia synchronizacja</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished">Blokada</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation type="unfinished">Zablokuj teraz</translation>
    </message>
    <message>
        <source>Lock now (Ctrl+L). Panic: Ctrl+Shift+L locks and hides.</source>
        <translation type="unfinished">Zablokuj teraz (Ctrl+L). Panika: Ctrl+Shift+L blokuje i ukrywa.</translation>
    </message>
    <message numerus="yes">
        <source>%n awaiting review</source>
        <translation type="unfinished">
            <numerusform>%n czeka na przegląd</numerusform>
            <numerusform>%n czekają na przegląd</numerusform>
            <numerusform>%n czeka na przegląd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unfinished form(s) restored</source>
        <translation type="unfinished">
            <numerusform>Przywrócono %n niedokończony formularz</numerusform>
            <numerusform>Przywrócono %n niedokończone formularze</numerusform>
            <numerusform>Przywrócono %n niedokończonych formularzy</numerusform>
        </translation>
    </message>
    <message>
        <source>Not linked to a server</source>
        <translation type="unfinished">Niepołączone z serwerem</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished">Synchronizacja…</translation>
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
        <translation type="unfinished">Jeszcze nie zsynchronizowano</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation type="unfinished">
            <numerusform>%n czeka</numerusform>
            <numerusform>%n czekają</numerusform>
            <numerusform>%n czeka</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need attention</source>
        <translation type="unfinished">
            <numerusform>%n wymaga uwagi</numerusform>
            <numerusform>%n wymagają uwagi</numerusform>
            <numerusform>%n wymaga uwagi</numerusform>
        </translation>
    </message>
    <message>
        <source>Last sync: never</source>
        <translation type="unfinished">Ostatnia synchronizacja: nigdy</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation type="unfinished">Ostatnia synchronizacja: %1</translation>
    </message>
</context>
<context>
    <name>AreasSection</name>
    <message>
        <source>Areas</source>
        <translation type="unfinished">Obszary</translation>
    </message>
    <message>
        <source>Areas and their server regions</source>
        <translation type="unfinished">Obszary i ich regiony na serwerze</translation>
    </message>
    <message>
        <source>Server region for the selected area</source>
        <translation type="unfinished">Region na serwerze dla wybranego obszaru</translation>
    </message>
    <message>
        <source>Set &amp;region</source>
        <translation type="unfinished">Ustaw &amp;region</translation>
    </message>
    <message>
        <source>Set the selected area&apos;s region</source>
        <translation type="unfinished">Ustaw region wybranego obszaru</translation>
    </message>
    <message>
        <source>Areas message</source>
        <translation type="unfinished">Komunikat o obszarach</translation>
    </message>
    <message>
        <source>Reports can be shared only from an area with a server region. Regions come from the server when the device is linked and at every sync.</source>
        <translation type="unfinished">Raporty można udostępniać tylko z obszaru, który ma region na serwerze. Regiony przychodzą z serwera przy połączeniu urządzenia i przy każdej synchronizacji.</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation type="unfinished">Re&amp;gion:</translation>
    </message>
    <message>
        <source>load the areas</source>
        <translation type="unfinished">wczytać obszarów</translation>
    </message>
    <message>
        <source>No region (not shareable)</source>
        <translation type="unfinished">Bez regionu (nie do udostępnienia)</translation>
    </message>
    <message>
        <source>no region: not shareable</source>
        <translation type="unfinished">bez regionu: nie do udostępnienia</translation>
    </message>
    <message>
        <source>No server regions yet: link this device to a server, or sync.</source>
        <translation type="unfinished">Brak jeszcze regionów z serwera: połącz to urządzenie z serwerem lub zsynchronizuj.</translation>
    </message>
    <message>
        <source>Region saved.</source>
        <translation type="unfinished">Region zapisany.</translation>
    </message>
    <message>
        <source>set the region</source>
        <translation type="unfinished">ustawić regionu</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Audit log</source>
        <translation type="unfinished">Dziennik audytu</translation>
    </message>
    <message>
        <source>Only coordinators can see the audit log.</source>
        <translation type="unfinished">Tylko koordynatorzy mogą zobaczyć dziennik audytu.</translation>
    </message>
    <message>
        <source>&amp;Verify the log</source>
        <translation type="unfinished">&amp;Zweryfikuj dziennik</translation>
    </message>
    <message>
        <source>Verification result</source>
        <translation type="unfinished">Wynik weryfikacji</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation type="unfinished">Wpisy audytu</translation>
    </message>
    <message>
        <source>The log is intact: %1 entries.</source>
        <translation type="unfinished">Dziennik jest nienaruszony: wpisów: %1.</translation>
    </message>
    <message>
        <source>(Not yet compared with the server: entries cut off the end show after a sync.)</source>
        <translation type="unfinished">(Jeszcze nie porównano z serwerem: wpisy odcięte z końca pokażą się po synchronizacji.)</translation>
    </message>
    <message>
        <source>The log was changed:</source>
        <translation type="unfinished">Dziennik został zmieniony:</translation>
    </message>
    <message>
        <source>That did not work.</source>
        <translation type="unfinished">To się nie udało.</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation type="unfinished">Zmień hasło</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation type="unfinished">Obecne hasło</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished">Nowe hasło</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation type="unfinished">Powtórz nowe hasło</translation>
    </message>
    <message>
        <source>Passphrase feedback</source>
        <translation type="unfinished">Informacja o haśle</translation>
    </message>
    <message>
        <source>Show the new passphrase</source>
        <translation type="unfinished">Pokaż nowe hasło</translation>
    </message>
    <message>
        <source>&amp;Suggest</source>
        <translation type="unfinished">&amp;Zaproponuj</translation>
    </message>
    <message>
        <source>Suggest a passphrase of random words</source>
        <translation type="unfinished">Zaproponuj hasło z losowych słów</translation>
    </message>
    <message>
        <source>About the team&apos;s passphrases</source>
        <translation type="unfinished">O hasłach zespołu</translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished">Błąd</translation>
    </message>
    <message>
        <source>C&amp;urrent:</source>
        <translation type="unfinished">&amp;Obecne:</translation>
    </message>
    <message>
        <source>&amp;New:</source>
        <translation type="unfinished">&amp;Nowe:</translation>
    </message>
    <message>
        <source>&amp;Repeat new:</source>
        <translation type="unfinished">&amp;Powtórz nowe:</translation>
    </message>
    <message>
        <source>The records stay as they are; only the passphrase that opens them changes.</source>
        <translation type="unfinished">Zapisy zostają bez zmian; zmienia się tylko hasło, które je otwiera.</translation>
    </message>
    <message>
        <source>Six random words are shown. Write them down somewhere safe before you press OK.</source>
        <translation type="unfinished">Pokazano sześć losowych słów. Zapisz je w bezpiecznym miejscu, zanim naciśniesz OK.</translation>
    </message>
    <message>
        <source>Strong enough.</source>
        <translation type="unfinished">Wystarczająco silne.</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>%1 table</source>
        <translation type="unfinished">Tabela: %1</translation>
    </message>
</context>
<context>
    <name>ConsentStep</name>
    <message>
        <source>Read each purpose to the person in these words. They decide each one separately; saying no to all of them is fine and changes nothing about the support they get.</source>
        <translation type="unfinished">Przeczytaj osobie każdy cel tymi słowami. Osoba decyduje o każdym osobno; odmowa wszystkich jest w porządku i nie zmienia niczego we wsparciu, które otrzymuje.</translation>
    </message>
    <message>
        <source>What is shared: %1</source>
        <translation type="unfinished">Co jest udostępniane: %1</translation>
    </message>
    <message>
        <source>Cannot be undone: %1</source>
        <translation type="unfinished">Nie da się cofnąć: %1</translation>
    </message>
    <message>
        <source>Yes, share this</source>
        <translation type="unfinished">Tak, udostępnij</translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished">Nie</translation>
    </message>
    <message>
        <source>Yes to: %1</source>
        <translation type="unfinished">Tak dla: %1</translation>
    </message>
    <message>
        <source>No to: %1</source>
        <translation type="unfinished">Nie dla: %1</translation>
    </message>
    <message>
        <source>Said out loud (verbal)</source>
        <translation type="unfinished">Powiedziane na głos (ustnie)</translation>
    </message>
    <message>
        <source>Signed or written</source>
        <translation type="unfinished">Podpisane lub na piśmie</translation>
    </message>
    <message>
        <source>How consent was given</source>
        <translation type="unfinished">Jak wyrażono zgodę</translation>
    </message>
    <message>
        <source>Initials of the worker recording consent</source>
        <translation type="unfinished">Inicjały pracownika zapisującego zgodę</translation>
    </message>
    <message>
        <source>&amp;How given:</source>
        <translation type="unfinished">&amp;Jak wyrażono:</translation>
    </message>
    <message>
        <source>Recorded &amp;by:</source>
        <translation type="unfinished">Zapisał(a) &amp;kto:</translation>
    </message>
    <message>
        <source>Consent status</source>
        <translation type="unfinished">Stan zgody</translation>
    </message>
    <message>
        <source>&amp;Record consent</source>
        <translation type="unfinished">Z&amp;apisz zgodę</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation type="unfinished">Zapisz zgodę</translation>
    </message>
    <message>
        <source>Nothing is shared — &amp;finish</source>
        <translation type="unfinished">Nic nie jest udostępniane — &amp;zakończ</translation>
    </message>
    <message>
        <source>Finish without sharing anything</source>
        <translation type="unfinished">Zakończ bez udostępniania czegokolwiek</translation>
    </message>
    <message>
        <source>&amp;Next: what will be shared</source>
        <translation type="unfinished">&amp;Dalej: co zostanie udostępnione</translation>
    </message>
    <message>
        <source>Show what will be shared</source>
        <translation type="unfinished">Pokaż, co zostanie udostępnione</translation>
    </message>
    <message>
        <source>Record a fresh consent &amp;instead</source>
        <translation type="unfinished">Zamiast tego zapisz &amp;nową zgodę</translation>
    </message>
    <message>
        <source>Record a fresh consent instead (needed to add a purpose)</source>
        <translation type="unfinished">Zamiast tego zapisz nową zgodę (potrzebne, by dodać cel)</translation>
    </message>
    <message>
        <source>Give the person this withdrawal code now. It is shown only once and cannot be looked up later. With it they can withdraw their consent at any time.</source>
        <translation type="unfinished">Daj tej osobie teraz ten kod wycofania. Jest pokazywany tylko raz i nie można go później odszukać. Dzięki niemu może w każdej chwili wycofać zgodę.</translation>
    </message>
    <message>
        <source>Withdrawal code</source>
        <translation type="unfinished">Kod wycofania</translation>
    </message>
    <message>
        <source>&amp;Print slip…</source>
        <translation type="unfinished">Drukuj &amp;kartkę…</translation>
    </message>
    <message>
        <source>Print the withdrawal slip</source>
        <translation type="unfinished">Drukuj kartkę z kodem wycofania</translation>
    </message>
    <message>
        <source>Consent version %1 is recorded. Change the answers and record again, or go on.</source>
        <translation type="unfinished">Zapisano wersję %1 zgody. Zmień odpowiedzi i zapisz ponownie albo przejdź dalej.</translation>
    </message>
    <message>
        <source>Answer every purpose with yes or no.</source>
        <translation type="unfinished">Odpowiedz na każdy cel tak lub nie.</translation>
    </message>
    <message>
        <source>This incident was changed after it was shared. Read the purposes again with the person: they may keep them or say no to some. Their withdrawal code stays the same.</source>
        <translation type="unfinished">To zdarzenie zmieniono po udostępnieniu. Przeczytaj osobie cele jeszcze raz: może je zachować albo odmówić niektórych. Jej kod wycofania pozostaje ten sam.</translation>
    </message>
    <message>
        <source>Consent recorded (version %1).</source>
        <translation type="unfinished">Zapisano zgodę (wersja %1).</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <source>Edit contact</source>
        <translation type="unfinished">Edytuj kontakt</translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished">Kiedy</translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished">Obszar</translation>
    </message>
    <message>
        <source>No area</source>
        <translation type="unfinished">Bez obszaru</translation>
    </message>
    <message>
        <source>Alias (empty: anonymous)</source>
        <translation type="unfinished">Pseudonim (puste: anonimowo)</translation>
    </message>
    <message>
        <source>How the contact happened</source>
        <translation type="unfinished">Jak doszło do kontaktu</translation>
    </message>
    <message>
        <source>%1 handed out</source>
        <translation type="unfinished">Wydano: %1</translation>
    </message>
    <message>
        <source>Referred to %1</source>
        <translation type="unfinished">Skierowano do: %1</translation>
    </message>
    <message>
        <source>Note (stays on this device)</source>
        <translation type="unfinished">Notatka (zostaje na tym urządzeniu)</translation>
    </message>
    <message>
        <source>Problem with the contact</source>
        <translation type="unfinished">Problem z kontaktem</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation type="unfinished">&amp;Kiedy:</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation type="unfinished">&amp;Obszar:</translation>
    </message>
    <message>
        <source>A&amp;lias:</source>
        <translation type="unfinished">&amp;Pseudonim:</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation type="unfinished">&amp;Jak:</translation>
    </message>
    <message>
        <source>Supplies:</source>
        <translation type="unfinished">Materiały:</translation>
    </message>
    <message>
        <source>Referrals:</source>
        <translation type="unfinished">Skierowania:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished">&amp;Notatka:</translation>
    </message>
    <message>
        <source>save the contact</source>
        <translation type="unfinished">zapisać kontaktu</translation>
    </message>
    <message>
        <source>Contact saved.</source>
        <translation type="unfinished">Kontakt zapisany.</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>Contacts</source>
        <translation type="unfinished">Kontakty</translation>
    </message>
    <message>
        <source>Filter by how the contact happened</source>
        <translation type="unfinished">Filtruj według sposobu kontaktu</translation>
    </message>
    <message>
        <source>Any way</source>
        <translation type="unfinished">Dowolny sposób</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished">&amp;Edytuj…</translation>
    </message>
    <message>
        <source>Edit the selected contact</source>
        <translation type="unfinished">Edytuj wybrany kontakt</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished">&amp;Usuń…</translation>
    </message>
    <message>
        <source>Delete the selected contact</source>
        <translation type="unfinished">Usuń wybrany kontakt</translation>
    </message>
    <message>
        <source>&amp;Forget this person…</source>
        <translation type="unfinished">&amp;Zapomnij tę osobę…</translation>
    </message>
    <message>
        <source>Forget the person of the selected contact</source>
        <translation type="unfinished">Zapomnij osobę z wybranego kontaktu</translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished">Kiedy</translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished">Obszar</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation type="unfinished">Pseudonim</translation>
    </message>
    <message>
        <source>(anonymous)</source>
        <translation type="unfinished">(anonimowo)</translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished">Jak</translation>
    </message>
    <message>
        <source>Supplies</source>
        <translation type="unfinished">Materiały</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished">Skierowania</translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished">Notatka</translation>
    </message>
    <message>
        <source>Contact deleted.</source>
        <translation type="unfinished">Kontakt usunięty.</translation>
    </message>
    <message>
        <source>delete the contact</source>
        <translation type="unfinished">usunąć kontaktu</translation>
    </message>
    <message>
        <source>Delete contact</source>
        <translation type="unfinished">Usuń kontakt</translation>
    </message>
    <message>
        <source>Delete the contact of %1? This cannot be undone.</source>
        <translation type="unfinished">Usunąć kontakt z %1? Tego nie można cofnąć.</translation>
    </message>
</context>
<context>
    <name>CountsTableModel</name>
    <message>
        <source>Total</source>
        <translation type="unfinished">Razem</translation>
    </message>
</context>
<context>
    <name>DeskAdminPage</name>
    <message>
        <source>Admin</source>
        <translation type="unfinished">Administracja</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished">&amp;Odśwież</translation>
    </message>
    <message>
        <source>Ask the server again</source>
        <translation type="unfinished">Zapytaj serwer ponownie</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation type="unfinished">Regiony</translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished">Region</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Nazwa</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished">Organizacje</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished">Organizacja</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished">Urządzenia</translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished">Urządzenie</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation type="unfinished">Zarejestrowano</translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished">Stan</translation>
    </message>
    <message>
        <source>New region id</source>
        <translation type="unfinished">Identyfikator nowego regionu</translation>
    </message>
    <message>
        <source>id, e.g. north</source>
        <translation type="unfinished">identyfikator, np. north</translation>
    </message>
    <message>
        <source>New region name</source>
        <translation type="unfinished">Nazwa nowego regionu</translation>
    </message>
    <message>
        <source>Add re&amp;gion</source>
        <translation type="unfinished">Dodaj re&amp;gion</translation>
    </message>
    <message>
        <source>Add the region</source>
        <translation type="unfinished">Dodaj region</translation>
    </message>
    <message>
        <source>New organisation name</source>
        <translation type="unfinished">Nazwa nowej organizacji</translation>
    </message>
    <message>
        <source>Its regions (comma separated)</source>
        <translation type="unfinished">Jej regiony (oddzielone przecinkami)</translation>
    </message>
    <message>
        <source>Add &amp;organisation</source>
        <translation type="unfinished">Dodaj o&amp;rganizację</translation>
    </message>
    <message>
        <source>Add the organisation</source>
        <translation type="unfinished">Dodaj organizację</translation>
    </message>
    <message>
        <source>Organisation for the enrolment code</source>
        <translation type="unfinished">Organizacja dla kodu rejestracji</translation>
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished"> godz.</translation>
    </message>
    <message>
        <source>Hours the code stays valid</source>
        <translation type="unfinished">Ile godzin kod pozostaje ważny</translation>
    </message>
    <message>
        <source>Make enrolment &amp;code</source>
        <translation type="unfinished">Utwórz &amp;kod rejestracji</translation>
    </message>
    <message>
        <source>Make a device enrolment code</source>
        <translation type="unfinished">Utwórz kod rejestracji urządzenia</translation>
    </message>
    <message>
        <source>The enrolment code (shown once)</source>
        <translation type="unfinished">Kod rejestracji (pokazywany raz)</translation>
    </message>
    <message>
        <source>Re&amp;voke device…</source>
        <translation type="unfinished">U&amp;nieważnij urządzenie…</translation>
    </message>
    <message>
        <source>Revoke the selected device</source>
        <translation type="unfinished">Unieważnij wybrane urządzenie</translation>
    </message>
    <message>
        <source>New region:</source>
        <translation type="unfinished">Nowy region:</translation>
    </message>
    <message>
        <source>New organisation:</source>
        <translation type="unfinished">Nowa organizacja:</translation>
    </message>
    <message>
        <source>Device code for:</source>
        <translation type="unfinished">Kod urządzenia dla:</translation>
    </message>
    <message>
        <source>ask the server</source>
        <translation type="unfinished">zapytać serwera</translation>
    </message>
    <message>
        <source>add the region</source>
        <translation type="unfinished">dodać regionu</translation>
    </message>
    <message>
        <source>Region added.</source>
        <translation type="unfinished">Region dodany.</translation>
    </message>
    <message>
        <source>add the organisation</source>
        <translation type="unfinished">dodać organizacji</translation>
    </message>
    <message>
        <source>Organisation added.</source>
        <translation type="unfinished">Organizacja dodana.</translation>
    </message>
    <message>
        <source>Enrolment code (shown once, valid %1 h): %2</source>
        <translation type="unfinished">Kod rejestracji (pokazywany raz, ważny %1 godz.): %2</translation>
    </message>
    <message>
        <source>make the code</source>
        <translation type="unfinished">utworzyć kodu</translation>
    </message>
    <message>
        <source>Select the device to revoke.</source>
        <translation type="unfinished">Wybierz urządzenie do unieważnienia.</translation>
    </message>
    <message>
        <source>Revoke device</source>
        <translation type="unfinished">Unieważnij urządzenie</translation>
    </message>
    <message>
        <source>Revoke this device? It can no longer send or fetch anything.</source>
        <translation type="unfinished">Unieważnić to urządzenie? Nie będzie już mogło niczego wysyłać ani pobierać.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation type="unfinished">Unieważnij</translation>
    </message>
    <message>
        <source>revoke the device</source>
        <translation type="unfinished">unieważnić urządzenia</translation>
    </message>
    <message>
        <source>Device revoked.</source>
        <translation type="unfinished">Urządzenie unieważnione.</translation>
    </message>
</context>
<context>
    <name>DeskAlertsPage</name>
    <message>
        <source>Alerts</source>
        <translation type="unfinished">Alerty</translation>
    </message>
    <message>
        <source>This desk&apos;s alerts</source>
        <translation type="unfinished">Alerty tego stanowiska</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation type="unfinished">Alert</translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished">Wersja</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Stan</translation>
    </message>
    <message>
        <source>Check code</source>
        <translation type="unfinished">Kod kontrolny</translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished">Przegląd</translation>
    </message>
    <message>
        <source>Report to draft an alert from</source>
        <translation type="unfinished">Raport, z którego powstanie alert</translation>
    </message>
    <message>
        <source>&amp;Draft alert</source>
        <translation type="unfinished">Szkic &amp;alertu</translation>
    </message>
    <message>
        <source>Draft an alert from this report</source>
        <translation type="unfinished">Przygotuj szkic alertu z tego raportu</translation>
    </message>
    <message>
        <source>Alert title</source>
        <translation type="unfinished">Tytuł alertu</translation>
    </message>
    <message>
        <source>Alert text</source>
        <translation type="unfinished">Treść alertu</translation>
    </message>
    <message>
        <source>Regions (comma separated)</source>
        <translation type="unfinished">Regiony (oddzielone przecinkami)</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished">Ważny do</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished">Co się stało</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished">Waga</translation>
    </message>
    <message>
        <source>Structured details</source>
        <translation type="unfinished">Szczegóły strukturalne</translation>
    </message>
    <message>
        <source>Source summary, scrubber&apos;s finds marked</source>
        <translation type="unfinished">Podsumowanie źródłowe, znaleziska filtra zaznaczone</translation>
    </message>
    <message>
        <source>Alert text, what might identify someone marked</source>
        <translation type="unfinished">Treść alertu, zaznaczone to, co może kogoś zidentyfikować</translation>
    </message>
    <message>
        <source>Preview as the handout prints it</source>
        <translation type="unfinished">Podgląd tak, jak wydrukuje go ulotka</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation type="unfinished">Zap&amp;isz szkic</translation>
    </message>
    <message>
        <source>Save the draft</source>
        <translation type="unfinished">Zapisz szkic</translation>
    </message>
    <message>
        <source>Sign and &amp;publish…</source>
        <translation type="unfinished">Podpisz i o&amp;publikuj…</translation>
    </message>
    <message>
        <source>Sign and publish the alert</source>
        <translation type="unfinished">Podpisz i opublikuj alert</translation>
    </message>
    <message>
        <source>Exp&amp;ire…</source>
        <translation type="unfinished">Za&amp;kończ ważność…</translation>
    </message>
    <message>
        <source>Expire the alert now</source>
        <translation type="unfinished">Zakończ ważność alertu teraz</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation type="unfinished">&amp;Wycofaj…</translation>
    </message>
    <message>
        <source>Withdraw the alert</source>
        <translation type="unfinished">Wycofaj alert</translation>
    </message>
    <message>
        <source>From &amp;report:</source>
        <translation type="unfinished">Z &amp;raportu:</translation>
    </message>
    <message>
        <source>Details to look out for (edit them here):</source>
        <translation type="unfinished">Szczegóły, na które trzeba uważać (edytuj je tutaj):</translation>
    </message>
    <message>
        <source>Source summary (the scrubber&apos;s finds marked):</source>
        <translation type="unfinished">Podsumowanie źródłowe (znaleziska filtra zaznaczone):</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished">&amp;Tytuł:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation type="unfinished">Tr&amp;eść:</translation>
    </message>
    <message>
        <source>Check:</source>
        <translation type="unfinished">Sprawdzenie:</translation>
    </message>
    <message>
        <source>Re&amp;gions:</source>
        <translation type="unfinished">Re&amp;giony:</translation>
    </message>
    <message>
        <source>&amp;Valid until:</source>
        <translation type="unfinished">Waż&amp;ny do:</translation>
    </message>
    <message>
        <source>What &amp;happened:</source>
        <translation type="unfinished">Co się &amp;stało:</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation type="unfinished">Waga:</translation>
    </message>
    <message>
        <source>Preview, as the handout prints it:</source>
        <translation type="unfinished">Podgląd, tak jak drukuje go ulotka:</translation>
    </message>
    <message>
        <source>load the alerts</source>
        <translation type="unfinished">wczytać alertów</translation>
    </message>
    <message>
        <source>Review: source report withdrawn</source>
        <translation type="unfinished">Przegląd: raport źródłowy wycofany</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished">Szkic</translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished">Opublikowany</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished">Wygasły</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished">Wycofany</translation>
    </message>
    <message>
        <source>open the alert</source>
        <translation type="unfinished">otworzyć alertu</translation>
    </message>
    <message numerus="yes">
        <source>The scrubber found %n thing(s) to take out; the text below shows the replacements.</source>
        <translation type="unfinished">
            <numerusform>Filtr znalazł %n rzecz do usunięcia; poniższy tekst pokazuje zamiany.</numerusform>
            <numerusform>Filtr znalazł %n rzeczy do usunięcia; poniższy tekst pokazuje zamiany.</numerusform>
            <numerusform>Filtr znalazł %n rzeczy do usunięcia; poniższy tekst pokazuje zamiany.</numerusform>
        </translation>
    </message>
    <message>
        <source>The scrubber found nothing more to take out.</source>
        <translation type="unfinished">Filtr nie znalazł już nic do usunięcia.</translation>
    </message>
    <message>
        <source>Tick what happened.</source>
        <translation type="unfinished">Zaznacz, co się stało.</translation>
    </message>
    <message>
        <source>Review this alert: its source report was withdrawn by the person.</source>
        <translation type="unfinished">Przejrzyj ten alert: osoba wycofała jego raport źródłowy.</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) might still identify someone: check each before publishing.</source>
        <translation type="unfinished">
            <numerusform>%n miejsce może nadal kogoś zidentyfikować: sprawdź każde przed publikacją.</numerusform>
            <numerusform>%n miejsca mogą nadal kogoś zidentyfikować: sprawdź każde przed publikacją.</numerusform>
            <numerusform>%n miejsc może nadal kogoś zidentyfikować: sprawdź każde przed publikacją.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing in the text looks like it identifies someone.</source>
        <translation type="unfinished">Nic w tekście nie wygląda na coś, co kogoś identyfikuje.</translation>
    </message>
    <message>
        <source>Not a valid alert yet: fill in the title and the text.</source>
        <translation type="unfinished">To jeszcze nie jest poprawny alert: wpisz tytuł i treść.</translation>
    </message>
    <message>
        <source>Drafted. Check the marked text, then sign and publish.</source>
        <translation type="unfinished">Szkic gotowy. Sprawdź zaznaczony tekst, potem podpisz i opublikuj.</translation>
    </message>
    <message>
        <source>draft the alert</source>
        <translation type="unfinished">przygotować szkicu alertu</translation>
    </message>
    <message>
        <source>Draft saved (version %1).</source>
        <translation type="unfinished">Szkic zapisany (wersja %1).</translation>
    </message>
    <message>
        <source>save</source>
        <translation type="unfinished">zapisać</translation>
    </message>
    <message>
        <source>Sign and publish</source>
        <translation type="unfinished">Podpisz i opublikuj</translation>
    </message>
    <message>
        <source>Sign “%1” with this desk&apos;s key and publish it to every device? Devices print it on their handouts as shown in the preview.</source>
        <translation type="unfinished">Podpisać „%1” kluczem tego stanowiska i opublikować na każdym urządzeniu? Urządzenia wydrukują go na ulotkach tak, jak w podglądzie.</translation>
    </message>
    <message>
        <source>Published version %1; its check code is %2.</source>
        <translation type="unfinished">Opublikowano wersję %1; jej kod kontrolny to %2.</translation>
    </message>
    <message>
        <source>publish</source>
        <translation type="unfinished">opublikować</translation>
    </message>
    <message>
        <source>Expire this alert now? Devices stop showing it.</source>
        <translation type="unfinished">Zakończyć ważność tego alertu teraz? Urządzenia przestaną go pokazywać.</translation>
    </message>
    <message>
        <source>Withdraw this alert? Devices remove it from their lists and handouts.</source>
        <translation type="unfinished">Wycofać ten alert? Urządzenia usuną go ze swoich list i ulotek.</translation>
    </message>
    <message>
        <source>Expire</source>
        <translation type="unfinished">Zakończ ważność</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation type="unfinished">Wycofaj</translation>
    </message>
    <message>
        <source>The alert is now: %1</source>
        <translation type="unfinished">Alert jest teraz: %1</translation>
    </message>
    <message>
        <source>end the alert</source>
        <translation type="unfinished">zakończyć alertu</translation>
    </message>
</context>
<context>
    <name>DeskChoiceBox</name>
    <message>
        <source>An outreach &amp;worker&apos;s records</source>
        <translation type="unfinished">Zapisy pracownika &amp;terenowego</translation>
    </message>
    <message>
        <source>The charity&apos;s &amp;desk (staff: triage, alerts, police, admin)</source>
        <translation type="unfinished">&amp;Stanowisko organizacji (personel: selekcja, alerty, policja, administracja)</translation>
    </message>
    <message>
        <source>Desk role</source>
        <translation type="unfinished">Rola stanowiska</translation>
    </message>
    <message>
        <source>Alerts desk</source>
        <translation type="unfinished">Stanowisko alertów</translation>
    </message>
    <message>
        <source>Police desk</source>
        <translation type="unfinished">Stanowisko policyjne</translation>
    </message>
    <message>
        <source>Admin desk</source>
        <translation type="unfinished">Stanowisko administracyjne</translation>
    </message>
    <message>
        <source>Desk id in the key bundle</source>
        <translation type="unfinished">Identyfikator stanowiska w pakiecie kluczy</translation>
    </message>
    <message>
        <source>Desk name in the server&apos;s log</source>
        <translation type="unfinished">Nazwa stanowiska w dzienniku serwera</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation type="unfinished">R&amp;ola:</translation>
    </message>
    <message>
        <source>Desk &amp;id:</source>
        <translation type="unfinished">&amp;Identyfikator stanowiska:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished">&amp;Nazwa:</translation>
    </message>
    <message>
        <source>This laptop keeps:</source>
        <translation type="unfinished">Ten laptop przechowuje:</translation>
    </message>
</context>
<context>
    <name>DeskPages</name>
    <message>
        <source>Alert</source>
        <translation type="unfinished">Alert</translation>
    </message>
    <message>
        <source>Police intelligence</source>
        <translation type="unfinished">Informacje dla policji</translation>
    </message>
    <message>
        <source>Police referral</source>
        <translation type="unfinished">Skierowanie na policję</translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished">Nowy</translation>
    </message>
    <message>
        <source>In review</source>
        <translation type="unfinished">W przeglądzie</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">Gotowy</translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <translation type="unfinished">Nie udało się %1: %2</translation>
    </message>
    <message>
        <source>Page message</source>
        <translation type="unfinished">Komunikat strony</translation>
    </message>
    <message>
        <source>This desk</source>
        <translation type="unfinished">To stanowisko</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished">Adres serwera</translation>
    </message>
    <message>
        <source>https://server.example.org</source>
        <translation type="unfinished">https://serwer.example.org</translation>
    </message>
    <message>
        <source>Desk enrolment code</source>
        <translation type="unfinished">Kod rejestracji stanowiska</translation>
    </message>
    <message>
        <source>Desk code from the server&apos;s admin</source>
        <translation type="unfinished">Kod stanowiska od administratora serwera</translation>
    </message>
    <message>
        <source>&amp;Enrol this desk</source>
        <translation type="unfinished">&amp;Zarejestruj to stanowisko</translation>
    </message>
    <message>
        <source>Enrol this desk</source>
        <translation type="unfinished">Zarejestruj to stanowisko</translation>
    </message>
    <message>
        <source>read the desk</source>
        <translation type="unfinished">odczytać stanowiska</translation>
    </message>
    <message>
        <source>%1 desk “%2”, enrolled with %3</source>
        <translation type="unfinished">Stanowisko %1 „%2”, zarejestrowane w %3</translation>
    </message>
    <message>
        <source>%1 desk “%2”: not enrolled yet</source>
        <translation type="unfinished">Stanowisko %1 „%2”: jeszcze niezarejestrowane</translation>
    </message>
    <message>
        <source>Type the server&apos;s address and the desk code.</source>
        <translation type="unfinished">Wpisz adres serwera i kod stanowiska.</translation>
    </message>
    <message>
        <source>The desk is enrolled.</source>
        <translation type="unfinished">Stanowisko jest zarejestrowane.</translation>
    </message>
    <message>
        <source>enrol the desk</source>
        <translation type="unfinished">zarejestrować stanowiska</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished">Alerty</translation>
    </message>
    <message>
        <source>Police</source>
        <translation type="unfinished">Policja</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation type="unfinished">Administracja</translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished">tak</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished">nie</translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished">Data</translation>
    </message>
    <message>
        <source>Part of day</source>
        <translation type="unfinished">Pora dnia</translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished">Region</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished">Co się stało</translation>
    </message>
    <message>
        <source>Perpetrators</source>
        <translation type="unfinished">Sprawcy</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation type="unfinished">Pojazdy</translation>
    </message>
    <message>
        <source>Weapon used</source>
        <translation type="unfinished">Użyto broni</translation>
    </message>
    <message>
        <source>Injured</source>
        <translation type="unfinished">Ranna osoba</translation>
    </message>
    <message>
        <source>Injury</source>
        <translation type="unfinished">Obrażenia</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished">Podsumowanie</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished">Kontakt</translation>
    </message>
    <message>
        <source>through the project only</source>
        <translation type="unfinished">tylko przez projekt</translation>
    </message>
    <message>
        <source>not in any other report</source>
        <translation type="unfinished">w żadnym innym raporcie</translation>
    </message>
</context>
<context>
    <name>DeskPolicePage</name>
    <message>
        <source>Police</source>
        <translation type="unfinished">Policja</translation>
    </message>
    <message>
        <source>Police reports</source>
        <translation type="unfinished">Raporty dla policji</translation>
    </message>
    <message>
        <source>Disclose</source>
        <translation type="unfinished">Ujawnij</translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished">Rodzaj</translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished">Region</translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished">Kiedy</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished">Ocena</translation>
    </message>
    <message>
        <source>The selected police report</source>
        <translation type="unfinished">Wybrany raport dla policji</translation>
    </message>
    <message>
        <source>Source grade</source>
        <translation type="unfinished">Ocena źródła</translation>
    </message>
    <message>
        <source>Intelligence grade</source>
        <translation type="unfinished">Ocena informacji</translation>
    </message>
    <message>
        <source>Handling code</source>
        <translation type="unfinished">Kod postępowania</translation>
    </message>
    <message>
        <source>Handling conditions</source>
        <translation type="unfinished">Warunki postępowania</translation>
    </message>
    <message>
        <source>Conditions (handling code C only)</source>
        <translation type="unfinished">Warunki (tylko kod postępowania C)</translation>
    </message>
    <message>
        <source>&amp;Grade ticked reports</source>
        <translation type="unfinished">&amp;Oceń zaznaczone raporty</translation>
    </message>
    <message>
        <source>Grade the ticked reports</source>
        <translation type="unfinished">Oceń zaznaczone raporty</translation>
    </message>
    <message>
        <source>Receiving police force</source>
        <translation type="unfinished">Jednostka policji, która otrzymuje</translation>
    </message>
    <message>
        <source>The charity&apos;s name as the police know it</source>
        <translation type="unfinished">Nazwa organizacji znana policji</translation>
    </message>
    <message>
        <source>Your name (kept in the log)</source>
        <translation type="unfinished">Twoje imię i nazwisko (zapisywane w dzienniku)</translation>
    </message>
    <message>
        <source>File type</source>
        <translation type="unfinished">Typ pliku</translation>
    </message>
    <message>
        <source>CSV (one column per field)</source>
        <translation type="unfinished">CSV (jedna kolumna na pole)</translation>
    </message>
    <message>
        <source>PDF (printable)</source>
        <translation type="unfinished">PDF (do druku)</translation>
    </message>
    <message>
        <source>E&amp;xport for the force…</source>
        <translation type="unfinished">&amp;Eksportuj dla jednostki…</translation>
    </message>
    <message>
        <source>Export the ticked reports</source>
        <translation type="unfinished">Eksportuj zaznaczone raporty</translation>
    </message>
    <message>
        <source>Disclosure log</source>
        <translation type="unfinished">Dziennik ujawnień</translation>
    </message>
    <message>
        <source>Force</source>
        <translation type="unfinished">Jednostka</translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished">Kto</translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished">Plik</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished">Raporty</translation>
    </message>
    <message>
        <source>Notices to police forces</source>
        <translation type="unfinished">Powiadomienia dla jednostek policji</translation>
    </message>
    <message>
        <source>Notify</source>
        <translation type="unfinished">Powiadom</translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished">Dlaczego</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation type="unfinished">Zgłoszono</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">Gotowe</translation>
    </message>
    <message>
        <source>Mark &amp;notified</source>
        <translation type="unfinished">Oznacz jako &amp;powiadomione</translation>
    </message>
    <message>
        <source>Mark the selected notice as done</source>
        <translation type="unfinished">Oznacz wybrane powiadomienie jako załatwione</translation>
    </message>
    <message>
        <source>&amp;Force:</source>
        <translation type="unfinished">&amp;Jednostka:</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation type="unfinished">&amp;Agencja:</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation type="unfinished">&amp;Kto:</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation type="unfinished">P&amp;lik:</translation>
    </message>
    <message>
        <source>Disclosure log:</source>
        <translation type="unfinished">Dziennik ujawnień:</translation>
    </message>
    <message>
        <source>Withdrawn after disclosure — tell the force:</source>
        <translation type="unfinished">Wycofane po ujawnieniu — powiadom jednostkę:</translation>
    </message>
    <message>
        <source>3x5x2 grade (source, intelligence, handling):</source>
        <translation type="unfinished">Ocena 3x5x2 (źródło, informacja, postępowanie):</translation>
    </message>
    <message>
        <source>load the police reports</source>
        <translation type="unfinished">wczytać raportów dla policji</translation>
    </message>
    <message>
        <source>a disclosed report was withdrawn</source>
        <translation type="unfinished">ujawniony raport został wycofany</translation>
    </message>
    <message>
        <source>TO DO</source>
        <translation type="unfinished">DO ZROBIENIA</translation>
    </message>
    <message>
        <source>told %1 by %2</source>
        <translation type="unfinished">powiadomiono %1, zrobił(a) to %2</translation>
    </message>
    <message>
        <source>Tick the reports to grade first.</source>
        <translation type="unfinished">Najpierw zaznacz raporty do oceny.</translation>
    </message>
    <message>
        <source>Not a valid grade: %1</source>
        <translation type="unfinished">Nieprawidłowa ocena: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) graded %1.</source>
        <translation type="unfinished">
            <numerusform>%n raport oceniony na %1.</numerusform>
            <numerusform>%n raporty ocenione na %1.</numerusform>
            <numerusform>%n raportów ocenionych na %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick the reports to disclose first.</source>
        <translation type="unfinished">Najpierw zaznacz raporty do ujawnienia.</translation>
    </message>
    <message numerus="yes">
        <source>No grade yet for %n ticked report(s).</source>
        <translation type="unfinished">
            <numerusform>Brak oceny dla %n zaznaczonego raportu.</numerusform>
            <numerusform>Brak oceny dla %n zaznaczonych raportów.</numerusform>
            <numerusform>Brak oceny dla %n zaznaczonych raportów.</numerusform>
        </translation>
    </message>
    <message>
        <source>prepare the export</source>
        <translation type="unfinished">przygotować eksportu</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) for %1:</source>
        <translation type="unfinished">
            <numerusform>%1 – %n raport:</numerusform>
            <numerusform>%1 – %n raporty:</numerusform>
            <numerusform>%1 – %n raportów:</numerusform>
        </translation>
    </message>
    <message>
        <source>They are written in plain text to a file you choose next, and the disclosure is logged.</source>
        <translation type="unfinished">Zostaną zapisane zwykłym tekstem w pliku, który wybierzesz za chwilę, a ujawnienie trafi do dziennika.</translation>
    </message>
    <message>
        <source>Disclose to the police</source>
        <translation type="unfinished">Ujawnij policji</translation>
    </message>
    <message>
        <source>Choose the file…</source>
        <translation type="unfinished">Wybierz plik…</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished">Pliki CSV (*.csv)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished">Pliki PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the police export</source>
        <translation type="unfinished">Zapisz eksport dla policji</translation>
    </message>
    <message>
        <source>%1 already exists: choose a new file.</source>
        <translation type="unfinished">%1 już istnieje: wybierz nowy plik.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n report(s) to %1; the disclosure is logged.</source>
        <translation type="unfinished">
            <numerusform>Zapisano %n raport do %1; ujawnienie jest w dzienniku.</numerusform>
            <numerusform>Zapisano %n raporty do %1; ujawnienie jest w dzienniku.</numerusform>
            <numerusform>Zapisano %n raportów do %1; ujawnienie jest w dzienniku.</numerusform>
        </translation>
    </message>
    <message>
        <source>export</source>
        <translation type="unfinished">wyeksportować</translation>
    </message>
    <message>
        <source>Select the notice the force was told of.</source>
        <translation type="unfinished">Wybierz powiadomienie, o którym jednostka została poinformowana.</translation>
    </message>
    <message>
        <source>Kept: %1 was told.</source>
        <translation type="unfinished">Zapisano: %1 została powiadomiona.</translation>
    </message>
    <message>
        <source>mark the notice</source>
        <translation type="unfinished">oznaczyć powiadomienia</translation>
    </message>
</context>
<context>
    <name>DeskQueuePage</name>
    <message>
        <source>Queue</source>
        <translation type="unfinished">Kolejka</translation>
    </message>
    <message>
        <source>&amp;Pull new reports</source>
        <translation type="unfinished">&amp;Pobierz nowe raporty</translation>
    </message>
    <message>
        <source>Pull new reports</source>
        <translation type="unfinished">Pobierz nowe raporty</translation>
    </message>
    <message>
        <source>Also &amp;those another desk took</source>
        <translation type="unfinished">Także &amp;te, które wzięło inne stanowisko</translation>
    </message>
    <message>
        <source>A second desk of this role: fetch the reports the first desk already acknowledged.</source>
        <translation type="unfinished">Drugie stanowisko tej roli: pobierz raporty, które pierwsze stanowisko już potwierdziło.</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished">Cel</translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished">Region</translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished">Miesiąc</translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished">Stan</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished">Raporty</translation>
    </message>
    <message>
        <source>Pulled</source>
        <translation type="unfinished">Pobrano</translation>
    </message>
    <message>
        <source>The opened report</source>
        <translation type="unfinished">Otwarty raport</translation>
    </message>
    <message>
        <source>Start &amp;review</source>
        <translation type="unfinished">Rozpocznij p&amp;rzegląd</translation>
    </message>
    <message>
        <source>Start reviewing this report</source>
        <translation type="unfinished">Rozpocznij przegląd tego raportu</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation type="unfinished">Oznacz jako &amp;gotowy</translation>
    </message>
    <message>
        <source>Mark this report done</source>
        <translation type="unfinished">Oznacz ten raport jako gotowy</translation>
    </message>
    <message>
        <source>Back to &amp;new</source>
        <translation type="unfinished">Z powrotem do &amp;nowych</translation>
    </message>
    <message>
        <source>Put this report back to new</source>
        <translation type="unfinished">Przywróć ten raport do nowych</translation>
    </message>
    <message>
        <source>Withdrawn reports</source>
        <translation type="unfinished">Wycofane raporty</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished">Wycofany</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished">Co zrobić</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation type="unfinished">Cel:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation type="unfinished">Region:</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation type="unfinished">Miesiąc:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation type="unfinished">Stan:</translation>
    </message>
    <message>
        <source>Withdrawn by the person (the decrypted copy is deleted):</source>
        <translation type="unfinished">Wycofane przez osobę (odszyfrowana kopia została usunięta):</translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished">Wszystkie</translation>
    </message>
    <message>
        <source>load the queue</source>
        <translation type="unfinished">wczytać kolejki</translation>
    </message>
    <message>
        <source>Disclosed: notify %1 (Police page)</source>
        <translation type="unfinished">Ujawniono: powiadom %1 (strona Policja)</translation>
    </message>
    <message>
        <source>Disclosed to the police: the force was told</source>
        <translation type="unfinished">Ujawniono policji: jednostka została powiadomiona</translation>
    </message>
    <message>
        <source>Nothing to do: it was never disclosed</source>
        <translation type="unfinished">Nic do zrobienia: nigdy nie został ujawniony</translation>
    </message>
    <message>
        <source>%1 shown · %2 new of %3 held</source>
        <translation type="unfinished">%1 pokazanych · %2 nowych z %3 przechowywanych</translation>
    </message>
    <message>
        <source>open the report</source>
        <translation type="unfinished">otworzyć raportu</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished">Organizacja</translation>
    </message>
    <message numerus="yes">
        <source>in %n other report(s)</source>
        <translation type="unfinished">
            <numerusform>w %n innym raporcie</numerusform>
            <numerusform>w %n innych raportach</numerusform>
            <numerusform>w %n innych raportach</numerusform>
        </translation>
    </message>
    <message>
        <source>The report is now: %1</source>
        <translation type="unfinished">Raport jest teraz: %1</translation>
    </message>
    <message>
        <source>change the state</source>
        <translation type="unfinished">zmienić stanu</translation>
    </message>
    <message>
        <source>Pulling new reports…</source>
        <translation type="unfinished">Pobieranie nowych raportów…</translation>
    </message>
    <message numerus="yes">
        <source>%n new report(s), %1 withdrawn.</source>
        <translation type="unfinished">
            <numerusform>%n nowy raport, wycofane: %1.</numerusform>
            <numerusform>%n nowe raporty, wycofane: %1.</numerusform>
            <numerusform>%n nowych raportów, wycofane: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n did not open with this desk&apos;s key.</source>
        <translation type="unfinished">
            <numerusform>%n nie otworzył się kluczem tego stanowiska.</numerusform>
            <numerusform>%n nie otworzyły się kluczem tego stanowiska.</numerusform>
            <numerusform>%n nie otworzyło się kluczem tego stanowiska.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) to review.</source>
        <translation type="unfinished">
            <numerusform>%n alert do przejrzenia.</numerusform>
            <numerusform>%n alerty do przejrzenia.</numerusform>
            <numerusform>%n alertów do przejrzenia.</numerusform>
        </translation>
    </message>
    <message>
        <source>pull</source>
        <translation type="unfinished">pobrać</translation>
    </message>
</context>
<context>
    <name>DeskStatsPage</name>
    <message>
        <source>Statistics</source>
        <translation type="unfinished">Statystyki</translation>
    </message>
    <message>
        <source>No figures opened yet.</source>
        <translation type="unfinished">Nie otwarto jeszcze żadnych danych.</translation>
    </message>
    <message>
        <source>Fetch from the &amp;server</source>
        <translation type="unfinished">Pobierz z &amp;serwera</translation>
    </message>
    <message>
        <source>Fetch the figures for this period from the server</source>
        <translation type="unfinished">Pobierz z serwera dane dla tego okresu</translation>
    </message>
    <message>
        <source>&amp;Open the server&apos;s figures…</source>
        <translation type="unfinished">O&amp;twórz dane z serwera…</translation>
    </message>
    <message>
        <source>Open the server&apos;s figures</source>
        <translation type="unfinished">Otwórz dane z serwera</translation>
    </message>
    <message>
        <source>First month</source>
        <translation type="unfinished">Pierwszy miesiąc</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation type="unfinished">Ostatni miesiąc</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation type="unfinished">&amp;Pokaż</translation>
    </message>
    <message>
        <source>Show the figures for this period</source>
        <translation type="unfinished">Pokaż dane dla tego okresu</translation>
    </message>
    <message>
        <source>Table to chart</source>
        <translation type="unfinished">Tabela do wykresu</translation>
    </message>
    <message>
        <source>Chart of the chosen table</source>
        <translation type="unfinished">Wykres wybranej tabeli</translation>
    </message>
    <message>
        <source>Tables as published</source>
        <translation type="unfinished">Tabele tak, jak opublikowano</translation>
    </message>
    <message>
        <source>Funder report file type</source>
        <translation type="unfinished">Typ pliku raportu dla grantodawcy</translation>
    </message>
    <message>
        <source>PDF with charts</source>
        <translation type="unfinished">PDF z wykresami</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation type="unfinished">CSV</translation>
    </message>
    <message>
        <source>&amp;Export funder report…</source>
        <translation type="unfinished">&amp;Eksportuj raport dla grantodawcy…</translation>
    </message>
    <message>
        <source>Export the funder report</source>
        <translation type="unfinished">Eksportuj raport dla grantodawcy</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished">&amp;Od:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished">&amp;Do:</translation>
    </message>
    <message>
        <source>&amp;Chart:</source>
        <translation type="unfinished">&amp;Wykres:</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished">Pliki JSON (*.json)</translation>
    </message>
    <message>
        <source>Figures: %1</source>
        <translation type="unfinished">Dane: %1</translation>
    </message>
    <message>
        <source>Figures: from the server</source>
        <translation type="unfinished">Dane: z serwera</translation>
    </message>
    <message>
        <source>fetch the figures</source>
        <translation type="unfinished">pobrać danych</translation>
    </message>
    <message>
        <source>Fetch the figures from the server or open a file first.</source>
        <translation type="unfinished">Najpierw pobierz dane z serwera lub otwórz plik.</translation>
    </message>
    <message>
        <source>read the figures</source>
        <translation type="unfinished">odczytać danych</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s); counts suppressed by the disclosure rule: %1.</source>
        <translation type="unfinished">
            <numerusform>%n tabela; liczby ukryte zgodnie z zasadą ujawniania: %1.</numerusform>
            <numerusform>%n tabele; liczby ukryte zgodnie z zasadą ujawniania: %1.</numerusform>
            <numerusform>%n tabel; liczby ukryte zgodnie z zasadą ujawniania: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not drawn (the disclosure rule): %n suppressed count(s).</source>
        <translation type="unfinished">
            <numerusform>Nie narysowano (zasada ujawniania): %n ukryta liczba.</numerusform>
            <numerusform>Nie narysowano (zasada ujawniania): %n ukryte liczby.</numerusform>
            <numerusform>Nie narysowano (zasada ujawniania): %n ukrytych liczb.</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished">Pliki PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished">Pliki CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save the funder report</source>
        <translation type="unfinished">Zapisz raport dla grantodawcy</translation>
    </message>
    <message>
        <source>%1 already exists: choose a new file.</source>
        <translation type="unfinished">%1 już istnieje: wybierz nowy plik.</translation>
    </message>
    <message>
        <source>Funder report written to %1 (%2 tables).</source>
        <translation type="unfinished">Raport dla grantodawcy zapisany do %1 (tabele: %2).</translation>
    </message>
    <message>
        <source>export the funder report</source>
        <translation type="unfinished">wyeksportować raportu dla grantodawcy</translation>
    </message>
</context>
<context>
    <name>DetailsEditor</name>
    <message>
        <source>Phone numbers:</source>
        <translation type="unfinished">Numery telefonów:</translation>
    </message>
    <message>
        <source>E-mail addresses:</source>
        <translation type="unfinished">Adresy e-mail:</translation>
    </message>
    <message>
        <source>Handles:</source>
        <translation type="unfinished">Nazwy kont:</translation>
    </message>
    <message>
        <source>Name used:</source>
        <translation type="unfinished">Używane imię:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation type="unfinished">Opis:</translation>
    </message>
    <message>
        <source>Plate:</source>
        <translation type="unfinished">Tablica rejestracyjna:</translation>
    </message>
    <message>
        <source>Make:</source>
        <translation type="unfinished">Marka:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation type="unfinished">Model:</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation type="unfinished">Kolor:</translation>
    </message>
    <message>
        <source>Perpetrator %1</source>
        <translation type="unfinished">Sprawca %1</translation>
    </message>
    <message>
        <source>Vehicle %1</source>
        <translation type="unfinished">Pojazd %1</translation>
    </message>
</context>
<context>
    <name>FirstRunScreen</name>
    <message>
        <source>Welcome to Outreach</source>
        <translation type="unfinished">Witaj w Outreach</translation>
    </message>
    <message>
        <source>Everything you record is kept encrypted on this laptop. Choose a passphrase to protect it: a few unrelated words are easier to remember than symbols.</source>
        <translation type="unfinished">Wszystko, co zapisujesz, jest przechowywane w postaci zaszyfrowanej na tym laptopie. Wybierz hasło, które to chroni: kilka niepowiązanych słów łatwiej zapamiętać niż symbole.</translation>
    </message>
    <message>
        <source>If this passphrase is lost, the records cannot be recovered — not by the charity, not by anyone. Keep a copy somewhere safe, away from this laptop.</source>
        <translation type="unfinished">Jeśli to hasło zginie, zapisów nie da się odzyskać — ani organizacja, ani nikt inny. Przechowuj kopię w bezpiecznym miejscu, z dala od tego laptopa.</translation>
    </message>
    <message>
        <source>Warning about losing the passphrase</source>
        <translation type="unfinished">Ostrzeżenie o utracie hasła</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished">Nowe hasło</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation type="unfinished">Powtórz hasło</translation>
    </message>
    <message>
        <source>&amp;Suggest a passphrase</source>
        <translation type="unfinished">&amp;Zaproponuj hasło</translation>
    </message>
    <message>
        <source>Suggest a passphrase of random words</source>
        <translation type="unfinished">Zaproponuj hasło z losowych słów</translation>
    </message>
    <message>
        <source>Show what I type</source>
        <translation type="unfinished">Pokaż, co wpisuję</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation type="unfinished">Pokaż hasło</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation type="unfinished">Siła hasła</translation>
    </message>
    <message>
        <source>Passphrase feedback</source>
        <translation type="unfinished">Informacja o haśle</translation>
    </message>
    <message>
        <source>Create the vault</source>
        <translation type="unfinished">Utwórz sejf</translation>
    </message>
    <message>
        <source>Restore from a backup instead…</source>
        <translation type="unfinished">Zamiast tego przywróć z kopii zapasowej…</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished">Przywróć z kopii zapasowej</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished">&amp;Hasło:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation type="unfinished">&amp;Powtórz je:</translation>
    </message>
    <message>
        <source>Strong enough.</source>
        <translation type="unfinished">Wystarczająco silne.</translation>
    </message>
    <message>
        <source>A passphrase of six random words is shown. Write it down and keep it somewhere safe away from this laptop before you go on.</source>
        <translation type="unfinished">Pokazano hasło z sześciu losowych słów. Zapisz je i przechowuj w bezpiecznym miejscu z dala od tego laptopa, zanim przejdziesz dalej.</translation>
    </message>
    <message>
        <source>The two match.</source>
        <translation type="unfinished">Oba są zgodne.</translation>
    </message>
    <message>
        <source>The two do not match yet.</source>
        <translation type="unfinished">Oba jeszcze się nie zgadzają.</translation>
    </message>
    <message>
        <source>Creating the encrypted vault…</source>
        <translation type="unfinished">Tworzenie zaszyfrowanego sejfu…</translation>
    </message>
</context>
<context>
    <name>IncidentForm</name>
    <message>
        <source>Interview step</source>
        <translation type="unfinished">Krok rozmowy</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished">Co się stało</translation>
    </message>
    <message>
        <source>When and where</source>
        <translation type="unfinished">Kiedy i gdzie</translation>
    </message>
    <message>
        <source>Perpetrators and vehicles</source>
        <translation type="unfinished">Sprawcy i pojazdy</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation type="unfinished">Co zostało powiedziane</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished">Zgoda</translation>
    </message>
    <message>
        <source>What will be shared</source>
        <translation type="unfinished">Co zostanie udostępnione</translation>
    </message>
    <message>
        <source>Interview message</source>
        <translation type="unfinished">Komunikat rozmowy</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished">W&amp;stecz</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation type="unfinished">Poprzedni krok</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished">&amp;Dalej</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished">Następny krok</translation>
    </message>
    <message>
        <source>Save and continue to &amp;consent</source>
        <translation type="unfinished">Zapisz i przejdź do &amp;zgody</translation>
    </message>
    <message>
        <source>Save the incident and continue to consent</source>
        <translation type="unfinished">Zapisz zdarzenie i przejdź do zgody</translation>
    </message>
    <message>
        <source>Save and cl&amp;ose</source>
        <translation type="unfinished">Zapisz i za&amp;mknij</translation>
    </message>
    <message>
        <source>Save the incident and close</source>
        <translation type="unfinished">Zapisz zdarzenie i zamknij</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation type="unfinished">Zamknij bez zapisywania</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation type="unfinished">Krok %1 z %2: %3</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Zamknij</translation>
    </message>
    <message>
        <source>Closed.</source>
        <translation type="unfinished">Zamknięto.</translation>
    </message>
    <message>
        <source>Closed without saving.</source>
        <translation type="unfinished">Zamknięto bez zapisywania.</translation>
    </message>
    <message>
        <source>Close without saving?</source>
        <translation type="unfinished">Zamknąć bez zapisywania?</translation>
    </message>
    <message>
        <source>What was typed in this interview since it was last saved will be lost.</source>
        <translation type="unfinished">To, co wpisano w tej rozmowie od ostatniego zapisu, przepadnie.</translation>
    </message>
    <message>
        <source>Discard what was typed</source>
        <translation type="unfinished">Odrzuć to, co wpisano</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation type="unfinished">Edytuj dalej</translation>
    </message>
    <message>
        <source>Tick at least one thing that happened (step 1).</source>
        <translation type="unfinished">Zaznacz co najmniej jedną rzecz, która się stała (krok 1).</translation>
    </message>
    <message>
        <source>Type the worker&apos;s initials (step 1).</source>
        <translation type="unfinished">Wpisz inicjały pracownika (krok 1).</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished">Numer telefonu</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation type="unfinished">Adres e-mail</translation>
    </message>
</context>
<context>
    <name>IncidentsPage</name>
    <message>
        <source>changed since shared: needs the person&apos;s consent again (open it to confirm)</source>
        <translation type="unfinished">zmienione po udostępnieniu: potrzebna ponowna zgoda osoby (otwórz, aby potwierdzić)</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished">Zdarzenia</translation>
    </message>
    <message>
        <source>Filter by type</source>
        <translation type="unfinished">Filtruj według rodzaju</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation type="unfinished">Dowolny rodzaj</translation>
    </message>
    <message>
        <source>&amp;New incident</source>
        <translation type="unfinished">&amp;Nowe zdarzenie</translation>
    </message>
    <message>
        <source>Record a new incident</source>
        <translation type="unfinished">Zapisz nowe zdarzenie</translation>
    </message>
    <message>
        <source>&amp;Open / share…</source>
        <translation type="unfinished">&amp;Otwórz / udostępnij…</translation>
    </message>
    <message>
        <source>Open the selected incident</source>
        <translation type="unfinished">Otwórz wybrane zdarzenie</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished">&amp;Usuń…</translation>
    </message>
    <message>
        <source>Delete the selected incident</source>
        <translation type="unfinished">Usuń wybrane zdarzenie</translation>
    </message>
    <message>
        <source>&amp;Forget this person…</source>
        <translation type="unfinished">&amp;Zapomnij tę osobę…</translation>
    </message>
    <message>
        <source>Forget the person of the selected incident</source>
        <translation type="unfinished">Zapomnij osobę z wybranego zdarzenia</translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished">Kiedy</translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished">Obszar</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation type="unfinished">Pseudonim</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation type="unfinished">(nie zapisano)</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished">Co się stało</translation>
    </message>
    <message>
        <source>Injury</source>
        <translation type="unfinished">Obrażenia</translation>
    </message>
    <message>
        <source>Perpetrators</source>
        <translation type="unfinished">Sprawcy</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation type="unfinished">Pojazdy</translation>
    </message>
    <message>
        <source>Where exactly</source>
        <translation type="unfinished">Gdzie dokładnie</translation>
    </message>
    <message>
        <source>Their words</source>
        <translation type="unfinished">Jej słowa</translation>
    </message>
    <message>
        <source>Alert summary</source>
        <translation type="unfinished">Podsumowanie alertu</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation type="unfinished">Udostępnianie</translation>
    </message>
    <message>
        <source>The interview you had started before the lock was restored.</source>
        <translation type="unfinished">Przywrócono rozmowę rozpoczętą przed blokadą.</translation>
    </message>
    <message>
        <source>restore the interview</source>
        <translation type="unfinished">przywrócić rozmowy</translation>
    </message>
    <message>
        <source>open the form</source>
        <translation type="unfinished">otworzyć formularza</translation>
    </message>
    <message>
        <source>That incident is no longer stored.</source>
        <translation type="unfinished">Tego zdarzenia już nie ma w pamięci.</translation>
    </message>
    <message>
        <source>open the incident</source>
        <translation type="unfinished">otworzyć zdarzenia</translation>
    </message>
    <message>
        <source>Incident deleted.</source>
        <translation type="unfinished">Zdarzenie usunięte.</translation>
    </message>
    <message>
        <source>delete the incident</source>
        <translation type="unfinished">usunąć zdarzenia</translation>
    </message>
    <message>
        <source>Delete incident</source>
        <translation type="unfinished">Usuń zdarzenie</translation>
    </message>
    <message>
        <source>Delete the incident of %1 from this device? This cannot be undone. A report already sent is not recalled by this: withdraw it with the withdrawal code.</source>
        <translation type="unfinished">Usunąć zdarzenie %1 z tego urządzenia? Tego nie można cofnąć. Raport już wysłany nie zostanie w ten sposób wycofany: wycofaj go kodem wycofania.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Street</source>
        <translation type="unfinished">Ulica</translation>
    </message>
    <message>
        <source>Van</source>
        <translation type="unfinished">Furgonetka</translation>
    </message>
    <message>
        <source>Drop-in</source>
        <translation type="unfinished">Punkt stacjonarny</translation>
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
        <translation type="unfinished">Osobiście</translation>
    </message>
    <message>
        <source>Advocacy</source>
        <translation type="unfinished">Rzecznictwo</translation>
    </message>
    <message>
        <source>Condoms</source>
        <translation type="unfinished">Prezerwatywy</translation>
    </message>
    <message>
        <source>Lube</source>
        <translation type="unfinished">Lubrykant</translation>
    </message>
    <message>
        <source>Needles/syringes</source>
        <translation type="unfinished">Igły/strzykawki</translation>
    </message>
    <message>
        <source>Naloxone</source>
        <translation type="unfinished">Nalokson</translation>
    </message>
    <message>
        <source>Safety leaflets</source>
        <translation type="unfinished">Ulotki o bezpieczeństwie</translation>
    </message>
    <message>
        <source>Alert bulletins</source>
        <translation type="unfinished">Biuletyny z alertami</translation>
    </message>
    <message>
        <source>Food/drink</source>
        <translation type="unfinished">Jedzenie/picie</translation>
    </message>
    <message>
        <source>Other supplies</source>
        <translation type="unfinished">Inne materiały</translation>
    </message>
    <message>
        <source>Sexual health</source>
        <translation type="unfinished">Zdrowie seksualne</translation>
    </message>
    <message>
        <source>Drugs/alcohol</source>
        <translation type="unfinished">Narkotyki/alkohol</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation type="unfinished">Mieszkanie</translation>
    </message>
    <message>
        <source>ISVA/victim support</source>
        <translation type="unfinished">ISVA/wsparcie ofiar</translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation type="unfinished">Zdrowie psychiczne</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation type="unfinished">Pomoc prawna</translation>
    </message>
    <message>
        <source>Other referral</source>
        <translation type="unfinished">Inne skierowanie</translation>
    </message>
    <message>
        <source>Physical assault</source>
        <translation type="unfinished">Napaść fizyczna</translation>
    </message>
    <message>
        <source>Sexual assault</source>
        <translation type="unfinished">Napaść seksualna</translation>
    </message>
    <message>
        <source>Rape</source>
        <translation type="unfinished">Gwałt</translation>
    </message>
    <message>
        <source>Robbery/theft</source>
        <translation type="unfinished">Rozbój/kradzież</translation>
    </message>
    <message>
        <source>Non-payment</source>
        <translation type="unfinished">Brak zapłaty</translation>
    </message>
    <message>
        <source>Threats/intimidation</source>
        <translation type="unfinished">Groźby/zastraszanie</translation>
    </message>
    <message>
        <source>Condom removal</source>
        <translation type="unfinished">Zdjęcie prezerwatywy</translation>
    </message>
    <message>
        <source>Stalking/harassment</source>
        <translation type="unfinished">Nękanie/stalking</translation>
    </message>
    <message>
        <source>Kidnap/false imprisonment</source>
        <translation type="unfinished">Porwanie/bezprawne przetrzymywanie</translation>
    </message>
    <message>
        <source>Verbal abuse</source>
        <translation type="unfinished">Przemoc słowna</translation>
    </message>
    <message>
        <source>Hate incident</source>
        <translation type="unfinished">Incydent z nienawiści</translation>
    </message>
    <message>
        <source>Fraud</source>
        <translation type="unfinished">Oszustwo</translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished">Inne</translation>
    </message>
    <message>
        <source>Exact time</source>
        <translation type="unfinished">Dokładny czas</translation>
    </message>
    <message>
        <source>Approximately</source>
        <translation type="unfinished">W przybliżeniu</translation>
    </message>
    <message>
        <source>Sometime that day</source>
        <translation type="unfinished">Kiedyś tego dnia</translation>
    </message>
    <message>
        <source>Sometime that week</source>
        <translation type="unfinished">Kiedyś w tym tygodniu</translation>
    </message>
    <message>
        <source>Sometime that month</source>
        <translation type="unfinished">Kiedyś w tym miesiącu</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation type="unfinished">Poniżej 18</translation>
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
        <translation type="unfinished">Nieznane</translation>
    </message>
    <message>
        <source>Woman</source>
        <translation type="unfinished">Kobieta</translation>
    </message>
    <message>
        <source>Man</source>
        <translation type="unfinished">Mężczyzna</translation>
    </message>
    <message>
        <source>Trans woman</source>
        <translation type="unfinished">Transpłciowa kobieta</translation>
    </message>
    <message>
        <source>Trans man</source>
        <translation type="unfinished">Transpłciowy mężczyzna</translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation type="unfinished">Niebinarna</translation>
    </message>
    <message>
        <source>No injury</source>
        <translation type="unfinished">Bez obrażeń</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation type="unfinished">Lekkie</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation type="unfinished">Umiarkowane</translation>
    </message>
    <message>
        <source>Serious</source>
        <translation type="unfinished">Poważne</translation>
    </message>
    <message>
        <source>Slim</source>
        <translation type="unfinished">Szczupła</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished">Średnia</translation>
    </message>
    <message>
        <source>Heavy</source>
        <translation type="unfinished">Masywna</translation>
    </message>
    <message>
        <source>Muscular</source>
        <translation type="unfinished">Umięśniona</translation>
    </message>
    <message>
        <source>Warn other sex workers (alert)</source>
        <translation type="unfinished">Ostrzeż inne osoby świadczące usługi seksualne (alert)</translation>
    </message>
    <message>
        <source>Count it in statistics</source>
        <translation type="unfinished">Uwzględnij w statystykach</translation>
    </message>
    <message>
        <source>Anonymous intelligence to police</source>
        <translation type="unfinished">Anonimowe informacje dla policji</translation>
    </message>
    <message>
        <source>Police contact (referral)</source>
        <translation type="unfinished">Kontakt z policją (skierowanie)</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <source>Add</source>
        <translation type="unfinished">Dodaj</translation>
    </message>
    <message>
        <source>Add: %1</source>
        <translation type="unfinished">Dodaj: %1</translation>
    </message>
    <message>
        <source>Remove this one</source>
        <translation type="unfinished">Usuń ten wpis</translation>
    </message>
    <message>
        <source>Remove: %1</source>
        <translation type="unfinished">Usuń: %1</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation type="unfinished">Nic nie zapisano.</translation>
    </message>
</context>
<context>
    <name>MainScreen</name>
    <message>
        <source>Pages</source>
        <translation type="unfinished">Strony</translation>
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
        <translation type="unfinished">Nie udało się utworzyć sejfu: %1</translation>
    </message>
    <message>
        <source>That passphrase is not right.</source>
        <translation type="unfinished">To hasło jest nieprawidłowe.</translation>
    </message>
    <message>
        <source>Too many wrong passphrases in a row.</source>
        <translation type="unfinished">Zbyt wiele błędnych haseł z rzędu.</translation>
    </message>
    <message>
        <source>Outreach is already open in another window. Close it there first.</source>
        <translation type="unfinished">Outreach jest już otwarty w innym oknie. Najpierw zamknij go tam.</translation>
    </message>
    <message>
        <source>The vault&apos;s files are damaged and cannot be opened. Nothing was changed. Restore a backup, or ask your coordinator for help.</source>
        <translation type="unfinished">Pliki sejfu są uszkodzone i nie można ich otworzyć. Niczego nie zmieniono. Przywróć kopię zapasową albo poproś koordynatora o pomoc.</translation>
    </message>
    <message>
        <source>The vault could not be opened: %1</source>
        <translation type="unfinished">Nie udało się otworzyć sejfu: %1</translation>
    </message>
    <message>
        <source>The disk is full: the vault is intact, but nothing new can be saved until space is freed. Half-typed forms are kept in memory until then. Free some space, or make a backup to another disk (Settings).</source>
        <translation type="unfinished">Dysk jest pełny: sejf jest nienaruszony, ale nic nowego nie da się zapisać, dopóki nie zwolnisz miejsca. Do tego czasu rozpoczęte formularze są trzymane w pamięci. Zwolnij trochę miejsca albo zrób kopię zapasową na inny dysk (Ustawienia).</translation>
    </message>
    <message>
        <source>Retention removed %1 contact notes, %2 people, %3 incident texts, %4 sent payloads.</source>
        <translation type="unfinished">Przechowywanie usunęło: notatki z kontaktów: %1, osoby: %2, opisy zdarzeń: %3, wysłane treści: %4.</translation>
    </message>
    <message>
        <source>An unfinished form was restored on the %1 page.</source>
        <translation type="unfinished">Przywrócono niedokończony formularz na stronie %1.</translation>
    </message>
    <message>
        <source>Something went wrong (%1). Nothing was changed.</source>
        <translation type="unfinished">Coś poszło nie tak (%1). Niczego nie zmieniono.</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished">Szkic</translation>
    </message>
    <message>
        <source>Consented</source>
        <translation type="unfinished">Ze zgodą</translation>
    </message>
    <message>
        <source>Waiting for a coordinator</source>
        <translation type="unfinished">Czeka na koordynatora</translation>
    </message>
    <message>
        <source>Rejected by a coordinator</source>
        <translation type="unfinished">Odrzucony przez koordynatora</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation type="unfinished">Czeka na wysłanie</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished">Wysyłanie</translation>
    </message>
    <message>
        <source>Sent (receipt stored)</source>
        <translation type="unfinished">Wysłany (potwierdzenie zapisane)</translation>
    </message>
    <message>
        <source>Parked: needs attention</source>
        <translation type="unfinished">Wstrzymany: wymaga uwagi</translation>
    </message>
    <message>
        <source>Replaced by a newer version</source>
        <translation type="unfinished">Zastąpiony nowszą wersją</translation>
    </message>
    <message>
        <source>Withdrawal waiting to be sent</source>
        <translation type="unfinished">Wycofanie czeka na wysłanie</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished">Wycofany</translation>
    </message>
    <message>
        <source>Withdrawn on the server</source>
        <translation type="unfinished">Wycofany na serwerze</translation>
    </message>
    <message>
        <source>Not found on the server yet: asked again at each sync for 30 days</source>
        <translation type="unfinished">Jeszcze nie znaleziony na serwerze: pytanie ponawiane przy każdej synchronizacji przez 30 dni</translation>
    </message>
    <message>
        <source>Not found on the server; it still withdraws the report if it arrives</source>
        <translation type="unfinished">Nie znaleziony na serwerze; nadal wycofuje raport, jeśli ten dotrze</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished">Zmieniono</translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished">Co</translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished">Dla</translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished">Stan</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation type="unfinished">Próby</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished">Powód</translation>
    </message>
    <message>
        <source>Withdrawal of consent</source>
        <translation type="unfinished">Wycofanie zgody</translation>
    </message>
    <message>
        <source>Report v%1</source>
        <translation type="unfinished">Raport v%1</translation>
    </message>
    <message>
        <source> (incident of %1)</source>
        <translation type="unfinished"> (zdarzenie z %1)</translation>
    </message>
</context>
<context>
    <name>PassphrasesSection</name>
    <message>
        <source>Passphrases</source>
        <translation type="unfinished">Hasła</translation>
    </message>
    <message>
        <source>Passphrases of this vault</source>
        <translation type="unfinished">Hasła tego sejfu</translation>
    </message>
    <message>
        <source>Re&amp;move passphrase…</source>
        <translation type="unfinished">&amp;Usuń hasło…</translation>
    </message>
    <message>
        <source>Remove the selected passphrase</source>
        <translation type="unfinished">Usuń wybrane hasło</translation>
    </message>
    <message>
        <source>Passphrases message</source>
        <translation type="unfinished">Komunikat o hasłach</translation>
    </message>
    <message>
        <source>Removing a passphrase changes the vault&apos;s key, so a copy of the old key file with that passphrase opens nothing. The other passphrases keep working.</source>
        <translation type="unfinished">Usunięcie hasła zmienia klucz sejfu, więc kopia starego pliku klucza z tym hasłem niczego nie otworzy. Pozostałe hasła działają dalej.</translation>
    </message>
    <message>
        <source>list the passphrases</source>
        <translation type="unfinished">wyświetlić haseł</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation type="unfinished">koordynator</translation>
    </message>
    <message>
        <source>worker</source>
        <translation type="unfinished">pracownik</translation>
    </message>
    <message>
        <source> (this session)</source>
        <translation type="unfinished"> (ta sesja)</translation>
    </message>
    <message>
        <source>Remove passphrase</source>
        <translation type="unfinished">Usuń hasło</translation>
    </message>
    <message>
        <source>Remove passphrase %1? Whoever uses it can no longer open this vault.</source>
        <translation type="unfinished">Usunąć hasło %1? Kto go używa, nie otworzy już tego sejfu.</translation>
    </message>
    <message>
        <source>Removing the passphrase and changing the vault&apos;s key…</source>
        <translation type="unfinished">Usuwanie hasła i zmiana klucza sejfu…</translation>
    </message>
    <message>
        <source>Passphrase removed; the vault&apos;s key was changed.</source>
        <translation type="unfinished">Hasło usunięte; klucz sejfu został zmieniony.</translation>
    </message>
    <message>
        <source>Also removed (from before the coordinator key): %1</source>
        <translation type="unfinished">Usunięto też (sprzed klucza koordynatora): %1</translation>
    </message>
    <message>
        <source>remove the passphrase</source>
        <translation type="unfinished">usunąć hasła</translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <translation type="unfinished">Nie udało się %1: %2</translation>
    </message>
</context>
<context>
    <name>PerpetratorEditor</name>
    <message>
        <source>Perpetrator&apos;s gender</source>
        <translation type="unfinished">Płeć sprawcy</translation>
    </message>
    <message>
        <source>Perpetrator&apos;s age from</source>
        <translation type="unfinished">Wiek sprawcy od</translation>
    </message>
    <message>
        <source>Perpetrator&apos;s age to</source>
        <translation type="unfinished">Wiek sprawcy do</translation>
    </message>
    <message>
        <source>Perpetrator&apos;s build</source>
        <translation type="unfinished">Budowa ciała sprawcy</translation>
    </message>
    <message>
        <source>Gender:</source>
        <translation type="unfinished">Płeć:</translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished">do</translation>
    </message>
    <message>
        <source>Age:</source>
        <translation type="unfinished">Wiek:</translation>
    </message>
    <message>
        <source>Build:</source>
        <translation type="unfinished">Budowa:</translation>
    </message>
    <message>
        <source>Height</source>
        <translation type="unfinished">Wzrost</translation>
    </message>
    <message>
        <source>Ethnicity (as described)</source>
        <translation type="unfinished">Pochodzenie etniczne (jak opisano)</translation>
    </message>
    <message>
        <source>Hair</source>
        <translation type="unfinished">Włosy</translation>
    </message>
    <message>
        <source>Distinguishing features</source>
        <translation type="unfinished">Znaki szczególne</translation>
    </message>
    <message>
        <source>Clothing</source>
        <translation type="unfinished">Ubranie</translation>
    </message>
    <message>
        <source>Name they used</source>
        <translation type="unfinished">Imię, którego używał</translation>
    </message>
    <message>
        <source>Phone numbers (comma between)</source>
        <translation type="unfinished">Numery telefonów (rozdzielone przecinkiem)</translation>
    </message>
    <message>
        <source>E-mail addresses (comma between)</source>
        <translation type="unfinished">Adresy e-mail (rozdzielone przecinkiem)</translation>
    </message>
    <message>
        <source>Online names (comma between)</source>
        <translation type="unfinished">Nazwy w sieci (rozdzielone przecinkiem)</translation>
    </message>
    <message>
        <source>Website or app</source>
        <translation type="unfinished">Strona lub aplikacja</translation>
    </message>
    <message>
        <source>Problem with: %1</source>
        <translation type="unfinished">Problem z: %1</translation>
    </message>
    <message>
        <source>not known</source>
        <translation type="unfinished">nieznane</translation>
    </message>
</context>
<context>
    <name>PersonChoiceDialog</name>
    <message>
        <source>Which person?</source>
        <translation type="unfinished">Która osoba?</translation>
    </message>
    <message>
        <source>%1 people are called “%2”. Who was this?</source>
        <translation type="unfinished">Osób o imieniu „%2”: %1. Kto to był?</translation>
    </message>
    <message>
        <source>The %1 last seen on %2</source>
        <translation type="unfinished">%1 widziana ostatnio %2</translation>
    </message>
    <message>
        <source>The %1 with no contact or incident yet</source>
        <translation type="unfinished">%1 bez kontaktu ani zdarzenia</translation>
    </message>
    <message>
        <source>Someone new called %1</source>
        <translation type="unfinished">Ktoś nowy o imieniu %1</translation>
    </message>
</context>
<context>
    <name>PreviewStep</name>
    <message>
        <source>WHAT WILL BE SHARED</source>
        <translation type="unfinished">CO ZOSTANIE UDOSTĘPNIONE</translation>
    </message>
    <message>
        <source>This is exactly what will leave this device when it is sent, and nothing else. Read it with the person. If anything could identify them, go back and change it.</source>
        <translation type="unfinished">Dokładnie to opuści to urządzenie przy wysyłce i nic więcej. Przeczytaj to razem z osobą. Jeśli cokolwiek mogłoby ją zidentyfikować, wróć i to zmień.</translation>
    </message>
    <message>
        <source>What will be shared, in plain words</source>
        <translation type="unfinished">Co zostanie udostępnione, prostymi słowami</translation>
    </message>
    <message>
        <source>What will be shared, as sent (JSON)</source>
        <translation type="unfinished">Co zostanie udostępnione, tak jak zostanie wysłane (JSON)</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation type="unfinished">Szczegóły techniczne</translation>
    </message>
    <message>
        <source>Show technical details</source>
        <translation type="unfinished">Pokaż szczegóły techniczne</translation>
    </message>
    <message>
        <source>Might still identify someone</source>
        <translation type="unfinished">Nadal może kogoś zidentyfikować</translation>
    </message>
    <message>
        <source>Look at each marked part with the person: keep it, or remove it from the text it is in. Sealing is possible once every part is decided.</source>
        <translation type="unfinished">Przejrzyj z osobą każdą zaznaczoną część: zachowaj ją albo usuń z tekstu, w którym jest. Zapieczętowanie jest możliwe, gdy o każdej części zdecydowano.</translation>
    </message>
    <message>
        <source>Sharing status</source>
        <translation type="unfinished">Stan udostępniania</translation>
    </message>
    <message>
        <source>&amp;Back to consent</source>
        <translation type="unfinished">&amp;Wróć do zgody</translation>
    </message>
    <message>
        <source>Back to consent</source>
        <translation type="unfinished">Wróć do zgody</translation>
    </message>
    <message>
        <source>&amp;Seal and queue for sending</source>
        <translation type="unfinished">&amp;Zapieczętuj i dodaj do kolejki wysyłki</translation>
    </message>
    <message>
        <source>Seal and queue for sending</source>
        <translation type="unfinished">Zapieczętuj i dodaj do kolejki wysyłki</translation>
    </message>
    <message>
        <source>This is exactly what the new version will send; it replaces the earlier one. Read it with the person. Sealing records that they confirmed it.</source>
        <translation type="unfinished">Dokładnie to wyśle nowa wersja; zastępuje ona poprzednią. Przeczytaj to razem z osobą. Zapieczętowanie zapisuje, że to potwierdziła.</translation>
    </message>
    <message>
        <source>Confirm and &amp;seal the new version</source>
        <translation type="unfinished">Potwierdź i &amp;zapieczętuj nową wersję</translation>
    </message>
    <message>
        <source>Confirm and seal the new version</source>
        <translation type="unfinished">Potwierdź i zapieczętuj nową wersję</translation>
    </message>
    <message>
        <source>Might still identify someone (%1)</source>
        <translation type="unfinished">Nadal może kogoś zidentyfikować (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n marked part(s) still to keep or remove before sealing.</source>
        <translation type="unfinished">
            <numerusform>Jeszcze %n zaznaczona część do zachowania lub usunięcia przed zapieczętowaniem.</numerusform>
            <numerusform>Jeszcze %n zaznaczone części do zachowania lub usunięcia przed zapieczętowaniem.</numerusform>
            <numerusform>Jeszcze %n zaznaczonych części do zachowania lub usunięcia przed zapieczętowaniem.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removing it from %1…</source>
        <translation type="unfinished">Usuwanie z: %1…</translation>
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
        <translation type="unfinished">Anuluj</translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished">Zapisz</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Zamknij</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished">&amp;Tak</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished">&amp;Nie</translation>
    </message>
</context>
<context>
    <name>QuickDeletePanel</name>
    <message>
        <source>DELETE</source>
        <translation type="unfinished">USUN</translation>
    </message>
    <message>
        <source>Quick delete…</source>
        <translation type="unfinished">Szybkie usunięcie…</translation>
    </message>
    <message>
        <source>Quick delete</source>
        <translation type="unfinished">Szybkie usunięcie</translation>
    </message>
    <message>
        <source>Everything on this laptop is destroyed and cannot be recovered: the vault, unsent reports, and the files Outreach saved outside it (exports, backups, PDFs) as far as it knows them. No passphrase is needed.</source>
        <translation type="unfinished">Wszystko na tym laptopie zostanie zniszczone bez możliwości odzyskania: sejf, niewysłane raporty i pliki zapisane przez Outreach poza nim (eksporty, kopie zapasowe, PDF-y), o ile je zna. Hasło nie jest potrzebne.</translation>
    </message>
    <message>
        <source>Type %1 to confirm.</source>
        <translation type="unfinished">Wpisz %1, aby potwierdzić.</translation>
    </message>
    <message>
        <source>Type %1 to confirm quick delete</source>
        <translation type="unfinished">Wpisz %1, aby potwierdzić szybkie usunięcie</translation>
    </message>
    <message>
        <source>Delete everything now</source>
        <translation type="unfinished">Usuń wszystko teraz</translation>
    </message>
    <message>
        <source>Confirm quick delete</source>
        <translation type="unfinished">Potwierdź szybkie usunięcie</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Anuluj</translation>
    </message>
    <message>
        <source>Cancel quick delete</source>
        <translation type="unfinished">Anuluj szybkie usunięcie</translation>
    </message>
</context>
<context>
    <name>RecordListPage</name>
    <message>
        <source>Any time</source>
        <translation type="unfinished">Dowolny czas</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished">Ostatnie 24 godziny</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished">Ostatnie 7 dni</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished">Ostatnie 30 dni</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation type="unfinished">Ostatnie 12 miesięcy</translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished">Szukaj</translation>
    </message>
    <message>
        <source>Search: words, alias, phone number or plate (Ctrl+F)</source>
        <translation type="unfinished">Szukaj: słowa, pseudonim, numer telefonu lub tablica (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter by area</source>
        <translation type="unfinished">Filtruj według obszaru</translation>
    </message>
    <message>
        <source>Any area</source>
        <translation type="unfinished">Dowolny obszar</translation>
    </message>
    <message>
        <source>Filter by date</source>
        <translation type="unfinished">Filtruj według daty</translation>
    </message>
    <message>
        <source>Number of records shown</source>
        <translation type="unfinished">Liczba pokazanych zapisów</translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished">Zapisy</translation>
    </message>
    <message>
        <source>Selected record</source>
        <translation type="unfinished">Wybrany zapis</translation>
    </message>
    <message>
        <source>Select a row to see it here.</source>
        <translation type="unfinished">Wybierz wiersz, aby zobaczyć go tutaj.</translation>
    </message>
    <message>
        <source>Page message</source>
        <translation type="unfinished">Komunikat strony</translation>
    </message>
    <message>
        <source>list records</source>
        <translation type="unfinished">wyświetlić zapisów</translation>
    </message>
    <message>
        <source>%1 shown</source>
        <translation type="unfinished">Pokazano: %1</translation>
    </message>
    <message>
        <source>this person</source>
        <translation type="unfinished">ta osoba</translation>
    </message>
    <message>
        <source>Forget %1?

This permanently erases %1 and everything recorded about them on this device: %2 contacts and %3 incidents, with their consents and unsent reports. It cannot be undone.

Reports already sent to the charity will be withdrawn from its server at the next sync. An alert already read, or intelligence already passed to the police, cannot be recalled.</source>
        <translation type="unfinished">Zapomnieć %1?

To trwale usuwa %1 i wszystko, co zapisano o tej osobie na tym urządzeniu: kontakty (%2) i zdarzenia (%3), razem z ich zgodami i niewysłanymi raportami. Tego nie można cofnąć.

Raporty już wysłane do organizacji zostaną wycofane z jej serwera przy następnej synchronizacji. Alertu już przeczytanego ani informacji już przekazanych policji nie da się odwołać.</translation>
    </message>
    <message>
        <source>Forget %1 and erase %2 records</source>
        <translation type="unfinished">Zapomnij %1 i usuń zapisy (%2)</translation>
    </message>
    <message>
        <source>Forgotten. Reports already sent will be withdrawn from the charity&apos;s server at the next sync.</source>
        <translation type="unfinished">Zapomniano. Raporty już wysłane zostaną wycofane z serwera organizacji przy następnej synchronizacji.</translation>
    </message>
    <message>
        <source>forget the person</source>
        <translation type="unfinished">zapomnieć osoby</translation>
    </message>
    <message>
        <source>Forget this person</source>
        <translation type="unfinished">Zapomnij tę osobę</translation>
    </message>
    <message>
        <source>count their records</source>
        <translation type="unfinished">policzyć jej zapisów</translation>
    </message>
</context>
<context>
    <name>RecordModels</name>
    <message>
        <source>When</source>
        <translation type="unfinished">Kiedy</translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished">Obszar</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation type="unfinished">Pseudonim</translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished">Jak</translation>
    </message>
    <message>
        <source>Supplies</source>
        <translation type="unfinished">Materiały</translation>
    </message>
    <message>
        <source>Supplies handed out, with counts</source>
        <translation type="unfinished">Wydane materiały, z liczbami</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished">Skierowania</translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished">Notatka</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished">Co się stało</translation>
    </message>
    <message>
        <source>Perpetrators</source>
        <translation type="unfinished">Sprawcy</translation>
    </message>
    <message>
        <source>Number of perpetrators</source>
        <translation type="unfinished">Liczba sprawców</translation>
    </message>
    <message>
        <source>Plates</source>
        <translation type="unfinished">Tablice</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished">Podsumowanie</translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished">Wiek</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished">Płeć</translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished">Język</translation>
    </message>
</context>
<context>
    <name>RecordPages</name>
    <message>
        <source>Could not %1: %2</source>
        <translation type="unfinished">Nie udało się %1: %2</translation>
    </message>
    <message>
        <source>Could not %1: the vault is locked.</source>
        <translation type="unfinished">Nie udało się %1: sejf jest zablokowany.</translation>
    </message>
    <message>
        <source>Could not %1: the vault refused the change (%2). Nothing was saved.</source>
        <translation type="unfinished">Nie udało się %1: sejf odrzucił zmianę (%2). Nic nie zapisano.</translation>
    </message>
    <message>
        <source>Could not %1 (%2).</source>
        <translation type="unfinished">Nie udało się %1 (%2).</translation>
    </message>
</context>
<context>
    <name>RestorePassphraseDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished">Przywróć z kopii zapasowej</translation>
    </message>
    <message>
        <source>Passphrase of the backup</source>
        <translation type="unfinished">Hasło kopii zapasowej</translation>
    </message>
    <message>
        <source>Current coordinator passphrase</source>
        <translation type="unfinished">Obecne hasło koordynatora</translation>
    </message>
    <message>
        <source>Restoring replaces every record on this laptop with the backup&apos;s. Records added since the backup are lost.</source>
        <translation type="unfinished">Przywrócenie zastępuje każdy zapis na tym laptopie zapisami z kopii zapasowej. Zapisy dodane od czasu kopii przepadną.</translation>
    </message>
    <message>
        <source>&amp;Coordinator passphrase of this vault:</source>
        <translation type="unfinished">Hasło &amp;koordynatora tego sejfu:</translation>
    </message>
    <message>
        <source>&amp;Passphrase of the backup:</source>
        <translation type="unfinished">&amp;Hasło kopii zapasowej:</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review and sync</source>
        <translation type="unfinished">Przegląd i synchronizacja</translation>
    </message>
    <message>
        <source>Queue summary</source>
        <translation type="unfinished">Podsumowanie kolejki</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation type="unfinished">Skrzynka nadawcza</translation>
    </message>
    <message>
        <source>Selected report, in plain words</source>
        <translation type="unfinished">Wybrany raport, prostymi słowami</translation>
    </message>
    <message>
        <source>Selected report, as sent (JSON)</source>
        <translation type="unfinished">Wybrany raport, tak jak zostanie wysłany (JSON)</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished">&amp;Zatwierdź</translation>
    </message>
    <message>
        <source>Approve the selected report</source>
        <translation type="unfinished">Zatwierdź wybrany raport</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation type="unfinished">&amp;Odrzuć</translation>
    </message>
    <message>
        <source>Reject the selected report</source>
        <translation type="unfinished">Odrzuć wybrany raport</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation type="unfinished">&amp;Synchronizuj teraz</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished">Synchronizuj teraz</translation>
    </message>
    <message>
        <source>Page message</source>
        <translation type="unfinished">Komunikat strony</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished">Adres serwera</translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <translation type="unfinished">Kod rejestracji</translation>
    </message>
    <message>
        <source>Charity key fingerprint from the code sheet</source>
        <translation type="unfinished">Odcisk klucza organizacji z arkusza kodów</translation>
    </message>
    <message>
        <source>&amp;Link this device</source>
        <translation type="unfinished">&amp;Połącz to urządzenie</translation>
    </message>
    <message>
        <source>Link this device to the server</source>
        <translation type="unfinished">Połącz to urządzenie z serwerem</translation>
    </message>
    <message>
        <source>Link to the charity&apos;s server</source>
        <translation type="unfinished">Połączenie z serwerem organizacji</translation>
    </message>
    <message>
        <source>Ser&amp;ver address:</source>
        <translation type="unfinished">Adres ser&amp;wera:</translation>
    </message>
    <message>
        <source>Enrolment &amp;code:</source>
        <translation type="unfinished">Kod &amp;rejestracji:</translation>
    </message>
    <message>
        <source>Charity key &amp;fingerprint:</source>
        <translation type="unfinished">Odcisk &amp;klucza organizacji:</translation>
    </message>
    <message>
        <source>load the outbox</source>
        <translation type="unfinished">wczytać skrzynki nadawczej</translation>
    </message>
    <message>
        <source>%1 waiting to be sent</source>
        <translation type="unfinished">Czeka na wysłanie: %1</translation>
    </message>
    <message>
        <source>%1 waiting for review</source>
        <translation type="unfinished">Czeka na przegląd: %1</translation>
    </message>
    <message>
        <source>%1 parked</source>
        <translation type="unfinished">Wstrzymane: %1</translation>
    </message>
    <message>
        <source>%1 sent</source>
        <translation type="unfinished">Wysłane: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n withdrawal(s) not found on the server yet</source>
        <translation type="unfinished">
            <numerusform>%n wycofanie jeszcze nieznalezione na serwerze</numerusform>
            <numerusform>%n wycofania jeszcze nieznalezione na serwerze</numerusform>
            <numerusform>%n wycofań jeszcze nieznalezionych na serwerze</numerusform>
        </translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation type="unfinished">Stan: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished">Powód: %1</translation>
    </message>
    <message>
        <source>What was sent was removed from this device by retention. The report can still be withdrawn from the charity&apos;s server.</source>
        <translation type="unfinished">To, co wysłano, zostało usunięte z tego urządzenia zgodnie z okresem przechowywania. Raport nadal można wycofać z serwera organizacji.</translation>
    </message>
    <message>
        <source>(removed by retention)</source>
        <translation type="unfinished">(usunięte po okresie przechowywania)</translation>
    </message>
    <message>
        <source>Approved: it is sent at the next sync.</source>
        <translation type="unfinished">Zatwierdzono: zostanie wysłany przy następnej synchronizacji.</translation>
    </message>
    <message>
        <source>Rejected.</source>
        <translation type="unfinished">Odrzucono.</translation>
    </message>
    <message>
        <source>approve the report</source>
        <translation type="unfinished">zatwierdzić raportu</translation>
    </message>
    <message>
        <source>reject the report</source>
        <translation type="unfinished">odrzucić raportu</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished">Synchronizacja…</translation>
    </message>
    <message>
        <source>Type the server address, the enrolment code and the charity key fingerprint.</source>
        <translation type="unfinished">Wpisz adres serwera, kod rejestracji i odcisk klucza organizacji.</translation>
    </message>
    <message>
        <source>Linking…</source>
        <translation type="unfinished">Łączenie…</translation>
    </message>
    <message>
        <source>Outreach device</source>
        <translation type="unfinished">Urządzenie Outreach</translation>
    </message>
    <message>
        <source>the charity</source>
        <translation type="unfinished">organizacja</translation>
    </message>
    <message>
        <source>Linked to %1 (%2 regions).</source>
        <translation type="unfinished">Połączono z %1 (regiony: %2).</translation>
    </message>
    <message>
        <source>Charity key pinned: %1.</source>
        <translation type="unfinished">Klucz organizacji przypięty: %1.</translation>
    </message>
    <message>
        <source>Linking failed: %1.</source>
        <translation type="unfinished">Łączenie nie powiodło się: %1.</translation>
    </message>
</context>
<context>
    <name>RoleNotice</name>
    <message>
        <source>Alarm: something protected was changed without the coordinator&apos;s key. It has been put back, and this is recorded in the audit log.</source>
        <translation type="unfinished">Alarm: coś chronionego zostało zmienione bez klucza koordynatora. Przywrócono poprzedni stan, a zdarzenie zapisano w dzienniku audytu.</translation>
    </message>
    <message>
        <source>This passphrase acts as a worker in this session.</source>
        <translation type="unfinished">To hasło działa w tej sesji jak hasło pracownika.</translation>
    </message>
    <message>
        <source>Protected settings and roles are now sealed with the coordinator key.</source>
        <translation type="unfinished">Chronione ustawienia i role są teraz zapieczętowane kluczem koordynatora.</translation>
    </message>
    <message>
        <source>Review and retention settings are not sealed yet: the next coordinator unlock seals them.</source>
        <translation type="unfinished">Ustawienia przeglądu i przechowywania nie są jeszcze zapieczętowane: zapieczętuje je następne odblokowanie przez koordynatora.</translation>
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
        <translation type="unfinished">zapisać zdarzenia</translation>
    </message>
    <message>
        <source>Saved. This incident was shared, and the new version is not shared until the person confirms it. Close to leave the earlier version as it was.</source>
        <translation type="unfinished">Zapisano. To zdarzenie zostało udostępnione, a nowa wersja nie zostanie udostępniona, dopóki osoba jej nie potwierdzi. Zamknij, aby zostawić poprzednią wersję bez zmian.</translation>
    </message>
    <message>
        <source>Incident saved.</source>
        <translation type="unfinished">Zdarzenie zapisane.</translation>
    </message>
    <message>
        <source>Incident saved. It stays on this device until consent is given.</source>
        <translation type="unfinished">Zdarzenie zapisane. Zostaje na tym urządzeniu, dopóki nie zostanie wyrażona zgoda.</translation>
    </message>
    <message>
        <source>Perpetrator %1: %2</source>
        <translation type="unfinished">Sprawca %1: %2</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished">Ustawienia</translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"> min</translation>
    </message>
    <message>
        <source>Lock after minutes without use</source>
        <translation type="unfinished">Blokuj po tylu minutach bezczynności</translation>
    </message>
    <message>
        <source>Panic: %1 locks and hides the window at once.</source>
        <translation type="unfinished">Panika: %1 natychmiast blokuje i ukrywa okno.</translation>
    </message>
    <message>
        <source>Locking</source>
        <translation type="unfinished">Blokowanie</translation>
    </message>
    <message>
        <source>Lock after &amp;idle:</source>
        <translation type="unfinished">Blokuj po &amp;bezczynności:</translation>
    </message>
    <message>
        <source>A coordinator approves reports before they leave</source>
        <translation type="unfinished">Koordynator zatwierdza raporty przed wysłaniem</translation>
    </message>
    <message>
        <source>Review required</source>
        <translation type="unfinished">Wymagany przegląd</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation type="unfinished">Udostępnianie</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished">Przechowywanie</translation>
    </message>
    <message>
        <source>Contact notes:</source>
        <translation type="unfinished">Notatki z kontaktów:</translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"> mies.</translation>
    </message>
    <message>
        <source>People (alias and notes):</source>
        <translation type="unfinished">Osoby (pseudonim i notatki):</translation>
    </message>
    <message>
        <source>Incident descriptions:</source>
        <translation type="unfinished">Opisy zdarzeń:</translation>
    </message>
    <message>
        <source>Sent reports&apos; copies:</source>
        <translation type="unfinished">Kopie wysłanych raportów:</translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"> dni</translation>
    </message>
    <message>
        <source>Save retention</source>
        <translation type="unfinished">Zapisz przechowywanie</translation>
    </message>
    <message>
        <source>Save the retention periods</source>
        <translation type="unfinished">Zapisz okresy przechowywania</translation>
    </message>
    <message>
        <source>Retention message</source>
        <translation type="unfinished">Komunikat o przechowywaniu</translation>
    </message>
    <message>
        <source>Dark (low glare)</source>
        <translation type="unfinished">Ciemny (mniej odblasków)</translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished">Jasny</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished">Motyw</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation type="unfinished">Język systemu</translation>
    </message>
    <message>
        <source>Language of the app</source>
        <translation type="unfinished">Język aplikacji</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished">Wygląd</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished">&amp;Motyw:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished">&amp;Język:</translation>
    </message>
    <message>
        <source>Contact line on the alerts handout</source>
        <translation type="unfinished">Wiersz kontaktowy na ulotce z alertami</translation>
    </message>
    <message>
        <source>e.g. Outreach van 07700 900123, Mon–Sat 8pm–2am</source>
        <translation type="unfinished">np. Furgonetka Outreach 07700 900123, pon.–sob. 20–2</translation>
    </message>
    <message>
        <source>Save contact line</source>
        <translation type="unfinished">Zapisz wiersz kontaktowy</translation>
    </message>
    <message>
        <source>Save the contact line</source>
        <translation type="unfinished">Zapisz wiersz kontaktowy</translation>
    </message>
    <message>
        <source>Contact line message</source>
        <translation type="unfinished">Komunikat o wierszu kontaktowym</translation>
    </message>
    <message>
        <source>Printed handout</source>
        <translation type="unfinished">Drukowana ulotka</translation>
    </message>
    <message>
        <source>&amp;Contact line:</source>
        <translation type="unfinished">&amp;Wiersz kontaktowy:</translation>
    </message>
    <message>
        <source>Not linked to a server.</source>
        <translation type="unfinished">Niepołączone z serwerem.</translation>
    </message>
    <message>
        <source>Server link</source>
        <translation type="unfinished">Połączenie z serwerem</translation>
    </message>
    <message>
        <source>Link to a server…</source>
        <translation type="unfinished">Połącz z serwerem…</translation>
    </message>
    <message>
        <source>Link to a server</source>
        <translation type="unfinished">Połącz z serwerem</translation>
    </message>
    <message>
        <source>Charity server</source>
        <translation type="unfinished">Serwer organizacji</translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation type="unfinished">Zmień hasło…</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation type="unfinished">Zmień hasło</translation>
    </message>
    <message>
        <source>Back up…</source>
        <translation type="unfinished">Kopia zapasowa…</translation>
    </message>
    <message>
        <source>Back up the vault</source>
        <translation type="unfinished">Zrób kopię zapasową sejfu</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation type="unfinished">Przywróć…</translation>
    </message>
    <message>
        <source>Restore the vault from a backup</source>
        <translation type="unfinished">Przywróć sejf z kopii zapasowej</translation>
    </message>
    <message>
        <source>Vault message</source>
        <translation type="unfinished">Komunikat o sejfie</translation>
    </message>
    <message>
        <source>Passphrase and backups</source>
        <translation type="unfinished">Hasło i kopie zapasowe</translation>
    </message>
    <message>
        <source>Quick delete…</source>
        <translation type="unfinished">Szybkie usunięcie…</translation>
    </message>
    <message>
        <source>Quick delete</source>
        <translation type="unfinished">Szybkie usunięcie</translation>
    </message>
    <message>
        <source>Quick delete warning</source>
        <translation type="unfinished">Ostrzeżenie o szybkim usunięciu</translation>
    </message>
    <message>
        <source>Delete everything now</source>
        <translation type="unfinished">Usuń wszystko teraz</translation>
    </message>
    <message>
        <source>Confirm quick delete</source>
        <translation type="unfinished">Potwierdź szybkie usunięcie</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Anuluj</translation>
    </message>
    <message>
        <source>Cancel quick delete</source>
        <translation type="unfinished">Anuluj szybkie usunięcie</translation>
    </message>
    <message>
        <source>Also destroy the files Outreach saved outside the vault (exports, backups, PDFs)</source>
        <translation type="unfinished">Zniszcz też pliki zapisane przez Outreach poza sejfem (eksporty, kopie zapasowe, PDF-y)</translation>
    </message>
    <message>
        <source>Destroys the key first, then every record on this laptop and the files Outreach saved outside the vault (exports, backups, PDFs) that are still where it saved them; it lists any it cannot reach. Copies you made elsewhere stay. It cannot be undone. Use it if the laptop is about to be taken. The lock screen offers it too, without the passphrase.</source>
        <translation type="unfinished">Najpierw niszczy klucz, potem każdy zapis na tym laptopie i pliki zapisane przez Outreach poza sejfem (eksporty, kopie zapasowe, PDF-y), które są nadal tam, gdzie je zapisał; wymienia te, do których nie może dotrzeć. Kopie zrobione przez Ciebie gdzie indziej zostają. Tego nie da się cofnąć. Użyj tego, jeśli laptop ma zostać zabrany. Ekran blokady też to oferuje, bez hasła.</translation>
    </message>
    <message>
        <source>The new language is used when Outreach starts again.</source>
        <translation type="unfinished">Nowy język zostanie użyty przy następnym uruchomieniu Outreach.</translation>
    </message>
    <message>
        <source>Contact line saved.</source>
        <translation type="unfinished">Wiersz kontaktowy zapisany.</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation type="unfinished">Nie zapisano.</translation>
    </message>
    <message>
        <source>Retention periods saved.</source>
        <translation type="unfinished">Okresy przechowywania zapisane.</translation>
    </message>
    <message>
        <source>Only a coordinator can change the retention periods.</source>
        <translation type="unfinished">Tylko koordynator może zmienić okresy przechowywania.</translation>
    </message>
    <message>
        <source>The retention periods were not saved.</source>
        <translation type="unfinished">Okresy przechowywania nie zostały zapisane.</translation>
    </message>
    <message>
        <source>Only a coordinator can change the review setting.</source>
        <translation type="unfinished">Tylko koordynator może zmienić ustawienie przeglądu.</translation>
    </message>
    <message>
        <source>Outreach backups (*.obk)</source>
        <translation type="unfinished">Kopie zapasowe Outreach (*.obk)</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished">Przywróć z kopii zapasowej</translation>
    </message>
    <message>
        <source>Counting reports that have not been sent…</source>
        <translation type="unfinished">Liczenie niewysłanych raportów…</translation>
    </message>
    <message>
        <source>Everything on this laptop will be destroyed and cannot be recovered.</source>
        <translation type="unfinished">Wszystko na tym laptopie zostanie zniszczone bez możliwości odzyskania.</translation>
    </message>
    <message>
        <source>All reports have been sent. Everything on this laptop will be destroyed.</source>
        <translation type="unfinished">Wszystkie raporty zostały wysłane. Wszystko na tym laptopie zostanie zniszczone.</translation>
    </message>
    <message numerus="yes">
        <source>Not yet sent to the charity: %n report(s). They will be lost. Everything on this laptop will be destroyed.</source>
        <translation type="unfinished">
            <numerusform>Jeszcze niewysłany do organizacji: %n raport. Przepadnie. Wszystko na tym laptopie zostanie zniszczone.</numerusform>
            <numerusform>Jeszcze niewysłane do organizacji: %n raporty. Przepadną. Wszystko na tym laptopie zostanie zniszczone.</numerusform>
            <numerusform>Jeszcze niewysłanych do organizacji: %n raportów. Przepadną. Wszystko na tym laptopie zostanie zniszczone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleting everything in %n second(s). Press Cancel to stop.</source>
        <translation type="unfinished">
            <numerusform>Usunięcie wszystkiego za %n sekundę. Naciśnij Anuluj, aby zatrzymać.</numerusform>
            <numerusform>Usunięcie wszystkiego za %n sekundy. Naciśnij Anuluj, aby zatrzymać.</numerusform>
            <numerusform>Usunięcie wszystkiego za %n sekund. Naciśnij Anuluj, aby zatrzymać.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SharingFlow</name>
    <message>
        <source>the area “%1” has no server region yet</source>
        <translation type="unfinished">obszar „%1” nie ma jeszcze regionu na serwerze</translation>
    </message>
    <message>
        <source>it has no area</source>
        <translation type="unfinished">nie ma obszaru</translation>
    </message>
    <message>
        <source>Saved, but not shareable: %1, so a report cannot be sent and no consent was asked. Choose an area, or set the area&apos;s region in Settings → Areas (or `outreach area set-region`), then open the incident again to share it.</source>
        <translation type="unfinished">Zapisano, ale nie do udostępnienia: %1, więc nie można wysłać raportu i nie pytano o zgodę. Wybierz obszar albo ustaw region obszaru w Ustawienia → Obszary (lub `outreach area set-region`), a potem otwórz zdarzenie ponownie, aby je udostępnić.</translation>
    </message>
    <message>
        <source>check the area</source>
        <translation type="unfinished">sprawdzić obszaru</translation>
    </message>
    <message>
        <source>load the consent</source>
        <translation type="unfinished">wczytać zgody</translation>
    </message>
    <message>
        <source>Type the initials of the worker recording consent.</source>
        <translation type="unfinished">Wpisz inicjały pracownika zapisującego zgodę.</translation>
    </message>
    <message>
        <source>record consent</source>
        <translation type="unfinished">zapisać zgody</translation>
    </message>
    <message>
        <source>Nothing will be shared. The incident stays on this device.</source>
        <translation type="unfinished">Nic nie zostanie udostępnione. Zdarzenie zostaje na tym urządzeniu.</translation>
    </message>
    <message>
        <source>prepare the preview</source>
        <translation type="unfinished">przygotować podglądu</translation>
    </message>
    <message>
        <source>Removed. This incident was shared, so the new version needs the person&apos;s confirmation before it is sealed.</source>
        <translation type="unfinished">Usunięto. To zdarzenie zostało udostępnione, więc nowa wersja wymaga potwierdzenia osoby przed zapieczętowaniem.</translation>
    </message>
    <message>
        <source>remove it</source>
        <translation type="unfinished">usunąć tego</translation>
    </message>
    <message>
        <source>Sealed. A coordinator reviews it before it is sent.</source>
        <translation type="unfinished">Zapieczętowano. Koordynator przejrzy to przed wysłaniem.</translation>
    </message>
    <message>
        <source>Sealed and queued: it is sent at a random time within the next 15 minutes, so the sending does not show when it was written. Sync now on Review &amp; sync sends it at once.</source>
        <translation type="unfinished">Zapieczętowano i dodano do kolejki: zostanie wysłane w losowym momencie w ciągu 15 minut, aby wysyłka nie zdradzała, kiedy to napisano. „Synchronizuj teraz” na stronie Przegląd i synchronizacja wysyła od razu.</translation>
    </message>
    <message>
        <source>It replaces the version sent earlier.</source>
        <translation type="unfinished">Zastępuje wersję wysłaną wcześniej.</translation>
    </message>
    <message>
        <source>seal the report</source>
        <translation type="unfinished">zapieczętować raportu</translation>
    </message>
    <message>
        <source>Print the withdrawal slip</source>
        <translation type="unfinished">Drukuj kartkę z kodem wycofania</translation>
    </message>
    <message>
        <source>Slip saved as a PDF.</source>
        <translation type="unfinished">Kartkę zapisano jako PDF.</translation>
    </message>
    <message>
        <source>The slip could not be saved.</source>
        <translation type="unfinished">Nie udało się zapisać kartki.</translation>
    </message>
    <message>
        <source>The slip could not be printed.</source>
        <translation type="unfinished">Nie udało się wydrukować kartki.</translation>
    </message>
    <message>
        <source>Slip sent to the printer.</source>
        <translation type="unfinished">Kartka wysłana do drukarki.</translation>
    </message>
</context>
<context>
    <name>SharingSteps</name>
    <message>
        <source>night</source>
        <translation type="unfinished">noc</translation>
    </message>
    <message>
        <source>morning</source>
        <translation type="unfinished">rano</translation>
    </message>
    <message>
        <source>afternoon</source>
        <translation type="unfinished">popołudnie</translation>
    </message>
    <message>
        <source>evening</source>
        <translation type="unfinished">wieczór</translation>
    </message>
    <message>
        <source>Format version</source>
        <translation type="unfinished">Wersja formatu</translation>
    </message>
    <message>
        <source>Report number (random; not linked to this device or the person)</source>
        <translation type="unfinished">Numer raportu (losowy; niepowiązany z tym urządzeniem ani osobą)</translation>
    </message>
    <message>
        <source>Replaces the earlier report</source>
        <translation type="unfinished">Zastępuje wcześniejszy raport</translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished">Region</translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished">Data</translation>
    </message>
    <message>
        <source>Part of the day</source>
        <translation type="unfinished">Pora dnia</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished">Co się stało</translation>
    </message>
    <message>
        <source>Withdrawal check (a one-way fingerprint of the code, not the code)</source>
        <translation type="unfinished">Kontrola wycofania (jednokierunkowy odcisk kodu, nie sam kod)</translation>
    </message>
    <message>
        <source>Perpetrator</source>
        <translation type="unfinished">Sprawca</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation type="unfinished">Pojazd</translation>
    </message>
    <message>
        <source>Weapon used</source>
        <translation type="unfinished">Użyto broni</translation>
    </message>
    <message>
        <source>Summary (names and numbers taken out)</source>
        <translation type="unfinished">Podsumowanie (bez imion i numerów)</translation>
    </message>
    <message>
        <source>Age band of the person</source>
        <translation type="unfinished">Grupa wiekowa osoby</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished">Płeć</translation>
    </message>
    <message>
        <source>Hurt</source>
        <translation type="unfinished">Obrażenia</translation>
    </message>
    <message>
        <source>How badly hurt</source>
        <translation type="unfinished">Jak poważne obrażenia</translation>
    </message>
    <message>
        <source>Police already told</source>
        <translation type="unfinished">Policja już powiadomiona</translation>
    </message>
    <message>
        <source>Wants police contact through the outreach project</source>
        <translation type="unfinished">Chce kontaktu z policją przez projekt streetworkowy</translation>
    </message>
    <message>
        <source>Age from</source>
        <translation type="unfinished">Wiek od</translation>
    </message>
    <message>
        <source>Age to</source>
        <translation type="unfinished">Wiek do</translation>
    </message>
    <message>
        <source>Height</source>
        <translation type="unfinished">Wzrost</translation>
    </message>
    <message>
        <source>Build</source>
        <translation type="unfinished">Budowa ciała</translation>
    </message>
    <message>
        <source>Ethnicity (as described)</source>
        <translation type="unfinished">Pochodzenie etniczne (jak opisano)</translation>
    </message>
    <message>
        <source>Hair</source>
        <translation type="unfinished">Włosy</translation>
    </message>
    <message>
        <source>Distinguishing features</source>
        <translation type="unfinished">Znaki szczególne</translation>
    </message>
    <message>
        <source>Clothing</source>
        <translation type="unfinished">Ubranie</translation>
    </message>
    <message>
        <source>Name used</source>
        <translation type="unfinished">Używane imię</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation type="unfinished">Numery telefonów</translation>
    </message>
    <message>
        <source>E-mail addresses</source>
        <translation type="unfinished">Adresy e-mail</translation>
    </message>
    <message>
        <source>Online names</source>
        <translation type="unfinished">Nazwy w sieci</translation>
    </message>
    <message>
        <source>Website or app</source>
        <translation type="unfinished">Strona lub aplikacja</translation>
    </message>
    <message>
        <source>Make</source>
        <translation type="unfinished">Marka</translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished">Model</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished">Kolor</translation>
    </message>
    <message>
        <source>Registration plate</source>
        <translation type="unfinished">Numer rejestracyjny</translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished">tak</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished">nie</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation type="unfinished">od %1 do %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished">od %1</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation type="unfinished">do %1</translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished">Wiek</translation>
    </message>
    <message>
        <source>Sent to the charity:</source>
        <translation type="unfinished">Wysyłane do organizacji:</translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation type="unfinished">Dla: %1</translation>
    </message>
    <message>
        <source>(only that this purpose was agreed)</source>
        <translation type="unfinished">(tylko to, że zgodzono się na ten cel)</translation>
    </message>
    <message>
        <source>Nothing else leaves this device.</source>
        <translation type="unfinished">Nic więcej nie opuszcza tego urządzenia.</translation>
    </message>
    <message>
        <source>a name or a place?</source>
        <translation type="unfinished">imię czy miejsce?</translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished">numer</translation>
    </message>
    <message>
        <source>an address or online name (has @)</source>
        <translation type="unfinished">adres lub nazwa w sieci (zawiera @)</translation>
    </message>
    <message>
        <source>comes after lives, works, at or flat: a place?</source>
        <translation type="unfinished">występuje po „mieszka”, „pracuje”, „przy” lub „mieszkanie”: miejsce?</translation>
    </message>
    <message>
        <source>height</source>
        <translation type="unfinished">wzrost</translation>
    </message>
    <message>
        <source>ethnicity as described</source>
        <translation type="unfinished">pochodzenie etniczne, jak opisano</translation>
    </message>
    <message>
        <source>hair</source>
        <translation type="unfinished">włosy</translation>
    </message>
    <message>
        <source>distinguishing features</source>
        <translation type="unfinished">znaki szczególne</translation>
    </message>
    <message>
        <source>clothing</source>
        <translation type="unfinished">ubranie</translation>
    </message>
    <message>
        <source>name used</source>
        <translation type="unfinished">używane imię</translation>
    </message>
    <message>
        <source>website or app</source>
        <translation type="unfinished">strona lub aplikacja</translation>
    </message>
    <message>
        <source>make</source>
        <translation type="unfinished">marka</translation>
    </message>
    <message>
        <source>model</source>
        <translation type="unfinished">model</translation>
    </message>
    <message>
        <source>colour</source>
        <translation type="unfinished">kolor</translation>
    </message>
    <message>
        <source>the summary</source>
        <translation type="unfinished">podsumowanie</translation>
    </message>
    <message>
        <source>perpetrator %1</source>
        <translation type="unfinished">sprawca %1</translation>
    </message>
    <message>
        <source>vehicle %1</source>
        <translation type="unfinished">pojazd %1</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished">w: %1</translation>
    </message>
    <message>
        <source>Might identify: %1 (%2), in %3</source>
        <translation type="unfinished">Może zidentyfikować: %1 (%2), w: %3</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished">Zachowaj</translation>
    </message>
    <message>
        <source>Keep: %1</source>
        <translation type="unfinished">Zachowaj: %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished">Usuń</translation>
    </message>
    <message>
        <source>Remove from %1: %2</source>
        <translation type="unfinished">Usuń z %1: %2</translation>
    </message>
</context>
<context>
    <name>ShiftPage</name>
    <message>
        <source>Shift</source>
        <translation type="unfinished">Dyżur</translation>
    </message>
    <message>
        <source>No shift running.</source>
        <translation type="unfinished">Brak trwającego dyżuru.</translation>
    </message>
    <message>
        <source>Shift state</source>
        <translation type="unfinished">Stan dyżuru</translation>
    </message>
    <message>
        <source>Area (pick one or type a new one)</source>
        <translation type="unfinished">Obszar (wybierz lub wpisz nowy)</translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished">Obszar</translation>
    </message>
    <message>
        <source>Shift mode</source>
        <translation type="unfinished">Tryb dyżuru</translation>
    </message>
    <message>
        <source>Staff initials</source>
        <translation type="unfinished">Inicjały zespołu</translation>
    </message>
    <message>
        <source>e.g. AB, CD</source>
        <translation type="unfinished">np. AB, CD</translation>
    </message>
    <message>
        <source>&amp;Start shift</source>
        <translation type="unfinished">&amp;Rozpocznij dyżur</translation>
    </message>
    <message>
        <source>Start shift</source>
        <translation type="unfinished">Rozpocznij dyżur</translation>
    </message>
    <message>
        <source>E&amp;nd shift</source>
        <translation type="unfinished">&amp;Zakończ dyżur</translation>
    </message>
    <message>
        <source>End shift</source>
        <translation type="unfinished">Zakończ dyżur</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation type="unfinished">&amp;Obszar:</translation>
    </message>
    <message>
        <source>M&amp;ode:</source>
        <translation type="unfinished">&amp;Tryb:</translation>
    </message>
    <message>
        <source>Server region of the new area</source>
        <translation type="unfinished">Region na serwerze dla nowego obszaru</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation type="unfinished">Re&amp;gion:</translation>
    </message>
    <message>
        <source>&amp;Initials:</source>
        <translation type="unfinished">&amp;Inicjały:</translation>
    </message>
    <message>
        <source>Quick contact (Enter saves)</source>
        <translation type="unfinished">Szybki kontakt (Enter zapisuje)</translation>
    </message>
    <message>
        <source>Quick contact</source>
        <translation type="unfinished">Szybki kontakt</translation>
    </message>
    <message>
        <source>Alias (leave empty for an anonymous contact)</source>
        <translation type="unfinished">Pseudonim (zostaw puste dla kontaktu anonimowego)</translation>
    </message>
    <message>
        <source>Alias, or leave empty</source>
        <translation type="unfinished">Pseudonim albo zostaw puste</translation>
    </message>
    <message>
        <source>How the contact happened</source>
        <translation type="unfinished">Jak doszło do kontaktu</translation>
    </message>
    <message>
        <source>%1 handed out</source>
        <translation type="unfinished">Wydano: %1</translation>
    </message>
    <message>
        <source>Referred to %1</source>
        <translation type="unfinished">Skierowano do: %1</translation>
    </message>
    <message>
        <source>Note (stays on this device)</source>
        <translation type="unfinished">Notatka (zostaje na tym urządzeniu)</translation>
    </message>
    <message>
        <source>A short note (stays on this device)</source>
        <translation type="unfinished">Krótka notatka (zostaje na tym urządzeniu)</translation>
    </message>
    <message>
        <source>Save contact</source>
        <translation type="unfinished">Zapisz kontakt</translation>
    </message>
    <message>
        <source>Quick contact message</source>
        <translation type="unfinished">Komunikat szybkiego kontaktu</translation>
    </message>
    <message>
        <source>A&amp;lias:</source>
        <translation type="unfinished">&amp;Pseudonim:</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation type="unfinished">&amp;Jak:</translation>
    </message>
    <message>
        <source>Supplies:</source>
        <translation type="unfinished">Materiały:</translation>
    </message>
    <message>
        <source>Referrals:</source>
        <translation type="unfinished">Skierowania:</translation>
    </message>
    <message>
        <source>No&amp;te:</source>
        <translation type="unfinished">&amp;Notatka:</translation>
    </message>
    <message>
        <source>Shift tally</source>
        <translation type="unfinished">Podsumowanie dyżuru</translation>
    </message>
    <message>
        <source>This shift&apos;s contacts (Enter edits the selected one)</source>
        <translation type="unfinished">Kontakty tego dyżuru (Enter edytuje wybrany)</translation>
    </message>
    <message>
        <source>&amp;Undo last contact</source>
        <translation type="unfinished">&amp;Cofnij ostatni kontakt</translation>
    </message>
    <message>
        <source>Undo the last contact saved here (Ctrl+Z)</source>
        <translation type="unfinished">Cofnij ostatni kontakt zapisany tutaj (Ctrl+Z)</translation>
    </message>
    <message>
        <source>This shift so far</source>
        <translation type="unfinished">Ten dyżur do tej pory</translation>
    </message>
    <message>
        <source>load the shift</source>
        <translation type="unfinished">wczytać dyżuru</translation>
    </message>
    <message>
        <source>No region (not shareable)</source>
        <translation type="unfinished">Bez regionu (nie do udostępnienia)</translation>
    </message>
    <message>
        <source>A contact you had started before the lock was restored.</source>
        <translation type="unfinished">Przywrócono kontakt rozpoczęty przed blokadą.</translation>
    </message>
    <message>
        <source>No shift running. Contacts can still be logged.</source>
        <translation type="unfinished">Brak trwającego dyżuru. Kontakty można nadal zapisywać.</translation>
    </message>
    <message>
        <source>Shift running since %1 — %2, %3, %4</source>
        <translation type="unfinished">Dyżur trwa od %1 — %2, %3, %4</translation>
    </message>
    <message>
        <source>no area</source>
        <translation type="unfinished">bez obszaru</translation>
    </message>
    <message>
        <source>%1 contacts</source>
        <translation type="unfinished">Kontakty: %1</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation type="unfinished">Osoby: %1</translation>
    </message>
    <message>
        <source>%1 referrals</source>
        <translation type="unfinished">Skierowania: %1</translation>
    </message>
    <message>
        <source>Type the staff initials to start a shift.</source>
        <translation type="unfinished">Wpisz inicjały zespołu, aby rozpocząć dyżur.</translation>
    </message>
    <message>
        <source>start the shift</source>
        <translation type="unfinished">rozpocząć dyżuru</translation>
    </message>
    <message>
        <source>Shift ended.</source>
        <translation type="unfinished">Dyżur zakończony.</translation>
    </message>
    <message>
        <source>end the shift</source>
        <translation type="unfinished">zakończyć dyżuru</translation>
    </message>
    <message>
        <source>Nothing to save: type an alias, a note, supplies or a referral first.</source>
        <translation type="unfinished">Nie ma czego zapisać: najpierw wpisz pseudonim, notatkę, materiały lub skierowanie.</translation>
    </message>
    <message>
        <source>save the contact</source>
        <translation type="unfinished">zapisać kontaktu</translation>
    </message>
    <message>
        <source>Saved. %1 contacts this shift.</source>
        <translation type="unfinished">Zapisano. Kontakty w tym dyżurze: %1.</translation>
    </message>
    <message>
        <source>Saved (no shift running).</source>
        <translation type="unfinished">Zapisano (brak trwającego dyżuru).</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation type="unfinished">anonimowo</translation>
    </message>
    <message>
        <source>That contact was already deleted.</source>
        <translation type="unfinished">Ten kontakt został już usunięty.</translation>
    </message>
    <message>
        <source>Contact removed. Its details are back in the form.</source>
        <translation type="unfinished">Kontakt usunięty. Jego dane wróciły do formularza.</translation>
    </message>
    <message>
        <source>undo the contact</source>
        <translation type="unfinished">cofnąć kontaktu</translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <source>Statistics</source>
        <translation type="unfinished">Statystyki</translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished">Od</translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished">Do</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished">&amp;Pokaż</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished">Eksportuj &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation type="unfinished">Eksportuj P&amp;DF…</translation>
    </message>
    <message>
        <source>Statistics status</source>
        <translation type="unfinished">Stan statystyk</translation>
    </message>
    <message>
        <source>Contacts by month and area</source>
        <translation type="unfinished">Kontakty według miesiąca i obszaru</translation>
    </message>
    <message>
        <source>Contacts by month and shift mode</source>
        <translation type="unfinished">Kontakty według miesiąca i trybu dyżuru</translation>
    </message>
    <message>
        <source>Contacts by week</source>
        <translation type="unfinished">Kontakty według tygodnia</translation>
    </message>
    <message>
        <source>Unique people seen by month</source>
        <translation type="unfinished">Unikalne osoby według miesiąca</translation>
    </message>
    <message>
        <source>Supplies by month and kind</source>
        <translation type="unfinished">Materiały według miesiąca i rodzaju</translation>
    </message>
    <message>
        <source>Referrals by month and kind</source>
        <translation type="unfinished">Skierowania według miesiąca i rodzaju</translation>
    </message>
    <message>
        <source>Incidents by month and type</source>
        <translation type="unfinished">Zdarzenia według miesiąca i rodzaju</translation>
    </message>
    <message>
        <source>Reports shared and withdrawn</source>
        <translation type="unfinished">Raporty udostępnione i wycofane</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished">Kontakty</translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished">Osoby</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation type="unfinished">Udostępnione</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished">Wycofany</translation>
    </message>
    <message>
        <source>%1 contacts, %2 people seen, %3 incidents in this period.</source>
        <translation type="unfinished">Kontakty: %1, spotkane osoby: %2, zdarzenia: %3 w tym okresie.</translation>
    </message>
    <message>
        <source>No shift</source>
        <translation type="unfinished">Bez dyżuru</translation>
    </message>
    <message>
        <source>Exporting the statistics…</source>
        <translation type="unfinished">Eksportowanie statystyk…</translation>
    </message>
    <message>
        <source>Exported %1 tables to %2 (%3 small counts hidden).</source>
        <translation type="unfinished">Wyeksportowano tabele (%1) do %2 (ukryte małe liczby: %3).</translation>
    </message>
    <message>
        <source>Export cancelled. Nothing was written.</source>
        <translation type="unfinished">Anulowano eksport. Nic nie zapisano.</translation>
    </message>
    <message>
        <source>That did not work.</source>
        <translation type="unfinished">To się nie udało.</translation>
    </message>
    <message>
        <source>Export statistics</source>
        <translation type="unfinished">Eksportuj statystyki</translation>
    </message>
</context>
<context>
    <name>StoryStep</name>
    <message>
        <source>What happened, in their words (stays on this device)</source>
        <translation type="unfinished">Co się stało, jej słowami (zostaje na tym urządzeniu)</translation>
    </message>
    <message>
        <source>Alert summary (written for sharing)</source>
        <translation type="unfinished">Podsumowanie alertu (pisane do udostępnienia)</translation>
    </message>
    <message>
        <source>What happened, in their words — stays on this device:</source>
        <translation type="unfinished">Co się stało, jej słowami — zostaje na tym urządzeniu:</translation>
    </message>
    <message>
        <source>Alert summary — written for sharing:</source>
        <translation type="unfinished">Podsumowanie alertu — pisane do udostępnienia:</translation>
    </message>
    <message>
        <source>Write it for other sex workers to read. Names, numbers, addresses and plates are taken out automatically; check the preview before anything is sealed.</source>
        <translation type="unfinished">Napisz to tak, by czytały to inne osoby świadczące usługi seksualne. Imiona, numery, adresy i tablice są usuwane automatycznie; sprawdź podgląd, zanim cokolwiek zostanie zapieczętowane.</translation>
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
        <translation type="unfinished">Zapisz kogoś na ostrzeżenia</translation>
    </message>
    <message>
        <source>Their number or address</source>
        <translation type="unfinished">Numer lub adres tej osoby</translation>
    </message>
    <message>
        <source>Language of their messages</source>
        <translation type="unfinished">Język ich wiadomości</translation>
    </message>
    <message>
        <source>Discreet wording (nothing on a lock screen gives it away)</source>
        <translation type="unfinished">Dyskretne sformułowania (nic na ekranie blokady tego nie zdradza)</translation>
    </message>
    <message>
        <source>They agreed to get these messages</source>
        <translation type="unfinished">Osoba zgodziła się otrzymywać te wiadomości</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Stan</translation>
    </message>
    <message>
        <source>&amp;Sign up</source>
        <translation type="unfinished">&amp;Zapisz</translation>
    </message>
    <message>
        <source>Send the sign-up to the server</source>
        <translation type="unfinished">Wyślij zapis na serwer</translation>
    </message>
    <message>
        <source>Send by:</source>
        <translation type="unfinished">Wyślij przez:</translation>
    </message>
    <message>
        <source>Number or address:</source>
        <translation type="unfinished">Numer lub adres:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished">Język:</translation>
    </message>
    <message>
        <source>Areas:</source>
        <translation type="unfinished">Obszary:</translation>
    </message>
    <message>
        <source>The address goes straight to the charity&apos;s server; it is not kept here.</source>
        <translation type="unfinished">Adres trafia prosto na serwer organizacji; nie jest tu przechowywany.</translation>
    </message>
    <message>
        <source>Tick that they agreed first. Nothing was sent.</source>
        <translation type="unfinished">Najpierw zaznacz, że osoba się zgodziła. Nic nie wysłano.</translation>
    </message>
    <message>
        <source>Pick at least one area. Nothing was sent.</source>
        <translation type="unfinished">Wybierz co najmniej jeden obszar. Nic nie wysłano.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished">Wysyłanie…</translation>
    </message>
    <message>
        <source>Signed up: they will get a welcome message with a link to stop.</source>
        <translation type="unfinished">Zapisano: osoba dostanie wiadomość powitalną z linkiem do rezygnacji.</translation>
    </message>
</context>
<context>
    <name>SyncBridge</name>
    <message numerus="yes">
        <source>%n new or updated alert(s).</source>
        <translation type="unfinished">
            <numerusform>%n nowy lub zaktualizowany alert.</numerusform>
            <numerusform>%n nowe lub zaktualizowane alerty.</numerusform>
            <numerusform>%n nowych lub zaktualizowanych alertów.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not linked to a server.</source>
        <translation type="unfinished">Niepołączone z serwerem.</translation>
    </message>
    <message>
        <source>This laptop must be linked again: %1</source>
        <translation type="unfinished">Ten laptop trzeba połączyć ponownie: %1</translation>
    </message>
    <message>
        <source>Linked to %1 at %2.</source>
        <translation type="unfinished">Połączono z %1 o %2.</translation>
    </message>
    <message>
        <source>an organisation</source>
        <translation type="unfinished">organizacja</translation>
    </message>
</context>
<context>
    <name>TaskProgress</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Anuluj</translation>
    </message>
    <message>
        <source>Outreach</source>
        <translation type="unfinished">Outreach</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished">Anulowanie…</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>Outreach is locked</source>
        <translation type="unfinished">Outreach jest zablokowany</translation>
    </message>
    <message>
        <source>Enter your passphrase to open the records.</source>
        <translation type="unfinished">Wpisz hasło, aby otworzyć zapisy.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished">Hasło</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished">&amp;Odblokuj</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished">Odblokuj</translation>
    </message>
    <message>
        <source>Unlock message</source>
        <translation type="unfinished">Komunikat odblokowania</translation>
    </message>
    <message>
        <source>Time until the next attempt</source>
        <translation type="unfinished">Czas do następnej próby</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation type="unfinished">Najpierw wpisz hasło.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation type="unfinished">Odblokowywanie…</translation>
    </message>
    <message numerus="yes">
        <source>You can try again in %n second(s).</source>
        <translation type="unfinished">
            <numerusform>Możesz spróbować ponownie za %n sekundę.</numerusform>
            <numerusform>Możesz spróbować ponownie za %n sekundy.</numerusform>
            <numerusform>Możesz spróbować ponownie za %n sekund.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VaultActions</name>
    <message>
        <source>Changing the passphrase…</source>
        <translation type="unfinished">Zmienianie hasła…</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation type="unfinished">Hasło zostało zmienione.</translation>
    </message>
    <message>
        <source>The passphrase was not changed: %1</source>
        <translation type="unfinished">Hasło nie zostało zmienione: %1</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation type="unfinished">Zapisywanie kopii zapasowej…</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation type="unfinished">Kopia zapasowa nie powiodła się: %1</translation>
    </message>
    <message>
        <source>Backup written. It is encrypted with the current passphrase.</source>
        <translation type="unfinished">Kopia zapasowa zapisana. Jest zaszyfrowana obecnym hasłem.</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished">Przywróć z kopii zapasowej</translation>
    </message>
    <message>
        <source>Outreach backups (*.obk)</source>
        <translation type="unfinished">Kopie zapasowe Outreach (*.obk)</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation type="unfinished">Przywracanie kopii zapasowej…</translation>
    </message>
    <message>
        <source>The backup was restored. Unlock it with its passphrase.</source>
        <translation type="unfinished">Kopia zapasowa została przywrócona. Odblokuj ją jej hasłem.</translation>
    </message>
    <message>
        <source>The backup was not restored: %1</source>
        <translation type="unfinished">Kopia zapasowa nie została przywrócona: %1</translation>
    </message>
    <message>
        <source>Files Outreach saved outside the vault (exports, backups, PDFs) were not looked for: their list is inside the vault, and it was not unlocked since Outreach started. Delete them yourself.</source>
        <translation type="unfinished">Nie szukano plików zapisanych przez Outreach poza sejfem (eksporty, kopie zapasowe, PDF-y): ich lista jest w sejfie, a nie odblokowano go od uruchomienia Outreach. Usuń je samodzielnie.</translation>
    </message>
    <message numerus="yes">
        <source>Also destroyed: %n file(s) saved outside the vault.</source>
        <translation type="unfinished">
            <numerusform>Zniszczono też %n plik zapisany poza sejfem.</numerusform>
            <numerusform>Zniszczono też %n pliki zapisane poza sejfem.</numerusform>
            <numerusform>Zniszczono też %n plików zapisanych poza sejfem.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not destroy %1: %2.</source>
        <translation type="unfinished">Nie udało się zniszczyć %1: %2.</translation>
    </message>
    <message>
        <source>Quick delete did not finish: %1</source>
        <translation type="unfinished">Szybkie usunięcie nie zakończyło się: %1</translation>
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
        <translation type="unfinished">Model</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished">Kolor</translation>
    </message>
    <message>
        <source>Registration plate (part is fine)</source>
        <translation type="unfinished">Numer rejestracyjny (część wystarczy)</translation>
    </message>
    <message>
        <source>Vehicle: %1</source>
        <translation type="unfinished">Pojazd: %1</translation>
    </message>
</context>
<context>
    <name>WhatStep</name>
    <message>
        <source>What happened (tick all that apply)</source>
        <translation type="unfinished">Co się stało (zaznacz wszystko, co pasuje)</translation>
    </message>
    <message>
        <source>Alias of the person harmed (empty: not recorded)</source>
        <translation type="unfinished">Pseudonim osoby poszkodowanej (puste: nie zapisano)</translation>
    </message>
    <message>
        <source>Age band of the person</source>
        <translation type="unfinished">Grupa wiekowa osoby</translation>
    </message>
    <message>
        <source>Gender of the person</source>
        <translation type="unfinished">Płeć osoby</translation>
    </message>
    <message>
        <source>Worker initials</source>
        <translation type="unfinished">Inicjały pracownika</translation>
    </message>
    <message>
        <source>Injury</source>
        <translation type="unfinished">Obrażenia</translation>
    </message>
    <message>
        <source>Injury notes (stay on this device)</source>
        <translation type="unfinished">Notatki o obrażeniach (zostają na tym urządzeniu)</translation>
    </message>
    <message>
        <source>A weapon was used</source>
        <translation type="unfinished">Użyto broni</translation>
    </message>
    <message>
        <source>Weapon (stays on this device)</source>
        <translation type="unfinished">Broń (zostaje na tym urządzeniu)</translation>
    </message>
    <message>
        <source>The police have already been told</source>
        <translation type="unfinished">Policja została już powiadomiona</translation>
    </message>
    <message>
        <source>A&amp;lias:</source>
        <translation type="unfinished">&amp;Pseudonim:</translation>
    </message>
    <message>
        <source>Age band, gender:</source>
        <translation type="unfinished">Grupa wiekowa, płeć:</translation>
    </message>
    <message>
        <source>Worker &amp;initials:</source>
        <translation type="unfinished">&amp;Inicjały pracownika:</translation>
    </message>
    <message>
        <source>In&amp;jury:</source>
        <translation type="unfinished">&amp;Obrażenia:</translation>
    </message>
    <message>
        <source>Injury notes (stay here):</source>
        <translation type="unfinished">Notatki o obrażeniach (zostają tutaj):</translation>
    </message>
</context>
<context>
    <name>WhenStep</name>
    <message>
        <source>When it happened</source>
        <translation type="unfinished">Kiedy to się stało</translation>
    </message>
    <message>
        <source>&amp;Approximately</source>
        <translation type="unfinished">&amp;W przybliżeniu</translation>
    </message>
    <message>
        <source>The time is approximate</source>
        <translation type="unfinished">Czas jest przybliżony</translation>
    </message>
    <message>
        <source>How well the time is known</source>
        <translation type="unfinished">Jak dokładnie znany jest czas</translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished">Obszar</translation>
    </message>
    <message>
        <source>Where exactly (stays on this device)</source>
        <translation type="unfinished">Gdzie dokładnie (zostaje na tym urządzeniu)</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation type="unfinished">&amp;Kiedy:</translation>
    </message>
    <message>
        <source>A&amp;rea:</source>
        <translation type="unfinished">&amp;Obszar:</translation>
    </message>
    <message>
        <source>Where exactly
(stays on this device):</source>
        <translation type="unfinished">Gdzie dokładnie
(zostaje na tym urządzeniu):</translation>
    </message>
    <message>
        <source>No area</source>
        <translation type="unfinished">Bez obszaru</translation>
    </message>
</context>
<context>
    <name>WhoStep</name>
    <message>
        <source>Perpetrator</source>
        <translation type="unfinished">Sprawca</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation type="unfinished">Pojazd</translation>
    </message>
    <message>
        <source>Perpetrators</source>
        <translation type="unfinished">Sprawcy</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation type="unfinished">Pojazdy</translation>
    </message>
</context>
</TS>
