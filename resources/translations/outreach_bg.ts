<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bg">
<context>
    <name>AlertModels</name>
    <message>
        <source>aged %1-%2</source>
        <translation type="unfinished">на възраст %1-%2</translation>
    </message>
    <message>
        <source>uses the name %1</source>
        <translation type="unfinished">използва името %1</translation>
    </message>
    <message>
        <source>phone %1</source>
        <translation type="unfinished">телефон %1</translation>
    </message>
    <message>
        <source>e-mail %1</source>
        <translation type="unfinished">имейл %1</translation>
    </message>
    <message>
        <source>online %1</source>
        <translation type="unfinished">онлайн %1</translation>
    </message>
    <message>
        <source>plate %1</source>
        <translation type="unfinished">рег. номер %1</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished">Издаден</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation type="unfinished">Сигнал</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished">Какво се е случило</translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished">Регион</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished">Валиден до</translation>
    </message>
    <message>
        <source>NEW: </source>
        <translation type="unfinished">НОВО: </translation>
    </message>
</context>
<context>
    <name>AlertsPage</name>
    <message>
        <source>Alerts</source>
        <translation type="unfinished">Сигнали</translation>
    </message>
    <message>
        <source>When alerts were last fetched</source>
        <translation type="unfinished">Кога сигналите са изтеглени за последно</translation>
    </message>
    <message>
        <source>Show alerts for area</source>
        <translation type="unfinished">Покажи сигналите за района</translation>
    </message>
    <message>
        <source>&amp;Save handout as PDF…</source>
        <translation type="unfinished">&amp;Запази листовката като PDF…</translation>
    </message>
    <message>
        <source>Save the alerts handout as PDF</source>
        <translation type="unfinished">Запази листовката със сигнали като PDF</translation>
    </message>
    <message>
        <source>&amp;Print handout…</source>
        <translation type="unfinished">&amp;Отпечатай листовката…</translation>
    </message>
    <message>
        <source>Print the alerts handout</source>
        <translation type="unfinished">Отпечатай листовката със сигнали</translation>
    </message>
    <message>
        <source>Sign &amp;up for warnings…</source>
        <translation type="unfinished">&amp;Предупреждения…</translation>
    </message>
    <message>
        <source>Sign a person up to get warnings themselves</source>
        <translation type="unfinished">Запишете човек, за да получава сам предупреждения</translation>
    </message>
    <message>
        <source>Language of the handout</source>
        <translation type="unfinished">Език на листовката</translation>
    </message>
    <message>
        <source>Second language printed beside it</source>
        <translation type="unfinished">Втори език, отпечатан до него</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished">(няма)</translation>
    </message>
    <message>
        <source>Current alerts</source>
        <translation type="unfinished">Текущи сигнали</translation>
    </message>
    <message>
        <source>Selected alert</source>
        <translation type="unfinished">Избран сигнал</translation>
    </message>
    <message>
        <source>Alerts message</source>
        <translation type="unfinished">Съобщение за сигналите</translation>
    </message>
    <message>
        <source>Alerts refused for a bad signature</source>
        <translation type="unfinished">Сигнали, отхвърлени заради невалиден подпис</translation>
    </message>
    <message>
        <source>Check a phone number, plate, e-mail address or online name</source>
        <translation type="unfinished">Провери телефонен номер, регистрационен номер, имейл адрес или онлайн име</translation>
    </message>
    <message>
        <source>Check a phone number, plate, e-mail or online name (any format)</source>
        <translation type="unfinished">Провери телефонен номер, рег. номер, имейл или онлайн име (всякакъв формат)</translation>
    </message>
    <message>
        <source>Chec&amp;k</source>
        <translation type="unfinished">Про&amp;вери</translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished">Провери</translation>
    </message>
    <message>
        <source>Check results</source>
        <translation type="unfinished">Резултати от проверката</translation>
    </message>
    <message>
        <source>Page message</source>
        <translation type="unfinished">Съобщение на страницата</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation type="unfinished">&amp;Район:</translation>
    </message>
    <message>
        <source>Handout in &amp;language:</source>
        <translation type="unfinished">Листовка на &amp;език:</translation>
    </message>
    <message>
        <source>side by side &amp;with:</source>
        <translation type="unfinished">&amp;до него на втори език:</translation>
    </message>
    <message>
        <source>CHECK before meeting someone:</source>
        <translation type="unfinished">ПРОВЕРИ, преди да се срещнеш с някого:</translation>
    </message>
    <message>
        <source>load the alerts</source>
        <translation type="unfinished">зареди сигналите</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation type="unfinished">Всички райони</translation>
    </message>
    <message>
        <source>Last fetched %1</source>
        <translation type="unfinished">Последно изтегляне: %1</translation>
    </message>
    <message>
        <source>Never fetched</source>
        <translation type="unfinished">Никога не са изтегляни</translation>
    </message>
    <message>
        <source>save the handout languages</source>
        <translation type="unfinished">запази езиците на листовката</translation>
    </message>
    <message>
        <source>No current alerts for this area.</source>
        <translation type="unfinished">Няма текущи сигнали за този район.</translation>
    </message>
    <message numerus="yes">
        <source>%n current alert(s), newest first.</source>
        <translation type="unfinished">
            <numerusform>%n текущ сигнал, най-новите първи.</numerusform>
            <numerusform>%n текущи сигнала, най-новите първи.</numerusform>
        </translation>
    </message>
    <message>
        <source>Alert</source>
        <translation type="unfinished">Сигнал</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished">Издаден</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished">Валиден до</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished">Какво се е случило</translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished">Подробности</translation>
    </message>
    <message>
        <source>Perpetrators</source>
        <translation type="unfinished">Извършители</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation type="unfinished">Превозни средства</translation>
    </message>
    <message>
        <source>check</source>
        <translation type="unfinished">провери</translation>
    </message>
    <message>
        <source>ALERT</source>
        <translation type="unfinished">СИГНАЛ</translation>
    </message>
    <message>
        <source>Our record</source>
        <translation type="unfinished">Нашият запис</translation>
    </message>
    <message>
        <source>Nothing known about “%1”. That does not mean they are safe.</source>
        <translation type="unfinished">Нищо не е известно за „%1“. Това не означава, че човекът е безопасен.</translation>
    </message>
    <message>
        <source>all areas</source>
        <translation type="unfinished">всички райони</translation>
    </message>
    <message>
        <source>Preparing the handout…</source>
        <translation type="unfinished">Подготвя се листовката…</translation>
    </message>
    <message>
        <source>Handout cancelled. Nothing was saved.</source>
        <translation type="unfinished">Листовката е отказана. Нищо не е запазено.</translation>
    </message>
    <message>
        <source>Handout saved.</source>
        <translation type="unfinished">Листовката е запазена.</translation>
    </message>
    <message>
        <source>save the handout</source>
        <translation type="unfinished">запази листовката</translation>
    </message>
    <message>
        <source>Save the alerts handout</source>
        <translation type="unfinished">Запази листовката със сигнали</translation>
    </message>
    <message>
        <source>Printing the handout…</source>
        <translation type="unfinished">Листовката се отпечатва…</translation>
    </message>
    <message>
        <source>Handout sent to the printer.</source>
        <translation type="unfinished">Листовката е изпратена към принтера.</translation>
    </message>
    <message>
        <source>Printing cancelled.</source>
        <translation type="unfinished">Печатът е отказан.</translation>
    </message>
    <message>
        <source>The printer could not be used.</source>
        <translation type="unfinished">Принтерът не можа да бъде използван.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Отказ</translation>
    </message>
</context>
<context>
    <name>AppStatusBar</name>
    <message>
        <source>Connection</source>
        <translation type="unfinished">Връзка</translation>
    </message>
    <message>
        <source>Reports waiting</source>
        <translation type="unfinished">Чакащи доклади</translation>
    </message>
    <message>
        <source>Reports that need attention</source>
        <translation type="unfinished">Доклади, които изискват внимание</translation>
    </message>
    <message>
        <source>Reports waiting for review</source>
        <translation type="unfinished">Доклади, чакащи преглед</translation>
    </message>
    <message>
        <source>Reports a coordinator must approve before they are sent (Review and sync page)</source>
        <translation type="unfinished">Доклади, които координатор трябва да одобри преди изпращане (страница Изпращане)</translation>
    </message>
    <message>
        <source>Restored drafts</source>
        <translation type="unfinished">Възстановени чернови</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation type="unfinished">Последна синхронизация</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished">Заключване</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation type="unfinished">Заключи сега</translation>
    </message>
    <message>
        <source>Lock now (Ctrl+L). Panic: Ctrl+Shift+L locks and hides.</source>
        <translation type="unfinished">Заключи сега (Ctrl+L). Паника: Ctrl+Shift+L заключва и скрива.</translation>
    </message>
    <message numerus="yes">
        <source>%n awaiting review</source>
        <translation type="unfinished">
            <numerusform>%n чака преглед</numerusform>
            <numerusform>%n чакат преглед</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unfinished form(s) restored</source>
        <translation type="unfinished">
            <numerusform>%n незавършен формуляр е възстановен</numerusform>
            <numerusform>%n незавършени формуляра са възстановени</numerusform>
        </translation>
    </message>
    <message>
        <source>Not linked to a server</source>
        <translation type="unfinished">Не е свързано със сървър</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished">Синхронизиране…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished">Офлайн</translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished">Онлайн</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation type="unfinished">Още не е синхронизирано</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation type="unfinished">
            <numerusform>%n чака</numerusform>
            <numerusform>%n чакат</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need attention</source>
        <translation type="unfinished">
            <numerusform>%n изисква внимание</numerusform>
            <numerusform>%n изискват внимание</numerusform>
        </translation>
    </message>
    <message>
        <source>Last sync: never</source>
        <translation type="unfinished">Последна синхронизация: никога</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation type="unfinished">Последна синхронизация: %1</translation>
    </message>
</context>
<context>
    <name>AreasSection</name>
    <message>
        <source>Areas</source>
        <translation type="unfinished">Райони</translation>
    </message>
    <message>
        <source>Areas and their server regions</source>
        <translation type="unfinished">Райони и техните региони на сървъра</translation>
    </message>
    <message>
        <source>Server region for the selected area</source>
        <translation type="unfinished">Регион на сървъра за избрания район</translation>
    </message>
    <message>
        <source>Set &amp;region</source>
        <translation type="unfinished">Задай &amp;регион</translation>
    </message>
    <message>
        <source>Set the selected area&apos;s region</source>
        <translation type="unfinished">Задай региона на избрания район</translation>
    </message>
    <message>
        <source>Areas message</source>
        <translation type="unfinished">Съобщение за районите</translation>
    </message>
    <message>
        <source>Reports can be shared only from an area with a server region. Regions come from the server when the device is linked and at every sync.</source>
        <translation type="unfinished">Доклади могат да се споделят само от район с регион на сървъра. Регионите идват от сървъра при свързване на устройството и при всяка синхронизация.</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation type="unfinished">Ре&amp;гион:</translation>
    </message>
    <message>
        <source>load the areas</source>
        <translation type="unfinished">зареди районите</translation>
    </message>
    <message>
        <source>No region (not shareable)</source>
        <translation type="unfinished">Без регион (не се споделя)</translation>
    </message>
    <message>
        <source>no region: not shareable</source>
        <translation type="unfinished">без регион: не може да се споделя</translation>
    </message>
    <message>
        <source>No server regions yet: link this device to a server, or sync.</source>
        <translation type="unfinished">Още няма региони от сървъра: свържете устройството със сървър или синхронизирайте.</translation>
    </message>
    <message>
        <source>Region saved.</source>
        <translation type="unfinished">Регионът е запазен.</translation>
    </message>
    <message>
        <source>set the region</source>
        <translation type="unfinished">задай региона</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Audit log</source>
        <translation type="unfinished">Одитен дневник</translation>
    </message>
    <message>
        <source>Only coordinators can see the audit log.</source>
        <translation type="unfinished">Само координатори могат да виждат одитния дневник.</translation>
    </message>
    <message>
        <source>&amp;Verify the log</source>
        <translation type="unfinished">&amp;Провери дневника</translation>
    </message>
    <message>
        <source>Verification result</source>
        <translation type="unfinished">Резултат от проверката</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation type="unfinished">Записи в одита</translation>
    </message>
    <message>
        <source>The log is intact: %1 entries.</source>
        <translation type="unfinished">Дневникът е непокътнат: %1 записа.</translation>
    </message>
    <message>
        <source>(Not yet compared with the server: entries cut off the end show after a sync.)</source>
        <translation type="unfinished">(Още не е сравнен със сървъра: записи, отрязани от края, се виждат след синхронизация.)</translation>
    </message>
    <message>
        <source>The log was changed:</source>
        <translation type="unfinished">Дневникът е променен:</translation>
    </message>
    <message>
        <source>That did not work.</source>
        <translation type="unfinished">Това не проработи.</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation type="unfinished">Смяна на паролата</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation type="unfinished">Текуща парола</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished">Нова парола</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation type="unfinished">Повторете новата парола</translation>
    </message>
    <message>
        <source>Passphrase feedback</source>
        <translation type="unfinished">Отзив за паролата</translation>
    </message>
    <message>
        <source>Show the new passphrase</source>
        <translation type="unfinished">Покажи новата парола</translation>
    </message>
    <message>
        <source>&amp;Suggest</source>
        <translation type="unfinished">&amp;Предложи</translation>
    </message>
    <message>
        <source>Suggest a passphrase of random words</source>
        <translation type="unfinished">Предложи парола от случайни думи</translation>
    </message>
    <message>
        <source>About the team&apos;s passphrases</source>
        <translation type="unfinished">За паролите на екипа</translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished">Грешка</translation>
    </message>
    <message>
        <source>C&amp;urrent:</source>
        <translation type="unfinished">&amp;Текуща:</translation>
    </message>
    <message>
        <source>&amp;New:</source>
        <translation type="unfinished">&amp;Нова:</translation>
    </message>
    <message>
        <source>&amp;Repeat new:</source>
        <translation type="unfinished">П&amp;овторете новата:</translation>
    </message>
    <message>
        <source>The records stay as they are; only the passphrase that opens them changes.</source>
        <translation type="unfinished">Записите остават същите; сменя се само паролата, която ги отваря.</translation>
    </message>
    <message>
        <source>Six random words are shown. Write them down somewhere safe before you press OK.</source>
        <translation type="unfinished">Показани са шест случайни думи. Запишете ги на сигурно място, преди да натиснете OK.</translation>
    </message>
    <message>
        <source>Strong enough.</source>
        <translation type="unfinished">Достатъчно силна.</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>%1 table</source>
        <translation type="unfinished">Таблица: %1</translation>
    </message>
</context>
<context>
    <name>ConsentStep</name>
    <message>
        <source>Read each purpose to the person in these words. They decide each one separately; saying no to all of them is fine and changes nothing about the support they get.</source>
        <translation type="unfinished">Прочетете на човека всяка цел с тези думи. Той решава за всяка поотделно; отказът от всички е напълно приемлив и не променя нищо в подкрепата, която получава.</translation>
    </message>
    <message>
        <source>What is shared: %1</source>
        <translation type="unfinished">Какво се споделя: %1</translation>
    </message>
    <message>
        <source>Cannot be undone: %1</source>
        <translation type="unfinished">Не може да се отмени: %1</translation>
    </message>
    <message>
        <source>Yes, share this</source>
        <translation type="unfinished">Да, сподели това</translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished">Не</translation>
    </message>
    <message>
        <source>Yes to: %1</source>
        <translation type="unfinished">Да за: %1</translation>
    </message>
    <message>
        <source>No to: %1</source>
        <translation type="unfinished">Не за: %1</translation>
    </message>
    <message>
        <source>Said out loud (verbal)</source>
        <translation type="unfinished">Казано на глас (устно)</translation>
    </message>
    <message>
        <source>Signed or written</source>
        <translation type="unfinished">Подписано или писмено</translation>
    </message>
    <message>
        <source>How consent was given</source>
        <translation type="unfinished">Как е дадено съгласието</translation>
    </message>
    <message>
        <source>Initials of the worker recording consent</source>
        <translation type="unfinished">Инициали на служителя, който записва съгласието</translation>
    </message>
    <message>
        <source>&amp;How given:</source>
        <translation type="unfinished">&amp;Как е дадено:</translation>
    </message>
    <message>
        <source>Recorded &amp;by:</source>
        <translation type="unfinished">Записано &amp;от:</translation>
    </message>
    <message>
        <source>Consent status</source>
        <translation type="unfinished">Състояние на съгласието</translation>
    </message>
    <message>
        <source>&amp;Record consent</source>
        <translation type="unfinished">&amp;Запиши съгласието</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation type="unfinished">Запиши съгласието</translation>
    </message>
    <message>
        <source>Nothing is shared — &amp;finish</source>
        <translation type="unfinished">Нищо не &amp;се споделя — край</translation>
    </message>
    <message>
        <source>Finish without sharing anything</source>
        <translation type="unfinished">Край без споделяне на каквото и да е</translation>
    </message>
    <message>
        <source>&amp;Next: what will be shared</source>
        <translation type="unfinished">&amp;Напред: какво ще се сподели</translation>
    </message>
    <message>
        <source>Show what will be shared</source>
        <translation type="unfinished">Покажи какво ще се сподели</translation>
    </message>
    <message>
        <source>Record a fresh consent &amp;instead</source>
        <translation type="unfinished">Вместо това запиши &amp;ново съгласие</translation>
    </message>
    <message>
        <source>Record a fresh consent instead (needed to add a purpose)</source>
        <translation type="unfinished">Вместо това запиши ново съгласие (нужно, за да се добави цел)</translation>
    </message>
    <message>
        <source>Give the person this withdrawal code now. It is shown only once and cannot be looked up later. With it they can withdraw their consent at any time.</source>
        <translation type="unfinished">Дайте на човека този код за оттегляне сега. Показва се само веднъж и не може да бъде намерен по-късно. С него може да оттегли съгласието си по всяко време.</translation>
    </message>
    <message>
        <source>Withdrawal code</source>
        <translation type="unfinished">Код за оттегляне</translation>
    </message>
    <message>
        <source>&amp;Print slip…</source>
        <translation type="unfinished">Отпечатай &amp;бележката…</translation>
    </message>
    <message>
        <source>Print the withdrawal slip</source>
        <translation type="unfinished">Отпечатай бележката за оттегляне</translation>
    </message>
    <message>
        <source>Consent version %1 is recorded. Change the answers and record again, or go on.</source>
        <translation type="unfinished">Версия %1 на съгласието е записана. Променете отговорите и запишете отново или продължете.</translation>
    </message>
    <message>
        <source>Answer every purpose with yes or no.</source>
        <translation type="unfinished">Отговорете на всяка цел с да или не.</translation>
    </message>
    <message>
        <source>This incident was changed after it was shared. Read the purposes again with the person: they may keep them or say no to some. Their withdrawal code stays the same.</source>
        <translation type="unfinished">Този инцидент е променен, след като е споделен. Прочетете целите отново с човека: може да ги запази или да откаже някои. Кодът му за оттегляне остава същият.</translation>
    </message>
    <message>
        <source>Consent recorded (version %1).</source>
        <translation type="unfinished">Съгласието е записано (версия %1).</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <source>Edit contact</source>
        <translation type="unfinished">Редактиране на контакт</translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished">Кога</translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished">Район</translation>
    </message>
    <message>
        <source>No area</source>
        <translation type="unfinished">Без район</translation>
    </message>
    <message>
        <source>Alias (empty: anonymous)</source>
        <translation type="unfinished">Псевдоним (празно: анонимно)</translation>
    </message>
    <message>
        <source>How the contact happened</source>
        <translation type="unfinished">Как е станал контактът</translation>
    </message>
    <message>
        <source>%1 handed out</source>
        <translation type="unfinished">Раздадено: %1</translation>
    </message>
    <message>
        <source>Referred to %1</source>
        <translation type="unfinished">Насочен към: %1</translation>
    </message>
    <message>
        <source>Note (stays on this device)</source>
        <translation type="unfinished">Бележка (остава на това устройство)</translation>
    </message>
    <message>
        <source>Problem with the contact</source>
        <translation type="unfinished">Проблем с контакта</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation type="unfinished">&amp;Кога:</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation type="unfinished">&amp;Район:</translation>
    </message>
    <message>
        <source>A&amp;lias:</source>
        <translation type="unfinished">&amp;Псевдоним:</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation type="unfinished">К&amp;ак:</translation>
    </message>
    <message>
        <source>Supplies:</source>
        <translation type="unfinished">Материали:</translation>
    </message>
    <message>
        <source>Referrals:</source>
        <translation type="unfinished">Насочвания:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished">&amp;Бележка:</translation>
    </message>
    <message>
        <source>save the contact</source>
        <translation type="unfinished">запази контакта</translation>
    </message>
    <message>
        <source>Contact saved.</source>
        <translation type="unfinished">Контактът е запазен.</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>Contacts</source>
        <translation type="unfinished">Контакти</translation>
    </message>
    <message>
        <source>Filter by how the contact happened</source>
        <translation type="unfinished">Филтрирай по начина на контакт</translation>
    </message>
    <message>
        <source>Any way</source>
        <translation type="unfinished">Всеки начин</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished">&amp;Редактирай…</translation>
    </message>
    <message>
        <source>Edit the selected contact</source>
        <translation type="unfinished">Редактирай избрания контакт</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished">&amp;Изтрий…</translation>
    </message>
    <message>
        <source>Delete the selected contact</source>
        <translation type="unfinished">Изтрий избрания контакт</translation>
    </message>
    <message>
        <source>&amp;Forget this person…</source>
        <translation type="unfinished">&amp;Забрави този човек…</translation>
    </message>
    <message>
        <source>Forget the person of the selected contact</source>
        <translation type="unfinished">Забрави човека от избрания контакт</translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished">Кога</translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished">Район</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation type="unfinished">Псевдоним</translation>
    </message>
    <message>
        <source>(anonymous)</source>
        <translation type="unfinished">(анонимно)</translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished">Как</translation>
    </message>
    <message>
        <source>Supplies</source>
        <translation type="unfinished">Материали</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished">Насочвания</translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished">Бележка</translation>
    </message>
    <message>
        <source>Contact deleted.</source>
        <translation type="unfinished">Контактът е изтрит.</translation>
    </message>
    <message>
        <source>delete the contact</source>
        <translation type="unfinished">изтрий контакта</translation>
    </message>
    <message>
        <source>Delete contact</source>
        <translation type="unfinished">Изтриване на контакт</translation>
    </message>
    <message>
        <source>Delete the contact of %1? This cannot be undone.</source>
        <translation type="unfinished">Да се изтрие ли контактът на %1? Това не може да бъде отменено.</translation>
    </message>
</context>
<context>
    <name>CountsTableModel</name>
    <message>
        <source>Total</source>
        <translation type="unfinished">Общо</translation>
    </message>
</context>
<context>
    <name>DeskAdminPage</name>
    <message>
        <source>Admin</source>
        <translation type="unfinished">Администрация</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished">&amp;Опресни</translation>
    </message>
    <message>
        <source>Ask the server again</source>
        <translation type="unfinished">Попитай сървъра отново</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation type="unfinished">Региони</translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished">Регион</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Име</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished">Организации</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished">Организация</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished">Устройства</translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished">Устройство</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation type="unfinished">Регистрирано</translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished">Състояние</translation>
    </message>
    <message>
        <source>New region id</source>
        <translation type="unfinished">Идентификатор на новия регион</translation>
    </message>
    <message>
        <source>id, e.g. north</source>
        <translation type="unfinished">идентификатор, напр. north</translation>
    </message>
    <message>
        <source>New region name</source>
        <translation type="unfinished">Име на новия регион</translation>
    </message>
    <message>
        <source>Add re&amp;gion</source>
        <translation type="unfinished">Добави ре&amp;гион</translation>
    </message>
    <message>
        <source>Add the region</source>
        <translation type="unfinished">Добави региона</translation>
    </message>
    <message>
        <source>New organisation name</source>
        <translation type="unfinished">Име на новата организация</translation>
    </message>
    <message>
        <source>Its regions (comma separated)</source>
        <translation type="unfinished">Нейните региони (разделени със запетая)</translation>
    </message>
    <message>
        <source>Add &amp;organisation</source>
        <translation type="unfinished">Добави органи&amp;зация</translation>
    </message>
    <message>
        <source>Add the organisation</source>
        <translation type="unfinished">Добави организацията</translation>
    </message>
    <message>
        <source>Organisation for the enrolment code</source>
        <translation type="unfinished">Организация за кода за регистрация</translation>
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished"> ч</translation>
    </message>
    <message>
        <source>Hours the code stays valid</source>
        <translation type="unfinished">Колко часа кодът остава валиден</translation>
    </message>
    <message>
        <source>Make enrolment &amp;code</source>
        <translation type="unfinished">Създай &amp;код за регистрация</translation>
    </message>
    <message>
        <source>Make a device enrolment code</source>
        <translation type="unfinished">Създай код за регистрация на устройство</translation>
    </message>
    <message>
        <source>The enrolment code (shown once)</source>
        <translation type="unfinished">Кодът за регистрация (показва се веднъж)</translation>
    </message>
    <message>
        <source>Re&amp;voke device…</source>
        <translation type="unfinished">&amp;Анулирай устройство…</translation>
    </message>
    <message>
        <source>Revoke the selected device</source>
        <translation type="unfinished">Анулирай избраното устройство</translation>
    </message>
    <message>
        <source>New region:</source>
        <translation type="unfinished">Нов регион:</translation>
    </message>
    <message>
        <source>New organisation:</source>
        <translation type="unfinished">Нова организация:</translation>
    </message>
    <message>
        <source>Device code for:</source>
        <translation type="unfinished">Код на устройство за:</translation>
    </message>
    <message>
        <source>ask the server</source>
        <translation type="unfinished">попита сървъра</translation>
    </message>
    <message>
        <source>add the region</source>
        <translation type="unfinished">добави региона</translation>
    </message>
    <message>
        <source>Region added.</source>
        <translation type="unfinished">Регионът е добавен.</translation>
    </message>
    <message>
        <source>add the organisation</source>
        <translation type="unfinished">добави организацията</translation>
    </message>
    <message>
        <source>Organisation added.</source>
        <translation type="unfinished">Организацията е добавена.</translation>
    </message>
    <message>
        <source>Enrolment code (shown once, valid %1 h): %2</source>
        <translation type="unfinished">Код за регистрация (показва се веднъж, валиден %1 ч): %2</translation>
    </message>
    <message>
        <source>make the code</source>
        <translation type="unfinished">създаде кода</translation>
    </message>
    <message>
        <source>Select the device to revoke.</source>
        <translation type="unfinished">Изберете устройството за анулиране.</translation>
    </message>
    <message>
        <source>Revoke device</source>
        <translation type="unfinished">Анулиране на устройство</translation>
    </message>
    <message>
        <source>Revoke this device? It can no longer send or fetch anything.</source>
        <translation type="unfinished">Да се анулира ли това устройство? То вече няма да може да изпраща или изтегля нищо.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation type="unfinished">Анулирай</translation>
    </message>
    <message>
        <source>revoke the device</source>
        <translation type="unfinished">анулира устройството</translation>
    </message>
    <message>
        <source>Device revoked.</source>
        <translation type="unfinished">Устройството е анулирано.</translation>
    </message>
</context>
<context>
    <name>DeskAlertsPage</name>
    <message>
        <source>Alerts</source>
        <translation type="unfinished">Сигнали</translation>
    </message>
    <message>
        <source>This desk&apos;s alerts</source>
        <translation type="unfinished">Сигналите на това бюро</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation type="unfinished">Сигнал</translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished">Версия</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Състояние</translation>
    </message>
    <message>
        <source>Check code</source>
        <translation type="unfinished">Контролен код</translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished">Преглед</translation>
    </message>
    <message>
        <source>Report to draft an alert from</source>
        <translation type="unfinished">Доклад, от който да се изготви сигнал</translation>
    </message>
    <message>
        <source>&amp;Draft alert</source>
        <translation type="unfinished">&amp;Чернова на сигнал</translation>
    </message>
    <message>
        <source>Draft an alert from this report</source>
        <translation type="unfinished">Изготви чернова на сигнал от този доклад</translation>
    </message>
    <message>
        <source>Alert title</source>
        <translation type="unfinished">Заглавие на сигнала</translation>
    </message>
    <message>
        <source>Alert text</source>
        <translation type="unfinished">Текст на сигнала</translation>
    </message>
    <message>
        <source>Regions (comma separated)</source>
        <translation type="unfinished">Региони (разделени със запетая)</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished">Валиден до</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished">Какво се е случило</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished">Тежест</translation>
    </message>
    <message>
        <source>Structured details</source>
        <translation type="unfinished">Структурирани подробности</translation>
    </message>
    <message>
        <source>Source summary, scrubber&apos;s finds marked</source>
        <translation type="unfinished">Резюме на източника, с отбелязаното от филтъра</translation>
    </message>
    <message>
        <source>Alert text, what might identify someone marked</source>
        <translation type="unfinished">Текст на сигнала, с отбелязано каквото може да идентифицира някого</translation>
    </message>
    <message>
        <source>Preview as the handout prints it</source>
        <translation type="unfinished">Преглед както го отпечатва листовката</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation type="unfinished">Зап&amp;ази черновата</translation>
    </message>
    <message>
        <source>Save the draft</source>
        <translation type="unfinished">Запази черновата</translation>
    </message>
    <message>
        <source>Sign and &amp;publish…</source>
        <translation type="unfinished">Подпиши и &amp;публикувай…</translation>
    </message>
    <message>
        <source>Sign and publish the alert</source>
        <translation type="unfinished">Подпиши и публикувай сигнала</translation>
    </message>
    <message>
        <source>Exp&amp;ire…</source>
        <translation type="unfinished">&amp;Изтичане…</translation>
    </message>
    <message>
        <source>Expire the alert now</source>
        <translation type="unfinished">Прекрати сигнала сега</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation type="unfinished">&amp;Оттегли…</translation>
    </message>
    <message>
        <source>Withdraw the alert</source>
        <translation type="unfinished">Оттегли сигнала</translation>
    </message>
    <message>
        <source>From &amp;report:</source>
        <translation type="unfinished">От &amp;доклад:</translation>
    </message>
    <message>
        <source>Details to look out for (edit them here):</source>
        <translation type="unfinished">Подробности, за които да се внимава (редактирайте ги тук):</translation>
    </message>
    <message>
        <source>Source summary (the scrubber&apos;s finds marked):</source>
        <translation type="unfinished">Резюме на източника (с отбелязаното от филтъра):</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished">&amp;Заглавие:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation type="unfinished">Те&amp;кст:</translation>
    </message>
    <message>
        <source>Check:</source>
        <translation type="unfinished">Проверка:</translation>
    </message>
    <message>
        <source>Re&amp;gions:</source>
        <translation type="unfinished">Ре&amp;гиони:</translation>
    </message>
    <message>
        <source>&amp;Valid until:</source>
        <translation type="unfinished">&amp;Валиден до:</translation>
    </message>
    <message>
        <source>What &amp;happened:</source>
        <translation type="unfinished">Какво се е с&amp;лучило:</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation type="unfinished">Тежест:</translation>
    </message>
    <message>
        <source>Preview, as the handout prints it:</source>
        <translation type="unfinished">Преглед, както го отпечатва листовката:</translation>
    </message>
    <message>
        <source>load the alerts</source>
        <translation type="unfinished">зареди сигналите</translation>
    </message>
    <message>
        <source>Review: source report withdrawn</source>
        <translation type="unfinished">Преглед: докладът източник е оттеглен</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished">Чернова</translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished">Публикуван</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished">Изтекъл</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished">Оттеглен</translation>
    </message>
    <message>
        <source>open the alert</source>
        <translation type="unfinished">отвори сигнала</translation>
    </message>
    <message numerus="yes">
        <source>The scrubber found %n thing(s) to take out; the text below shows the replacements.</source>
        <translation type="unfinished">
            <numerusform>Филтърът откри %n нещо за премахване; текстът по-долу показва заместванията.</numerusform>
            <numerusform>Филтърът откри %n неща за премахване; текстът по-долу показва заместванията.</numerusform>
        </translation>
    </message>
    <message>
        <source>The scrubber found nothing more to take out.</source>
        <translation type="unfinished">Филтърът не откри нищо повече за премахване.</translation>
    </message>
    <message>
        <source>Tick what happened.</source>
        <translation type="unfinished">Отбележете какво се е случило.</translation>
    </message>
    <message>
        <source>Review this alert: its source report was withdrawn by the person.</source>
        <translation type="unfinished">Прегледайте този сигнал: човекът е оттеглил доклада, от който е изготвен.</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) might still identify someone: check each before publishing.</source>
        <translation type="unfinished">
            <numerusform>%n място все още може да идентифицира някого: проверете го преди публикуване.</numerusform>
            <numerusform>%n места все още могат да идентифицират някого: проверете всяко преди публикуване.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing in the text looks like it identifies someone.</source>
        <translation type="unfinished">Нищо в текста не изглежда да идентифицира някого.</translation>
    </message>
    <message>
        <source>Not a valid alert yet: fill in the title and the text.</source>
        <translation type="unfinished">Сигналът още не е валиден: попълнете заглавието и текста.</translation>
    </message>
    <message>
        <source>Drafted. Check the marked text, then sign and publish.</source>
        <translation type="unfinished">Черновата е готова. Проверете отбелязания текст, после подпишете и публикувайте.</translation>
    </message>
    <message>
        <source>draft the alert</source>
        <translation type="unfinished">изготви черновата на сигнала</translation>
    </message>
    <message>
        <source>Draft saved (version %1).</source>
        <translation type="unfinished">Черновата е запазена (версия %1).</translation>
    </message>
    <message>
        <source>save</source>
        <translation type="unfinished">запази</translation>
    </message>
    <message>
        <source>Sign and publish</source>
        <translation type="unfinished">Подпиши и публикувай</translation>
    </message>
    <message>
        <source>Sign “%1” with this desk&apos;s key and publish it to every device? Devices print it on their handouts as shown in the preview.</source>
        <translation type="unfinished">Да се подпише ли „%1“ с ключа на това бюро и да се публикува ли на всички устройства? Устройствата го отпечатват на листовките си, както е в прегледа.</translation>
    </message>
    <message>
        <source>Published version %1; its check code is %2.</source>
        <translation type="unfinished">Публикувана е версия %1; контролният ѝ код е %2.</translation>
    </message>
    <message>
        <source>publish</source>
        <translation type="unfinished">публикува</translation>
    </message>
    <message>
        <source>Expire this alert now? Devices stop showing it.</source>
        <translation type="unfinished">Да изтече ли този сигнал сега? Устройствата спират да го показват.</translation>
    </message>
    <message>
        <source>Withdraw this alert? Devices remove it from their lists and handouts.</source>
        <translation type="unfinished">Да се оттегли ли този сигнал? Устройствата го махат от списъците и листовките си.</translation>
    </message>
    <message>
        <source>Expire</source>
        <translation type="unfinished">Изтичане</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation type="unfinished">Оттегли</translation>
    </message>
    <message>
        <source>The alert is now: %1</source>
        <translation type="unfinished">Сигналът сега е: %1</translation>
    </message>
    <message>
        <source>end the alert</source>
        <translation type="unfinished">прекрати сигнала</translation>
    </message>
</context>
<context>
    <name>DeskChoiceBox</name>
    <message>
        <source>An outreach &amp;worker&apos;s records</source>
        <translation type="unfinished">Записите на &amp;теренен работник</translation>
    </message>
    <message>
        <source>The charity&apos;s &amp;desk (staff: triage, alerts, police, admin)</source>
        <translation type="unfinished">&amp;Бюро на организацията (персонал: триаж, сигнали, полиция, администрация)</translation>
    </message>
    <message>
        <source>Desk role</source>
        <translation type="unfinished">Роля на бюрото</translation>
    </message>
    <message>
        <source>Alerts desk</source>
        <translation type="unfinished">Бюро за сигнали</translation>
    </message>
    <message>
        <source>Police desk</source>
        <translation type="unfinished">Полицейско бюро</translation>
    </message>
    <message>
        <source>Admin desk</source>
        <translation type="unfinished">Администраторско бюро</translation>
    </message>
    <message>
        <source>Desk id in the key bundle</source>
        <translation type="unfinished">Идентификатор на бюрото в пакета с ключове</translation>
    </message>
    <message>
        <source>Desk name in the server&apos;s log</source>
        <translation type="unfinished">Име на бюрото в дневника на сървъра</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation type="unfinished">Ро&amp;ля:</translation>
    </message>
    <message>
        <source>Desk &amp;id:</source>
        <translation type="unfinished">&amp;Идентификатор на бюрото:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished">И&amp;ме:</translation>
    </message>
    <message>
        <source>This laptop keeps:</source>
        <translation type="unfinished">Този лаптоп пази:</translation>
    </message>
</context>
<context>
    <name>DeskPages</name>
    <message>
        <source>Alert</source>
        <translation type="unfinished">Сигнал</translation>
    </message>
    <message>
        <source>Police intelligence</source>
        <translation type="unfinished">Информация за полицията</translation>
    </message>
    <message>
        <source>Police referral</source>
        <translation type="unfinished">Насочване към полицията</translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished">Нов</translation>
    </message>
    <message>
        <source>In review</source>
        <translation type="unfinished">В преглед</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">Готов</translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <translation type="unfinished">Не можа да се %1: %2</translation>
    </message>
    <message>
        <source>Page message</source>
        <translation type="unfinished">Съобщение на страницата</translation>
    </message>
    <message>
        <source>This desk</source>
        <translation type="unfinished">Това бюро</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished">Адрес на сървъра</translation>
    </message>
    <message>
        <source>https://server.example.org</source>
        <translation type="unfinished">https://server.example.org</translation>
    </message>
    <message>
        <source>Desk enrolment code</source>
        <translation type="unfinished">Код за регистрация на бюрото</translation>
    </message>
    <message>
        <source>Desk code from the server&apos;s admin</source>
        <translation type="unfinished">Кодът на бюрото от администратора на сървъра</translation>
    </message>
    <message>
        <source>&amp;Enrol this desk</source>
        <translation type="unfinished">&amp;Регистрирай това бюро</translation>
    </message>
    <message>
        <source>Enrol this desk</source>
        <translation type="unfinished">Регистрирай това бюро</translation>
    </message>
    <message>
        <source>read the desk</source>
        <translation type="unfinished">прочете бюрото</translation>
    </message>
    <message>
        <source>%1 desk “%2”, enrolled with %3</source>
        <translation type="unfinished">Бюро „%2“ (%1), регистрирано при %3</translation>
    </message>
    <message>
        <source>%1 desk “%2”: not enrolled yet</source>
        <translation type="unfinished">Бюро „%2“ (%1): още не е регистрирано</translation>
    </message>
    <message>
        <source>Type the server&apos;s address and the desk code.</source>
        <translation type="unfinished">Въведете адреса на сървъра и кода на бюрото.</translation>
    </message>
    <message>
        <source>The desk is enrolled.</source>
        <translation type="unfinished">Бюрото е регистрирано.</translation>
    </message>
    <message>
        <source>enrol the desk</source>
        <translation type="unfinished">регистрира бюрото</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished">Сигнали</translation>
    </message>
    <message>
        <source>Police</source>
        <translation type="unfinished">Полиция</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation type="unfinished">Администрация</translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished">да</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished">не</translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished">Дата</translation>
    </message>
    <message>
        <source>Part of day</source>
        <translation type="unfinished">Част от деня</translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished">Регион</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished">Какво се е случило</translation>
    </message>
    <message>
        <source>Perpetrators</source>
        <translation type="unfinished">Извършители</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation type="unfinished">Превозни средства</translation>
    </message>
    <message>
        <source>Weapon used</source>
        <translation type="unfinished">Използвано оръжие</translation>
    </message>
    <message>
        <source>Injured</source>
        <translation type="unfinished">Ранен(а)</translation>
    </message>
    <message>
        <source>Injury</source>
        <translation type="unfinished">Нараняване</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished">Резюме</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished">Контакт</translation>
    </message>
    <message>
        <source>through the project only</source>
        <translation type="unfinished">само чрез проекта</translation>
    </message>
    <message>
        <source>not in any other report</source>
        <translation type="unfinished">в никой друг доклад</translation>
    </message>
</context>
<context>
    <name>DeskPolicePage</name>
    <message>
        <source>Police</source>
        <translation type="unfinished">Полиция</translation>
    </message>
    <message>
        <source>Police reports</source>
        <translation type="unfinished">Доклади за полицията</translation>
    </message>
    <message>
        <source>Disclose</source>
        <translation type="unfinished">Разкрий</translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished">Вид</translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished">Регион</translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished">Кога</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished">Оценка</translation>
    </message>
    <message>
        <source>The selected police report</source>
        <translation type="unfinished">Избраният доклад за полицията</translation>
    </message>
    <message>
        <source>Source grade</source>
        <translation type="unfinished">Оценка на източника</translation>
    </message>
    <message>
        <source>Intelligence grade</source>
        <translation type="unfinished">Оценка на информацията</translation>
    </message>
    <message>
        <source>Handling code</source>
        <translation type="unfinished">Код за обработка</translation>
    </message>
    <message>
        <source>Handling conditions</source>
        <translation type="unfinished">Условия за обработка</translation>
    </message>
    <message>
        <source>Conditions (handling code C only)</source>
        <translation type="unfinished">Условия (само за код за обработка C)</translation>
    </message>
    <message>
        <source>&amp;Grade ticked reports</source>
        <translation type="unfinished">&amp;Оцени отметнатите доклади</translation>
    </message>
    <message>
        <source>Grade the ticked reports</source>
        <translation type="unfinished">Оцени отметнатите доклади</translation>
    </message>
    <message>
        <source>Receiving police force</source>
        <translation type="unfinished">Полицейско управление получател</translation>
    </message>
    <message>
        <source>The charity&apos;s name as the police know it</source>
        <translation type="unfinished">Името на организацията, както го знае полицията</translation>
    </message>
    <message>
        <source>Your name (kept in the log)</source>
        <translation type="unfinished">Вашето име (пази се в дневника)</translation>
    </message>
    <message>
        <source>File type</source>
        <translation type="unfinished">Вид файл</translation>
    </message>
    <message>
        <source>CSV (one column per field)</source>
        <translation type="unfinished">CSV (една колона на поле)</translation>
    </message>
    <message>
        <source>PDF (printable)</source>
        <translation type="unfinished">PDF (за печат)</translation>
    </message>
    <message>
        <source>E&amp;xport for the force…</source>
        <translation type="unfinished">&amp;Експорт за управлението…</translation>
    </message>
    <message>
        <source>Export the ticked reports</source>
        <translation type="unfinished">Експортирай отметнатите доклади</translation>
    </message>
    <message>
        <source>Disclosure log</source>
        <translation type="unfinished">Дневник на разкриванията</translation>
    </message>
    <message>
        <source>Force</source>
        <translation type="unfinished">Управление</translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished">От</translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished">Файл</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished">Доклади</translation>
    </message>
    <message>
        <source>Notices to police forces</source>
        <translation type="unfinished">Известия до полицейски управления</translation>
    </message>
    <message>
        <source>Notify</source>
        <translation type="unfinished">Уведоми</translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished">Защо</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation type="unfinished">Създадено</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">Готово</translation>
    </message>
    <message>
        <source>Mark &amp;notified</source>
        <translation type="unfinished">Отбележи като у&amp;ведомено</translation>
    </message>
    <message>
        <source>Mark the selected notice as done</source>
        <translation type="unfinished">Отбележи избраното известие като изпълнено</translation>
    </message>
    <message>
        <source>&amp;Force:</source>
        <translation type="unfinished">&amp;Управление:</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation type="unfinished">&amp;Агенция:</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation type="unfinished">О&amp;т:</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation type="unfinished">&amp;Файл:</translation>
    </message>
    <message>
        <source>Disclosure log:</source>
        <translation type="unfinished">Дневник на разкриванията:</translation>
    </message>
    <message>
        <source>Withdrawn after disclosure — tell the force:</source>
        <translation type="unfinished">Оттеглени след разкриване — уведомете управлението:</translation>
    </message>
    <message>
        <source>3x5x2 grade (source, intelligence, handling):</source>
        <translation type="unfinished">Оценка 3x5x2 (източник, информация, обработка):</translation>
    </message>
    <message>
        <source>load the police reports</source>
        <translation type="unfinished">зареди докладите за полицията</translation>
    </message>
    <message>
        <source>a disclosed report was withdrawn</source>
        <translation type="unfinished">разкрит доклад е оттеглен</translation>
    </message>
    <message>
        <source>TO DO</source>
        <translation type="unfinished">ЗА ИЗПЪЛНЕНИЕ</translation>
    </message>
    <message>
        <source>told %1 by %2</source>
        <translation type="unfinished">%1 е уведомено от %2</translation>
    </message>
    <message>
        <source>Tick the reports to grade first.</source>
        <translation type="unfinished">Първо отметнете докладите за оценка.</translation>
    </message>
    <message>
        <source>Not a valid grade: %1</source>
        <translation type="unfinished">Невалидна оценка: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) graded %1.</source>
        <translation type="unfinished">
            <numerusform>%n доклад е оценен с %1.</numerusform>
            <numerusform>%n доклада са оценени с %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick the reports to disclose first.</source>
        <translation type="unfinished">Първо отметнете докладите за разкриване.</translation>
    </message>
    <message numerus="yes">
        <source>No grade yet for %n ticked report(s).</source>
        <translation type="unfinished">
            <numerusform>Още без оценка: %n отметнат доклад.</numerusform>
            <numerusform>Още без оценка: %n отметнати доклада.</numerusform>
        </translation>
    </message>
    <message>
        <source>prepare the export</source>
        <translation type="unfinished">подготви експорта</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) for %1:</source>
        <translation type="unfinished">
            <numerusform>%n доклад за %1:</numerusform>
            <numerusform>%n доклада за %1:</numerusform>
        </translation>
    </message>
    <message>
        <source>They are written in plain text to a file you choose next, and the disclosure is logged.</source>
        <translation type="unfinished">Записват се като обикновен текст във файл, който избирате след това, и разкриването се вписва в дневника.</translation>
    </message>
    <message>
        <source>Disclose to the police</source>
        <translation type="unfinished">Разкриване пред полицията</translation>
    </message>
    <message>
        <source>Choose the file…</source>
        <translation type="unfinished">Избери файла…</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished">CSV файлове (*.csv)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished">PDF файлове (*.pdf)</translation>
    </message>
    <message>
        <source>Save the police export</source>
        <translation type="unfinished">Запазване на експорта за полицията</translation>
    </message>
    <message>
        <source>%1 already exists: choose a new file.</source>
        <translation type="unfinished">%1 вече съществува: изберете нов файл.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n report(s) to %1; the disclosure is logged.</source>
        <translation type="unfinished">
            <numerusform>%n доклад е записан в %1; разкриването е вписано в дневника.</numerusform>
            <numerusform>%n доклада са записани в %1; разкриването е вписано в дневника.</numerusform>
        </translation>
    </message>
    <message>
        <source>export</source>
        <translation type="unfinished">експортира</translation>
    </message>
    <message>
        <source>Select the notice the force was told of.</source>
        <translation type="unfinished">Изберете известието, за което управлението е уведомено.</translation>
    </message>
    <message>
        <source>Kept: %1 was told.</source>
        <translation type="unfinished">Записано: %1 е уведомено.</translation>
    </message>
    <message>
        <source>mark the notice</source>
        <translation type="unfinished">отбележи известието</translation>
    </message>
</context>
<context>
    <name>DeskQueuePage</name>
    <message>
        <source>Queue</source>
        <translation type="unfinished">Опашка</translation>
    </message>
    <message>
        <source>&amp;Pull new reports</source>
        <translation type="unfinished">&amp;Изтегли новите доклади</translation>
    </message>
    <message>
        <source>Pull new reports</source>
        <translation type="unfinished">Изтегли новите доклади</translation>
    </message>
    <message>
        <source>Also &amp;those another desk took</source>
        <translation type="unfinished">Също и &amp;взетите от друго бюро</translation>
    </message>
    <message>
        <source>A second desk of this role: fetch the reports the first desk already acknowledged.</source>
        <translation type="unfinished">Второ бюро със същата роля: изтегли докладите, които първото бюро вече е потвърдило.</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished">Цел</translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished">Регион</translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished">Месец</translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished">Състояние</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished">Доклади</translation>
    </message>
    <message>
        <source>Pulled</source>
        <translation type="unfinished">Изтеглен</translation>
    </message>
    <message>
        <source>The opened report</source>
        <translation type="unfinished">Отвореният доклад</translation>
    </message>
    <message>
        <source>Start &amp;review</source>
        <translation type="unfinished">Започни &amp;преглед</translation>
    </message>
    <message>
        <source>Start reviewing this report</source>
        <translation type="unfinished">Започни прегледа на този доклад</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation type="unfinished">Отбележи като &amp;готов</translation>
    </message>
    <message>
        <source>Mark this report done</source>
        <translation type="unfinished">Отбележи този доклад като готов</translation>
    </message>
    <message>
        <source>Back to &amp;new</source>
        <translation type="unfinished">Обратно към &amp;нови</translation>
    </message>
    <message>
        <source>Put this report back to new</source>
        <translation type="unfinished">Върни този доклад към нови</translation>
    </message>
    <message>
        <source>Withdrawn reports</source>
        <translation type="unfinished">Оттеглени доклади</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished">Оттеглен</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished">Какво да се направи</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation type="unfinished">Цел:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation type="unfinished">Регион:</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation type="unfinished">Месец:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation type="unfinished">Състояние:</translation>
    </message>
    <message>
        <source>Withdrawn by the person (the decrypted copy is deleted):</source>
        <translation type="unfinished">Оттеглени от човека (дешифрираното копие е изтрито):</translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished">Всички</translation>
    </message>
    <message>
        <source>load the queue</source>
        <translation type="unfinished">зареди опашката</translation>
    </message>
    <message>
        <source>Disclosed: notify %1 (Police page)</source>
        <translation type="unfinished">Разкрит: уведомете %1 (страница Полиция)</translation>
    </message>
    <message>
        <source>Disclosed to the police: the force was told</source>
        <translation type="unfinished">Разкрит пред полицията: управлението е уведомено</translation>
    </message>
    <message>
        <source>Nothing to do: it was never disclosed</source>
        <translation type="unfinished">Нищо за правене: никога не е разкриван</translation>
    </message>
    <message>
        <source>%1 shown · %2 new of %3 held</source>
        <translation type="unfinished">%1 показани · %2 нови от %3 пазени</translation>
    </message>
    <message>
        <source>open the report</source>
        <translation type="unfinished">отвори доклада</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished">Организация</translation>
    </message>
    <message numerus="yes">
        <source>in %n other report(s)</source>
        <translation type="unfinished">
            <numerusform>в %n друг доклад</numerusform>
            <numerusform>в %n други доклада</numerusform>
        </translation>
    </message>
    <message>
        <source>The report is now: %1</source>
        <translation type="unfinished">Докладът сега е: %1</translation>
    </message>
    <message>
        <source>change the state</source>
        <translation type="unfinished">смени състоянието</translation>
    </message>
    <message>
        <source>Pulling new reports…</source>
        <translation type="unfinished">Изтеглят се новите доклади…</translation>
    </message>
    <message numerus="yes">
        <source>%n new report(s), %1 withdrawn.</source>
        <translation type="unfinished">
            <numerusform>%n нов доклад, %1 оттеглени.</numerusform>
            <numerusform>%n нови доклада, %1 оттеглени.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n did not open with this desk&apos;s key.</source>
        <translation type="unfinished">
            <numerusform>%n не се отвори с ключа на това бюро.</numerusform>
            <numerusform>%n не се отвориха с ключа на това бюро.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) to review.</source>
        <translation type="unfinished">
            <numerusform>%n сигнал за преглед.</numerusform>
            <numerusform>%n сигнала за преглед.</numerusform>
        </translation>
    </message>
    <message>
        <source>pull</source>
        <translation type="unfinished">изтегли</translation>
    </message>
</context>
<context>
    <name>DeskStatsPage</name>
    <message>
        <source>Statistics</source>
        <translation type="unfinished">Статистика</translation>
    </message>
    <message>
        <source>No figures opened yet.</source>
        <translation type="unfinished">Още не са отворени данни.</translation>
    </message>
    <message>
        <source>Fetch from the &amp;server</source>
        <translation type="unfinished">Изтегли от &amp;сървъра</translation>
    </message>
    <message>
        <source>Fetch the figures for this period from the server</source>
        <translation type="unfinished">Изтегли от сървъра данните за този период</translation>
    </message>
    <message>
        <source>&amp;Open the server&apos;s figures…</source>
        <translation type="unfinished">&amp;Отвори данните на сървъра…</translation>
    </message>
    <message>
        <source>Open the server&apos;s figures</source>
        <translation type="unfinished">Отвори данните на сървъра</translation>
    </message>
    <message>
        <source>First month</source>
        <translation type="unfinished">Първи месец</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation type="unfinished">Последен месец</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation type="unfinished">&amp;Покажи</translation>
    </message>
    <message>
        <source>Show the figures for this period</source>
        <translation type="unfinished">Покажи данните за този период</translation>
    </message>
    <message>
        <source>Table to chart</source>
        <translation type="unfinished">Таблица за графика</translation>
    </message>
    <message>
        <source>Chart of the chosen table</source>
        <translation type="unfinished">Графика на избраната таблица</translation>
    </message>
    <message>
        <source>Tables as published</source>
        <translation type="unfinished">Таблици, както са публикувани</translation>
    </message>
    <message>
        <source>Funder report file type</source>
        <translation type="unfinished">Вид файл за отчета към донора</translation>
    </message>
    <message>
        <source>PDF with charts</source>
        <translation type="unfinished">PDF с графики</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation type="unfinished">CSV</translation>
    </message>
    <message>
        <source>&amp;Export funder report…</source>
        <translation type="unfinished">&amp;Експорт на отчета към донора…</translation>
    </message>
    <message>
        <source>Export the funder report</source>
        <translation type="unfinished">Експортирай отчета към донора</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished">О&amp;т:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished">&amp;До:</translation>
    </message>
    <message>
        <source>&amp;Chart:</source>
        <translation type="unfinished">&amp;Графика:</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished">JSON файлове (*.json)</translation>
    </message>
    <message>
        <source>Figures: %1</source>
        <translation type="unfinished">Данни: %1</translation>
    </message>
    <message>
        <source>Figures: from the server</source>
        <translation type="unfinished">Данни: от сървъра</translation>
    </message>
    <message>
        <source>fetch the figures</source>
        <translation type="unfinished">изтегли данните</translation>
    </message>
    <message>
        <source>Fetch the figures from the server or open a file first.</source>
        <translation type="unfinished">Първо изтеглете данните от сървъра или отворете файл.</translation>
    </message>
    <message>
        <source>read the figures</source>
        <translation type="unfinished">прочете данните</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s); counts suppressed by the disclosure rule: %1.</source>
        <translation type="unfinished">
            <numerusform>%n таблица; скрити стойности по правилото за разкриване: %1.</numerusform>
            <numerusform>%n таблици; скрити стойности по правилото за разкриване: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not drawn (the disclosure rule): %n suppressed count(s).</source>
        <translation type="unfinished">
            <numerusform>Не е начертано (правилото за разкриване): %n скрита стойност.</numerusform>
            <numerusform>Не са начертани (правилото за разкриване): %n скрити стойности.</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished">PDF файлове (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished">CSV файлове (*.csv)</translation>
    </message>
    <message>
        <source>Save the funder report</source>
        <translation type="unfinished">Запазване на отчета към донора</translation>
    </message>
    <message>
        <source>%1 already exists: choose a new file.</source>
        <translation type="unfinished">%1 вече съществува: изберете нов файл.</translation>
    </message>
    <message>
        <source>Funder report written to %1 (%2 tables).</source>
        <translation type="unfinished">Отчетът към донора е записан в %1 (%2 таблици).</translation>
    </message>
    <message>
        <source>export the funder report</source>
        <translation type="unfinished">експортира отчета към донора</translation>
    </message>
</context>
<context>
    <name>DetailsEditor</name>
    <message>
        <source>Phone numbers:</source>
        <translation type="unfinished">Телефонни номера:</translation>
    </message>
    <message>
        <source>E-mail addresses:</source>
        <translation type="unfinished">Имейл адреси:</translation>
    </message>
    <message>
        <source>Handles:</source>
        <translation type="unfinished">Профили:</translation>
    </message>
    <message>
        <source>Name used:</source>
        <translation type="unfinished">Използвано име:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation type="unfinished">Описание:</translation>
    </message>
    <message>
        <source>Plate:</source>
        <translation type="unfinished">Регистрационен номер:</translation>
    </message>
    <message>
        <source>Make:</source>
        <translation type="unfinished">Марка:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation type="unfinished">Модел:</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation type="unfinished">Цвят:</translation>
    </message>
    <message>
        <source>Perpetrator %1</source>
        <translation type="unfinished">Извършител %1</translation>
    </message>
    <message>
        <source>Vehicle %1</source>
        <translation type="unfinished">Превозно средство %1</translation>
    </message>
</context>
<context>
    <name>FirstRunScreen</name>
    <message>
        <source>Welcome to Outreach</source>
        <translation type="unfinished">Добре дошли в Outreach</translation>
    </message>
    <message>
        <source>Everything you record is kept encrypted on this laptop. Choose a passphrase to protect it: a few unrelated words are easier to remember than symbols.</source>
        <translation type="unfinished">Всичко, което записвате, се пази криптирано на този лаптоп. Изберете парола, която да го защитава: няколко несвързани думи се помнят по-лесно от символи.</translation>
    </message>
    <message>
        <source>If this passphrase is lost, the records cannot be recovered — not by the charity, not by anyone. Keep a copy somewhere safe, away from this laptop.</source>
        <translation type="unfinished">Ако тази парола бъде загубена, записите не могат да бъдат възстановени — нито от организацията, нито от когото и да било. Пазете копие на сигурно място, далеч от този лаптоп.</translation>
    </message>
    <message>
        <source>Warning about losing the passphrase</source>
        <translation type="unfinished">Предупреждение за загуба на паролата</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished">Нова парола</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation type="unfinished">Повторете паролата</translation>
    </message>
    <message>
        <source>&amp;Suggest a passphrase</source>
        <translation type="unfinished">П&amp;редложи парола</translation>
    </message>
    <message>
        <source>Suggest a passphrase of random words</source>
        <translation type="unfinished">Предложи парола от случайни думи</translation>
    </message>
    <message>
        <source>Show what I type</source>
        <translation type="unfinished">Покажи какво пиша</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation type="unfinished">Покажи паролата</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation type="unfinished">Сила на паролата</translation>
    </message>
    <message>
        <source>Passphrase feedback</source>
        <translation type="unfinished">Отзив за паролата</translation>
    </message>
    <message>
        <source>Create the vault</source>
        <translation type="unfinished">Създай трезора</translation>
    </message>
    <message>
        <source>Restore from a backup instead…</source>
        <translation type="unfinished">Вместо това възстанови от резервно копие…</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished">Възстанови от резервно копие</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished">&amp;Парола:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation type="unfinished">П&amp;овторете я:</translation>
    </message>
    <message>
        <source>Strong enough.</source>
        <translation type="unfinished">Достатъчно силна.</translation>
    </message>
    <message>
        <source>A passphrase of six random words is shown. Write it down and keep it somewhere safe away from this laptop before you go on.</source>
        <translation type="unfinished">Показана е парола от шест случайни думи. Запишете я и я пазете на сигурно място далеч от този лаптоп, преди да продължите.</translation>
    </message>
    <message>
        <source>The two match.</source>
        <translation type="unfinished">Двете съвпадат.</translation>
    </message>
    <message>
        <source>The two do not match yet.</source>
        <translation type="unfinished">Двете още не съвпадат.</translation>
    </message>
    <message>
        <source>Creating the encrypted vault…</source>
        <translation type="unfinished">Създава се криптираният трезор…</translation>
    </message>
</context>
<context>
    <name>IncidentForm</name>
    <message>
        <source>Interview step</source>
        <translation type="unfinished">Стъпка от разговора</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished">Какво се е случило</translation>
    </message>
    <message>
        <source>When and where</source>
        <translation type="unfinished">Кога и къде</translation>
    </message>
    <message>
        <source>Perpetrators and vehicles</source>
        <translation type="unfinished">Извършители и превозни средства</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation type="unfinished">Какво е казано</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished">Съгласие</translation>
    </message>
    <message>
        <source>What will be shared</source>
        <translation type="unfinished">Какво ще се сподели</translation>
    </message>
    <message>
        <source>Interview message</source>
        <translation type="unfinished">Съобщение от разговора</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished">&amp;Назад</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation type="unfinished">Предишна стъпка</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished">Н&amp;апред</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished">Следваща стъпка</translation>
    </message>
    <message>
        <source>Save and continue to &amp;consent</source>
        <translation type="unfinished">Запази и продължи към &amp;съгласието</translation>
    </message>
    <message>
        <source>Save the incident and continue to consent</source>
        <translation type="unfinished">Запази инцидента и продължи към съгласието</translation>
    </message>
    <message>
        <source>Save and cl&amp;ose</source>
        <translation type="unfinished">Запази и за&amp;твори</translation>
    </message>
    <message>
        <source>Save the incident and close</source>
        <translation type="unfinished">Запази инцидента и затвори</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation type="unfinished">Затвори без запазване</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation type="unfinished">Стъпка %1 от %2: %3</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Затвори</translation>
    </message>
    <message>
        <source>Closed.</source>
        <translation type="unfinished">Затворено.</translation>
    </message>
    <message>
        <source>Closed without saving.</source>
        <translation type="unfinished">Затворено без запазване.</translation>
    </message>
    <message>
        <source>Close without saving?</source>
        <translation type="unfinished">Да се затвори ли без запазване?</translation>
    </message>
    <message>
        <source>What was typed in this interview since it was last saved will be lost.</source>
        <translation type="unfinished">Написаното в този разговор от последното запазване ще бъде загубено.</translation>
    </message>
    <message>
        <source>Discard what was typed</source>
        <translation type="unfinished">Откажи написаното</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation type="unfinished">Продължи редактирането</translation>
    </message>
    <message>
        <source>Tick at least one thing that happened (step 1).</source>
        <translation type="unfinished">Отбележете поне едно нещо, което се е случило (стъпка 1).</translation>
    </message>
    <message>
        <source>Type the worker&apos;s initials (step 1).</source>
        <translation type="unfinished">Въведете инициалите на служителя (стъпка 1).</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished">Телефонен номер</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation type="unfinished">Имейл адрес</translation>
    </message>
</context>
<context>
    <name>IncidentsPage</name>
    <message>
        <source>changed since shared: needs the person&apos;s consent again (open it to confirm)</source>
        <translation type="unfinished">променен след споделяне: нужно е отново съгласието на човека (отворете, за да потвърдите)</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished">Инциденти</translation>
    </message>
    <message>
        <source>Filter by type</source>
        <translation type="unfinished">Филтрирай по вид</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation type="unfinished">Всеки вид</translation>
    </message>
    <message>
        <source>&amp;New incident</source>
        <translation type="unfinished">&amp;Нов инцидент</translation>
    </message>
    <message>
        <source>Record a new incident</source>
        <translation type="unfinished">Запиши нов инцидент</translation>
    </message>
    <message>
        <source>&amp;Open / share…</source>
        <translation type="unfinished">&amp;Отвори / сподели…</translation>
    </message>
    <message>
        <source>Open the selected incident</source>
        <translation type="unfinished">Отвори избрания инцидент</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished">&amp;Изтрий…</translation>
    </message>
    <message>
        <source>Delete the selected incident</source>
        <translation type="unfinished">Изтрий избрания инцидент</translation>
    </message>
    <message>
        <source>&amp;Forget this person…</source>
        <translation type="unfinished">&amp;Забрави този човек…</translation>
    </message>
    <message>
        <source>Forget the person of the selected incident</source>
        <translation type="unfinished">Забрави човека от избрания инцидент</translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished">Кога</translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished">Район</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation type="unfinished">Псевдоним</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation type="unfinished">(не е записано)</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished">Какво се е случило</translation>
    </message>
    <message>
        <source>Injury</source>
        <translation type="unfinished">Нараняване</translation>
    </message>
    <message>
        <source>Perpetrators</source>
        <translation type="unfinished">Извършители</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation type="unfinished">Превозни средства</translation>
    </message>
    <message>
        <source>Where exactly</source>
        <translation type="unfinished">Къде точно</translation>
    </message>
    <message>
        <source>Their words</source>
        <translation type="unfinished">Неговите думи</translation>
    </message>
    <message>
        <source>Alert summary</source>
        <translation type="unfinished">Резюме на сигнала</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation type="unfinished">Споделяне</translation>
    </message>
    <message>
        <source>The interview you had started before the lock was restored.</source>
        <translation type="unfinished">Разговорът, започнат преди заключването, е възстановен.</translation>
    </message>
    <message>
        <source>restore the interview</source>
        <translation type="unfinished">възстанови разговора</translation>
    </message>
    <message>
        <source>open the form</source>
        <translation type="unfinished">отвори формуляра</translation>
    </message>
    <message>
        <source>That incident is no longer stored.</source>
        <translation type="unfinished">Този инцидент вече не се съхранява.</translation>
    </message>
    <message>
        <source>open the incident</source>
        <translation type="unfinished">отвори инцидента</translation>
    </message>
    <message>
        <source>Incident deleted.</source>
        <translation type="unfinished">Инцидентът е изтрит.</translation>
    </message>
    <message>
        <source>delete the incident</source>
        <translation type="unfinished">изтрий инцидента</translation>
    </message>
    <message>
        <source>Delete incident</source>
        <translation type="unfinished">Изтриване на инцидент</translation>
    </message>
    <message>
        <source>Delete the incident of %1 from this device? This cannot be undone. A report already sent is not recalled by this: withdraw it with the withdrawal code.</source>
        <translation type="unfinished">Да се изтрие ли инцидентът на %1 от това устройство? Това не може да бъде отменено. Вече изпратен доклад не се оттегля така: оттеглете го с кода за оттегляне.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Street</source>
        <translation type="unfinished">Улица</translation>
    </message>
    <message>
        <source>Van</source>
        <translation type="unfinished">Бус</translation>
    </message>
    <message>
        <source>Drop-in</source>
        <translation type="unfinished">Дневен център</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">Телефон</translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished">Онлайн</translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished">Лично</translation>
    </message>
    <message>
        <source>Advocacy</source>
        <translation type="unfinished">Застъпничество</translation>
    </message>
    <message>
        <source>Condoms</source>
        <translation type="unfinished">Презервативи</translation>
    </message>
    <message>
        <source>Lube</source>
        <translation type="unfinished">Лубрикант</translation>
    </message>
    <message>
        <source>Needles/syringes</source>
        <translation type="unfinished">Игли/спринцовки</translation>
    </message>
    <message>
        <source>Naloxone</source>
        <translation type="unfinished">Налоксон</translation>
    </message>
    <message>
        <source>Safety leaflets</source>
        <translation type="unfinished">Листовки за безопасност</translation>
    </message>
    <message>
        <source>Alert bulletins</source>
        <translation type="unfinished">Бюлетини със сигнали</translation>
    </message>
    <message>
        <source>Food/drink</source>
        <translation type="unfinished">Храна/напитки</translation>
    </message>
    <message>
        <source>Other supplies</source>
        <translation type="unfinished">Други материали</translation>
    </message>
    <message>
        <source>Sexual health</source>
        <translation type="unfinished">Сексуално здраве</translation>
    </message>
    <message>
        <source>Drugs/alcohol</source>
        <translation type="unfinished">Наркотици/алкохол</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation type="unfinished">Жилище</translation>
    </message>
    <message>
        <source>ISVA/victim support</source>
        <translation type="unfinished">ISVA/подкрепа за пострадали</translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation type="unfinished">Психично здраве</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation type="unfinished">Правна помощ</translation>
    </message>
    <message>
        <source>Other referral</source>
        <translation type="unfinished">Друго насочване</translation>
    </message>
    <message>
        <source>Physical assault</source>
        <translation type="unfinished">Физическо нападение</translation>
    </message>
    <message>
        <source>Sexual assault</source>
        <translation type="unfinished">Сексуално нападение</translation>
    </message>
    <message>
        <source>Rape</source>
        <translation type="unfinished">Изнасилване</translation>
    </message>
    <message>
        <source>Robbery/theft</source>
        <translation type="unfinished">Грабеж/кражба</translation>
    </message>
    <message>
        <source>Non-payment</source>
        <translation type="unfinished">Неплащане</translation>
    </message>
    <message>
        <source>Threats/intimidation</source>
        <translation type="unfinished">Заплахи/сплашване</translation>
    </message>
    <message>
        <source>Condom removal</source>
        <translation type="unfinished">Сваляне на презерватива</translation>
    </message>
    <message>
        <source>Stalking/harassment</source>
        <translation type="unfinished">Преследване/тормоз</translation>
    </message>
    <message>
        <source>Kidnap/false imprisonment</source>
        <translation type="unfinished">Отвличане/незаконно задържане</translation>
    </message>
    <message>
        <source>Verbal abuse</source>
        <translation type="unfinished">Словесна обида</translation>
    </message>
    <message>
        <source>Hate incident</source>
        <translation type="unfinished">Инцидент от омраза</translation>
    </message>
    <message>
        <source>Fraud</source>
        <translation type="unfinished">Измама</translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished">Друго</translation>
    </message>
    <message>
        <source>Exact time</source>
        <translation type="unfinished">Точен час</translation>
    </message>
    <message>
        <source>Approximately</source>
        <translation type="unfinished">Приблизително</translation>
    </message>
    <message>
        <source>Sometime that day</source>
        <translation type="unfinished">През онзи ден</translation>
    </message>
    <message>
        <source>Sometime that week</source>
        <translation type="unfinished">През онази седмица</translation>
    </message>
    <message>
        <source>Sometime that month</source>
        <translation type="unfinished">През онзи месец</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation type="unfinished">Под 18</translation>
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
        <translation type="unfinished">Неизвестно</translation>
    </message>
    <message>
        <source>Woman</source>
        <translation type="unfinished">Жена</translation>
    </message>
    <message>
        <source>Man</source>
        <translation type="unfinished">Мъж</translation>
    </message>
    <message>
        <source>Trans woman</source>
        <translation type="unfinished">Транс жена</translation>
    </message>
    <message>
        <source>Trans man</source>
        <translation type="unfinished">Транс мъж</translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation type="unfinished">Небинарен</translation>
    </message>
    <message>
        <source>No injury</source>
        <translation type="unfinished">Без нараняване</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation type="unfinished">Леко</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation type="unfinished">Средно</translation>
    </message>
    <message>
        <source>Serious</source>
        <translation type="unfinished">Тежко</translation>
    </message>
    <message>
        <source>Slim</source>
        <translation type="unfinished">Слабо</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished">Средно</translation>
    </message>
    <message>
        <source>Heavy</source>
        <translation type="unfinished">Едро</translation>
    </message>
    <message>
        <source>Muscular</source>
        <translation type="unfinished">Мускулесто</translation>
    </message>
    <message>
        <source>Warn other sex workers (alert)</source>
        <translation type="unfinished">Предупреди други секс работници (сигнал)</translation>
    </message>
    <message>
        <source>Count it in statistics</source>
        <translation type="unfinished">Включи в статистиката</translation>
    </message>
    <message>
        <source>Anonymous intelligence to police</source>
        <translation type="unfinished">Анонимна информация за полицията</translation>
    </message>
    <message>
        <source>Police contact (referral)</source>
        <translation type="unfinished">Контакт с полицията (насочване)</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <source>Add</source>
        <translation type="unfinished">Добави</translation>
    </message>
    <message>
        <source>Add: %1</source>
        <translation type="unfinished">Добави: %1</translation>
    </message>
    <message>
        <source>Remove this one</source>
        <translation type="unfinished">Премахни този</translation>
    </message>
    <message>
        <source>Remove: %1</source>
        <translation type="unfinished">Премахни: %1</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation type="unfinished">Нищо не е записано.</translation>
    </message>
</context>
<context>
    <name>MainScreen</name>
    <message>
        <source>Pages</source>
        <translation type="unfinished">Страници</translation>
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
        <translation type="unfinished">Трезорът не можа да бъде създаден: %1</translation>
    </message>
    <message>
        <source>That passphrase is not right.</source>
        <translation type="unfinished">Тази парола не е правилна.</translation>
    </message>
    <message>
        <source>Too many wrong passphrases in a row.</source>
        <translation type="unfinished">Твърде много грешни пароли подред.</translation>
    </message>
    <message>
        <source>Outreach is already open in another window. Close it there first.</source>
        <translation type="unfinished">Outreach вече е отворен в друг прозорец. Първо го затворете там.</translation>
    </message>
    <message>
        <source>The vault&apos;s files are damaged and cannot be opened. Nothing was changed. Restore a backup, or ask your coordinator for help.</source>
        <translation type="unfinished">Файловете на трезора са повредени и не могат да бъдат отворени. Нищо не е променено. Възстановете резервно копие или помолете координатора си за помощ.</translation>
    </message>
    <message>
        <source>The vault could not be opened: %1</source>
        <translation type="unfinished">Трезорът не можа да бъде отворен: %1</translation>
    </message>
    <message>
        <source>The disk is full: the vault is intact, but nothing new can be saved until space is freed. Half-typed forms are kept in memory until then. Free some space, or make a backup to another disk (Settings).</source>
        <translation type="unfinished">Дискът е пълен: трезорът е непокътнат, но нищо ново не може да се запази, докато не се освободи място. Дотогава започнатите формуляри се пазят в паметта. Освободете място или направете резервно копие на друг диск (Настройки).</translation>
    </message>
    <message>
        <source>Retention removed %1 contact notes, %2 people, %3 incident texts, %4 sent payloads.</source>
        <translation type="unfinished">Съхранението премахна %1 бележки за контакти, %2 души, %3 текста на инциденти, %4 изпратени съдържания.</translation>
    </message>
    <message>
        <source>An unfinished form was restored on the %1 page.</source>
        <translation type="unfinished">Незавършен формуляр е възстановен на страница %1.</translation>
    </message>
    <message>
        <source>Something went wrong (%1). Nothing was changed.</source>
        <translation type="unfinished">Нещо се обърка (%1). Нищо не е променено.</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished">Чернова</translation>
    </message>
    <message>
        <source>Consented</source>
        <translation type="unfinished">Със съгласие</translation>
    </message>
    <message>
        <source>Waiting for a coordinator</source>
        <translation type="unfinished">Чака координатор</translation>
    </message>
    <message>
        <source>Rejected by a coordinator</source>
        <translation type="unfinished">Отхвърлен от координатор</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation type="unfinished">Чака изпращане</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished">Изпраща се</translation>
    </message>
    <message>
        <source>Sent (receipt stored)</source>
        <translation type="unfinished">Изпратен (потвърждението е запазено)</translation>
    </message>
    <message>
        <source>Parked: needs attention</source>
        <translation type="unfinished">Задържан: изисква внимание</translation>
    </message>
    <message>
        <source>Replaced by a newer version</source>
        <translation type="unfinished">Заменен с по-нова версия</translation>
    </message>
    <message>
        <source>Withdrawal waiting to be sent</source>
        <translation type="unfinished">Оттегляне, чакащо изпращане</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished">Оттеглен</translation>
    </message>
    <message>
        <source>Withdrawn on the server</source>
        <translation type="unfinished">Оттеглен на сървъра</translation>
    </message>
    <message>
        <source>Not found on the server yet: asked again at each sync for 30 days</source>
        <translation type="unfinished">Още не е намерен на сървъра: пита се отново при всяка синхронизация в продължение на 30 дни</translation>
    </message>
    <message>
        <source>Not found on the server; it still withdraws the report if it arrives</source>
        <translation type="unfinished">Не е намерен на сървъра; пак оттегля доклада, ако той пристигне</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished">Променено</translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished">Какво</translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished">За</translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished">Състояние</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation type="unfinished">Опити</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished">Причина</translation>
    </message>
    <message>
        <source>Withdrawal of consent</source>
        <translation type="unfinished">Оттегляне на съгласието</translation>
    </message>
    <message>
        <source>Report v%1</source>
        <translation type="unfinished">Доклад v%1</translation>
    </message>
    <message>
        <source> (incident of %1)</source>
        <translation type="unfinished"> (инцидент от %1)</translation>
    </message>
</context>
<context>
    <name>PassphrasesSection</name>
    <message>
        <source>Passphrases</source>
        <translation type="unfinished">Пароли</translation>
    </message>
    <message>
        <source>Passphrases of this vault</source>
        <translation type="unfinished">Пароли на този трезор</translation>
    </message>
    <message>
        <source>Re&amp;move passphrase…</source>
        <translation type="unfinished">Пре&amp;махни паролата…</translation>
    </message>
    <message>
        <source>Remove the selected passphrase</source>
        <translation type="unfinished">Премахни избраната парола</translation>
    </message>
    <message>
        <source>Passphrases message</source>
        <translation type="unfinished">Съобщение за паролите</translation>
    </message>
    <message>
        <source>Removing a passphrase changes the vault&apos;s key, so a copy of the old key file with that passphrase opens nothing. The other passphrases keep working.</source>
        <translation type="unfinished">Премахването на парола сменя ключа на трезора, така че копие на стария ключов файл с тази парола не отваря нищо. Другите пароли продължават да работят.</translation>
    </message>
    <message>
        <source>list the passphrases</source>
        <translation type="unfinished">покажи паролите</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation type="unfinished">координатор</translation>
    </message>
    <message>
        <source>worker</source>
        <translation type="unfinished">служител</translation>
    </message>
    <message>
        <source> (this session)</source>
        <translation type="unfinished"> (тази сесия)</translation>
    </message>
    <message>
        <source>Remove passphrase</source>
        <translation type="unfinished">Премахване на парола</translation>
    </message>
    <message>
        <source>Remove passphrase %1? Whoever uses it can no longer open this vault.</source>
        <translation type="unfinished">Да се премахне ли паролата %1? Който я използва, вече не може да отвори този трезор.</translation>
    </message>
    <message>
        <source>Removing the passphrase and changing the vault&apos;s key…</source>
        <translation type="unfinished">Паролата се премахва и ключът на трезора се сменя…</translation>
    </message>
    <message>
        <source>Passphrase removed; the vault&apos;s key was changed.</source>
        <translation type="unfinished">Паролата е премахната; ключът на трезора е сменен.</translation>
    </message>
    <message>
        <source>Also removed (from before the coordinator key): %1</source>
        <translation type="unfinished">Премахнати също (отпреди ключа на координатора): %1</translation>
    </message>
    <message>
        <source>remove the passphrase</source>
        <translation type="unfinished">премахни паролата</translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <translation type="unfinished">Не можа да се %1: %2</translation>
    </message>
</context>
<context>
    <name>PerpetratorEditor</name>
    <message>
        <source>Perpetrator&apos;s gender</source>
        <translation type="unfinished">Пол на извършителя</translation>
    </message>
    <message>
        <source>Perpetrator&apos;s age from</source>
        <translation type="unfinished">Възраст на извършителя от</translation>
    </message>
    <message>
        <source>Perpetrator&apos;s age to</source>
        <translation type="unfinished">Възраст на извършителя до</translation>
    </message>
    <message>
        <source>Perpetrator&apos;s build</source>
        <translation type="unfinished">Телосложение на извършителя</translation>
    </message>
    <message>
        <source>Gender:</source>
        <translation type="unfinished">Пол:</translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished">до</translation>
    </message>
    <message>
        <source>Age:</source>
        <translation type="unfinished">Възраст:</translation>
    </message>
    <message>
        <source>Build:</source>
        <translation type="unfinished">Телосложение:</translation>
    </message>
    <message>
        <source>Height</source>
        <translation type="unfinished">Ръст</translation>
    </message>
    <message>
        <source>Ethnicity (as described)</source>
        <translation type="unfinished">Етническа принадлежност (както е описана)</translation>
    </message>
    <message>
        <source>Hair</source>
        <translation type="unfinished">Коса</translation>
    </message>
    <message>
        <source>Distinguishing features</source>
        <translation type="unfinished">Отличителни белези</translation>
    </message>
    <message>
        <source>Clothing</source>
        <translation type="unfinished">Облекло</translation>
    </message>
    <message>
        <source>Name they used</source>
        <translation type="unfinished">Име, което е използвал</translation>
    </message>
    <message>
        <source>Phone numbers (comma between)</source>
        <translation type="unfinished">Телефонни номера (разделени със запетая)</translation>
    </message>
    <message>
        <source>E-mail addresses (comma between)</source>
        <translation type="unfinished">Имейл адреси (разделени със запетая)</translation>
    </message>
    <message>
        <source>Online names (comma between)</source>
        <translation type="unfinished">Онлайн имена (разделени със запетая)</translation>
    </message>
    <message>
        <source>Website or app</source>
        <translation type="unfinished">Уебсайт или приложение</translation>
    </message>
    <message>
        <source>Problem with: %1</source>
        <translation type="unfinished">Проблем с: %1</translation>
    </message>
    <message>
        <source>not known</source>
        <translation type="unfinished">неизвестно</translation>
    </message>
</context>
<context>
    <name>PersonChoiceDialog</name>
    <message>
        <source>Which person?</source>
        <translation type="unfinished">Кой човек?</translation>
    </message>
    <message>
        <source>%1 people are called “%2”. Who was this?</source>
        <translation type="unfinished">%1 души се казват „%2“. Кой беше този?</translation>
    </message>
    <message>
        <source>The %1 last seen on %2</source>
        <translation type="unfinished">%1, видян за последно на %2</translation>
    </message>
    <message>
        <source>The %1 with no contact or incident yet</source>
        <translation type="unfinished">%1 все още без контакт или инцидент</translation>
    </message>
    <message>
        <source>Someone new called %1</source>
        <translation type="unfinished">Някой нов на име %1</translation>
    </message>
</context>
<context>
    <name>PreviewStep</name>
    <message>
        <source>WHAT WILL BE SHARED</source>
        <translation type="unfinished">КАКВО ЩЕ СЕ СПОДЕЛИ</translation>
    </message>
    <message>
        <source>This is exactly what will leave this device when it is sent, and nothing else. Read it with the person. If anything could identify them, go back and change it.</source>
        <translation type="unfinished">Точно това ще напусне устройството при изпращане и нищо друго. Прочетете го заедно с човека. Ако нещо може да го идентифицира, върнете се и го променете.</translation>
    </message>
    <message>
        <source>What will be shared, in plain words</source>
        <translation type="unfinished">Какво ще се сподели, с прости думи</translation>
    </message>
    <message>
        <source>What will be shared, as sent (JSON)</source>
        <translation type="unfinished">Какво ще се сподели, както се изпраща (JSON)</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation type="unfinished">Технически подробности</translation>
    </message>
    <message>
        <source>Show technical details</source>
        <translation type="unfinished">Покажи техническите подробности</translation>
    </message>
    <message>
        <source>Might still identify someone</source>
        <translation type="unfinished">Все още може да идентифицира някого</translation>
    </message>
    <message>
        <source>Look at each marked part with the person: keep it, or remove it from the text it is in. Sealing is possible once every part is decided.</source>
        <translation type="unfinished">Прегледайте всяка отбелязана част с човека: запазете я или я премахнете от текста, в който е. Запечатването е възможно, след като за всяка част е решено.</translation>
    </message>
    <message>
        <source>Sharing status</source>
        <translation type="unfinished">Състояние на споделянето</translation>
    </message>
    <message>
        <source>&amp;Back to consent</source>
        <translation type="unfinished">&amp;Обратно към съгласието</translation>
    </message>
    <message>
        <source>Back to consent</source>
        <translation type="unfinished">Обратно към съгласието</translation>
    </message>
    <message>
        <source>&amp;Seal and queue for sending</source>
        <translation type="unfinished">&amp;Запечатай и постави на опашка за изпращане</translation>
    </message>
    <message>
        <source>Seal and queue for sending</source>
        <translation type="unfinished">Запечатай и постави на опашка за изпращане</translation>
    </message>
    <message>
        <source>This is exactly what the new version will send; it replaces the earlier one. Read it with the person. Sealing records that they confirmed it.</source>
        <translation type="unfinished">Точно това ще изпрати новата версия; тя заменя предишната. Прочетете я заедно с човека. Запечатването записва, че той я е потвърдил.</translation>
    </message>
    <message>
        <source>Confirm and &amp;seal the new version</source>
        <translation type="unfinished">Потвърди и &amp;запечатай новата версия</translation>
    </message>
    <message>
        <source>Confirm and seal the new version</source>
        <translation type="unfinished">Потвърди и запечатай новата версия</translation>
    </message>
    <message>
        <source>Might still identify someone (%1)</source>
        <translation type="unfinished">Все още може да идентифицира някого (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n marked part(s) still to keep or remove before sealing.</source>
        <translation type="unfinished">
            <numerusform>%n отбелязана част още трябва да се запази или премахне преди запечатване.</numerusform>
            <numerusform>%n отбелязани части още трябва да се запазят или премахнат преди запечатване.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removing it from %1…</source>
        <translation type="unfinished">Премахва се от %1…</translation>
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
        <translation type="unfinished">Отказ</translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished">Запази</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Затвори</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished">&amp;Да</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished">&amp;Не</translation>
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
        <translation type="unfinished">Бързо изтриване…</translation>
    </message>
    <message>
        <source>Quick delete</source>
        <translation type="unfinished">Бързо изтриване</translation>
    </message>
    <message>
        <source>Everything on this laptop is destroyed and cannot be recovered: the vault, unsent reports, and the files Outreach saved outside it (exports, backups, PDFs) as far as it knows them. No passphrase is needed.</source>
        <translation type="unfinished">Всичко на този лаптоп се унищожава и не може да бъде възстановено: трезорът, неизпратените доклади и файловете, които Outreach е запазил извън него (експорти, резервни копия, PDF файлове), доколкото ги знае. Не е нужна парола.</translation>
    </message>
    <message>
        <source>Type %1 to confirm.</source>
        <translation type="unfinished">Напишете %1, за да потвърдите.</translation>
    </message>
    <message>
        <source>Type %1 to confirm quick delete</source>
        <translation type="unfinished">Напишете %1, за да потвърдите бързото изтриване</translation>
    </message>
    <message>
        <source>Delete everything now</source>
        <translation type="unfinished">Изтрий всичко сега</translation>
    </message>
    <message>
        <source>Confirm quick delete</source>
        <translation type="unfinished">Потвърди бързото изтриване</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Отказ</translation>
    </message>
    <message>
        <source>Cancel quick delete</source>
        <translation type="unfinished">Откажи бързото изтриване</translation>
    </message>
</context>
<context>
    <name>RecordListPage</name>
    <message>
        <source>Any time</source>
        <translation type="unfinished">По всяко време</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished">Последните 24 часа</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished">Последните 7 дни</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished">Последните 30 дни</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation type="unfinished">Последните 12 месеца</translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished">Търсене</translation>
    </message>
    <message>
        <source>Search: words, alias, phone number or plate (Ctrl+F)</source>
        <translation type="unfinished">Търсене: думи, псевдоним, телефонен номер или рег. номер (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter by area</source>
        <translation type="unfinished">Филтрирай по район</translation>
    </message>
    <message>
        <source>Any area</source>
        <translation type="unfinished">Всеки район</translation>
    </message>
    <message>
        <source>Filter by date</source>
        <translation type="unfinished">Филтрирай по дата</translation>
    </message>
    <message>
        <source>Number of records shown</source>
        <translation type="unfinished">Брой показани записи</translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished">Записи</translation>
    </message>
    <message>
        <source>Selected record</source>
        <translation type="unfinished">Избран запис</translation>
    </message>
    <message>
        <source>Select a row to see it here.</source>
        <translation type="unfinished">Изберете ред, за да го видите тук.</translation>
    </message>
    <message>
        <source>Page message</source>
        <translation type="unfinished">Съобщение на страницата</translation>
    </message>
    <message>
        <source>list records</source>
        <translation type="unfinished">покажи записите</translation>
    </message>
    <message>
        <source>%1 shown</source>
        <translation type="unfinished">Показани: %1</translation>
    </message>
    <message>
        <source>this person</source>
        <translation type="unfinished">този човек</translation>
    </message>
    <message>
        <source>Forget %1?

This permanently erases %1 and everything recorded about them on this device: %2 contacts and %3 incidents, with their consents and unsent reports. It cannot be undone.

Reports already sent to the charity will be withdrawn from its server at the next sync. An alert already read, or intelligence already passed to the police, cannot be recalled.</source>
        <translation type="unfinished">Да се забрави ли %1?

Това изтрива завинаги %1 и всичко, записано за него на това устройство: %2 контакта и %3 инцидента, с техните съгласия и неизпратени доклади. Това не може да бъде отменено.

Докладите, вече изпратени на организацията, ще бъдат оттеглени от сървъра ѝ при следващата синхронизация. Вече прочетен сигнал или информация, вече предадена на полицията, не могат да бъдат върнати.</translation>
    </message>
    <message>
        <source>Forget %1 and erase %2 records</source>
        <translation type="unfinished">Забрави %1 и изтрий %2 записа</translation>
    </message>
    <message>
        <source>Forgotten. Reports already sent will be withdrawn from the charity&apos;s server at the next sync.</source>
        <translation type="unfinished">Забравено. Вече изпратените доклади ще бъдат оттеглени от сървъра на организацията при следващата синхронизация.</translation>
    </message>
    <message>
        <source>forget the person</source>
        <translation type="unfinished">забрави човека</translation>
    </message>
    <message>
        <source>Forget this person</source>
        <translation type="unfinished">Забрави този човек</translation>
    </message>
    <message>
        <source>count their records</source>
        <translation type="unfinished">преброй записите му</translation>
    </message>
</context>
<context>
    <name>RecordModels</name>
    <message>
        <source>When</source>
        <translation type="unfinished">Кога</translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished">Район</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation type="unfinished">Псевдоним</translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished">Как</translation>
    </message>
    <message>
        <source>Supplies</source>
        <translation type="unfinished">Материали</translation>
    </message>
    <message>
        <source>Supplies handed out, with counts</source>
        <translation type="unfinished">Раздадени материали, с бройки</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished">Насочвания</translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished">Бележка</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished">Какво се е случило</translation>
    </message>
    <message>
        <source>Perpetrators</source>
        <translation type="unfinished">Извършители</translation>
    </message>
    <message>
        <source>Number of perpetrators</source>
        <translation type="unfinished">Брой извършители</translation>
    </message>
    <message>
        <source>Plates</source>
        <translation type="unfinished">Рег. номера</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished">Резюме</translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished">Възраст</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished">Пол</translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished">Език</translation>
    </message>
</context>
<context>
    <name>RecordPages</name>
    <message>
        <source>Could not %1: %2</source>
        <translation type="unfinished">Не можа да се %1: %2</translation>
    </message>
    <message>
        <source>Could not %1: the vault is locked.</source>
        <translation type="unfinished">Не можа да се %1: трезорът е заключен.</translation>
    </message>
    <message>
        <source>Could not %1: the vault refused the change (%2). Nothing was saved.</source>
        <translation type="unfinished">Не можа да се %1: трезорът отказа промяната (%2). Нищо не е запазено.</translation>
    </message>
    <message>
        <source>Could not %1 (%2).</source>
        <translation type="unfinished">Не можа да се %1 (%2).</translation>
    </message>
</context>
<context>
    <name>RestorePassphraseDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished">Възстанови от резервно копие</translation>
    </message>
    <message>
        <source>Passphrase of the backup</source>
        <translation type="unfinished">Парола на резервното копие</translation>
    </message>
    <message>
        <source>Current coordinator passphrase</source>
        <translation type="unfinished">Текуща парола на координатора</translation>
    </message>
    <message>
        <source>Restoring replaces every record on this laptop with the backup&apos;s. Records added since the backup are lost.</source>
        <translation type="unfinished">Възстановяването заменя всеки запис на този лаптоп със записите от резервното копие. Записите, добавени след копието, се губят.</translation>
    </message>
    <message>
        <source>&amp;Coordinator passphrase of this vault:</source>
        <translation type="unfinished">Парола на &amp;координатора за този трезор:</translation>
    </message>
    <message>
        <source>&amp;Passphrase of the backup:</source>
        <translation type="unfinished">&amp;Парола на резервното копие:</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review and sync</source>
        <translation type="unfinished">Изпращане</translation>
    </message>
    <message>
        <source>Queue summary</source>
        <translation type="unfinished">Обобщение на опашката</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation type="unfinished">Изходящи</translation>
    </message>
    <message>
        <source>Selected report, in plain words</source>
        <translation type="unfinished">Избраният доклад, с прости думи</translation>
    </message>
    <message>
        <source>Selected report, as sent (JSON)</source>
        <translation type="unfinished">Избраният доклад, както се изпраща (JSON)</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished">&amp;Одобри</translation>
    </message>
    <message>
        <source>Approve the selected report</source>
        <translation type="unfinished">Одобри избрания доклад</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation type="unfinished">О&amp;тхвърли</translation>
    </message>
    <message>
        <source>Reject the selected report</source>
        <translation type="unfinished">Отхвърли избрания доклад</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation type="unfinished">&amp;Синхронизирай сега</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished">Синхронизирай сега</translation>
    </message>
    <message>
        <source>Page message</source>
        <translation type="unfinished">Съобщение на страницата</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished">Адрес на сървъра</translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <translation type="unfinished">Код за регистрация</translation>
    </message>
    <message>
        <source>Charity key fingerprint from the code sheet</source>
        <translation type="unfinished">Отпечатък на ключа на организацията от листа с кодове</translation>
    </message>
    <message>
        <source>&amp;Link this device</source>
        <translation type="unfinished">Свържи това &amp;устройство</translation>
    </message>
    <message>
        <source>Link this device to the server</source>
        <translation type="unfinished">Свържи това устройство със сървъра</translation>
    </message>
    <message>
        <source>Link to the charity&apos;s server</source>
        <translation type="unfinished">Връзка със сървъра на организацията</translation>
    </message>
    <message>
        <source>Ser&amp;ver address:</source>
        <translation type="unfinished">Адрес на сър&amp;въра:</translation>
    </message>
    <message>
        <source>Enrolment &amp;code:</source>
        <translation type="unfinished">Код за &amp;регистрация:</translation>
    </message>
    <message>
        <source>Charity key &amp;fingerprint:</source>
        <translation type="unfinished">Отпечатък на &amp;ключа на организацията:</translation>
    </message>
    <message>
        <source>load the outbox</source>
        <translation type="unfinished">зареди изходящите</translation>
    </message>
    <message>
        <source>%1 waiting to be sent</source>
        <translation type="unfinished">%1 чакат изпращане</translation>
    </message>
    <message>
        <source>%1 waiting for review</source>
        <translation type="unfinished">%1 чакат преглед</translation>
    </message>
    <message>
        <source>%1 parked</source>
        <translation type="unfinished">%1 задържани</translation>
    </message>
    <message>
        <source>%1 sent</source>
        <translation type="unfinished">%1 изпратени</translation>
    </message>
    <message numerus="yes">
        <source>%n withdrawal(s) not found on the server yet</source>
        <translation type="unfinished">
            <numerusform>%n оттегляне още не е намерено на сървъра</numerusform>
            <numerusform>%n оттегляния още не са намерени на сървъра</numerusform>
        </translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation type="unfinished">Състояние: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished">Причина: %1</translation>
    </message>
    <message>
        <source>What was sent was removed from this device by retention. The report can still be withdrawn from the charity&apos;s server.</source>
        <translation type="unfinished">Изпратеното е премахнато от това устройство според срока за съхранение. Докладът все още може да бъде оттеглен от сървъра на организацията.</translation>
    </message>
    <message>
        <source>(removed by retention)</source>
        <translation type="unfinished">(премахнато според срока за съхранение)</translation>
    </message>
    <message>
        <source>Approved: it is sent at the next sync.</source>
        <translation type="unfinished">Одобрено: ще бъде изпратено при следващата синхронизация.</translation>
    </message>
    <message>
        <source>Rejected.</source>
        <translation type="unfinished">Отхвърлено.</translation>
    </message>
    <message>
        <source>approve the report</source>
        <translation type="unfinished">одобри доклада</translation>
    </message>
    <message>
        <source>reject the report</source>
        <translation type="unfinished">отхвърли доклада</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished">Синхронизиране…</translation>
    </message>
    <message>
        <source>Type the server address, the enrolment code and the charity key fingerprint.</source>
        <translation type="unfinished">Въведете адреса на сървъра, кода за регистрация и отпечатъка на ключа на организацията.</translation>
    </message>
    <message>
        <source>Linking…</source>
        <translation type="unfinished">Свързване…</translation>
    </message>
    <message>
        <source>Outreach device</source>
        <translation type="unfinished">Устройство Outreach</translation>
    </message>
    <message>
        <source>the charity</source>
        <translation type="unfinished">организацията</translation>
    </message>
    <message>
        <source>Linked to %1 (%2 regions).</source>
        <translation type="unfinished">Свързано с %1 (%2 региона).</translation>
    </message>
    <message>
        <source>Charity key pinned: %1.</source>
        <translation type="unfinished">Ключът на организацията е закрепен: %1.</translation>
    </message>
    <message>
        <source>Linking failed: %1.</source>
        <translation type="unfinished">Свързването е неуспешно: %1.</translation>
    </message>
</context>
<context>
    <name>RoleNotice</name>
    <message>
        <source>Alarm: something protected was changed without the coordinator&apos;s key. It has been put back, and this is recorded in the audit log.</source>
        <translation type="unfinished">Тревога: нещо защитено е променено без ключа на координатора. Върнато е обратно и това е записано в одитния дневник.</translation>
    </message>
    <message>
        <source>This passphrase acts as a worker in this session.</source>
        <translation type="unfinished">Тази парола действа като служител в тази сесия.</translation>
    </message>
    <message>
        <source>Protected settings and roles are now sealed with the coordinator key.</source>
        <translation type="unfinished">Защитените настройки и роли вече са запечатани с ключа на координатора.</translation>
    </message>
    <message>
        <source>Review and retention settings are not sealed yet: the next coordinator unlock seals them.</source>
        <translation type="unfinished">Настройките за преглед и съхранение още не са запечатани: следващото отключване от координатор ще ги запечата.</translation>
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
        <translation type="unfinished">запази инцидента</translation>
    </message>
    <message>
        <source>Saved. This incident was shared, and the new version is not shared until the person confirms it. Close to leave the earlier version as it was.</source>
        <translation type="unfinished">Запазено. Този инцидент е споделен и новата версия не се споделя, докато човекът не я потвърди. Затворете, за да оставите предишната версия както е била.</translation>
    </message>
    <message>
        <source>Incident saved.</source>
        <translation type="unfinished">Инцидентът е запазен.</translation>
    </message>
    <message>
        <source>Incident saved. It stays on this device until consent is given.</source>
        <translation type="unfinished">Инцидентът е запазен. Остава на това устройство, докато не бъде дадено съгласие.</translation>
    </message>
    <message>
        <source>Perpetrator %1: %2</source>
        <translation type="unfinished">Извършител %1: %2</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished">Настройки</translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"> мин</translation>
    </message>
    <message>
        <source>Lock after minutes without use</source>
        <translation type="unfinished">Заключване след минути без използване</translation>
    </message>
    <message>
        <source>Panic: %1 locks and hides the window at once.</source>
        <translation type="unfinished">Паника: %1 заключва и скрива прозореца веднага.</translation>
    </message>
    <message>
        <source>Locking</source>
        <translation type="unfinished">Заключване</translation>
    </message>
    <message>
        <source>Lock after &amp;idle:</source>
        <translation type="unfinished">Заключване при &amp;бездействие:</translation>
    </message>
    <message>
        <source>A coordinator approves reports before they leave</source>
        <translation type="unfinished">Координатор одобрява докладите, преди да бъдат изпратени</translation>
    </message>
    <message>
        <source>Review required</source>
        <translation type="unfinished">Задължителен преглед</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation type="unfinished">Споделяне</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished">Съхранение</translation>
    </message>
    <message>
        <source>Contact notes:</source>
        <translation type="unfinished">Бележки за контакти:</translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"> месеца</translation>
    </message>
    <message>
        <source>People (alias and notes):</source>
        <translation type="unfinished">Хора (псевдоним и бележки):</translation>
    </message>
    <message>
        <source>Incident descriptions:</source>
        <translation type="unfinished">Описания на инциденти:</translation>
    </message>
    <message>
        <source>Sent reports&apos; copies:</source>
        <translation type="unfinished">Копия на изпратени доклади:</translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"> дни</translation>
    </message>
    <message>
        <source>Save retention</source>
        <translation type="unfinished">Запази съхранението</translation>
    </message>
    <message>
        <source>Save the retention periods</source>
        <translation type="unfinished">Запази сроковете за съхранение</translation>
    </message>
    <message>
        <source>Retention message</source>
        <translation type="unfinished">Съобщение за съхранението</translation>
    </message>
    <message>
        <source>Dark (low glare)</source>
        <translation type="unfinished">Тъмна (по-малко отблясъци)</translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished">Светла</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished">Тема</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation type="unfinished">Езикът на системата</translation>
    </message>
    <message>
        <source>Language of the app</source>
        <translation type="unfinished">Език на приложението</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished">Външен вид</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished">&amp;Тема:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished">&amp;Език:</translation>
    </message>
    <message>
        <source>Contact line on the alerts handout</source>
        <translation type="unfinished">Ред за контакт на листовката със сигнали</translation>
    </message>
    <message>
        <source>e.g. Outreach van 07700 900123, Mon–Sat 8pm–2am</source>
        <translation type="unfinished">напр. Бус Outreach 07700 900123, пон–съб 20–2 ч.</translation>
    </message>
    <message>
        <source>Save contact line</source>
        <translation type="unfinished">Запази реда за контакт</translation>
    </message>
    <message>
        <source>Save the contact line</source>
        <translation type="unfinished">Запази реда за контакт</translation>
    </message>
    <message>
        <source>Contact line message</source>
        <translation type="unfinished">Съобщение за реда за контакт</translation>
    </message>
    <message>
        <source>Printed handout</source>
        <translation type="unfinished">Отпечатана листовка</translation>
    </message>
    <message>
        <source>&amp;Contact line:</source>
        <translation type="unfinished">Ред за &amp;контакт:</translation>
    </message>
    <message>
        <source>Not linked to a server.</source>
        <translation type="unfinished">Не е свързано със сървър.</translation>
    </message>
    <message>
        <source>Server link</source>
        <translation type="unfinished">Връзка със сървъра</translation>
    </message>
    <message>
        <source>Link to a server…</source>
        <translation type="unfinished">Свържи със сървър…</translation>
    </message>
    <message>
        <source>Link to a server</source>
        <translation type="unfinished">Свържи със сървър</translation>
    </message>
    <message>
        <source>Charity server</source>
        <translation type="unfinished">Сървър на организацията</translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation type="unfinished">Смени паролата…</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation type="unfinished">Смени паролата</translation>
    </message>
    <message>
        <source>Back up…</source>
        <translation type="unfinished">Резервно копие…</translation>
    </message>
    <message>
        <source>Back up the vault</source>
        <translation type="unfinished">Направи резервно копие на трезора</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation type="unfinished">Възстанови…</translation>
    </message>
    <message>
        <source>Restore the vault from a backup</source>
        <translation type="unfinished">Възстанови трезора от резервно копие</translation>
    </message>
    <message>
        <source>Vault message</source>
        <translation type="unfinished">Съобщение за трезора</translation>
    </message>
    <message>
        <source>Passphrase and backups</source>
        <translation type="unfinished">Парола и резервни копия</translation>
    </message>
    <message>
        <source>Quick delete…</source>
        <translation type="unfinished">Бързо изтриване…</translation>
    </message>
    <message>
        <source>Quick delete</source>
        <translation type="unfinished">Бързо изтриване</translation>
    </message>
    <message>
        <source>Quick delete warning</source>
        <translation type="unfinished">Предупреждение за бързото изтриване</translation>
    </message>
    <message>
        <source>Delete everything now</source>
        <translation type="unfinished">Изтрий всичко сега</translation>
    </message>
    <message>
        <source>Confirm quick delete</source>
        <translation type="unfinished">Потвърди бързото изтриване</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Отказ</translation>
    </message>
    <message>
        <source>Cancel quick delete</source>
        <translation type="unfinished">Откажи бързото изтриване</translation>
    </message>
    <message>
        <source>Also destroy the files Outreach saved outside the vault (exports, backups, PDFs)</source>
        <translation type="unfinished">Унищожи и файловете на Outreach извън трезора (експорти, копия, PDF)</translation>
    </message>
    <message>
        <source>Destroys the key first, then every record on this laptop and the files Outreach saved outside the vault (exports, backups, PDFs) that are still where it saved them; it lists any it cannot reach. Copies you made elsewhere stay. It cannot be undone. Use it if the laptop is about to be taken. The lock screen offers it too, without the passphrase.</source>
        <translation type="unfinished">Първо унищожава ключа, после всеки запис на този лаптоп и файловете, които Outreach е запазил извън трезора (експорти, резервни копия, PDF файлове) и които още са там, където ги е запазил; изброява тези, до които не може да стигне. Копията, които сте направили другаде, остават. Не може да бъде отменено. Използвайте го, ако лаптопът ще бъде взет. Екранът за заключване също го предлага, без паролата.</translation>
    </message>
    <message>
        <source>The new language is used when Outreach starts again.</source>
        <translation type="unfinished">Новият език се използва при следващото стартиране на Outreach.</translation>
    </message>
    <message>
        <source>Contact line saved.</source>
        <translation type="unfinished">Редът за контакт е запазен.</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation type="unfinished">Не е запазено.</translation>
    </message>
    <message>
        <source>Retention periods saved.</source>
        <translation type="unfinished">Сроковете за съхранение са запазени.</translation>
    </message>
    <message>
        <source>Only a coordinator can change the retention periods.</source>
        <translation type="unfinished">Само координатор може да променя сроковете за съхранение.</translation>
    </message>
    <message>
        <source>The retention periods were not saved.</source>
        <translation type="unfinished">Сроковете за съхранение не бяха запазени.</translation>
    </message>
    <message>
        <source>Only a coordinator can change the review setting.</source>
        <translation type="unfinished">Само координатор може да променя настройката за преглед.</translation>
    </message>
    <message>
        <source>Outreach backups (*.obk)</source>
        <translation type="unfinished">Резервни копия на Outreach (*.obk)</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished">Възстанови от резервно копие</translation>
    </message>
    <message>
        <source>Counting reports that have not been sent…</source>
        <translation type="unfinished">Преброяват се неизпратените доклади…</translation>
    </message>
    <message>
        <source>Everything on this laptop will be destroyed and cannot be recovered.</source>
        <translation type="unfinished">Всичко на този лаптоп ще бъде унищожено и не може да бъде възстановено.</translation>
    </message>
    <message>
        <source>All reports have been sent. Everything on this laptop will be destroyed.</source>
        <translation type="unfinished">Всички доклади са изпратени. Всичко на този лаптоп ще бъде унищожено.</translation>
    </message>
    <message numerus="yes">
        <source>Not yet sent to the charity: %n report(s). They will be lost. Everything on this laptop will be destroyed.</source>
        <translation type="unfinished">
            <numerusform>Още не е изпратен на организацията: %n доклад. Ще бъде загубен. Всичко на този лаптоп ще бъде унищожено.</numerusform>
            <numerusform>Още не са изпратени на организацията: %n доклада. Ще бъдат загубени. Всичко на този лаптоп ще бъде унищожено.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleting everything in %n second(s). Press Cancel to stop.</source>
        <translation type="unfinished">
            <numerusform>Всичко се изтрива след %n секунда. Натиснете Отказ, за да спрете.</numerusform>
            <numerusform>Всичко се изтрива след %n секунди. Натиснете Отказ, за да спрете.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SharingFlow</name>
    <message>
        <source>the area “%1” has no server region yet</source>
        <translation type="unfinished">районът „%1“ още няма регион на сървъра</translation>
    </message>
    <message>
        <source>it has no area</source>
        <translation type="unfinished">няма район</translation>
    </message>
    <message>
        <source>Saved, but not shareable: %1, so a report cannot be sent and no consent was asked. Choose an area, or set the area&apos;s region in Settings → Areas (or `outreach area set-region`), then open the incident again to share it.</source>
        <translation type="unfinished">Запазено, но не може да се споделя: %1, затова доклад не може да бъде изпратен и не е поискано съгласие. Изберете район или задайте региона на района в Настройки → Райони (или `outreach area set-region`), след това отворете инцидента отново, за да го споделите.</translation>
    </message>
    <message>
        <source>check the area</source>
        <translation type="unfinished">провери района</translation>
    </message>
    <message>
        <source>load the consent</source>
        <translation type="unfinished">зареди съгласието</translation>
    </message>
    <message>
        <source>Type the initials of the worker recording consent.</source>
        <translation type="unfinished">Въведете инициалите на служителя, който записва съгласието.</translation>
    </message>
    <message>
        <source>record consent</source>
        <translation type="unfinished">запиши съгласието</translation>
    </message>
    <message>
        <source>Nothing will be shared. The incident stays on this device.</source>
        <translation type="unfinished">Нищо няма да бъде споделено. Инцидентът остава на това устройство.</translation>
    </message>
    <message>
        <source>prepare the preview</source>
        <translation type="unfinished">подготви прегледа</translation>
    </message>
    <message>
        <source>Removed. This incident was shared, so the new version needs the person&apos;s confirmation before it is sealed.</source>
        <translation type="unfinished">Премахнато. Този инцидент е споделен, затова новата версия изисква потвърждение от човека, преди да бъде запечатана.</translation>
    </message>
    <message>
        <source>remove it</source>
        <translation type="unfinished">премахни го</translation>
    </message>
    <message>
        <source>Sealed. A coordinator reviews it before it is sent.</source>
        <translation type="unfinished">Запечатано. Координатор ще го прегледа преди изпращане.</translation>
    </message>
    <message>
        <source>Sealed and queued: it is sent at a random time within the next 15 minutes, so the sending does not show when it was written. Sync now on Review &amp; sync sends it at once.</source>
        <translation type="unfinished">Запечатано и на опашка: изпраща се в случаен момент през следващите 15 минути, за да не личи кога е написано. „Синхронизирай сега“ на страницата Изпращане го изпраща веднага.</translation>
    </message>
    <message>
        <source>It replaces the version sent earlier.</source>
        <translation type="unfinished">Заменя версията, изпратена по-рано.</translation>
    </message>
    <message>
        <source>seal the report</source>
        <translation type="unfinished">запечатай доклада</translation>
    </message>
    <message>
        <source>Print the withdrawal slip</source>
        <translation type="unfinished">Отпечатай бележката за оттегляне</translation>
    </message>
    <message>
        <source>Slip saved as a PDF.</source>
        <translation type="unfinished">Бележката е запазена като PDF.</translation>
    </message>
    <message>
        <source>The slip could not be saved.</source>
        <translation type="unfinished">Бележката не можа да бъде запазена.</translation>
    </message>
    <message>
        <source>The slip could not be printed.</source>
        <translation type="unfinished">Бележката не можа да бъде отпечатана.</translation>
    </message>
    <message>
        <source>Slip sent to the printer.</source>
        <translation type="unfinished">Бележката е изпратена към принтера.</translation>
    </message>
</context>
<context>
    <name>SharingSteps</name>
    <message>
        <source>night</source>
        <translation type="unfinished">нощ</translation>
    </message>
    <message>
        <source>morning</source>
        <translation type="unfinished">сутрин</translation>
    </message>
    <message>
        <source>afternoon</source>
        <translation type="unfinished">следобед</translation>
    </message>
    <message>
        <source>evening</source>
        <translation type="unfinished">вечер</translation>
    </message>
    <message>
        <source>Format version</source>
        <translation type="unfinished">Версия на формата</translation>
    </message>
    <message>
        <source>Report number (random; not linked to this device or the person)</source>
        <translation type="unfinished">Номер на доклада (случаен; не е свързан с това устройство или с човека)</translation>
    </message>
    <message>
        <source>Replaces the earlier report</source>
        <translation type="unfinished">Заменя предишния доклад</translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished">Регион</translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished">Дата</translation>
    </message>
    <message>
        <source>Part of the day</source>
        <translation type="unfinished">Част от деня</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished">Какво се е случило</translation>
    </message>
    <message>
        <source>Withdrawal check (a one-way fingerprint of the code, not the code)</source>
        <translation type="unfinished">Проверка за оттегляне (еднопосочен отпечатък на кода, не самият код)</translation>
    </message>
    <message>
        <source>Perpetrator</source>
        <translation type="unfinished">Извършител</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation type="unfinished">Превозно средство</translation>
    </message>
    <message>
        <source>Weapon used</source>
        <translation type="unfinished">Използвано оръжие</translation>
    </message>
    <message>
        <source>Summary (names and numbers taken out)</source>
        <translation type="unfinished">Резюме (без имена и номера)</translation>
    </message>
    <message>
        <source>Age band of the person</source>
        <translation type="unfinished">Възрастова група на човека</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished">Пол</translation>
    </message>
    <message>
        <source>Hurt</source>
        <translation type="unfinished">Наранен</translation>
    </message>
    <message>
        <source>How badly hurt</source>
        <translation type="unfinished">Колко тежко е наранен</translation>
    </message>
    <message>
        <source>Police already told</source>
        <translation type="unfinished">Полицията вече е уведомена</translation>
    </message>
    <message>
        <source>Wants police contact through the outreach project</source>
        <translation type="unfinished">Иска контакт с полицията чрез проекта</translation>
    </message>
    <message>
        <source>Age from</source>
        <translation type="unfinished">Възраст от</translation>
    </message>
    <message>
        <source>Age to</source>
        <translation type="unfinished">Възраст до</translation>
    </message>
    <message>
        <source>Height</source>
        <translation type="unfinished">Ръст</translation>
    </message>
    <message>
        <source>Build</source>
        <translation type="unfinished">Телосложение</translation>
    </message>
    <message>
        <source>Ethnicity (as described)</source>
        <translation type="unfinished">Етническа принадлежност (както е описана)</translation>
    </message>
    <message>
        <source>Hair</source>
        <translation type="unfinished">Коса</translation>
    </message>
    <message>
        <source>Distinguishing features</source>
        <translation type="unfinished">Отличителни белези</translation>
    </message>
    <message>
        <source>Clothing</source>
        <translation type="unfinished">Облекло</translation>
    </message>
    <message>
        <source>Name used</source>
        <translation type="unfinished">Използвано име</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation type="unfinished">Телефонни номера</translation>
    </message>
    <message>
        <source>E-mail addresses</source>
        <translation type="unfinished">Имейл адреси</translation>
    </message>
    <message>
        <source>Online names</source>
        <translation type="unfinished">Онлайн имена</translation>
    </message>
    <message>
        <source>Website or app</source>
        <translation type="unfinished">Уебсайт или приложение</translation>
    </message>
    <message>
        <source>Make</source>
        <translation type="unfinished">Марка</translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished">Модел</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished">Цвят</translation>
    </message>
    <message>
        <source>Registration plate</source>
        <translation type="unfinished">Регистрационен номер</translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished">да</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished">не</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation type="unfinished">от %1 до %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished">от %1</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation type="unfinished">до %1</translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished">Възраст</translation>
    </message>
    <message>
        <source>Sent to the charity:</source>
        <translation type="unfinished">Изпраща се на организацията:</translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation type="unfinished">За: %1</translation>
    </message>
    <message>
        <source>(only that this purpose was agreed)</source>
        <translation type="unfinished">(само че тази цел е приета)</translation>
    </message>
    <message>
        <source>Nothing else leaves this device.</source>
        <translation type="unfinished">Нищо друго не напуска това устройство.</translation>
    </message>
    <message>
        <source>a name or a place?</source>
        <translation type="unfinished">име или място?</translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished">номер</translation>
    </message>
    <message>
        <source>an address or online name (has @)</source>
        <translation type="unfinished">адрес или онлайн име (съдържа @)</translation>
    </message>
    <message>
        <source>comes after lives, works, at or flat: a place?</source>
        <translation type="unfinished">идва след „живее“, „работи“, „на“ или „апартамент“: място?</translation>
    </message>
    <message>
        <source>height</source>
        <translation type="unfinished">ръст</translation>
    </message>
    <message>
        <source>ethnicity as described</source>
        <translation type="unfinished">етническа принадлежност, както е описана</translation>
    </message>
    <message>
        <source>hair</source>
        <translation type="unfinished">коса</translation>
    </message>
    <message>
        <source>distinguishing features</source>
        <translation type="unfinished">отличителни белези</translation>
    </message>
    <message>
        <source>clothing</source>
        <translation type="unfinished">облекло</translation>
    </message>
    <message>
        <source>name used</source>
        <translation type="unfinished">използвано име</translation>
    </message>
    <message>
        <source>website or app</source>
        <translation type="unfinished">уебсайт или приложение</translation>
    </message>
    <message>
        <source>make</source>
        <translation type="unfinished">марка</translation>
    </message>
    <message>
        <source>model</source>
        <translation type="unfinished">модел</translation>
    </message>
    <message>
        <source>colour</source>
        <translation type="unfinished">цвят</translation>
    </message>
    <message>
        <source>the summary</source>
        <translation type="unfinished">резюмето</translation>
    </message>
    <message>
        <source>perpetrator %1</source>
        <translation type="unfinished">извършител %1</translation>
    </message>
    <message>
        <source>vehicle %1</source>
        <translation type="unfinished">превозно средство %1</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished">в %1</translation>
    </message>
    <message>
        <source>Might identify: %1 (%2), in %3</source>
        <translation type="unfinished">Може да идентифицира: %1 (%2), в %3</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished">Запази</translation>
    </message>
    <message>
        <source>Keep: %1</source>
        <translation type="unfinished">Запази: %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished">Премахни</translation>
    </message>
    <message>
        <source>Remove from %1: %2</source>
        <translation type="unfinished">Премахни от %1: %2</translation>
    </message>
</context>
<context>
    <name>ShiftPage</name>
    <message>
        <source>Shift</source>
        <translation type="unfinished">Смяна</translation>
    </message>
    <message>
        <source>No shift running.</source>
        <translation type="unfinished">Няма текуща смяна.</translation>
    </message>
    <message>
        <source>Shift state</source>
        <translation type="unfinished">Състояние на смяната</translation>
    </message>
    <message>
        <source>Area (pick one or type a new one)</source>
        <translation type="unfinished">Район (изберете или въведете нов)</translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished">Район</translation>
    </message>
    <message>
        <source>Shift mode</source>
        <translation type="unfinished">Режим на смяната</translation>
    </message>
    <message>
        <source>Staff initials</source>
        <translation type="unfinished">Инициали на екипа</translation>
    </message>
    <message>
        <source>e.g. AB, CD</source>
        <translation type="unfinished">напр. AB, CD</translation>
    </message>
    <message>
        <source>&amp;Start shift</source>
        <translation type="unfinished">&amp;Започни смяна</translation>
    </message>
    <message>
        <source>Start shift</source>
        <translation type="unfinished">Започни смяна</translation>
    </message>
    <message>
        <source>E&amp;nd shift</source>
        <translation type="unfinished">При&amp;ключи смяната</translation>
    </message>
    <message>
        <source>End shift</source>
        <translation type="unfinished">Приключи смяната</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation type="unfinished">&amp;Район:</translation>
    </message>
    <message>
        <source>M&amp;ode:</source>
        <translation type="unfinished">Ре&amp;жим:</translation>
    </message>
    <message>
        <source>Server region of the new area</source>
        <translation type="unfinished">Регион на сървъра за новия район</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation type="unfinished">Ре&amp;гион:</translation>
    </message>
    <message>
        <source>&amp;Initials:</source>
        <translation type="unfinished">&amp;Инициали:</translation>
    </message>
    <message>
        <source>Quick contact (Enter saves)</source>
        <translation type="unfinished">Бърз контакт (Enter запазва)</translation>
    </message>
    <message>
        <source>Quick contact</source>
        <translation type="unfinished">Бърз контакт</translation>
    </message>
    <message>
        <source>Alias (leave empty for an anonymous contact)</source>
        <translation type="unfinished">Псевдоним (оставете празно за анонимен контакт)</translation>
    </message>
    <message>
        <source>Alias, or leave empty</source>
        <translation type="unfinished">Псевдоним или оставете празно</translation>
    </message>
    <message>
        <source>How the contact happened</source>
        <translation type="unfinished">Как е станал контактът</translation>
    </message>
    <message>
        <source>%1 handed out</source>
        <translation type="unfinished">Раздадено: %1</translation>
    </message>
    <message>
        <source>Referred to %1</source>
        <translation type="unfinished">Насочен към: %1</translation>
    </message>
    <message>
        <source>Note (stays on this device)</source>
        <translation type="unfinished">Бележка (остава на това устройство)</translation>
    </message>
    <message>
        <source>A short note (stays on this device)</source>
        <translation type="unfinished">Кратка бележка (остава на това устройство)</translation>
    </message>
    <message>
        <source>Save contact</source>
        <translation type="unfinished">Запази контакта</translation>
    </message>
    <message>
        <source>Quick contact message</source>
        <translation type="unfinished">Съобщение за бързия контакт</translation>
    </message>
    <message>
        <source>A&amp;lias:</source>
        <translation type="unfinished">&amp;Псевдоним:</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation type="unfinished">К&amp;ак:</translation>
    </message>
    <message>
        <source>Supplies:</source>
        <translation type="unfinished">Материали:</translation>
    </message>
    <message>
        <source>Referrals:</source>
        <translation type="unfinished">Насочвания:</translation>
    </message>
    <message>
        <source>No&amp;te:</source>
        <translation type="unfinished">Бе&amp;лежка:</translation>
    </message>
    <message>
        <source>Shift tally</source>
        <translation type="unfinished">Обобщение на смяната</translation>
    </message>
    <message>
        <source>This shift&apos;s contacts (Enter edits the selected one)</source>
        <translation type="unfinished">Контакти от тази смяна (Enter редактира избрания)</translation>
    </message>
    <message>
        <source>&amp;Undo last contact</source>
        <translation type="unfinished">&amp;Отмени последния контакт</translation>
    </message>
    <message>
        <source>Undo the last contact saved here (Ctrl+Z)</source>
        <translation type="unfinished">Отмени последния контакт, запазен тук (Ctrl+Z)</translation>
    </message>
    <message>
        <source>This shift so far</source>
        <translation type="unfinished">Тази смяна досега</translation>
    </message>
    <message>
        <source>load the shift</source>
        <translation type="unfinished">зареди смяната</translation>
    </message>
    <message>
        <source>No region (not shareable)</source>
        <translation type="unfinished">Без регион (не се споделя)</translation>
    </message>
    <message>
        <source>A contact you had started before the lock was restored.</source>
        <translation type="unfinished">Контактът, започнат преди заключването, е възстановен.</translation>
    </message>
    <message>
        <source>No shift running. Contacts can still be logged.</source>
        <translation type="unfinished">Няма текуща смяна. Контактите пак могат да се записват.</translation>
    </message>
    <message>
        <source>Shift running since %1 — %2, %3, %4</source>
        <translation type="unfinished">Смяна от %1 — %2, %3, %4</translation>
    </message>
    <message>
        <source>no area</source>
        <translation type="unfinished">без район</translation>
    </message>
    <message>
        <source>%1 contacts</source>
        <translation type="unfinished">%1 контакта</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation type="unfinished">%1 души</translation>
    </message>
    <message>
        <source>%1 referrals</source>
        <translation type="unfinished">%1 насочвания</translation>
    </message>
    <message>
        <source>Type the staff initials to start a shift.</source>
        <translation type="unfinished">Въведете инициалите на екипа, за да започнете смяна.</translation>
    </message>
    <message>
        <source>start the shift</source>
        <translation type="unfinished">започни смяната</translation>
    </message>
    <message>
        <source>Shift ended.</source>
        <translation type="unfinished">Смяната приключи.</translation>
    </message>
    <message>
        <source>end the shift</source>
        <translation type="unfinished">приключи смяната</translation>
    </message>
    <message>
        <source>Nothing to save: type an alias, a note, supplies or a referral first.</source>
        <translation type="unfinished">Няма какво да се запази: първо въведете псевдоним, бележка, материали или насочване.</translation>
    </message>
    <message>
        <source>save the contact</source>
        <translation type="unfinished">запази контакта</translation>
    </message>
    <message>
        <source>Saved. %1 contacts this shift.</source>
        <translation type="unfinished">Запазено. %1 контакта в тази смяна.</translation>
    </message>
    <message>
        <source>Saved (no shift running).</source>
        <translation type="unfinished">Запазено (няма текуща смяна).</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation type="unfinished">анонимно</translation>
    </message>
    <message>
        <source>That contact was already deleted.</source>
        <translation type="unfinished">Този контакт вече е изтрит.</translation>
    </message>
    <message>
        <source>Contact removed. Its details are back in the form.</source>
        <translation type="unfinished">Контактът е премахнат. Данните му са отново във формуляра.</translation>
    </message>
    <message>
        <source>undo the contact</source>
        <translation type="unfinished">отмени контакта</translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <source>Statistics</source>
        <translation type="unfinished">Статистика</translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished">От</translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished">До</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished">&amp;Покажи</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished">Експорт &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation type="unfinished">Експорт P&amp;DF…</translation>
    </message>
    <message>
        <source>Statistics status</source>
        <translation type="unfinished">Състояние на статистиката</translation>
    </message>
    <message>
        <source>Contacts by month and area</source>
        <translation type="unfinished">Контакти по месец и район</translation>
    </message>
    <message>
        <source>Contacts by month and shift mode</source>
        <translation type="unfinished">Контакти по месец и режим на смяната</translation>
    </message>
    <message>
        <source>Contacts by week</source>
        <translation type="unfinished">Контакти по седмица</translation>
    </message>
    <message>
        <source>Unique people seen by month</source>
        <translation type="unfinished">Уникални хора по месец</translation>
    </message>
    <message>
        <source>Supplies by month and kind</source>
        <translation type="unfinished">Материали по месец и вид</translation>
    </message>
    <message>
        <source>Referrals by month and kind</source>
        <translation type="unfinished">Насочвания по месец и вид</translation>
    </message>
    <message>
        <source>Incidents by month and type</source>
        <translation type="unfinished">Инциденти по месец и вид</translation>
    </message>
    <message>
        <source>Reports shared and withdrawn</source>
        <translation type="unfinished">Споделени и оттеглени доклади</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished">Контакти</translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished">Хора</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation type="unfinished">Споделени</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished">Оттеглен</translation>
    </message>
    <message>
        <source>%1 contacts, %2 people seen, %3 incidents in this period.</source>
        <translation type="unfinished">%1 контакта, %2 видени души, %3 инцидента за този период.</translation>
    </message>
    <message>
        <source>No shift</source>
        <translation type="unfinished">Без смяна</translation>
    </message>
    <message>
        <source>Exporting the statistics…</source>
        <translation type="unfinished">Статистиката се експортира…</translation>
    </message>
    <message>
        <source>Exported %1 tables to %2 (%3 small counts hidden).</source>
        <translation type="unfinished">Експортирани %1 таблици в %2 (%3 малки стойности скрити).</translation>
    </message>
    <message>
        <source>Export cancelled. Nothing was written.</source>
        <translation type="unfinished">Експортът е отказан. Нищо не е записано.</translation>
    </message>
    <message>
        <source>That did not work.</source>
        <translation type="unfinished">Това не проработи.</translation>
    </message>
    <message>
        <source>Export statistics</source>
        <translation type="unfinished">Експорт на статистиката</translation>
    </message>
</context>
<context>
    <name>StoryStep</name>
    <message>
        <source>What happened, in their words (stays on this device)</source>
        <translation type="unfinished">Какво се е случило, с неговите думи (остава на това устройство)</translation>
    </message>
    <message>
        <source>Alert summary (written for sharing)</source>
        <translation type="unfinished">Резюме на сигнала (написано за споделяне)</translation>
    </message>
    <message>
        <source>What happened, in their words — stays on this device:</source>
        <translation type="unfinished">Какво се е случило, с неговите думи — остава на това устройство:</translation>
    </message>
    <message>
        <source>Alert summary — written for sharing:</source>
        <translation type="unfinished">Резюме на сигнала — написано за споделяне:</translation>
    </message>
    <message>
        <source>Write it for other sex workers to read. Names, numbers, addresses and plates are taken out automatically; check the preview before anything is sealed.</source>
        <translation type="unfinished">Напишете го така, че да го четат други секс работници. Имената, номерата, адресите и регистрационните номера се премахват автоматично; проверете прегледа, преди нещо да бъде запечатано.</translation>
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
        <translation type="unfinished">Имейл</translation>
    </message>
    <message>
        <source>Sign someone up for warnings</source>
        <translation type="unfinished">Запиши някого за предупреждения</translation>
    </message>
    <message>
        <source>Their number or address</source>
        <translation type="unfinished">Номерът или адресът му</translation>
    </message>
    <message>
        <source>Language of their messages</source>
        <translation type="unfinished">Език на съобщенията му</translation>
    </message>
    <message>
        <source>Discreet wording (nothing on a lock screen gives it away)</source>
        <translation type="unfinished">Дискретен текст (нищо на заключения екран не издава)</translation>
    </message>
    <message>
        <source>They agreed to get these messages</source>
        <translation type="unfinished">Човекът е съгласен да получава тези съобщения</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Състояние</translation>
    </message>
    <message>
        <source>&amp;Sign up</source>
        <translation type="unfinished">&amp;Запиши</translation>
    </message>
    <message>
        <source>Send the sign-up to the server</source>
        <translation type="unfinished">Изпрати записването към сървъра</translation>
    </message>
    <message>
        <source>Send by:</source>
        <translation type="unfinished">Изпрати чрез:</translation>
    </message>
    <message>
        <source>Number or address:</source>
        <translation type="unfinished">Номер или адрес:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished">Език:</translation>
    </message>
    <message>
        <source>Areas:</source>
        <translation type="unfinished">Райони:</translation>
    </message>
    <message>
        <source>The address goes straight to the charity&apos;s server; it is not kept here.</source>
        <translation type="unfinished">Адресът отива направо на сървъра на организацията; не се пази тук.</translation>
    </message>
    <message>
        <source>Tick that they agreed first. Nothing was sent.</source>
        <translation type="unfinished">Първо отбележете, че човекът е съгласен. Нищо не е изпратено.</translation>
    </message>
    <message>
        <source>Pick at least one area. Nothing was sent.</source>
        <translation type="unfinished">Изберете поне един район. Нищо не е изпратено.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished">Изпраща се…</translation>
    </message>
    <message>
        <source>Signed up: they will get a welcome message with a link to stop.</source>
        <translation type="unfinished">Записан: ще получи приветствено съобщение с връзка за спиране.</translation>
    </message>
</context>
<context>
    <name>SyncBridge</name>
    <message numerus="yes">
        <source>%n new or updated alert(s).</source>
        <translation type="unfinished">
            <numerusform>%n нов или обновен сигнал.</numerusform>
            <numerusform>%n нови или обновени сигнала.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not linked to a server.</source>
        <translation type="unfinished">Не е свързано със сървър.</translation>
    </message>
    <message>
        <source>This laptop must be linked again: %1</source>
        <translation type="unfinished">Този лаптоп трябва да бъде свързан отново: %1</translation>
    </message>
    <message>
        <source>Linked to %1 at %2.</source>
        <translation type="unfinished">Свързано с %1 в %2.</translation>
    </message>
    <message>
        <source>an organisation</source>
        <translation type="unfinished">организация</translation>
    </message>
</context>
<context>
    <name>TaskProgress</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Отказ</translation>
    </message>
    <message>
        <source>Outreach</source>
        <translation type="unfinished">Outreach</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished">Отказва се…</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>Outreach is locked</source>
        <translation type="unfinished">Outreach е заключен</translation>
    </message>
    <message>
        <source>Enter your passphrase to open the records.</source>
        <translation type="unfinished">Въведете паролата си, за да отворите записите.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished">Парола</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished">&amp;Отключи</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished">Отключи</translation>
    </message>
    <message>
        <source>Unlock message</source>
        <translation type="unfinished">Съобщение при отключване</translation>
    </message>
    <message>
        <source>Time until the next attempt</source>
        <translation type="unfinished">Време до следващия опит</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation type="unfinished">Първо въведете паролата си.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation type="unfinished">Отключване…</translation>
    </message>
    <message numerus="yes">
        <source>You can try again in %n second(s).</source>
        <translation type="unfinished">
            <numerusform>Можете да опитате отново след %n секунда.</numerusform>
            <numerusform>Можете да опитате отново след %n секунди.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VaultActions</name>
    <message>
        <source>Changing the passphrase…</source>
        <translation type="unfinished">Паролата се сменя…</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation type="unfinished">Паролата е сменена.</translation>
    </message>
    <message>
        <source>The passphrase was not changed: %1</source>
        <translation type="unfinished">Паролата не е сменена: %1</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation type="unfinished">Записва се резервното копие…</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation type="unfinished">Резервното копие е неуспешно: %1</translation>
    </message>
    <message>
        <source>Backup written. It is encrypted with the current passphrase.</source>
        <translation type="unfinished">Резервното копие е записано. То е криптирано с текущата парола.</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished">Възстанови от резервно копие</translation>
    </message>
    <message>
        <source>Outreach backups (*.obk)</source>
        <translation type="unfinished">Резервни копия на Outreach (*.obk)</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation type="unfinished">Възстановява се резервното копие…</translation>
    </message>
    <message>
        <source>The backup was restored. Unlock it with its passphrase.</source>
        <translation type="unfinished">Резервното копие е възстановено. Отключете го с неговата парола.</translation>
    </message>
    <message>
        <source>The backup was not restored: %1</source>
        <translation type="unfinished">Резервното копие не е възстановено: %1</translation>
    </message>
    <message>
        <source>Files Outreach saved outside the vault (exports, backups, PDFs) were not looked for: their list is inside the vault, and it was not unlocked since Outreach started. Delete them yourself.</source>
        <translation type="unfinished">Файловете, които Outreach е запазил извън трезора (експорти, резервни копия, PDF файлове), не бяха търсени: списъкът им е в трезора, а той не е отключван, откакто Outreach е стартиран. Изтрийте ги сами.</translation>
    </message>
    <message numerus="yes">
        <source>Also destroyed: %n file(s) saved outside the vault.</source>
        <translation type="unfinished">
            <numerusform>Унищожен е и %n файл, запазен извън трезора.</numerusform>
            <numerusform>Унищожени са и %n файла, запазени извън трезора.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not destroy %1: %2.</source>
        <translation type="unfinished">Не можа да се унищожи %1: %2.</translation>
    </message>
    <message>
        <source>Quick delete did not finish: %1</source>
        <translation type="unfinished">Бързото изтриване не завърши: %1</translation>
    </message>
</context>
<context>
    <name>VehicleEditor</name>
    <message>
        <source>Make</source>
        <translation type="unfinished">Марка</translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished">Модел</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished">Цвят</translation>
    </message>
    <message>
        <source>Registration plate (part is fine)</source>
        <translation type="unfinished">Регистрационен номер (и част е достатъчна)</translation>
    </message>
    <message>
        <source>Vehicle: %1</source>
        <translation type="unfinished">Превозно средство: %1</translation>
    </message>
</context>
<context>
    <name>WhatStep</name>
    <message>
        <source>What happened (tick all that apply)</source>
        <translation type="unfinished">Какво се е случило (отбележете всичко приложимо)</translation>
    </message>
    <message>
        <source>Alias of the person harmed (empty: not recorded)</source>
        <translation type="unfinished">Псевдоним на пострадалия (празно: не е записано)</translation>
    </message>
    <message>
        <source>Age band of the person</source>
        <translation type="unfinished">Възрастова група на човека</translation>
    </message>
    <message>
        <source>Gender of the person</source>
        <translation type="unfinished">Пол на човека</translation>
    </message>
    <message>
        <source>Worker initials</source>
        <translation type="unfinished">Инициали на служителя</translation>
    </message>
    <message>
        <source>Injury</source>
        <translation type="unfinished">Нараняване</translation>
    </message>
    <message>
        <source>Injury notes (stay on this device)</source>
        <translation type="unfinished">Бележки за нараняванията (остават на това устройство)</translation>
    </message>
    <message>
        <source>A weapon was used</source>
        <translation type="unfinished">Използвано е оръжие</translation>
    </message>
    <message>
        <source>Weapon (stays on this device)</source>
        <translation type="unfinished">Оръжие (остава на това устройство)</translation>
    </message>
    <message>
        <source>The police have already been told</source>
        <translation type="unfinished">Полицията вече е уведомена</translation>
    </message>
    <message>
        <source>A&amp;lias:</source>
        <translation type="unfinished">&amp;Псевдоним:</translation>
    </message>
    <message>
        <source>Age band, gender:</source>
        <translation type="unfinished">Възрастова група, пол:</translation>
    </message>
    <message>
        <source>Worker &amp;initials:</source>
        <translation type="unfinished">&amp;Инициали на служителя:</translation>
    </message>
    <message>
        <source>In&amp;jury:</source>
        <translation type="unfinished">&amp;Нараняване:</translation>
    </message>
    <message>
        <source>Injury notes (stay here):</source>
        <translation type="unfinished">Бележки за нараняванията (остават тук):</translation>
    </message>
</context>
<context>
    <name>WhenStep</name>
    <message>
        <source>When it happened</source>
        <translation type="unfinished">Кога се е случило</translation>
    </message>
    <message>
        <source>&amp;Approximately</source>
        <translation type="unfinished">&amp;Приблизително</translation>
    </message>
    <message>
        <source>The time is approximate</source>
        <translation type="unfinished">Часът е приблизителен</translation>
    </message>
    <message>
        <source>How well the time is known</source>
        <translation type="unfinished">Колко точно е известен часът</translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished">Район</translation>
    </message>
    <message>
        <source>Where exactly (stays on this device)</source>
        <translation type="unfinished">Къде точно (остава на това устройство)</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation type="unfinished">&amp;Кога:</translation>
    </message>
    <message>
        <source>A&amp;rea:</source>
        <translation type="unfinished">&amp;Район:</translation>
    </message>
    <message>
        <source>Where exactly
(stays on this device):</source>
        <translation type="unfinished">Къде точно
(остава на това устройство):</translation>
    </message>
    <message>
        <source>No area</source>
        <translation type="unfinished">Без район</translation>
    </message>
</context>
<context>
    <name>WhoStep</name>
    <message>
        <source>Perpetrator</source>
        <translation type="unfinished">Извършител</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation type="unfinished">Превозно средство</translation>
    </message>
    <message>
        <source>Perpetrators</source>
        <translation type="unfinished">Извършители</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation type="unfinished">Превозни средства</translation>
    </message>
</context>
</TS>
