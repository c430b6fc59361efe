<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AlertModels</name>
    <message>
        <source>aged %1-%2</source>
        <translation type="unfinished">de %1-%2 años</translation>
    </message>
    <message>
        <source>uses the name %1</source>
        <translation type="unfinished">usa el nombre %1</translation>
    </message>
    <message>
        <source>phone %1</source>
        <translation type="unfinished">teléfono %1</translation>
    </message>
    <message>
        <source>e-mail %1</source>
        <translation type="unfinished">correo %1</translation>
    </message>
    <message>
        <source>online %1</source>
        <translation type="unfinished">en línea %1</translation>
    </message>
    <message>
        <source>plate %1</source>
        <translation type="unfinished">matrícula %1</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished">Emitida</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation type="unfinished">Alerta</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished">Qué pasó</translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished">Región</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished">Válida hasta</translation>
    </message>
    <message>
        <source>NEW: </source>
        <translation type="unfinished">NUEVA: </translation>
    </message>
</context>
<context>
    <name>AlertsPage</name>
    <message>
        <source>Alerts</source>
        <translation type="unfinished">Alertas</translation>
    </message>
    <message>
        <source>When alerts were last fetched</source>
        <translation type="unfinished">Cuándo se descargaron las alertas por última vez</translation>
    </message>
    <message>
        <source>Show alerts for area</source>
        <translation type="unfinished">Mostrar alertas del área</translation>
    </message>
    <message>
        <source>&amp;Save handout as PDF…</source>
        <translation type="unfinished">&amp;Guardar folleto como PDF…</translation>
    </message>
    <message>
        <source>Save the alerts handout as PDF</source>
        <translation type="unfinished">Guardar el folleto de alertas como PDF</translation>
    </message>
    <message>
        <source>&amp;Print handout…</source>
        <translation type="unfinished">&amp;Imprimir folleto…</translation>
    </message>
    <message>
        <source>Print the alerts handout</source>
        <translation type="unfinished">Imprimir el folleto de alertas</translation>
    </message>
    <message>
        <source>Sign &amp;up for warnings…</source>
        <translation type="unfinished">Dar de alta para &amp;avisos…</translation>
    </message>
    <message>
        <source>Sign a person up to get warnings themselves</source>
        <translation type="unfinished">Dar de alta a una persona para que reciba ella misma los avisos</translation>
    </message>
    <message>
        <source>Language of the handout</source>
        <translation type="unfinished">Idioma del folleto</translation>
    </message>
    <message>
        <source>Second language printed beside it</source>
        <translation type="unfinished">Segundo idioma impreso al lado</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished">(ninguno)</translation>
    </message>
    <message>
        <source>Current alerts</source>
        <translation type="unfinished">Alertas actuales</translation>
    </message>
    <message>
        <source>Selected alert</source>
        <translation type="unfinished">Alerta seleccionada</translation>
    </message>
    <message>
        <source>Alerts message</source>
        <translation type="unfinished">Mensaje de alertas</translation>
    </message>
    <message>
        <source>Alerts refused for a bad signature</source>
        <translation type="unfinished">Alertas rechazadas por una firma no válida</translation>
    </message>
    <message>
        <source>Check a phone number, plate, e-mail address or online name</source>
        <translation type="unfinished">Comprobar un número de teléfono, matrícula, correo electrónico o nombre en línea</translation>
    </message>
    <message>
        <source>Check a phone number, plate, e-mail or online name (any format)</source>
        <translation type="unfinished">Comprobar un teléfono, matrícula, correo o nombre en línea (cualquier formato)</translation>
    </message>
    <message>
        <source>Chec&amp;k</source>
        <translation type="unfinished">&amp;Comprobar</translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished">Comprobar</translation>
    </message>
    <message>
        <source>Check results</source>
        <translation type="unfinished">Resultados de la comprobación</translation>
    </message>
    <message>
        <source>Page message</source>
        <translation type="unfinished">Mensaje de la página</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation type="unfinished">Á&amp;rea:</translation>
    </message>
    <message>
        <source>Handout in &amp;language:</source>
        <translation type="unfinished">&amp;Folleto en idioma:</translation>
    </message>
    <message>
        <source>side by side &amp;with:</source>
        <translation type="unfinished">&amp;junto con:</translation>
    </message>
    <message>
        <source>CHECK before meeting someone:</source>
        <translation type="unfinished">COMPRUEBA antes de quedar con alguien:</translation>
    </message>
    <message>
        <source>load the alerts</source>
        <translation type="unfinished">cargar las alertas</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation type="unfinished">Todas las áreas</translation>
    </message>
    <message>
        <source>Last fetched %1</source>
        <translation type="unfinished">Última descarga: %1</translation>
    </message>
    <message>
        <source>Never fetched</source>
        <translation type="unfinished">Nunca descargadas</translation>
    </message>
    <message>
        <source>save the handout languages</source>
        <translation type="unfinished">guardar los idiomas del folleto</translation>
    </message>
    <message>
        <source>No current alerts for this area.</source>
        <translation type="unfinished">No hay alertas actuales para esta área.</translation>
    </message>
    <message numerus="yes">
        <source>%n current alert(s), newest first.</source>
        <translation type="unfinished">
            <numerusform>%n alerta actual, las más recientes primero.</numerusform>
            <numerusform>%n alertas actuales, las más recientes primero.</numerusform>
        </translation>
    </message>
    <message>
        <source>Alert</source>
        <translation type="unfinished">Alerta</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished">Emitida</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished">Válida hasta</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished">Qué pasó</translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished">Detalles</translation>
    </message>
    <message>
        <source>Perpetrators</source>
        <translation type="unfinished">Agresores</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation type="unfinished">Vehículos</translation>
    </message>
    <message>
        <source>check</source>
        <translation type="unfinished">comprobar</translation>
    </message>
    <message>
        <source>ALERT</source>
        <translation type="unfinished">ALERTA</translation>
    </message>
    <message>
        <source>Our record</source>
        <translation type="unfinished">Nuestro registro</translation>
    </message>
    <message>
        <source>Nothing known about “%1”. That does not mean they are safe.</source>
        <translation type="unfinished">No se sabe nada de «%1». Eso no significa que sea seguro.</translation>
    </message>
    <message>
        <source>all areas</source>
        <translation type="unfinished">todas las áreas</translation>
    </message>
    <message>
        <source>Preparing the handout…</source>
        <translation type="unfinished">Preparando el folleto…</translation>
    </message>
    <message>
        <source>Handout cancelled. Nothing was saved.</source>
        <translation type="unfinished">Folleto cancelado. No se guardó nada.</translation>
    </message>
    <message>
        <source>Handout saved.</source>
        <translation type="unfinished">Folleto guardado.</translation>
    </message>
    <message>
        <source>save the handout</source>
        <translation type="unfinished">guardar el folleto</translation>
    </message>
    <message>
        <source>Save the alerts handout</source>
        <translation type="unfinished">Guardar el folleto de alertas</translation>
    </message>
    <message>
        <source>Printing the handout…</source>
        <translation type="unfinished">Imprimiendo el folleto…</translation>
    </message>
    <message>
        <source>Handout sent to the printer.</source>
        <translation type="unfinished">Folleto enviado a la impresora.</translation>
    </message>
    <message>
        <source>Printing cancelled.</source>
        <translation type="unfinished">Impresión cancelada.</translation>
    </message>
    <message>
        <source>The printer could not be used.</source>
        <translation type="unfinished">No se pudo usar la impresora.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Cancelar</translation>
    </message>
</context>
<context>
    <name>AppStatusBar</name>
    <message>
        <source>Connection</source>
        <translation type="unfinished">Conexión</translation>
    </message>
    <message>
        <source>Reports waiting</source>
        <translation type="unfinished">Informes en espera</translation>
    </message>
    <message>
        <source>Reports that need attention</source>
        <translation type="unfinished">Informes que necesitan atención</translation>
    </message>
    <message>
        <source>Reports waiting for review</source>
        <translation type="unfinished">Informes en espera de revisión</translation>
    </message>
    <message>
        <source>Reports a coordinator must approve before they are sent (Review and sync page)</source>
        <translation type="unfinished">Informes que un coordinador debe aprobar antes de enviarse (página Revisar y enviar)</translation>
    </message>
    <message>
        <source>Restored drafts</source>
        <translation type="unfinished">Borradores restaurados</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation type="unfinished">Última sincronización</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished">Bloquear</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation type="unfinished">Bloquear ahora</translation>
    </message>
    <message>
        <source>Lock now (Ctrl+L). Panic: Ctrl+Shift+L locks and hides.</source>
        <translation type="unfinished">Bloquear ahora (Ctrl+L). Pánico: Ctrl+Shift+L bloquea y oculta.</translation>
    </message>
    <message numerus="yes">
        <source>%n awaiting review</source>
        <translation type="unfinished">
            <numerusform>%n en espera de revisión</numerusform>
            <numerusform>%n en espera de revisión</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unfinished form(s) restored</source>
        <translation type="unfinished">
            <numerusform>%n formulario sin terminar restaurado</numerusform>
            <numerusform>%n formularios sin terminar restaurados</numerusform>
        </translation>
    </message>
    <message>
        <source>Not linked to a server</source>
        <translation type="unfinished">No vinculado a un servidor</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished">Sincronizando…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished">Sin conexión</translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished">En línea</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation type="unfinished">Aún sin sincronizar</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation type="unfinished">
            <numerusform>%n en espera</numerusform>
            <numerusform>%n en espera</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need attention</source>
        <translation type="unfinished">
            <numerusform>%n necesita atención</numerusform>
            <numerusform>%n necesitan atención</numerusform>
        </translation>
    </message>
    <message>
        <source>Last sync: never</source>
        <translation type="unfinished">Última sincronización: nunca</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation type="unfinished">Última sincronización: %1</translation>
    </message>
</context>
<context>
    <name>AreasSection</name>
    <message>
        <source>Areas</source>
        <translation type="unfinished">Áreas</translation>
    </message>
    <message>
        <source>Areas and their server regions</source>
        <translation type="unfinished">Las áreas y sus regiones del servidor</translation>
    </message>
    <message>
        <source>Server region for the selected area</source>
        <translation type="unfinished">Región del servidor para el área seleccionada</translation>
    </message>
    <message>
        <source>Set &amp;region</source>
        <translation type="unfinished">Asignar &amp;región</translation>
    </message>
    <message>
        <source>Set the selected area&apos;s region</source>
        <translation type="unfinished">Asignar la región del área seleccionada</translation>
    </message>
    <message>
        <source>Areas message</source>
        <translation type="unfinished">Mensaje de áreas</translation>
    </message>
    <message>
        <source>Reports can be shared only from an area with a server region. Regions come from the server when the device is linked and at every sync.</source>
        <translation type="unfinished">Los informes solo pueden compartirse desde un área con región en el servidor. Las regiones llegan del servidor al vincular el dispositivo y en cada sincronización.</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation type="unfinished">Re&amp;gión:</translation>
    </message>
    <message>
        <source>load the areas</source>
        <translation type="unfinished">cargar las áreas</translation>
    </message>
    <message>
        <source>No region (not shareable)</source>
        <translation type="unfinished">Sin región (no compartible)</translation>
    </message>
    <message>
        <source>no region: not shareable</source>
        <translation type="unfinished">sin región: no se puede compartir</translation>
    </message>
    <message>
        <source>No server regions yet: link this device to a server, or sync.</source>
        <translation type="unfinished">Aún no hay regiones del servidor: vincula este dispositivo a un servidor o sincroniza.</translation>
    </message>
    <message>
        <source>Region saved.</source>
        <translation type="unfinished">Región guardada.</translation>
    </message>
    <message>
        <source>set the region</source>
        <translation type="unfinished">asignar la región</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Audit log</source>
        <translation type="unfinished">Registro de auditoría</translation>
    </message>
    <message>
        <source>Only coordinators can see the audit log.</source>
        <translation type="unfinished">Solo los coordinadores pueden ver el registro de auditoría.</translation>
    </message>
    <message>
        <source>&amp;Verify the log</source>
        <translation type="unfinished">&amp;Verificar el registro</translation>
    </message>
    <message>
        <source>Verification result</source>
        <translation type="unfinished">Resultado de la verificación</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation type="unfinished">Entradas de auditoría</translation>
    </message>
    <message>
        <source>The log is intact: %1 entries.</source>
        <translation type="unfinished">El registro está intacto: %1 entradas.</translation>
    </message>
    <message>
        <source>(Not yet compared with the server: entries cut off the end show after a sync.)</source>
        <translation type="unfinished">(Aún no comparado con el servidor: las entradas cortadas del final aparecen tras una sincronización.)</translation>
    </message>
    <message>
        <source>The log was changed:</source>
        <translation type="unfinished">El registro fue modificado:</translation>
    </message>
    <message>
        <source>That did not work.</source>
        <translation type="unfinished">Eso no funcionó.</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation type="unfinished">Cambiar la frase de acceso</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation type="unfinished">Frase de acceso actual</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished">Nueva frase de acceso</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation type="unfinished">Repite la nueva frase de acceso</translation>
    </message>
    <message>
        <source>Passphrase feedback</source>
        <translation type="unfinished">Valoración de la frase de acceso</translation>
    </message>
    <message>
        <source>Show the new passphrase</source>
        <translation type="unfinished">Mostrar la nueva frase de acceso</translation>
    </message>
    <message>
        <source>&amp;Suggest</source>
        <translation type="unfinished">&amp;Sugerir</translation>
    </message>
    <message>
        <source>Suggest a passphrase of random words</source>
        <translation type="unfinished">Sugerir una frase de acceso de palabras aleatorias</translation>
    </message>
    <message>
        <source>About the team&apos;s passphrases</source>
        <translation type="unfinished">Sobre las frases de acceso del equipo</translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished">Error</translation>
    </message>
    <message>
        <source>C&amp;urrent:</source>
        <translation type="unfinished">Ac&amp;tual:</translation>
    </message>
    <message>
        <source>&amp;New:</source>
        <translation type="unfinished">&amp;Nueva:</translation>
    </message>
    <message>
        <source>&amp;Repeat new:</source>
        <translation type="unfinished">&amp;Repite la nueva:</translation>
    </message>
    <message>
        <source>The records stay as they are; only the passphrase that opens them changes.</source>
        <translation type="unfinished">Los registros quedan como están; solo cambia la frase de acceso que los abre.</translation>
    </message>
    <message>
        <source>Six random words are shown. Write them down somewhere safe before you press OK.</source>
        <translation type="unfinished">Se muestran seis palabras aleatorias. Anótalas en un lugar seguro antes de pulsar Aceptar.</translation>
    </message>
    <message>
        <source>Strong enough.</source>
        <translation type="unfinished">Suficientemente segura.</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>%1 table</source>
        <translation type="unfinished">Tabla de %1</translation>
    </message>
</context>
<context>
    <name>ConsentStep</name>
    <message>
        <source>Read each purpose to the person in these words. They decide each one separately; saying no to all of them is fine and changes nothing about the support they get.</source>
        <translation type="unfinished">Lee cada finalidad a la persona con estas palabras. Decide cada una por separado; decir que no a todas está bien y no cambia nada del apoyo que recibe.</translation>
    </message>
    <message>
        <source>What is shared: %1</source>
        <translation type="unfinished">Qué se comparte: %1</translation>
    </message>
    <message>
        <source>Cannot be undone: %1</source>
        <translation type="unfinished">No se puede deshacer: %1</translation>
    </message>
    <message>
        <source>Yes, share this</source>
        <translation type="unfinished">Sí, compartir esto</translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished">No</translation>
    </message>
    <message>
        <source>Yes to: %1</source>
        <translation type="unfinished">Sí a: %1</translation>
    </message>
    <message>
        <source>No to: %1</source>
        <translation type="unfinished">No a: %1</translation>
    </message>
    <message>
        <source>Said out loud (verbal)</source>
        <translation type="unfinished">Dicho en voz alta (verbal)</translation>
    </message>
    <message>
        <source>Signed or written</source>
        <translation type="unfinished">Firmado o por escrito</translation>
    </message>
    <message>
        <source>How consent was given</source>
        <translation type="unfinished">Cómo se dio el consentimiento</translation>
    </message>
    <message>
        <source>Initials of the worker recording consent</source>
        <translation type="unfinished">Iniciales de quien registra el consentimiento</translation>
    </message>
    <message>
        <source>&amp;How given:</source>
        <translation type="unfinished">&amp;Cómo se dio:</translation>
    </message>
    <message>
        <source>Recorded &amp;by:</source>
        <translation type="unfinished">Registrado &amp;por:</translation>
    </message>
    <message>
        <source>Consent status</source>
        <translation type="unfinished">Estado del consentimiento</translation>
    </message>
    <message>
        <source>&amp;Record consent</source>
        <translation type="unfinished">&amp;Registrar consentimiento</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation type="unfinished">Registrar consentimiento</translation>
    </message>
    <message>
        <source>Nothing is shared — &amp;finish</source>
        <translation type="unfinished">No se comparte nada — &amp;terminar</translation>
    </message>
    <message>
        <source>Finish without sharing anything</source>
        <translation type="unfinished">Terminar sin compartir nada</translation>
    </message>
    <message>
        <source>&amp;Next: what will be shared</source>
        <translation type="unfinished">&amp;Siguiente: qué se compartirá</translation>
    </message>
    <message>
        <source>Show what will be shared</source>
        <translation type="unfinished">Mostrar qué se compartirá</translation>
    </message>
    <message>
        <source>Record a fresh consent &amp;instead</source>
        <translation type="unfinished">Registrar un consentimiento nuevo &amp;en su lugar</translation>
    </message>
    <message>
        <source>Record a fresh consent instead (needed to add a purpose)</source>
        <translation type="unfinished">Registrar un consentimiento nuevo en su lugar (necesario para añadir una finalidad)</translation>
    </message>
    <message>
        <source>Give the person this withdrawal code now. It is shown only once and cannot be looked up later. With it they can withdraw their consent at any time.</source>
        <translation type="unfinished">Da ahora a la persona este código de retirada. Se muestra solo una vez y no se puede consultar después. Con él puede retirar su consentimiento en cualquier momento.</translation>
    </message>
    <message>
        <source>Withdrawal code</source>
        <translation type="unfinished">Código de retirada</translation>
    </message>
    <message>
        <source>&amp;Print slip…</source>
        <translation type="unfinished">Imprimir &amp;resguardo…</translation>
    </message>
    <message>
        <source>Print the withdrawal slip</source>
        <translation type="unfinished">Imprimir el resguardo de retirada</translation>
    </message>
    <message>
        <source>Consent version %1 is recorded. Change the answers and record again, or go on.</source>
        <translation type="unfinished">La versión %1 del consentimiento está registrada. Cambia las respuestas y registra de nuevo, o continúa.</translation>
    </message>
    <message>
        <source>Answer every purpose with yes or no.</source>
        <translation type="unfinished">Responde sí o no a cada finalidad.</translation>
    </message>
    <message>
        <source>This incident was changed after it was shared. Read the purposes again with the person: they may keep them or say no to some. Their withdrawal code stays the same.</source>
        <translation type="unfinished">Este incidente se modificó después de compartirse. Lee de nuevo las finalidades con la persona: puede mantenerlas o decir que no a algunas. Su código de retirada sigue siendo el mismo.</translation>
    </message>
    <message>
        <source>Consent recorded (version %1).</source>
        <translation type="unfinished">Consentimiento registrado (versión %1).</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <source>Edit contact</source>
        <translation type="unfinished">Editar contacto</translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished">Cuándo</translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished">Área</translation>
    </message>
    <message>
        <source>No area</source>
        <translation type="unfinished">Sin área</translation>
    </message>
    <message>
        <source>Alias (empty: anonymous)</source>
        <translation type="unfinished">Alias (vacío: anónimo)</translation>
    </message>
    <message>
        <source>How the contact happened</source>
        <translation type="unfinished">Cómo fue el contacto</translation>
    </message>
    <message>
        <source>%1 handed out</source>
        <translation type="unfinished">%1 entregado(s)</translation>
    </message>
    <message>
        <source>Referred to %1</source>
        <translation type="unfinished">Derivado a %1</translation>
    </message>
    <message>
        <source>Note (stays on this device)</source>
        <translation type="unfinished">Nota (se queda en este dispositivo)</translation>
    </message>
    <message>
        <source>Problem with the contact</source>
        <translation type="unfinished">Problema con el contacto</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation type="unfinished">&amp;Cuándo:</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation type="unfinished">Á&amp;rea:</translation>
    </message>
    <message>
        <source>A&amp;lias:</source>
        <translation type="unfinished">A&amp;lias:</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation type="unfinished">C&amp;ómo:</translation>
    </message>
    <message>
        <source>Supplies:</source>
        <translation type="unfinished">Material:</translation>
    </message>
    <message>
        <source>Referrals:</source>
        <translation type="unfinished">Derivaciones:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished">&amp;Nota:</translation>
    </message>
    <message>
        <source>save the contact</source>
        <translation type="unfinished">guardar el contacto</translation>
    </message>
    <message>
        <source>Contact saved.</source>
        <translation type="unfinished">Contacto guardado.</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>Contacts</source>
        <translation type="unfinished">Contactos</translation>
    </message>
    <message>
        <source>Filter by how the contact happened</source>
        <translation type="unfinished">Filtrar por cómo fue el contacto</translation>
    </message>
    <message>
        <source>Any way</source>
        <translation type="unfinished">Cualquier forma</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished">&amp;Editar…</translation>
    </message>
    <message>
        <source>Edit the selected contact</source>
        <translation type="unfinished">Editar el contacto seleccionado</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished">&amp;Borrar…</translation>
    </message>
    <message>
        <source>Delete the selected contact</source>
        <translation type="unfinished">Borrar el contacto seleccionado</translation>
    </message>
    <message>
        <source>&amp;Forget this person…</source>
        <translation type="unfinished">&amp;Olvidar a esta persona…</translation>
    </message>
    <message>
        <source>Forget the person of the selected contact</source>
        <translation type="unfinished">Olvidar a la persona del contacto seleccionado</translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished">Cuándo</translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished">Área</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation type="unfinished">Alias</translation>
    </message>
    <message>
        <source>(anonymous)</source>
        <translation type="unfinished">(anónimo)</translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished">Cómo</translation>
    </message>
    <message>
        <source>Supplies</source>
        <translation type="unfinished">Material</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished">Derivaciones</translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished">Nota</translation>
    </message>
    <message>
        <source>Contact deleted.</source>
        <translation type="unfinished">Contacto borrado.</translation>
    </message>
    <message>
        <source>delete the contact</source>
        <translation type="unfinished">borrar el contacto</translation>
    </message>
    <message>
        <source>Delete contact</source>
        <translation type="unfinished">Borrar contacto</translation>
    </message>
    <message>
        <source>Delete the contact of %1? This cannot be undone.</source>
        <translation type="unfinished">¿Borrar el contacto de %1? No se puede deshacer.</translation>
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
        <translation type="unfinished">Administración</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished">&amp;Actualizar</translation>
    </message>
    <message>
        <source>Ask the server again</source>
        <translation type="unfinished">Volver a preguntar al servidor</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation type="unfinished">Regiones</translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished">Región</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Nombre</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished">Organizaciones</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished">Organización</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished">Dispositivos</translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished">Dispositivo</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation type="unfinished">Dado de alta</translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished">Estado</translation>
    </message>
    <message>
        <source>New region id</source>
        <translation type="unfinished">ID de la nueva región</translation>
    </message>
    <message>
        <source>id, e.g. north</source>
        <translation type="unfinished">ID, p. ej. north</translation>
    </message>
    <message>
        <source>New region name</source>
        <translation type="unfinished">Nombre de la nueva región</translation>
    </message>
    <message>
        <source>Add re&amp;gion</source>
        <translation type="unfinished">Añadir re&amp;gión</translation>
    </message>
    <message>
        <source>Add the region</source>
        <translation type="unfinished">Añadir la región</translation>
    </message>
    <message>
        <source>New organisation name</source>
        <translation type="unfinished">Nombre de la nueva organización</translation>
    </message>
    <message>
        <source>Its regions (comma separated)</source>
        <translation type="unfinished">Sus regiones (separadas por comas)</translation>
    </message>
    <message>
        <source>Add &amp;organisation</source>
        <translation type="unfinished">Añadir &amp;organización</translation>
    </message>
    <message>
        <source>Add the organisation</source>
        <translation type="unfinished">Añadir la organización</translation>
    </message>
    <message>
        <source>Organisation for the enrolment code</source>
        <translation type="unfinished">Organización del código de alta</translation>
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished"> h</translation>
    </message>
    <message>
        <source>Hours the code stays valid</source>
        <translation type="unfinished">Horas que el código sigue siendo válido</translation>
    </message>
    <message>
        <source>Make enrolment &amp;code</source>
        <translation type="unfinished">Crear &amp;código de alta</translation>
    </message>
    <message>
        <source>Make a device enrolment code</source>
        <translation type="unfinished">Crear un código de alta de dispositivo</translation>
    </message>
    <message>
        <source>The enrolment code (shown once)</source>
        <translation type="unfinished">El código de alta (se muestra una vez)</translation>
    </message>
    <message>
        <source>Re&amp;voke device…</source>
        <translation type="unfinished">Re&amp;vocar dispositivo…</translation>
    </message>
    <message>
        <source>Revoke the selected device</source>
        <translation type="unfinished">Revocar el dispositivo seleccionado</translation>
    </message>
    <message>
        <source>New region:</source>
        <translation type="unfinished">Nueva región:</translation>
    </message>
    <message>
        <source>New organisation:</source>
        <translation type="unfinished">Nueva organización:</translation>
    </message>
    <message>
        <source>Device code for:</source>
        <translation type="unfinished">Código de dispositivo para:</translation>
    </message>
    <message>
        <source>ask the server</source>
        <translation type="unfinished">preguntar al servidor</translation>
    </message>
    <message>
        <source>add the region</source>
        <translation type="unfinished">añadir la región</translation>
    </message>
    <message>
        <source>Region added.</source>
        <translation type="unfinished">Región añadida.</translation>
    </message>
    <message>
        <source>add the organisation</source>
        <translation type="unfinished">añadir la organización</translation>
    </message>
    <message>
        <source>Organisation added.</source>
        <translation type="unfinished">Organización añadida.</translation>
    </message>
    <message>
        <source>Enrolment code (shown once, valid %1 h): %2</source>
        <translation type="unfinished">Código de alta (se muestra una vez, válido %1 h): %2</translation>
    </message>
    <message>
        <source>make the code</source>
        <translation type="unfinished">crear el código</translation>
    </message>
    <message>
        <source>Select the device to revoke.</source>
        <translation type="unfinished">Selecciona el dispositivo que revocar.</translation>
    </message>
    <message>
        <source>Revoke device</source>
        <translation type="unfinished">Revocar dispositivo</translation>
    </message>
    <message>
        <source>Revoke this device? It can no longer send or fetch anything.</source>
        <translation type="unfinished">¿Revocar este dispositivo? Ya no podrá enviar ni descargar nada.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation type="unfinished">Revocar</translation>
    </message>
    <message>
        <source>revoke the device</source>
        <translation type="unfinished">revocar el dispositivo</translation>
    </message>
    <message>
        <source>Device revoked.</source>
        <translation type="unfinished">Dispositivo revocado.</translation>
    </message>
</context>
<context>
    <name>DeskAlertsPage</name>
    <message>
        <source>Alerts</source>
        <translation type="unfinished">Alertas</translation>
    </message>
    <message>
        <source>This desk&apos;s alerts</source>
        <translation type="unfinished">Alertas de este puesto</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation type="unfinished">Alerta</translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished">Versión</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Estado</translation>
    </message>
    <message>
        <source>Check code</source>
        <translation type="unfinished">Código de comprobación</translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished">Revisión</translation>
    </message>
    <message>
        <source>Report to draft an alert from</source>
        <translation type="unfinished">Informe del que redactar una alerta</translation>
    </message>
    <message>
        <source>&amp;Draft alert</source>
        <translation type="unfinished">&amp;Borrador de alerta</translation>
    </message>
    <message>
        <source>Draft an alert from this report</source>
        <translation type="unfinished">Redactar un borrador de alerta a partir de este informe</translation>
    </message>
    <message>
        <source>Alert title</source>
        <translation type="unfinished">Título de la alerta</translation>
    </message>
    <message>
        <source>Alert text</source>
        <translation type="unfinished">Texto de la alerta</translation>
    </message>
    <message>
        <source>Regions (comma separated)</source>
        <translation type="unfinished">Regiones (separadas por comas)</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished">Válida hasta</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished">Qué pasó</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished">Gravedad</translation>
    </message>
    <message>
        <source>Structured details</source>
        <translation type="unfinished">Detalles estructurados</translation>
    </message>
    <message>
        <source>Source summary, scrubber&apos;s finds marked</source>
        <translation type="unfinished">Resumen de la fuente, con lo que halló el filtro marcado</translation>
    </message>
    <message>
        <source>Alert text, what might identify someone marked</source>
        <translation type="unfinished">Texto de la alerta, con lo que podría identificar a alguien marcado</translation>
    </message>
    <message>
        <source>Preview as the handout prints it</source>
        <translation type="unfinished">Vista previa tal como la imprime el folleto</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation type="unfinished">G&amp;uardar borrador</translation>
    </message>
    <message>
        <source>Save the draft</source>
        <translation type="unfinished">Guardar el borrador</translation>
    </message>
    <message>
        <source>Sign and &amp;publish…</source>
        <translation type="unfinished">Firmar y &amp;publicar…</translation>
    </message>
    <message>
        <source>Sign and publish the alert</source>
        <translation type="unfinished">Firmar y publicar la alerta</translation>
    </message>
    <message>
        <source>Exp&amp;ire…</source>
        <translation type="unfinished">&amp;Expirar…</translation>
    </message>
    <message>
        <source>Expire the alert now</source>
        <translation type="unfinished">Hacer expirar la alerta ahora</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation type="unfinished">&amp;Retirar…</translation>
    </message>
    <message>
        <source>Withdraw the alert</source>
        <translation type="unfinished">Retirar la alerta</translation>
    </message>
    <message>
        <source>From &amp;report:</source>
        <translation type="unfinished">Del i&amp;nforme:</translation>
    </message>
    <message>
        <source>Details to look out for (edit them here):</source>
        <translation type="unfinished">Detalles a los que estar atentas (edítalos aquí):</translation>
    </message>
    <message>
        <source>Source summary (the scrubber&apos;s finds marked):</source>
        <translation type="unfinished">Resumen de la fuente (con lo que halló el filtro marcado):</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished">&amp;Título:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation type="unfinished">Te&amp;xto:</translation>
    </message>
    <message>
        <source>Check:</source>
        <translation type="unfinished">Comprobación:</translation>
    </message>
    <message>
        <source>Re&amp;gions:</source>
        <translation type="unfinished">Re&amp;giones:</translation>
    </message>
    <message>
        <source>&amp;Valid until:</source>
        <translation type="unfinished">&amp;Válida hasta:</translation>
    </message>
    <message>
        <source>What &amp;happened:</source>
        <translation type="unfinished">Qué pa&amp;só:</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation type="unfinished">Gravedad:</translation>
    </message>
    <message>
        <source>Preview, as the handout prints it:</source>
        <translation type="unfinished">Vista previa, tal como la imprime el folleto:</translation>
    </message>
    <message>
        <source>load the alerts</source>
        <translation type="unfinished">cargar las alertas</translation>
    </message>
    <message>
        <source>Review: source report withdrawn</source>
        <translation type="unfinished">Revisión: informe de origen retirado</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished">Borrador</translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished">Publicada</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished">Expirada</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished">Retirado</translation>
    </message>
    <message>
        <source>open the alert</source>
        <translation type="unfinished">abrir la alerta</translation>
    </message>
    <message numerus="yes">
        <source>The scrubber found %n thing(s) to take out; the text below shows the replacements.</source>
        <translation type="unfinished">
            <numerusform>El filtro halló %n cosa que quitar; el texto de abajo muestra los reemplazos.</numerusform>
            <numerusform>El filtro halló %n cosas que quitar; el texto de abajo muestra los reemplazos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The scrubber found nothing more to take out.</source>
        <translation type="unfinished">El filtro no halló nada más que quitar.</translation>
    </message>
    <message>
        <source>Tick what happened.</source>
        <translation type="unfinished">Marca qué pasó.</translation>
    </message>
    <message>
        <source>Review this alert: its source report was withdrawn by the person.</source>
        <translation type="unfinished">Revisa esta alerta: la persona retiró su informe de origen.</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) might still identify someone: check each before publishing.</source>
        <translation type="unfinished">
            <numerusform>%n fragmento aún podría identificar a alguien: revísalo antes de publicar.</numerusform>
            <numerusform>%n fragmentos aún podrían identificar a alguien: revisa cada uno antes de publicar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing in the text looks like it identifies someone.</source>
        <translation type="unfinished">Nada en el texto parece identificar a alguien.</translation>
    </message>
    <message>
        <source>Not a valid alert yet: fill in the title and the text.</source>
        <translation type="unfinished">Aún no es una alerta válida: rellena el título y el texto.</translation>
    </message>
    <message>
        <source>Drafted. Check the marked text, then sign and publish.</source>
        <translation type="unfinished">Borrador hecho. Revisa el texto marcado y luego firma y publica.</translation>
    </message>
    <message>
        <source>draft the alert</source>
        <translation type="unfinished">redactar la alerta</translation>
    </message>
    <message>
        <source>Draft saved (version %1).</source>
        <translation type="unfinished">Borrador guardado (versión %1).</translation>
    </message>
    <message>
        <source>save</source>
        <translation type="unfinished">guardar</translation>
    </message>
    <message>
        <source>Sign and publish</source>
        <translation type="unfinished">Firmar y publicar</translation>
    </message>
    <message>
        <source>Sign “%1” with this desk&apos;s key and publish it to every device? Devices print it on their handouts as shown in the preview.</source>
        <translation type="unfinished">¿Firmar «%1» con la clave de este puesto y publicarla en todos los dispositivos? Los dispositivos la imprimen en sus folletos como se ve en la vista previa.</translation>
    </message>
    <message>
        <source>Published version %1; its check code is %2.</source>
        <translation type="unfinished">Versión %1 publicada; su código de comprobación es %2.</translation>
    </message>
    <message>
        <source>publish</source>
        <translation type="unfinished">publicar</translation>
    </message>
    <message>
        <source>Expire this alert now? Devices stop showing it.</source>
        <translation type="unfinished">¿Hacer expirar esta alerta ahora? Los dispositivos dejan de mostrarla.</translation>
    </message>
    <message>
        <source>Withdraw this alert? Devices remove it from their lists and handouts.</source>
        <translation type="unfinished">¿Retirar esta alerta? Los dispositivos la quitan de sus listas y folletos.</translation>
    </message>
    <message>
        <source>Expire</source>
        <translation type="unfinished">Expirar</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation type="unfinished">Retirar</translation>
    </message>
    <message>
        <source>The alert is now: %1</source>
        <translation type="unfinished">La alerta ahora está: %1</translation>
    </message>
    <message>
        <source>end the alert</source>
        <translation type="unfinished">terminar la alerta</translation>
    </message>
</context>
<context>
    <name>DeskChoiceBox</name>
    <message>
        <source>An outreach &amp;worker&apos;s records</source>
        <translation type="unfinished">Registros de un trabajador de &amp;calle</translation>
    </message>
    <message>
        <source>The charity&apos;s &amp;desk (staff: triage, alerts, police, admin)</source>
        <translation type="unfinished">&amp;Puesto de la organización (personal: clasificación, alertas, policía, administración)</translation>
    </message>
    <message>
        <source>Desk role</source>
        <translation type="unfinished">Función del puesto</translation>
    </message>
    <message>
        <source>Alerts desk</source>
        <translation type="unfinished">Puesto de alertas</translation>
    </message>
    <message>
        <source>Police desk</source>
        <translation type="unfinished">Puesto de policía</translation>
    </message>
    <message>
        <source>Admin desk</source>
        <translation type="unfinished">Puesto de administración</translation>
    </message>
    <message>
        <source>Desk id in the key bundle</source>
        <translation type="unfinished">ID del puesto en el paquete de claves</translation>
    </message>
    <message>
        <source>Desk name in the server&apos;s log</source>
        <translation type="unfinished">Nombre del puesto en el registro del servidor</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation type="unfinished">F&amp;unción:</translation>
    </message>
    <message>
        <source>Desk &amp;id:</source>
        <translation type="unfinished">&amp;ID del puesto:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished">&amp;Nombre:</translation>
    </message>
    <message>
        <source>This laptop keeps:</source>
        <translation type="unfinished">Este portátil guarda:</translation>
    </message>
</context>
<context>
    <name>DeskPages</name>
    <message>
        <source>Alert</source>
        <translation type="unfinished">Alerta</translation>
    </message>
    <message>
        <source>Police intelligence</source>
        <translation type="unfinished">Información para la policía</translation>
    </message>
    <message>
        <source>Police referral</source>
        <translation type="unfinished">Derivación a la policía</translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished">Nuevo</translation>
    </message>
    <message>
        <source>In review</source>
        <translation type="unfinished">En revisión</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">Hecho</translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <translation type="unfinished">No se pudo %1: %2</translation>
    </message>
    <message>
        <source>Page message</source>
        <translation type="unfinished">Mensaje de la página</translation>
    </message>
    <message>
        <source>This desk</source>
        <translation type="unfinished">Este puesto</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished">Dirección del servidor</translation>
    </message>
    <message>
        <source>https://server.example.org</source>
        <translation type="unfinished">https://servidor.example.org</translation>
    </message>
    <message>
        <source>Desk enrolment code</source>
        <translation type="unfinished">Código de alta del puesto</translation>
    </message>
    <message>
        <source>Desk code from the server&apos;s admin</source>
        <translation type="unfinished">Código del puesto dado por el administrador del servidor</translation>
    </message>
    <message>
        <source>&amp;Enrol this desk</source>
        <translation type="unfinished">&amp;Dar de alta este puesto</translation>
    </message>
    <message>
        <source>Enrol this desk</source>
        <translation type="unfinished">Dar de alta este puesto</translation>
    </message>
    <message>
        <source>read the desk</source>
        <translation type="unfinished">leer el puesto</translation>
    </message>
    <message>
        <source>%1 desk “%2”, enrolled with %3</source>
        <translation type="unfinished">Puesto de %1 «%2», dado de alta en %3</translation>
    </message>
    <message>
        <source>%1 desk “%2”: not enrolled yet</source>
        <translation type="unfinished">Puesto de %1 «%2»: aún sin dar de alta</translation>
    </message>
    <message>
        <source>Type the server&apos;s address and the desk code.</source>
        <translation type="unfinished">Escribe la dirección del servidor y el código del puesto.</translation>
    </message>
    <message>
        <source>The desk is enrolled.</source>
        <translation type="unfinished">El puesto está dado de alta.</translation>
    </message>
    <message>
        <source>enrol the desk</source>
        <translation type="unfinished">dar de alta el puesto</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished">Alertas</translation>
    </message>
    <message>
        <source>Police</source>
        <translation type="unfinished">Policía</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation type="unfinished">Administración</translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished">sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished">no</translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished">Fecha</translation>
    </message>
    <message>
        <source>Part of day</source>
        <translation type="unfinished">Parte del día</translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished">Región</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished">Qué pasó</translation>
    </message>
    <message>
        <source>Perpetrators</source>
        <translation type="unfinished">Agresores</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation type="unfinished">Vehículos</translation>
    </message>
    <message>
        <source>Weapon used</source>
        <translation type="unfinished">Se usó un arma</translation>
    </message>
    <message>
        <source>Injured</source>
        <translation type="unfinished">Herida</translation>
    </message>
    <message>
        <source>Injury</source>
        <translation type="unfinished">Lesión</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished">Resumen</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished">Contacto</translation>
    </message>
    <message>
        <source>through the project only</source>
        <translation type="unfinished">solo a través del proyecto</translation>
    </message>
    <message>
        <source>not in any other report</source>
        <translation type="unfinished">en ningún otro informe</translation>
    </message>
</context>
<context>
    <name>DeskPolicePage</name>
    <message>
        <source>Police</source>
        <translation type="unfinished">Policía</translation>
    </message>
    <message>
        <source>Police reports</source>
        <translation type="unfinished">Informes para la policía</translation>
    </message>
    <message>
        <source>Disclose</source>
        <translation type="unfinished">Revelar</translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished">Tipo</translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished">Región</translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished">Cuándo</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished">Calificación</translation>
    </message>
    <message>
        <source>The selected police report</source>
        <translation type="unfinished">El informe para la policía seleccionado</translation>
    </message>
    <message>
        <source>Source grade</source>
        <translation type="unfinished">Calificación de la fuente</translation>
    </message>
    <message>
        <source>Intelligence grade</source>
        <translation type="unfinished">Calificación de la información</translation>
    </message>
    <message>
        <source>Handling code</source>
        <translation type="unfinished">Código de tratamiento</translation>
    </message>
    <message>
        <source>Handling conditions</source>
        <translation type="unfinished">Condiciones de tratamiento</translation>
    </message>
    <message>
        <source>Conditions (handling code C only)</source>
        <translation type="unfinished">Condiciones (solo con el código de tratamiento C)</translation>
    </message>
    <message>
        <source>&amp;Grade ticked reports</source>
        <translation type="unfinished">&amp;Calificar los informes marcados</translation>
    </message>
    <message>
        <source>Grade the ticked reports</source>
        <translation type="unfinished">Calificar los informes marcados</translation>
    </message>
    <message>
        <source>Receiving police force</source>
        <translation type="unfinished">Cuerpo policial que recibe</translation>
    </message>
    <message>
        <source>The charity&apos;s name as the police know it</source>
        <translation type="unfinished">Nombre de la organización tal como la conoce la policía</translation>
    </message>
    <message>
        <source>Your name (kept in the log)</source>
        <translation type="unfinished">Tu nombre (queda en el registro)</translation>
    </message>
    <message>
        <source>File type</source>
        <translation type="unfinished">Tipo de archivo</translation>
    </message>
    <message>
        <source>CSV (one column per field)</source>
        <translation type="unfinished">CSV (una columna por campo)</translation>
    </message>
    <message>
        <source>PDF (printable)</source>
        <translation type="unfinished">PDF (para imprimir)</translation>
    </message>
    <message>
        <source>E&amp;xport for the force…</source>
        <translation type="unfinished">&amp;Exportar para el cuerpo policial…</translation>
    </message>
    <message>
        <source>Export the ticked reports</source>
        <translation type="unfinished">Exportar los informes marcados</translation>
    </message>
    <message>
        <source>Disclosure log</source>
        <translation type="unfinished">Registro de revelaciones</translation>
    </message>
    <message>
        <source>Force</source>
        <translation type="unfinished">Cuerpo</translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished">Por</translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished">Archivo</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished">Informes</translation>
    </message>
    <message>
        <source>Notices to police forces</source>
        <translation type="unfinished">Avisos a cuerpos policiales</translation>
    </message>
    <message>
        <source>Notify</source>
        <translation type="unfinished">Avisar</translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished">Motivo</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation type="unfinished">Creado</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">Hecho</translation>
    </message>
    <message>
        <source>Mark &amp;notified</source>
        <translation type="unfinished">Marcar como a&amp;visado</translation>
    </message>
    <message>
        <source>Mark the selected notice as done</source>
        <translation type="unfinished">Marcar el aviso seleccionado como hecho</translation>
    </message>
    <message>
        <source>&amp;Force:</source>
        <translation type="unfinished">C&amp;uerpo:</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation type="unfinished">&amp;Agencia:</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation type="unfinished">&amp;Por:</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation type="unfinished">Arch&amp;ivo:</translation>
    </message>
    <message>
        <source>Disclosure log:</source>
        <translation type="unfinished">Registro de revelaciones:</translation>
    </message>
    <message>
        <source>Withdrawn after disclosure — tell the force:</source>
        <translation type="unfinished">Retirados tras la revelación — avisa al cuerpo policial:</translation>
    </message>
    <message>
        <source>3x5x2 grade (source, intelligence, handling):</source>
        <translation type="unfinished">Calificación 3x5x2 (fuente, información, tratamiento):</translation>
    </message>
    <message>
        <source>load the police reports</source>
        <translation type="unfinished">cargar los informes para la policía</translation>
    </message>
    <message>
        <source>a disclosed report was withdrawn</source>
        <translation type="unfinished">se retiró un informe revelado</translation>
    </message>
    <message>
        <source>TO DO</source>
        <translation type="unfinished">PENDIENTE</translation>
    </message>
    <message>
        <source>told %1 by %2</source>
        <translation type="unfinished">%1 avisado por %2</translation>
    </message>
    <message>
        <source>Tick the reports to grade first.</source>
        <translation type="unfinished">Marca primero los informes que calificar.</translation>
    </message>
    <message>
        <source>Not a valid grade: %1</source>
        <translation type="unfinished">Calificación no válida: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) graded %1.</source>
        <translation type="unfinished">
            <numerusform>%n informe calificado como %1.</numerusform>
            <numerusform>%n informes calificados como %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick the reports to disclose first.</source>
        <translation type="unfinished">Marca primero los informes que revelar.</translation>
    </message>
    <message numerus="yes">
        <source>No grade yet for %n ticked report(s).</source>
        <translation type="unfinished">
            <numerusform>Aún sin calificación: %n informe marcado.</numerusform>
            <numerusform>Aún sin calificación: %n informes marcados.</numerusform>
        </translation>
    </message>
    <message>
        <source>prepare the export</source>
        <translation type="unfinished">preparar la exportación</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) for %1:</source>
        <translation type="unfinished">
            <numerusform>%n informe para %1:</numerusform>
            <numerusform>%n informes para %1:</numerusform>
        </translation>
    </message>
    <message>
        <source>They are written in plain text to a file you choose next, and the disclosure is logged.</source>
        <translation type="unfinished">Se escriben en texto plano en un archivo que eliges a continuación, y la revelación queda registrada.</translation>
    </message>
    <message>
        <source>Disclose to the police</source>
        <translation type="unfinished">Revelar a la policía</translation>
    </message>
    <message>
        <source>Choose the file…</source>
        <translation type="unfinished">Elegir el archivo…</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished">Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished">Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the police export</source>
        <translation type="unfinished">Guardar la exportación para la policía</translation>
    </message>
    <message>
        <source>%1 already exists: choose a new file.</source>
        <translation type="unfinished">%1 ya existe: elige un archivo nuevo.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n report(s) to %1; the disclosure is logged.</source>
        <translation type="unfinished">
            <numerusform>%n informe escrito en %1; la revelación está registrada.</numerusform>
            <numerusform>%n informes escritos en %1; la revelación está registrada.</numerusform>
        </translation>
    </message>
    <message>
        <source>export</source>
        <translation type="unfinished">exportar</translation>
    </message>
    <message>
        <source>Select the notice the force was told of.</source>
        <translation type="unfinished">Selecciona el aviso del que se informó al cuerpo policial.</translation>
    </message>
    <message>
        <source>Kept: %1 was told.</source>
        <translation type="unfinished">Anotado: %1 fue avisado.</translation>
    </message>
    <message>
        <source>mark the notice</source>
        <translation type="unfinished">marcar el aviso</translation>
    </message>
</context>
<context>
    <name>DeskQueuePage</name>
    <message>
        <source>Queue</source>
        <translation type="unfinished">Cola</translation>
    </message>
    <message>
        <source>&amp;Pull new reports</source>
        <translation type="unfinished">Descar&amp;gar informes nuevos</translation>
    </message>
    <message>
        <source>Pull new reports</source>
        <translation type="unfinished">Descargar informes nuevos</translation>
    </message>
    <message>
        <source>Also &amp;those another desk took</source>
        <translation type="unfinished">También &amp;los que tomó otro puesto</translation>
    </message>
    <message>
        <source>A second desk of this role: fetch the reports the first desk already acknowledged.</source>
        <translation type="unfinished">Un segundo puesto de esta función: descargar los informes que el primer puesto ya confirmó.</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished">Finalidad</translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished">Región</translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished">Mes</translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished">Estado</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished">Informes</translation>
    </message>
    <message>
        <source>Pulled</source>
        <translation type="unfinished">Descargado</translation>
    </message>
    <message>
        <source>The opened report</source>
        <translation type="unfinished">El informe abierto</translation>
    </message>
    <message>
        <source>Start &amp;review</source>
        <translation type="unfinished">Empezar &amp;revisión</translation>
    </message>
    <message>
        <source>Start reviewing this report</source>
        <translation type="unfinished">Empezar a revisar este informe</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation type="unfinished">Marcar como &amp;hecho</translation>
    </message>
    <message>
        <source>Mark this report done</source>
        <translation type="unfinished">Marcar este informe como hecho</translation>
    </message>
    <message>
        <source>Back to &amp;new</source>
        <translation type="unfinished">Volver a &amp;nuevo</translation>
    </message>
    <message>
        <source>Put this report back to new</source>
        <translation type="unfinished">Devolver este informe a nuevo</translation>
    </message>
    <message>
        <source>Withdrawn reports</source>
        <translation type="unfinished">Informes retirados</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished">Retirado</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished">Qué hacer</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation type="unfinished">Finalidad:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation type="unfinished">Región:</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation type="unfinished">Mes:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation type="unfinished">Estado:</translation>
    </message>
    <message>
        <source>Withdrawn by the person (the decrypted copy is deleted):</source>
        <translation type="unfinished">Retirados por la persona (la copia descifrada se borra):</translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished">Todos</translation>
    </message>
    <message>
        <source>load the queue</source>
        <translation type="unfinished">cargar la cola</translation>
    </message>
    <message>
        <source>Disclosed: notify %1 (Police page)</source>
        <translation type="unfinished">Revelado: avisa a %1 (página Policía)</translation>
    </message>
    <message>
        <source>Disclosed to the police: the force was told</source>
        <translation type="unfinished">Revelado a la policía: se avisó al cuerpo policial</translation>
    </message>
    <message>
        <source>Nothing to do: it was never disclosed</source>
        <translation type="unfinished">Nada que hacer: nunca se reveló</translation>
    </message>
    <message>
        <source>%1 shown · %2 new of %3 held</source>
        <translation type="unfinished">%1 mostrados · %2 nuevos de %3 guardados</translation>
    </message>
    <message>
        <source>open the report</source>
        <translation type="unfinished">abrir el informe</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished">Organización</translation>
    </message>
    <message numerus="yes">
        <source>in %n other report(s)</source>
        <translation type="unfinished">
            <numerusform>en %n informe más</numerusform>
            <numerusform>en %n informes más</numerusform>
        </translation>
    </message>
    <message>
        <source>The report is now: %1</source>
        <translation type="unfinished">El informe ahora está: %1</translation>
    </message>
    <message>
        <source>change the state</source>
        <translation type="unfinished">cambiar el estado</translation>
    </message>
    <message>
        <source>Pulling new reports…</source>
        <translation type="unfinished">Descargando informes nuevos…</translation>
    </message>
    <message numerus="yes">
        <source>%n new report(s), %1 withdrawn.</source>
        <translation type="unfinished">
            <numerusform>%n informe nuevo, %1 retirados.</numerusform>
            <numerusform>%n informes nuevos, %1 retirados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n did not open with this desk&apos;s key.</source>
        <translation type="unfinished">
            <numerusform>%n no se abrió con la clave de este puesto.</numerusform>
            <numerusform>%n no se abrieron con la clave de este puesto.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) to review.</source>
        <translation type="unfinished">
            <numerusform>%n alerta que revisar.</numerusform>
            <numerusform>%n alertas que revisar.</numerusform>
        </translation>
    </message>
    <message>
        <source>pull</source>
        <translation type="unfinished">descargar</translation>
    </message>
</context>
<context>
    <name>DeskStatsPage</name>
    <message>
        <source>Statistics</source>
        <translation type="unfinished">Estadísticas</translation>
    </message>
    <message>
        <source>No figures opened yet.</source>
        <translation type="unfinished">Aún no se han abierto cifras.</translation>
    </message>
    <message>
        <source>Fetch from the &amp;server</source>
        <translation type="unfinished">Descargar del &amp;servidor</translation>
    </message>
    <message>
        <source>Fetch the figures for this period from the server</source>
        <translation type="unfinished">Descargar del servidor las cifras de este periodo</translation>
    </message>
    <message>
        <source>&amp;Open the server&apos;s figures…</source>
        <translation type="unfinished">&amp;Abrir las cifras del servidor…</translation>
    </message>
    <message>
        <source>Open the server&apos;s figures</source>
        <translation type="unfinished">Abrir las cifras del servidor</translation>
    </message>
    <message>
        <source>First month</source>
        <translation type="unfinished">Primer mes</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation type="unfinished">Último mes</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation type="unfinished">&amp;Mostrar</translation>
    </message>
    <message>
        <source>Show the figures for this period</source>
        <translation type="unfinished">Mostrar las cifras de este periodo</translation>
    </message>
    <message>
        <source>Table to chart</source>
        <translation type="unfinished">Tabla para el gráfico</translation>
    </message>
    <message>
        <source>Chart of the chosen table</source>
        <translation type="unfinished">Gráfico de la tabla elegida</translation>
    </message>
    <message>
        <source>Tables as published</source>
        <translation type="unfinished">Tablas tal como se publicaron</translation>
    </message>
    <message>
        <source>Funder report file type</source>
        <translation type="unfinished">Tipo de archivo del informe para el financiador</translation>
    </message>
    <message>
        <source>PDF with charts</source>
        <translation type="unfinished">PDF con gráficos</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation type="unfinished">CSV</translation>
    </message>
    <message>
        <source>&amp;Export funder report…</source>
        <translation type="unfinished">&amp;Exportar informe para el financiador…</translation>
    </message>
    <message>
        <source>Export the funder report</source>
        <translation type="unfinished">Exportar el informe para el financiador</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished">&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished">&amp;Hasta:</translation>
    </message>
    <message>
        <source>&amp;Chart:</source>
        <translation type="unfinished">&amp;Gráfico:</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished">Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Figures: %1</source>
        <translation type="unfinished">Cifras: %1</translation>
    </message>
    <message>
        <source>Figures: from the server</source>
        <translation type="unfinished">Cifras: del servidor</translation>
    </message>
    <message>
        <source>fetch the figures</source>
        <translation type="unfinished">descargar las cifras</translation>
    </message>
    <message>
        <source>Fetch the figures from the server or open a file first.</source>
        <translation type="unfinished">Descarga primero las cifras del servidor o abre un archivo.</translation>
    </message>
    <message>
        <source>read the figures</source>
        <translation type="unfinished">leer las cifras</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s); counts suppressed by the disclosure rule: %1.</source>
        <translation type="unfinished">
            <numerusform>%n tabla; recuentos ocultos por la regla de revelación: %1.</numerusform>
            <numerusform>%n tablas; recuentos ocultos por la regla de revelación: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not drawn (the disclosure rule): %n suppressed count(s).</source>
        <translation type="unfinished">
            <numerusform>Sin dibujar (regla de revelación): %n recuento oculto.</numerusform>
            <numerusform>Sin dibujar (regla de revelación): %n recuentos ocultos.</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished">Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished">Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save the funder report</source>
        <translation type="unfinished">Guardar el informe para el financiador</translation>
    </message>
    <message>
        <source>%1 already exists: choose a new file.</source>
        <translation type="unfinished">%1 ya existe: elige un archivo nuevo.</translation>
    </message>
    <message>
        <source>Funder report written to %1 (%2 tables).</source>
        <translation type="unfinished">Informe para el financiador escrito en %1 (%2 tablas).</translation>
    </message>
    <message>
        <source>export the funder report</source>
        <translation type="unfinished">exportar el informe para el financiador</translation>
    </message>
</context>
<context>
    <name>DetailsEditor</name>
    <message>
        <source>Phone numbers:</source>
        <translation type="unfinished">Números de teléfono:</translation>
    </message>
    <message>
        <source>E-mail addresses:</source>
        <translation type="unfinished">Direcciones de correo:</translation>
    </message>
    <message>
        <source>Handles:</source>
        <translation type="unfinished">Perfiles:</translation>
    </message>
    <message>
        <source>Name used:</source>
        <translation type="unfinished">Nombre usado:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation type="unfinished">Descripción:</translation>
    </message>
    <message>
        <source>Plate:</source>
        <translation type="unfinished">Matrícula:</translation>
    </message>
    <message>
        <source>Make:</source>
        <translation type="unfinished">Marca:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation type="unfinished">Modelo:</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation type="unfinished">Color:</translation>
    </message>
    <message>
        <source>Perpetrator %1</source>
        <translation type="unfinished">Agresor %1</translation>
    </message>
    <message>
        <source>Vehicle %1</source>
        <translation type="unfinished">Vehículo %1</translation>
    </message>
</context>
<context>
    <name>FirstRunScreen</name>
    <message>
        <source>Welcome to Outreach</source>
        <translation type="unfinished">Bienvenida a Outreach</translation>
    </message>
    <message>
        <source>Everything you record is kept encrypted on this laptop. Choose a passphrase to protect it: a few unrelated words are easier to remember than symbols.</source>
        <translation type="unfinished">Todo lo que registras se guarda cifrado en este portátil. Elige una frase de acceso para protegerlo: unas cuantas palabras sin relación entre sí se recuerdan mejor que los símbolos.</translation>
    </message>
    <message>
        <source>If this passphrase is lost, the records cannot be recovered — not by the charity, not by anyone. Keep a copy somewhere safe, away from this laptop.</source>
        <translation type="unfinished">Si se pierde esta frase de acceso, los registros no se pueden recuperar: ni la organización ni nadie. Guarda una copia en un lugar seguro, lejos de este portátil.</translation>
    </message>
    <message>
        <source>Warning about losing the passphrase</source>
        <translation type="unfinished">Aviso sobre perder la frase de acceso</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished">Nueva frase de acceso</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation type="unfinished">Repite la frase de acceso</translation>
    </message>
    <message>
        <source>&amp;Suggest a passphrase</source>
        <translation type="unfinished">&amp;Sugerir una frase de acceso</translation>
    </message>
    <message>
        <source>Suggest a passphrase of random words</source>
        <translation type="unfinished">Sugerir una frase de acceso de palabras aleatorias</translation>
    </message>
    <message>
        <source>Show what I type</source>
        <translation type="unfinished">Mostrar lo que escribo</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation type="unfinished">Mostrar la frase de acceso</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation type="unfinished">Seguridad de la frase de acceso</translation>
    </message>
    <message>
        <source>Passphrase feedback</source>
        <translation type="unfinished">Valoración de la frase de acceso</translation>
    </message>
    <message>
        <source>Create the vault</source>
        <translation type="unfinished">Crear la bóveda</translation>
    </message>
    <message>
        <source>Restore from a backup instead…</source>
        <translation type="unfinished">Restaurar desde una copia de seguridad…</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished">Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished">&amp;Frase de acceso:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation type="unfinished">&amp;Repítela:</translation>
    </message>
    <message>
        <source>Strong enough.</source>
        <translation type="unfinished">Suficientemente segura.</translation>
    </message>
    <message>
        <source>A passphrase of six random words is shown. Write it down and keep it somewhere safe away from this laptop before you go on.</source>
        <translation type="unfinished">Se muestra una frase de acceso de seis palabras aleatorias. Anótala y guárdala en un lugar seguro lejos de este portátil antes de continuar.</translation>
    </message>
    <message>
        <source>The two match.</source>
        <translation type="unfinished">Las dos coinciden.</translation>
    </message>
    <message>
        <source>The two do not match yet.</source>
        <translation type="unfinished">Las dos aún no coinciden.</translation>
    </message>
    <message>
        <source>Creating the encrypted vault…</source>
        <translation type="unfinished">Creando la bóveda cifrada…</translation>
    </message>
</context>
<context>
    <name>IncidentForm</name>
    <message>
        <source>Interview step</source>
        <translation type="unfinished">Paso de la entrevista</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished">Qué pasó</translation>
    </message>
    <message>
        <source>When and where</source>
        <translation type="unfinished">Cuándo y dónde</translation>
    </message>
    <message>
        <source>Perpetrators and vehicles</source>
        <translation type="unfinished">Agresores y vehículos</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation type="unfinished">Qué se dijo</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished">Consentimiento</translation>
    </message>
    <message>
        <source>What will be shared</source>
        <translation type="unfinished">Qué se compartirá</translation>
    </message>
    <message>
        <source>Interview message</source>
        <translation type="unfinished">Mensaje de la entrevista</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished">A&amp;trás</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation type="unfinished">Paso anterior</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished">Si&amp;guiente</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished">Paso siguiente</translation>
    </message>
    <message>
        <source>Save and continue to &amp;consent</source>
        <translation type="unfinished">Guardar y pasar al &amp;consentimiento</translation>
    </message>
    <message>
        <source>Save the incident and continue to consent</source>
        <translation type="unfinished">Guardar el incidente y pasar al consentimiento</translation>
    </message>
    <message>
        <source>Save and cl&amp;ose</source>
        <translation type="unfinished">Guardar &amp;y cerrar</translation>
    </message>
    <message>
        <source>Save the incident and close</source>
        <translation type="unfinished">Guardar el incidente y cerrar</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation type="unfinished">Cerrar sin guardar</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation type="unfinished">Paso %1 de %2: %3</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Cerrar</translation>
    </message>
    <message>
        <source>Closed.</source>
        <translation type="unfinished">Cerrado.</translation>
    </message>
    <message>
        <source>Closed without saving.</source>
        <translation type="unfinished">Cerrado sin guardar.</translation>
    </message>
    <message>
        <source>Close without saving?</source>
        <translation type="unfinished">¿Cerrar sin guardar?</translation>
    </message>
    <message>
        <source>What was typed in this interview since it was last saved will be lost.</source>
        <translation type="unfinished">Se perderá lo escrito en esta entrevista desde la última vez que se guardó.</translation>
    </message>
    <message>
        <source>Discard what was typed</source>
        <translation type="unfinished">Descartar lo escrito</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation type="unfinished">Seguir editando</translation>
    </message>
    <message>
        <source>Tick at least one thing that happened (step 1).</source>
        <translation type="unfinished">Marca al menos una cosa que pasó (paso 1).</translation>
    </message>
    <message>
        <source>Type the worker&apos;s initials (step 1).</source>
        <translation type="unfinished">Escribe las iniciales de quien atiende (paso 1).</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished">Número de teléfono</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation type="unfinished">Correo electrónico</translation>
    </message>
</context>
<context>
    <name>IncidentsPage</name>
    <message>
        <source>changed since shared: needs the person&apos;s consent again (open it to confirm)</source>
        <translation type="unfinished">cambiado desde que se compartió: necesita de nuevo el consentimiento de la persona (ábrelo para confirmar)</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished">Incidentes</translation>
    </message>
    <message>
        <source>Filter by type</source>
        <translation type="unfinished">Filtrar por tipo</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation type="unfinished">Cualquier tipo</translation>
    </message>
    <message>
        <source>&amp;New incident</source>
        <translation type="unfinished">&amp;Nuevo incidente</translation>
    </message>
    <message>
        <source>Record a new incident</source>
        <translation type="unfinished">Registrar un incidente nuevo</translation>
    </message>
    <message>
        <source>&amp;Open / share…</source>
        <translation type="unfinished">&amp;Abrir / compartir…</translation>
    </message>
    <message>
        <source>Open the selected incident</source>
        <translation type="unfinished">Abrir el incidente seleccionado</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished">&amp;Borrar…</translation>
    </message>
    <message>
        <source>Delete the selected incident</source>
        <translation type="unfinished">Borrar el incidente seleccionado</translation>
    </message>
    <message>
        <source>&amp;Forget this person…</source>
        <translation type="unfinished">&amp;Olvidar a esta persona…</translation>
    </message>
    <message>
        <source>Forget the person of the selected incident</source>
        <translation type="unfinished">Olvidar a la persona del incidente seleccionado</translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished">Cuándo</translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished">Área</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation type="unfinished">Alias</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation type="unfinished">(no registrado)</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished">Qué pasó</translation>
    </message>
    <message>
        <source>Injury</source>
        <translation type="unfinished">Lesión</translation>
    </message>
    <message>
        <source>Perpetrators</source>
        <translation type="unfinished">Agresores</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation type="unfinished">Vehículos</translation>
    </message>
    <message>
        <source>Where exactly</source>
        <translation type="unfinished">Dónde exactamente</translation>
    </message>
    <message>
        <source>Their words</source>
        <translation type="unfinished">Sus palabras</translation>
    </message>
    <message>
        <source>Alert summary</source>
        <translation type="unfinished">Resumen de la alerta</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation type="unfinished">Compartir</translation>
    </message>
    <message>
        <source>The interview you had started before the lock was restored.</source>
        <translation type="unfinished">Se restauró la entrevista que habías empezado antes del bloqueo.</translation>
    </message>
    <message>
        <source>restore the interview</source>
        <translation type="unfinished">restaurar la entrevista</translation>
    </message>
    <message>
        <source>open the form</source>
        <translation type="unfinished">abrir el formulario</translation>
    </message>
    <message>
        <source>That incident is no longer stored.</source>
        <translation type="unfinished">Ese incidente ya no está guardado.</translation>
    </message>
    <message>
        <source>open the incident</source>
        <translation type="unfinished">abrir el incidente</translation>
    </message>
    <message>
        <source>Incident deleted.</source>
        <translation type="unfinished">Incidente borrado.</translation>
    </message>
    <message>
        <source>delete the incident</source>
        <translation type="unfinished">borrar el incidente</translation>
    </message>
    <message>
        <source>Delete incident</source>
        <translation type="unfinished">Borrar incidente</translation>
    </message>
    <message>
        <source>Delete the incident of %1 from this device? This cannot be undone. A report already sent is not recalled by this: withdraw it with the withdrawal code.</source>
        <translation type="unfinished">¿Borrar de este dispositivo el incidente de %1? No se puede deshacer. Un informe ya enviado no se retira así: retíralo con el código de retirada.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Street</source>
        <translation type="unfinished">Calle</translation>
    </message>
    <message>
        <source>Van</source>
        <translation type="unfinished">Furgoneta</translation>
    </message>
    <message>
        <source>Drop-in</source>
        <translation type="unfinished">Centro de acogida</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">Teléfono</translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished">En línea</translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished">En persona</translation>
    </message>
    <message>
        <source>Advocacy</source>
        <translation type="unfinished">Defensa de derechos</translation>
    </message>
    <message>
        <source>Condoms</source>
        <translation type="unfinished">Condones</translation>
    </message>
    <message>
        <source>Lube</source>
        <translation type="unfinished">Lubricante</translation>
    </message>
    <message>
        <source>Needles/syringes</source>
        <translation type="unfinished">Agujas/jeringuillas</translation>
    </message>
    <message>
        <source>Naloxone</source>
        <translation type="unfinished">Naloxona</translation>
    </message>
    <message>
        <source>Safety leaflets</source>
        <translation type="unfinished">Folletos de seguridad</translation>
    </message>
    <message>
        <source>Alert bulletins</source>
        <translation type="unfinished">Boletines de alerta</translation>
    </message>
    <message>
        <source>Food/drink</source>
        <translation type="unfinished">Comida/bebida</translation>
    </message>
    <message>
        <source>Other supplies</source>
        <translation type="unfinished">Otro material</translation>
    </message>
    <message>
        <source>Sexual health</source>
        <translation type="unfinished">Salud sexual</translation>
    </message>
    <message>
        <source>Drugs/alcohol</source>
        <translation type="unfinished">Drogas/alcohol</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation type="unfinished">Vivienda</translation>
    </message>
    <message>
        <source>ISVA/victim support</source>
        <translation type="unfinished">ISVA/apoyo a víctimas</translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation type="unfinished">Salud mental</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation type="unfinished">Asesoría legal</translation>
    </message>
    <message>
        <source>Other referral</source>
        <translation type="unfinished">Otra derivación</translation>
    </message>
    <message>
        <source>Physical assault</source>
        <translation type="unfinished">Agresión física</translation>
    </message>
    <message>
        <source>Sexual assault</source>
        <translation type="unfinished">Agresión sexual</translation>
    </message>
    <message>
        <source>Rape</source>
        <translation type="unfinished">Violación</translation>
    </message>
    <message>
        <source>Robbery/theft</source>
        <translation type="unfinished">Robo/hurto</translation>
    </message>
    <message>
        <source>Non-payment</source>
        <translation type="unfinished">Impago</translation>
    </message>
    <message>
        <source>Threats/intimidation</source>
        <translation type="unfinished">Amenazas/intimidación</translation>
    </message>
    <message>
        <source>Condom removal</source>
        <translation type="unfinished">Retirada del condón</translation>
    </message>
    <message>
        <source>Stalking/harassment</source>
        <translation type="unfinished">Acoso/hostigamiento</translation>
    </message>
    <message>
        <source>Kidnap/false imprisonment</source>
        <translation type="unfinished">Secuestro/retención ilegal</translation>
    </message>
    <message>
        <source>Verbal abuse</source>
        <translation type="unfinished">Abuso verbal</translation>
    </message>
    <message>
        <source>Hate incident</source>
        <translation type="unfinished">Incidente de odio</translation>
    </message>
    <message>
        <source>Fraud</source>
        <translation type="unfinished">Fraude</translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished">Otro</translation>
    </message>
    <message>
        <source>Exact time</source>
        <translation type="unfinished">Hora exacta</translation>
    </message>
    <message>
        <source>Approximately</source>
        <translation type="unfinished">Aproximadamente</translation>
    </message>
    <message>
        <source>Sometime that day</source>
        <translation type="unfinished">Ese día, sin hora</translation>
    </message>
    <message>
        <source>Sometime that week</source>
        <translation type="unfinished">Esa semana</translation>
    </message>
    <message>
        <source>Sometime that month</source>
        <translation type="unfinished">Ese mes</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation type="unfinished">Menos de 18</translation>
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
        <translation type="unfinished">No se sabe</translation>
    </message>
    <message>
        <source>Woman</source>
        <translation type="unfinished">Mujer</translation>
    </message>
    <message>
        <source>Man</source>
        <translation type="unfinished">Hombre</translation>
    </message>
    <message>
        <source>Trans woman</source>
        <translation type="unfinished">Mujer trans</translation>
    </message>
    <message>
        <source>Trans man</source>
        <translation type="unfinished">Hombre trans</translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation type="unfinished">No binaria</translation>
    </message>
    <message>
        <source>No injury</source>
        <translation type="unfinished">Sin lesión</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation type="unfinished">Leve</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation type="unfinished">Moderada</translation>
    </message>
    <message>
        <source>Serious</source>
        <translation type="unfinished">Grave</translation>
    </message>
    <message>
        <source>Slim</source>
        <translation type="unfinished">Delgado</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished">Mediano</translation>
    </message>
    <message>
        <source>Heavy</source>
        <translation type="unfinished">Corpulento</translation>
    </message>
    <message>
        <source>Muscular</source>
        <translation type="unfinished">Musculoso</translation>
    </message>
    <message>
        <source>Warn other sex workers (alert)</source>
        <translation type="unfinished">Avisar a otras trabajadoras sexuales (alerta)</translation>
    </message>
    <message>
        <source>Count it in statistics</source>
        <translation type="unfinished">Contarlo en las estadísticas</translation>
    </message>
    <message>
        <source>Anonymous intelligence to police</source>
        <translation type="unfinished">Información anónima para la policía</translation>
    </message>
    <message>
        <source>Police contact (referral)</source>
        <translation type="unfinished">Contacto con la policía (derivación)</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <source>Add</source>
        <translation type="unfinished">Añadir</translation>
    </message>
    <message>
        <source>Add: %1</source>
        <translation type="unfinished">Añadir: %1</translation>
    </message>
    <message>
        <source>Remove this one</source>
        <translation type="unfinished">Quitar este</translation>
    </message>
    <message>
        <source>Remove: %1</source>
        <translation type="unfinished">Quitar: %1</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation type="unfinished">Nada registrado.</translation>
    </message>
</context>
<context>
    <name>MainScreen</name>
    <message>
        <source>Pages</source>
        <translation type="unfinished">Páginas</translation>
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
        <translation type="unfinished">No se pudo crear la bóveda: %1</translation>
    </message>
    <message>
        <source>That passphrase is not right.</source>
        <translation type="unfinished">Esa frase de acceso no es correcta.</translation>
    </message>
    <message>
        <source>Too many wrong passphrases in a row.</source>
        <translation type="unfinished">Demasiadas frases de acceso incorrectas seguidas.</translation>
    </message>
    <message>
        <source>Outreach is already open in another window. Close it there first.</source>
        <translation type="unfinished">Outreach ya está abierto en otra ventana. Ciérralo allí primero.</translation>
    </message>
    <message>
        <source>The vault&apos;s files are damaged and cannot be opened. Nothing was changed. Restore a backup, or ask your coordinator for help.</source>
        <translation type="unfinished">Los archivos de la bóveda están dañados y no se pueden abrir. No se cambió nada. Restaura una copia de seguridad o pide ayuda a tu coordinador.</translation>
    </message>
    <message>
        <source>The vault could not be opened: %1</source>
        <translation type="unfinished">No se pudo abrir la bóveda: %1</translation>
    </message>
    <message>
        <source>The disk is full: the vault is intact, but nothing new can be saved until space is freed. Half-typed forms are kept in memory until then. Free some space, or make a backup to another disk (Settings).</source>
        <translation type="unfinished">El disco está lleno: la bóveda está intacta, pero no se puede guardar nada nuevo hasta liberar espacio. Mientras tanto, los formularios a medias se mantienen en memoria. Libera espacio o haz una copia de seguridad en otro disco (Ajustes).</translation>
    </message>
    <message>
        <source>Retention removed %1 contact notes, %2 people, %3 incident texts, %4 sent payloads.</source>
        <translation type="unfinished">La retención eliminó %1 notas de contacto, %2 personas, %3 textos de incidentes y %4 contenidos enviados.</translation>
    </message>
    <message>
        <source>An unfinished form was restored on the %1 page.</source>
        <translation type="unfinished">Se restauró un formulario sin terminar en la página %1.</translation>
    </message>
    <message>
        <source>Something went wrong (%1). Nothing was changed.</source>
        <translation type="unfinished">Algo salió mal (%1). No se cambió nada.</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished">Borrador</translation>
    </message>
    <message>
        <source>Consented</source>
        <translation type="unfinished">Con consentimiento</translation>
    </message>
    <message>
        <source>Waiting for a coordinator</source>
        <translation type="unfinished">Esperando a un coordinador</translation>
    </message>
    <message>
        <source>Rejected by a coordinator</source>
        <translation type="unfinished">Rechazado por un coordinador</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation type="unfinished">Esperando envío</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished">Enviando</translation>
    </message>
    <message>
        <source>Sent (receipt stored)</source>
        <translation type="unfinished">Enviado (recibo guardado)</translation>
    </message>
    <message>
        <source>Parked: needs attention</source>
        <translation type="unfinished">Aparcado: necesita atención</translation>
    </message>
    <message>
        <source>Replaced by a newer version</source>
        <translation type="unfinished">Sustituido por una versión más nueva</translation>
    </message>
    <message>
        <source>Withdrawal waiting to be sent</source>
        <translation type="unfinished">Retirada esperando envío</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished">Retirado</translation>
    </message>
    <message>
        <source>Withdrawn on the server</source>
        <translation type="unfinished">Retirado en el servidor</translation>
    </message>
    <message>
        <source>Not found on the server yet: asked again at each sync for 30 days</source>
        <translation type="unfinished">Aún no encontrado en el servidor: se vuelve a preguntar en cada sincronización durante 30 días</translation>
    </message>
    <message>
        <source>Not found on the server; it still withdraws the report if it arrives</source>
        <translation type="unfinished">No encontrado en el servidor; aun así retira el informe si llega</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished">Cambiado</translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished">Qué</translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished">Para</translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished">Estado</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation type="unfinished">Intentos</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished">Motivo</translation>
    </message>
    <message>
        <source>Withdrawal of consent</source>
        <translation type="unfinished">Retirada del consentimiento</translation>
    </message>
    <message>
        <source>Report v%1</source>
        <translation type="unfinished">Informe v%1</translation>
    </message>
    <message>
        <source> (incident of %1)</source>
        <translation type="unfinished"> (incidente de %1)</translation>
    </message>
</context>
<context>
    <name>PassphrasesSection</name>
    <message>
        <source>Passphrases</source>
        <translation type="unfinished">Frases de acceso</translation>
    </message>
    <message>
        <source>Passphrases of this vault</source>
        <translation type="unfinished">Frases de acceso de esta bóveda</translation>
    </message>
    <message>
        <source>Re&amp;move passphrase…</source>
        <translation type="unfinished">&amp;Quitar frase de acceso…</translation>
    </message>
    <message>
        <source>Remove the selected passphrase</source>
        <translation type="unfinished">Quitar la frase de acceso seleccionada</translation>
    </message>
    <message>
        <source>Passphrases message</source>
        <translation type="unfinished">Mensaje de frases de acceso</translation>
    </message>
    <message>
        <source>Removing a passphrase changes the vault&apos;s key, so a copy of the old key file with that passphrase opens nothing. The other passphrases keep working.</source>
        <translation type="unfinished">Quitar una frase de acceso cambia la clave de la bóveda, así que una copia del antiguo archivo de clave con esa frase no abre nada. Las demás frases de acceso siguen funcionando.</translation>
    </message>
    <message>
        <source>list the passphrases</source>
        <translation type="unfinished">listar las frases de acceso</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation type="unfinished">coordinador</translation>
    </message>
    <message>
        <source>worker</source>
        <translation type="unfinished">trabajador</translation>
    </message>
    <message>
        <source> (this session)</source>
        <translation type="unfinished"> (esta sesión)</translation>
    </message>
    <message>
        <source>Remove passphrase</source>
        <translation type="unfinished">Quitar frase de acceso</translation>
    </message>
    <message>
        <source>Remove passphrase %1? Whoever uses it can no longer open this vault.</source>
        <translation type="unfinished">¿Quitar la frase de acceso %1? Quien la use ya no podrá abrir esta bóveda.</translation>
    </message>
    <message>
        <source>Removing the passphrase and changing the vault&apos;s key…</source>
        <translation type="unfinished">Quitando la frase de acceso y cambiando la clave de la bóveda…</translation>
    </message>
    <message>
        <source>Passphrase removed; the vault&apos;s key was changed.</source>
        <translation type="unfinished">Frase de acceso quitada; la clave de la bóveda cambió.</translation>
    </message>
    <message>
        <source>Also removed (from before the coordinator key): %1</source>
        <translation type="unfinished">También quitadas (de antes de la clave de coordinador): %1</translation>
    </message>
    <message>
        <source>remove the passphrase</source>
        <translation type="unfinished">quitar la frase de acceso</translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <translation type="unfinished">No se pudo %1: %2</translation>
    </message>
</context>
<context>
    <name>PerpetratorEditor</name>
    <message>
        <source>Perpetrator&apos;s gender</source>
        <translation type="unfinished">Género del agresor</translation>
    </message>
    <message>
        <source>Perpetrator&apos;s age from</source>
        <translation type="unfinished">Edad del agresor desde</translation>
    </message>
    <message>
        <source>Perpetrator&apos;s age to</source>
        <translation type="unfinished">Edad del agresor hasta</translation>
    </message>
    <message>
        <source>Perpetrator&apos;s build</source>
        <translation type="unfinished">Complexión del agresor</translation>
    </message>
    <message>
        <source>Gender:</source>
        <translation type="unfinished">Género:</translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished">a</translation>
    </message>
    <message>
        <source>Age:</source>
        <translation type="unfinished">Edad:</translation>
    </message>
    <message>
        <source>Build:</source>
        <translation type="unfinished">Complexión:</translation>
    </message>
    <message>
        <source>Height</source>
        <translation type="unfinished">Estatura</translation>
    </message>
    <message>
        <source>Ethnicity (as described)</source>
        <translation type="unfinished">Origen étnico (según la descripción)</translation>
    </message>
    <message>
        <source>Hair</source>
        <translation type="unfinished">Pelo</translation>
    </message>
    <message>
        <source>Distinguishing features</source>
        <translation type="unfinished">Rasgos distintivos</translation>
    </message>
    <message>
        <source>Clothing</source>
        <translation type="unfinished">Ropa</translation>
    </message>
    <message>
        <source>Name they used</source>
        <translation type="unfinished">Nombre que usó</translation>
    </message>
    <message>
        <source>Phone numbers (comma between)</source>
        <translation type="unfinished">Números de teléfono (separados por comas)</translation>
    </message>
    <message>
        <source>E-mail addresses (comma between)</source>
        <translation type="unfinished">Correos electrónicos (separados por comas)</translation>
    </message>
    <message>
        <source>Online names (comma between)</source>
        <translation type="unfinished">Nombres en línea (separados por comas)</translation>
    </message>
    <message>
        <source>Website or app</source>
        <translation type="unfinished">Web o aplicación</translation>
    </message>
    <message>
        <source>Problem with: %1</source>
        <translation type="unfinished">Problema con: %1</translation>
    </message>
    <message>
        <source>not known</source>
        <translation type="unfinished">no se sabe</translation>
    </message>
</context>
<context>
    <name>PersonChoiceDialog</name>
    <message>
        <source>Which person?</source>
        <translation type="unfinished">¿Qué persona?</translation>
    </message>
    <message>
        <source>%1 people are called “%2”. Who was this?</source>
        <translation type="unfinished">%1 personas se llaman «%2». ¿Quién era?</translation>
    </message>
    <message>
        <source>The %1 last seen on %2</source>
        <translation type="unfinished">%1 vista por última vez el %2</translation>
    </message>
    <message>
        <source>The %1 with no contact or incident yet</source>
        <translation type="unfinished">%1 aún sin contacto ni incidente</translation>
    </message>
    <message>
        <source>Someone new called %1</source>
        <translation type="unfinished">Alguien nuevo llamado %1</translation>
    </message>
</context>
<context>
    <name>PreviewStep</name>
    <message>
        <source>WHAT WILL BE SHARED</source>
        <translation type="unfinished">QUÉ SE COMPARTIRÁ</translation>
    </message>
    <message>
        <source>This is exactly what will leave this device when it is sent, and nothing else. Read it with the person. If anything could identify them, go back and change it.</source>
        <translation type="unfinished">Esto es exactamente lo que saldrá de este dispositivo al enviarse, y nada más. Léelo con la persona. Si algo pudiera identificarla, vuelve atrás y cámbialo.</translation>
    </message>
    <message>
        <source>What will be shared, in plain words</source>
        <translation type="unfinished">Qué se compartirá, en palabras sencillas</translation>
    </message>
    <message>
        <source>What will be shared, as sent (JSON)</source>
        <translation type="unfinished">Qué se compartirá, tal como se envía (JSON)</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation type="unfinished">Detalles técnicos</translation>
    </message>
    <message>
        <source>Show technical details</source>
        <translation type="unfinished">Mostrar detalles técnicos</translation>
    </message>
    <message>
        <source>Might still identify someone</source>
        <translation type="unfinished">Aún podría identificar a alguien</translation>
    </message>
    <message>
        <source>Look at each marked part with the person: keep it, or remove it from the text it is in. Sealing is possible once every part is decided.</source>
        <translation type="unfinished">Revisa cada parte marcada con la persona: mantenla o quítala del texto en el que está. Se puede sellar cuando todas las partes estén decididas.</translation>
    </message>
    <message>
        <source>Sharing status</source>
        <translation type="unfinished">Estado del envío</translation>
    </message>
    <message>
        <source>&amp;Back to consent</source>
        <translation type="unfinished">&amp;Volver al consentimiento</translation>
    </message>
    <message>
        <source>Back to consent</source>
        <translation type="unfinished">Volver al consentimiento</translation>
    </message>
    <message>
        <source>&amp;Seal and queue for sending</source>
        <translation type="unfinished">&amp;Sellar y poner en cola de envío</translation>
    </message>
    <message>
        <source>Seal and queue for sending</source>
        <translation type="unfinished">Sellar y poner en cola de envío</translation>
    </message>
    <message>
        <source>This is exactly what the new version will send; it replaces the earlier one. Read it with the person. Sealing records that they confirmed it.</source>
        <translation type="unfinished">Esto es exactamente lo que enviará la nueva versión; sustituye a la anterior. Léelo con la persona. Al sellar se registra que lo confirmó.</translation>
    </message>
    <message>
        <source>Confirm and &amp;seal the new version</source>
        <translation type="unfinished">Confirmar y &amp;sellar la nueva versión</translation>
    </message>
    <message>
        <source>Confirm and seal the new version</source>
        <translation type="unfinished">Confirmar y sellar la nueva versión</translation>
    </message>
    <message>
        <source>Might still identify someone (%1)</source>
        <translation type="unfinished">Aún podría identificar a alguien (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n marked part(s) still to keep or remove before sealing.</source>
        <translation type="unfinished">
            <numerusform>Queda %n parte marcada por mantener o quitar antes de sellar.</numerusform>
            <numerusform>Quedan %n partes marcadas por mantener o quitar antes de sellar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removing it from %1…</source>
        <translation type="unfinished">Quitándolo de %1…</translation>
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
        <translation type="unfinished">Aceptar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Cancelar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished">Guardar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Cerrar</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished">&amp;Sí</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished">&amp;No</translation>
    </message>
</context>
<context>
    <name>QuickDeletePanel</name>
    <message>
        <source>DELETE</source>
        <translation type="unfinished">BORRAR</translation>
    </message>
    <message>
        <source>Quick delete…</source>
        <translation type="unfinished">Borrado rápido…</translation>
    </message>
    <message>
        <source>Quick delete</source>
        <translation type="unfinished">Borrado rápido</translation>
    </message>
    <message>
        <source>Everything on this laptop is destroyed and cannot be recovered: the vault, unsent reports, and the files Outreach saved outside it (exports, backups, PDFs) as far as it knows them. No passphrase is needed.</source>
        <translation type="unfinished">Todo lo que hay en este portátil se destruye y no se puede recuperar: la bóveda, los informes no enviados y los archivos que Outreach guardó fuera de ella (exportaciones, copias de seguridad, PDF), en la medida en que los conoce. No hace falta la frase de acceso.</translation>
    </message>
    <message>
        <source>Type %1 to confirm.</source>
        <translation type="unfinished">Escribe %1 para confirmar.</translation>
    </message>
    <message>
        <source>Type %1 to confirm quick delete</source>
        <translation type="unfinished">Escribe %1 para confirmar el borrado rápido</translation>
    </message>
    <message>
        <source>Delete everything now</source>
        <translation type="unfinished">Borrar todo ahora</translation>
    </message>
    <message>
        <source>Confirm quick delete</source>
        <translation type="unfinished">Confirmar el borrado rápido</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Cancelar</translation>
    </message>
    <message>
        <source>Cancel quick delete</source>
        <translation type="unfinished">Cancelar el borrado rápido</translation>
    </message>
</context>
<context>
    <name>RecordListPage</name>
    <message>
        <source>Any time</source>
        <translation type="unfinished">Cualquier fecha</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished">Últimas 24 horas</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished">Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished">Últimos 30 días</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation type="unfinished">Últimos 12 meses</translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished">Buscar</translation>
    </message>
    <message>
        <source>Search: words, alias, phone number or plate (Ctrl+F)</source>
        <translation type="unfinished">Buscar: palabras, alias, teléfono o matrícula (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter by area</source>
        <translation type="unfinished">Filtrar por área</translation>
    </message>
    <message>
        <source>Any area</source>
        <translation type="unfinished">Cualquier área</translation>
    </message>
    <message>
        <source>Filter by date</source>
        <translation type="unfinished">Filtrar por fecha</translation>
    </message>
    <message>
        <source>Number of records shown</source>
        <translation type="unfinished">Número de registros mostrados</translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished">Registros</translation>
    </message>
    <message>
        <source>Selected record</source>
        <translation type="unfinished">Registro seleccionado</translation>
    </message>
    <message>
        <source>Select a row to see it here.</source>
        <translation type="unfinished">Selecciona una fila para verla aquí.</translation>
    </message>
    <message>
        <source>Page message</source>
        <translation type="unfinished">Mensaje de la página</translation>
    </message>
    <message>
        <source>list records</source>
        <translation type="unfinished">listar los registros</translation>
    </message>
    <message>
        <source>%1 shown</source>
        <translation type="unfinished">%1 mostrados</translation>
    </message>
    <message>
        <source>this person</source>
        <translation type="unfinished">esta persona</translation>
    </message>
    <message>
        <source>Forget %1?

This permanently erases %1 and everything recorded about them on this device: %2 contacts and %3 incidents, with their consents and unsent reports. It cannot be undone.

Reports already sent to the charity will be withdrawn from its server at the next sync. An alert already read, or intelligence already passed to the police, cannot be recalled.</source>
        <translation type="unfinished">¿Olvidar a %1?

Esto borra para siempre a %1 y todo lo registrado sobre esta persona en este dispositivo: %2 contactos y %3 incidentes, con sus consentimientos e informes no enviados. No se puede deshacer.

Los informes ya enviados a la organización se retirarán de su servidor en la próxima sincronización. Una alerta ya leída, o información ya pasada a la policía, no se puede recuperar.</translation>
    </message>
    <message>
        <source>Forget %1 and erase %2 records</source>
        <translation type="unfinished">Olvidar a %1 y borrar %2 registros</translation>
    </message>
    <message>
        <source>Forgotten. Reports already sent will be withdrawn from the charity&apos;s server at the next sync.</source>
        <translation type="unfinished">Olvidada. Los informes ya enviados se retirarán del servidor de la organización en la próxima sincronización.</translation>
    </message>
    <message>
        <source>forget the person</source>
        <translation type="unfinished">olvidar a la persona</translation>
    </message>
    <message>
        <source>Forget this person</source>
        <translation type="unfinished">Olvidar a esta persona</translation>
    </message>
    <message>
        <source>count their records</source>
        <translation type="unfinished">contar sus registros</translation>
    </message>
</context>
<context>
    <name>RecordModels</name>
    <message>
        <source>When</source>
        <translation type="unfinished">Cuándo</translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished">Área</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation type="unfinished">Alias</translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished">Cómo</translation>
    </message>
    <message>
        <source>Supplies</source>
        <translation type="unfinished">Material</translation>
    </message>
    <message>
        <source>Supplies handed out, with counts</source>
        <translation type="unfinished">Material entregado, con cantidades</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished">Derivaciones</translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished">Nota</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished">Qué pasó</translation>
    </message>
    <message>
        <source>Perpetrators</source>
        <translation type="unfinished">Agresores</translation>
    </message>
    <message>
        <source>Number of perpetrators</source>
        <translation type="unfinished">Número de agresores</translation>
    </message>
    <message>
        <source>Plates</source>
        <translation type="unfinished">Matrículas</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished">Resumen</translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished">Edad</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished">Género</translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished">Idioma</translation>
    </message>
</context>
<context>
    <name>RecordPages</name>
    <message>
        <source>Could not %1: %2</source>
        <translation type="unfinished">No se pudo %1: %2</translation>
    </message>
    <message>
        <source>Could not %1: the vault is locked.</source>
        <translation type="unfinished">No se pudo %1: la bóveda está bloqueada.</translation>
    </message>
    <message>
        <source>Could not %1: the vault refused the change (%2). Nothing was saved.</source>
        <translation type="unfinished">No se pudo %1: la bóveda rechazó el cambio (%2). No se guardó nada.</translation>
    </message>
    <message>
        <source>Could not %1 (%2).</source>
        <translation type="unfinished">No se pudo %1 (%2).</translation>
    </message>
</context>
<context>
    <name>RestorePassphraseDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished">Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Passphrase of the backup</source>
        <translation type="unfinished">Frase de acceso de la copia de seguridad</translation>
    </message>
    <message>
        <source>Current coordinator passphrase</source>
        <translation type="unfinished">Frase de acceso actual del coordinador</translation>
    </message>
    <message>
        <source>Restoring replaces every record on this laptop with the backup&apos;s. Records added since the backup are lost.</source>
        <translation type="unfinished">Restaurar sustituye todos los registros de este portátil por los de la copia de seguridad. Los registros añadidos desde la copia se pierden.</translation>
    </message>
    <message>
        <source>&amp;Coordinator passphrase of this vault:</source>
        <translation type="unfinished">Frase de acceso de &amp;coordinador de esta bóveda:</translation>
    </message>
    <message>
        <source>&amp;Passphrase of the backup:</source>
        <translation type="unfinished">&amp;Frase de acceso de la copia:</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review and sync</source>
        <translation type="unfinished">Revisar y enviar</translation>
    </message>
    <message>
        <source>Queue summary</source>
        <translation type="unfinished">Resumen de la cola</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation type="unfinished">Bandeja de salida</translation>
    </message>
    <message>
        <source>Selected report, in plain words</source>
        <translation type="unfinished">Informe seleccionado, en palabras sencillas</translation>
    </message>
    <message>
        <source>Selected report, as sent (JSON)</source>
        <translation type="unfinished">Informe seleccionado, tal como se envía (JSON)</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished">&amp;Aprobar</translation>
    </message>
    <message>
        <source>Approve the selected report</source>
        <translation type="unfinished">Aprobar el informe seleccionado</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation type="unfinished">&amp;Rechazar</translation>
    </message>
    <message>
        <source>Reject the selected report</source>
        <translation type="unfinished">Rechazar el informe seleccionado</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation type="unfinished">&amp;Sincronizar ahora</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished">Sincronizar ahora</translation>
    </message>
    <message>
        <source>Page message</source>
        <translation type="unfinished">Mensaje de la página</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished">Dirección del servidor</translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <translation type="unfinished">Código de alta</translation>
    </message>
    <message>
        <source>Charity key fingerprint from the code sheet</source>
        <translation type="unfinished">Huella de la clave de la organización, de la hoja de códigos</translation>
    </message>
    <message>
        <source>&amp;Link this device</source>
        <translation type="unfinished">Vincular &amp;este dispositivo</translation>
    </message>
    <message>
        <source>Link this device to the server</source>
        <translation type="unfinished">Vincular este dispositivo al servidor</translation>
    </message>
    <message>
        <source>Link to the charity&apos;s server</source>
        <translation type="unfinished">Vincular con el servidor de la organización</translation>
    </message>
    <message>
        <source>Ser&amp;ver address:</source>
        <translation type="unfinished">Dirección del ser&amp;vidor:</translation>
    </message>
    <message>
        <source>Enrolment &amp;code:</source>
        <translation type="unfinished">&amp;Código de alta:</translation>
    </message>
    <message>
        <source>Charity key &amp;fingerprint:</source>
        <translation type="unfinished">&amp;Huella de la clave de la organización:</translation>
    </message>
    <message>
        <source>load the outbox</source>
        <translation type="unfinished">cargar la bandeja de salida</translation>
    </message>
    <message>
        <source>%1 waiting to be sent</source>
        <translation type="unfinished">%1 esperando envío</translation>
    </message>
    <message>
        <source>%1 waiting for review</source>
        <translation type="unfinished">%1 esperando revisión</translation>
    </message>
    <message>
        <source>%1 parked</source>
        <translation type="unfinished">%1 aparcados</translation>
    </message>
    <message>
        <source>%1 sent</source>
        <translation type="unfinished">%1 enviados</translation>
    </message>
    <message numerus="yes">
        <source>%n withdrawal(s) not found on the server yet</source>
        <translation type="unfinished">
            <numerusform>%n retirada aún no encontrada en el servidor</numerusform>
            <numerusform>%n retiradas aún no encontradas en el servidor</numerusform>
        </translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation type="unfinished">Estado: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished">Motivo: %1</translation>
    </message>
    <message>
        <source>What was sent was removed from this device by retention. The report can still be withdrawn from the charity&apos;s server.</source>
        <translation type="unfinished">Lo que se envió fue eliminado de este dispositivo por la retención. El informe aún se puede retirar del servidor de la organización.</translation>
    </message>
    <message>
        <source>(removed by retention)</source>
        <translation type="unfinished">(eliminado por la retención)</translation>
    </message>
    <message>
        <source>Approved: it is sent at the next sync.</source>
        <translation type="unfinished">Aprobado: se envía en la próxima sincronización.</translation>
    </message>
    <message>
        <source>Rejected.</source>
        <translation type="unfinished">Rechazado.</translation>
    </message>
    <message>
        <source>approve the report</source>
        <translation type="unfinished">aprobar el informe</translation>
    </message>
    <message>
        <source>reject the report</source>
        <translation type="unfinished">rechazar el informe</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished">Sincronizando…</translation>
    </message>
    <message>
        <source>Type the server address, the enrolment code and the charity key fingerprint.</source>
        <translation type="unfinished">Escribe la dirección del servidor, el código de alta y la huella de la clave de la organización.</translation>
    </message>
    <message>
        <source>Linking…</source>
        <translation type="unfinished">Vinculando…</translation>
    </message>
    <message>
        <source>Outreach device</source>
        <translation type="unfinished">Dispositivo Outreach</translation>
    </message>
    <message>
        <source>the charity</source>
        <translation type="unfinished">la organización</translation>
    </message>
    <message>
        <source>Linked to %1 (%2 regions).</source>
        <translation type="unfinished">Vinculado a %1 (%2 regiones).</translation>
    </message>
    <message>
        <source>Charity key pinned: %1.</source>
        <translation type="unfinished">Clave de la organización fijada: %1.</translation>
    </message>
    <message>
        <source>Linking failed: %1.</source>
        <translation type="unfinished">La vinculación falló: %1.</translation>
    </message>
</context>
<context>
    <name>RoleNotice</name>
    <message>
        <source>Alarm: something protected was changed without the coordinator&apos;s key. It has been put back, and this is recorded in the audit log.</source>
        <translation type="unfinished">Alarma: algo protegido se cambió sin la clave del coordinador. Se ha restablecido y queda anotado en el registro de auditoría.</translation>
    </message>
    <message>
        <source>This passphrase acts as a worker in this session.</source>
        <translation type="unfinished">Esta frase de acceso actúa como trabajador en esta sesión.</translation>
    </message>
    <message>
        <source>Protected settings and roles are now sealed with the coordinator key.</source>
        <translation type="unfinished">Los ajustes y roles protegidos quedan ahora sellados con la clave de coordinador.</translation>
    </message>
    <message>
        <source>Review and retention settings are not sealed yet: the next coordinator unlock seals them.</source>
        <translation type="unfinished">Los ajustes de revisión y retención aún no están sellados: el próximo desbloqueo de un coordinador los sellará.</translation>
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
        <translation type="unfinished">guardar el incidente</translation>
    </message>
    <message>
        <source>Saved. This incident was shared, and the new version is not shared until the person confirms it. Close to leave the earlier version as it was.</source>
        <translation type="unfinished">Guardado. Este incidente se compartió, y la nueva versión no se comparte hasta que la persona la confirme. Cierra para dejar la versión anterior como estaba.</translation>
    </message>
    <message>
        <source>Incident saved.</source>
        <translation type="unfinished">Incidente guardado.</translation>
    </message>
    <message>
        <source>Incident saved. It stays on this device until consent is given.</source>
        <translation type="unfinished">Incidente guardado. Se queda en este dispositivo hasta que se dé el consentimiento.</translation>
    </message>
    <message>
        <source>Perpetrator %1: %2</source>
        <translation type="unfinished">Agresor %1: %2</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished">Ajustes</translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"> min</translation>
    </message>
    <message>
        <source>Lock after minutes without use</source>
        <translation type="unfinished">Bloquear tras minutos sin uso</translation>
    </message>
    <message>
        <source>Panic: %1 locks and hides the window at once.</source>
        <translation type="unfinished">Pánico: %1 bloquea y oculta la ventana al instante.</translation>
    </message>
    <message>
        <source>Locking</source>
        <translation type="unfinished">Bloqueo</translation>
    </message>
    <message>
        <source>Lock after &amp;idle:</source>
        <translation type="unfinished">Bloquear por &amp;inactividad:</translation>
    </message>
    <message>
        <source>A coordinator approves reports before they leave</source>
        <translation type="unfinished">Un coordinador aprueba los informes antes de que salgan</translation>
    </message>
    <message>
        <source>Review required</source>
        <translation type="unfinished">Revisión obligatoria</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation type="unfinished">Compartir</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished">Retención</translation>
    </message>
    <message>
        <source>Contact notes:</source>
        <translation type="unfinished">Notas de contacto:</translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"> meses</translation>
    </message>
    <message>
        <source>People (alias and notes):</source>
        <translation type="unfinished">Personas (alias y notas):</translation>
    </message>
    <message>
        <source>Incident descriptions:</source>
        <translation type="unfinished">Descripciones de incidentes:</translation>
    </message>
    <message>
        <source>Sent reports&apos; copies:</source>
        <translation type="unfinished">Copias de informes enviados:</translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"> días</translation>
    </message>
    <message>
        <source>Save retention</source>
        <translation type="unfinished">Guardar retención</translation>
    </message>
    <message>
        <source>Save the retention periods</source>
        <translation type="unfinished">Guardar los periodos de retención</translation>
    </message>
    <message>
        <source>Retention message</source>
        <translation type="unfinished">Mensaje de retención</translation>
    </message>
    <message>
        <source>Dark (low glare)</source>
        <translation type="unfinished">Oscuro (menos brillo)</translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished">Claro</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished">Tema</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation type="unfinished">El idioma del sistema</translation>
    </message>
    <message>
        <source>Language of the app</source>
        <translation type="unfinished">Idioma de la aplicación</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished">Apariencia</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished">&amp;Tema:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished">I&amp;dioma:</translation>
    </message>
    <message>
        <source>Contact line on the alerts handout</source>
        <translation type="unfinished">Línea de contacto en el folleto de alertas</translation>
    </message>
    <message>
        <source>e.g. Outreach van 07700 900123, Mon–Sat 8pm–2am</source>
        <translation type="unfinished">p. ej. Furgoneta Outreach 07700 900123, lun–sáb 20–2 h</translation>
    </message>
    <message>
        <source>Save contact line</source>
        <translation type="unfinished">Guardar línea de contacto</translation>
    </message>
    <message>
        <source>Save the contact line</source>
        <translation type="unfinished">Guardar la línea de contacto</translation>
    </message>
    <message>
        <source>Contact line message</source>
        <translation type="unfinished">Mensaje de la línea de contacto</translation>
    </message>
    <message>
        <source>Printed handout</source>
        <translation type="unfinished">Folleto impreso</translation>
    </message>
    <message>
        <source>&amp;Contact line:</source>
        <translation type="unfinished">Línea de &amp;contacto:</translation>
    </message>
    <message>
        <source>Not linked to a server.</source>
        <translation type="unfinished">No vinculado a un servidor.</translation>
    </message>
    <message>
        <source>Server link</source>
        <translation type="unfinished">Vínculo con el servidor</translation>
    </message>
    <message>
        <source>Link to a server…</source>
        <translation type="unfinished">Vincular a un servidor…</translation>
    </message>
    <message>
        <source>Link to a server</source>
        <translation type="unfinished">Vincular a un servidor</translation>
    </message>
    <message>
        <source>Charity server</source>
        <translation type="unfinished">Servidor de la organización</translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation type="unfinished">Cambiar la frase de acceso…</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation type="unfinished">Cambiar la frase de acceso</translation>
    </message>
    <message>
        <source>Back up…</source>
        <translation type="unfinished">Copia de seguridad…</translation>
    </message>
    <message>
        <source>Back up the vault</source>
        <translation type="unfinished">Hacer copia de seguridad de la bóveda</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation type="unfinished">Restaurar…</translation>
    </message>
    <message>
        <source>Restore the vault from a backup</source>
        <translation type="unfinished">Restaurar la bóveda desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Vault message</source>
        <translation type="unfinished">Mensaje de la bóveda</translation>
    </message>
    <message>
        <source>Passphrase and backups</source>
        <translation type="unfinished">Frase de acceso y copias de seguridad</translation>
    </message>
    <message>
        <source>Quick delete…</source>
        <translation type="unfinished">Borrado rápido…</translation>
    </message>
    <message>
        <source>Quick delete</source>
        <translation type="unfinished">Borrado rápido</translation>
    </message>
    <message>
        <source>Quick delete warning</source>
        <translation type="unfinished">Aviso de borrado rápido</translation>
    </message>
    <message>
        <source>Delete everything now</source>
        <translation type="unfinished">Borrar todo ahora</translation>
    </message>
    <message>
        <source>Confirm quick delete</source>
        <translation type="unfinished">Confirmar el borrado rápido</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Cancelar</translation>
    </message>
    <message>
        <source>Cancel quick delete</source>
        <translation type="unfinished">Cancelar el borrado rápido</translation>
    </message>
    <message>
        <source>Also destroy the files Outreach saved outside the vault (exports, backups, PDFs)</source>
        <translation type="unfinished">Destruir también sus archivos fuera de la bóveda (exportaciones, copias, PDF)</translation>
    </message>
    <message>
        <source>Destroys the key first, then every record on this laptop and the files Outreach saved outside the vault (exports, backups, PDFs) that are still where it saved them; it lists any it cannot reach. Copies you made elsewhere stay. It cannot be undone. Use it if the laptop is about to be taken. The lock screen offers it too, without the passphrase.</source>
        <translation type="unfinished">Destruye primero la clave, luego cada registro de este portátil y los archivos que Outreach guardó fuera de la bóveda (exportaciones, copias de seguridad, PDF) que siguen donde los guardó; lista los que no puede alcanzar. Las copias que hiciste en otro sitio se quedan. No se puede deshacer. Úsalo si van a llevarse el portátil. La pantalla de bloqueo también lo ofrece, sin la frase de acceso.</translation>
    </message>
    <message>
        <source>The new language is used when Outreach starts again.</source>
        <translation type="unfinished">El nuevo idioma se usa cuando Outreach vuelva a abrirse.</translation>
    </message>
    <message>
        <source>Contact line saved.</source>
        <translation type="unfinished">Línea de contacto guardada.</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation type="unfinished">No guardado.</translation>
    </message>
    <message>
        <source>Retention periods saved.</source>
        <translation type="unfinished">Periodos de retención guardados.</translation>
    </message>
    <message>
        <source>Only a coordinator can change the retention periods.</source>
        <translation type="unfinished">Solo un coordinador puede cambiar los periodos de retención.</translation>
    </message>
    <message>
        <source>The retention periods were not saved.</source>
        <translation type="unfinished">Los periodos de retención no se guardaron.</translation>
    </message>
    <message>
        <source>Only a coordinator can change the review setting.</source>
        <translation type="unfinished">Solo un coordinador puede cambiar el ajuste de revisión.</translation>
    </message>
    <message>
        <source>Outreach backups (*.obk)</source>
        <translation type="unfinished">Copias de seguridad de Outreach (*.obk)</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished">Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Counting reports that have not been sent…</source>
        <translation type="unfinished">Contando los informes no enviados…</translation>
    </message>
    <message>
        <source>Everything on this laptop will be destroyed and cannot be recovered.</source>
        <translation type="unfinished">Todo lo que hay en este portátil se destruirá y no se podrá recuperar.</translation>
    </message>
    <message>
        <source>All reports have been sent. Everything on this laptop will be destroyed.</source>
        <translation type="unfinished">Todos los informes se han enviado. Todo lo que hay en este portátil se destruirá.</translation>
    </message>
    <message numerus="yes">
        <source>Not yet sent to the charity: %n report(s). They will be lost. Everything on this laptop will be destroyed.</source>
        <translation type="unfinished">
            <numerusform>Aún sin enviar a la organización: %n informe. Se perderá. Todo lo que hay en este portátil se destruirá.</numerusform>
            <numerusform>Aún sin enviar a la organización: %n informes. Se perderán. Todo lo que hay en este portátil se destruirá.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleting everything in %n second(s). Press Cancel to stop.</source>
        <translation type="unfinished">
            <numerusform>Se borrará todo en %n segundo. Pulsa Cancelar para detenerlo.</numerusform>
            <numerusform>Se borrará todo en %n segundos. Pulsa Cancelar para detenerlo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SharingFlow</name>
    <message>
        <source>the area “%1” has no server region yet</source>
        <translation type="unfinished">el área «%1» aún no tiene región en el servidor</translation>
    </message>
    <message>
        <source>it has no area</source>
        <translation type="unfinished">no tiene área</translation>
    </message>
    <message>
        <source>Saved, but not shareable: %1, so a report cannot be sent and no consent was asked. Choose an area, or set the area&apos;s region in Settings → Areas (or `outreach area set-region`), then open the incident again to share it.</source>
        <translation type="unfinished">Guardado, pero no se puede compartir: %1, así que no se puede enviar un informe y no se pidió consentimiento. Elige un área o asigna la región del área en Ajustes → Áreas (o `outreach area set-region`), y luego abre de nuevo el incidente para compartirlo.</translation>
    </message>
    <message>
        <source>check the area</source>
        <translation type="unfinished">comprobar el área</translation>
    </message>
    <message>
        <source>load the consent</source>
        <translation type="unfinished">cargar el consentimiento</translation>
    </message>
    <message>
        <source>Type the initials of the worker recording consent.</source>
        <translation type="unfinished">Escribe las iniciales de quien registra el consentimiento.</translation>
    </message>
    <message>
        <source>record consent</source>
        <translation type="unfinished">registrar el consentimiento</translation>
    </message>
    <message>
        <source>Nothing will be shared. The incident stays on this device.</source>
        <translation type="unfinished">No se compartirá nada. El incidente se queda en este dispositivo.</translation>
    </message>
    <message>
        <source>prepare the preview</source>
        <translation type="unfinished">preparar la vista previa</translation>
    </message>
    <message>
        <source>Removed. This incident was shared, so the new version needs the person&apos;s confirmation before it is sealed.</source>
        <translation type="unfinished">Quitado. Este incidente se compartió, así que la nueva versión necesita la confirmación de la persona antes de sellarse.</translation>
    </message>
    <message>
        <source>remove it</source>
        <translation type="unfinished">quitarlo</translation>
    </message>
    <message>
        <source>Sealed. A coordinator reviews it before it is sent.</source>
        <translation type="unfinished">Sellado. Un coordinador lo revisa antes de enviarlo.</translation>
    </message>
    <message>
        <source>Sealed and queued: it is sent at a random time within the next 15 minutes, so the sending does not show when it was written. Sync now on Review &amp; sync sends it at once.</source>
        <translation type="unfinished">Sellado y en cola: se envía en un momento aleatorio en los próximos 15 minutos, para que el envío no revele cuándo se escribió. «Sincronizar ahora» en la página Revisar y enviar lo envía al momento.</translation>
    </message>
    <message>
        <source>It replaces the version sent earlier.</source>
        <translation type="unfinished">Sustituye a la versión enviada antes.</translation>
    </message>
    <message>
        <source>seal the report</source>
        <translation type="unfinished">sellar el informe</translation>
    </message>
    <message>
        <source>Print the withdrawal slip</source>
        <translation type="unfinished">Imprimir el resguardo de retirada</translation>
    </message>
    <message>
        <source>Slip saved as a PDF.</source>
        <translation type="unfinished">Resguardo guardado como PDF.</translation>
    </message>
    <message>
        <source>The slip could not be saved.</source>
        <translation type="unfinished">No se pudo guardar el resguardo.</translation>
    </message>
    <message>
        <source>The slip could not be printed.</source>
        <translation type="unfinished">No se pudo imprimir el resguardo.</translation>
    </message>
    <message>
        <source>Slip sent to the printer.</source>
        <translation type="unfinished">Resguardo enviado a la impresora.</translation>
    </message>
</context>
<context>
    <name>SharingSteps</name>
    <message>
        <source>night</source>
        <translation type="unfinished">noche</translation>
    </message>
    <message>
        <source>morning</source>
        <translation type="unfinished">mañana</translation>
    </message>
    <message>
        <source>afternoon</source>
        <translation type="unfinished">tarde</translation>
    </message>
    <message>
        <source>evening</source>
        <translation type="unfinished">anochecer</translation>
    </message>
    <message>
        <source>Format version</source>
        <translation type="unfinished">Versión del formato</translation>
    </message>
    <message>
        <source>Report number (random; not linked to this device or the person)</source>
        <translation type="unfinished">Número de informe (aleatorio; sin relación con este dispositivo ni con la persona)</translation>
    </message>
    <message>
        <source>Replaces the earlier report</source>
        <translation type="unfinished">Sustituye al informe anterior</translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished">Región</translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished">Fecha</translation>
    </message>
    <message>
        <source>Part of the day</source>
        <translation type="unfinished">Parte del día</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished">Qué pasó</translation>
    </message>
    <message>
        <source>Withdrawal check (a one-way fingerprint of the code, not the code)</source>
        <translation type="unfinished">Comprobación de retirada (una huella unidireccional del código, no el código)</translation>
    </message>
    <message>
        <source>Perpetrator</source>
        <translation type="unfinished">Agresor</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation type="unfinished">Vehículo</translation>
    </message>
    <message>
        <source>Weapon used</source>
        <translation type="unfinished">Se usó un arma</translation>
    </message>
    <message>
        <source>Summary (names and numbers taken out)</source>
        <translation type="unfinished">Resumen (sin nombres ni números)</translation>
    </message>
    <message>
        <source>Age band of the person</source>
        <translation type="unfinished">Franja de edad de la persona</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished">Género</translation>
    </message>
    <message>
        <source>Hurt</source>
        <translation type="unfinished">Herida</translation>
    </message>
    <message>
        <source>How badly hurt</source>
        <translation type="unfinished">Gravedad de la lesión</translation>
    </message>
    <message>
        <source>Police already told</source>
        <translation type="unfinished">La policía ya está avisada</translation>
    </message>
    <message>
        <source>Wants police contact through the outreach project</source>
        <translation type="unfinished">Quiere contacto con la policía a través del proyecto</translation>
    </message>
    <message>
        <source>Age from</source>
        <translation type="unfinished">Edad desde</translation>
    </message>
    <message>
        <source>Age to</source>
        <translation type="unfinished">Edad hasta</translation>
    </message>
    <message>
        <source>Height</source>
        <translation type="unfinished">Estatura</translation>
    </message>
    <message>
        <source>Build</source>
        <translation type="unfinished">Complexión</translation>
    </message>
    <message>
        <source>Ethnicity (as described)</source>
        <translation type="unfinished">Origen étnico (según la descripción)</translation>
    </message>
    <message>
        <source>Hair</source>
        <translation type="unfinished">Pelo</translation>
    </message>
    <message>
        <source>Distinguishing features</source>
        <translation type="unfinished">Rasgos distintivos</translation>
    </message>
    <message>
        <source>Clothing</source>
        <translation type="unfinished">Ropa</translation>
    </message>
    <message>
        <source>Name used</source>
        <translation type="unfinished">Nombre usado</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation type="unfinished">Números de teléfono</translation>
    </message>
    <message>
        <source>E-mail addresses</source>
        <translation type="unfinished">Correos electrónicos</translation>
    </message>
    <message>
        <source>Online names</source>
        <translation type="unfinished">Nombres en línea</translation>
    </message>
    <message>
        <source>Website or app</source>
        <translation type="unfinished">Web o aplicación</translation>
    </message>
    <message>
        <source>Make</source>
        <translation type="unfinished">Marca</translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished">Modelo</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished">Color</translation>
    </message>
    <message>
        <source>Registration plate</source>
        <translation type="unfinished">Matrícula</translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished">sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished">no</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation type="unfinished">de %1 a %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished">desde %1</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation type="unfinished">hasta %1</translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished">Edad</translation>
    </message>
    <message>
        <source>Sent to the charity:</source>
        <translation type="unfinished">Enviado a la organización:</translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation type="unfinished">Para: %1</translation>
    </message>
    <message>
        <source>(only that this purpose was agreed)</source>
        <translation type="unfinished">(solo que se aceptó esta finalidad)</translation>
    </message>
    <message>
        <source>Nothing else leaves this device.</source>
        <translation type="unfinished">Nada más sale de este dispositivo.</translation>
    </message>
    <message>
        <source>a name or a place?</source>
        <translation type="unfinished">¿un nombre o un lugar?</translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished">un número</translation>
    </message>
    <message>
        <source>an address or online name (has @)</source>
        <translation type="unfinished">una dirección o nombre en línea (tiene @)</translation>
    </message>
    <message>
        <source>comes after lives, works, at or flat: a place?</source>
        <translation type="unfinished">va después de «vive», «trabaja», «en» o «piso»: ¿un lugar?</translation>
    </message>
    <message>
        <source>height</source>
        <translation type="unfinished">estatura</translation>
    </message>
    <message>
        <source>ethnicity as described</source>
        <translation type="unfinished">origen étnico según la descripción</translation>
    </message>
    <message>
        <source>hair</source>
        <translation type="unfinished">pelo</translation>
    </message>
    <message>
        <source>distinguishing features</source>
        <translation type="unfinished">rasgos distintivos</translation>
    </message>
    <message>
        <source>clothing</source>
        <translation type="unfinished">ropa</translation>
    </message>
    <message>
        <source>name used</source>
        <translation type="unfinished">nombre usado</translation>
    </message>
    <message>
        <source>website or app</source>
        <translation type="unfinished">web o aplicación</translation>
    </message>
    <message>
        <source>make</source>
        <translation type="unfinished">marca</translation>
    </message>
    <message>
        <source>model</source>
        <translation type="unfinished">modelo</translation>
    </message>
    <message>
        <source>colour</source>
        <translation type="unfinished">color</translation>
    </message>
    <message>
        <source>the summary</source>
        <translation type="unfinished">el resumen</translation>
    </message>
    <message>
        <source>perpetrator %1</source>
        <translation type="unfinished">agresor %1</translation>
    </message>
    <message>
        <source>vehicle %1</source>
        <translation type="unfinished">vehículo %1</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished">en %1</translation>
    </message>
    <message>
        <source>Might identify: %1 (%2), in %3</source>
        <translation type="unfinished">Podría identificar: %1 (%2), en %3</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished">Mantener</translation>
    </message>
    <message>
        <source>Keep: %1</source>
        <translation type="unfinished">Mantener: %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished">Quitar</translation>
    </message>
    <message>
        <source>Remove from %1: %2</source>
        <translation type="unfinished">Quitar de %1: %2</translation>
    </message>
</context>
<context>
    <name>ShiftPage</name>
    <message>
        <source>Shift</source>
        <translation type="unfinished">Turno</translation>
    </message>
    <message>
        <source>No shift running.</source>
        <translation type="unfinished">No hay ningún turno en marcha.</translation>
    </message>
    <message>
        <source>Shift state</source>
        <translation type="unfinished">Estado del turno</translation>
    </message>
    <message>
        <source>Area (pick one or type a new one)</source>
        <translation type="unfinished">Área (elige una o escribe una nueva)</translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished">Área</translation>
    </message>
    <message>
        <source>Shift mode</source>
        <translation type="unfinished">Modalidad del turno</translation>
    </message>
    <message>
        <source>Staff initials</source>
        <translation type="unfinished">Iniciales del equipo</translation>
    </message>
    <message>
        <source>e.g. AB, CD</source>
        <translation type="unfinished">p. ej. AB, CD</translation>
    </message>
    <message>
        <source>&amp;Start shift</source>
        <translation type="unfinished">&amp;Empezar turno</translation>
    </message>
    <message>
        <source>Start shift</source>
        <translation type="unfinished">Empezar turno</translation>
    </message>
    <message>
        <source>E&amp;nd shift</source>
        <translation type="unfinished">&amp;Terminar turno</translation>
    </message>
    <message>
        <source>End shift</source>
        <translation type="unfinished">Terminar turno</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation type="unfinished">Á&amp;rea:</translation>
    </message>
    <message>
        <source>M&amp;ode:</source>
        <translation type="unfinished">&amp;Modalidad:</translation>
    </message>
    <message>
        <source>Server region of the new area</source>
        <translation type="unfinished">Región del servidor del área nueva</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation type="unfinished">Re&amp;gión:</translation>
    </message>
    <message>
        <source>&amp;Initials:</source>
        <translation type="unfinished">&amp;Iniciales:</translation>
    </message>
    <message>
        <source>Quick contact (Enter saves)</source>
        <translation type="unfinished">Contacto rápido (Intro guarda)</translation>
    </message>
    <message>
        <source>Quick contact</source>
        <translation type="unfinished">Contacto rápido</translation>
    </message>
    <message>
        <source>Alias (leave empty for an anonymous contact)</source>
        <translation type="unfinished">Alias (déjalo vacío para un contacto anónimo)</translation>
    </message>
    <message>
        <source>Alias, or leave empty</source>
        <translation type="unfinished">Alias, o déjalo vacío</translation>
    </message>
    <message>
        <source>How the contact happened</source>
        <translation type="unfinished">Cómo fue el contacto</translation>
    </message>
    <message>
        <source>%1 handed out</source>
        <translation type="unfinished">%1 entregado(s)</translation>
    </message>
    <message>
        <source>Referred to %1</source>
        <translation type="unfinished">Derivado a %1</translation>
    </message>
    <message>
        <source>Note (stays on this device)</source>
        <translation type="unfinished">Nota (se queda en este dispositivo)</translation>
    </message>
    <message>
        <source>A short note (stays on this device)</source>
        <translation type="unfinished">Una nota breve (se queda en este dispositivo)</translation>
    </message>
    <message>
        <source>Save contact</source>
        <translation type="unfinished">Guardar contacto</translation>
    </message>
    <message>
        <source>Quick contact message</source>
        <translation type="unfinished">Mensaje de contacto rápido</translation>
    </message>
    <message>
        <source>A&amp;lias:</source>
        <translation type="unfinished">A&amp;lias:</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation type="unfinished">C&amp;ómo:</translation>
    </message>
    <message>
        <source>Supplies:</source>
        <translation type="unfinished">Material:</translation>
    </message>
    <message>
        <source>Referrals:</source>
        <translation type="unfinished">Derivaciones:</translation>
    </message>
    <message>
        <source>No&amp;te:</source>
        <translation type="unfinished">N&amp;ota:</translation>
    </message>
    <message>
        <source>Shift tally</source>
        <translation type="unfinished">Recuento del turno</translation>
    </message>
    <message>
        <source>This shift&apos;s contacts (Enter edits the selected one)</source>
        <translation type="unfinished">Contactos de este turno (Intro edita el seleccionado)</translation>
    </message>
    <message>
        <source>&amp;Undo last contact</source>
        <translation type="unfinished">&amp;Deshacer el último contacto</translation>
    </message>
    <message>
        <source>Undo the last contact saved here (Ctrl+Z)</source>
        <translation type="unfinished">Deshacer el último contacto guardado aquí (Ctrl+Z)</translation>
    </message>
    <message>
        <source>This shift so far</source>
        <translation type="unfinished">Este turno hasta ahora</translation>
    </message>
    <message>
        <source>load the shift</source>
        <translation type="unfinished">cargar el turno</translation>
    </message>
    <message>
        <source>No region (not shareable)</source>
        <translation type="unfinished">Sin región (no compartible)</translation>
    </message>
    <message>
        <source>A contact you had started before the lock was restored.</source>
        <translation type="unfinished">Se restauró un contacto que habías empezado antes del bloqueo.</translation>
    </message>
    <message>
        <source>No shift running. Contacts can still be logged.</source>
        <translation type="unfinished">No hay ningún turno en marcha. Aun así se pueden registrar contactos.</translation>
    </message>
    <message>
        <source>Shift running since %1 — %2, %3, %4</source>
        <translation type="unfinished">Turno en marcha desde %1 — %2, %3, %4</translation>
    </message>
    <message>
        <source>no area</source>
        <translation type="unfinished">sin área</translation>
    </message>
    <message>
        <source>%1 contacts</source>
        <translation type="unfinished">%1 contactos</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation type="unfinished">%1 personas</translation>
    </message>
    <message>
        <source>%1 referrals</source>
        <translation type="unfinished">%1 derivaciones</translation>
    </message>
    <message>
        <source>Type the staff initials to start a shift.</source>
        <translation type="unfinished">Escribe las iniciales del equipo para empezar un turno.</translation>
    </message>
    <message>
        <source>start the shift</source>
        <translation type="unfinished">empezar el turno</translation>
    </message>
    <message>
        <source>Shift ended.</source>
        <translation type="unfinished">Turno terminado.</translation>
    </message>
    <message>
        <source>end the shift</source>
        <translation type="unfinished">terminar el turno</translation>
    </message>
    <message>
        <source>Nothing to save: type an alias, a note, supplies or a referral first.</source>
        <translation type="unfinished">Nada que guardar: escribe primero un alias, una nota, material o una derivación.</translation>
    </message>
    <message>
        <source>save the contact</source>
        <translation type="unfinished">guardar el contacto</translation>
    </message>
    <message>
        <source>Saved. %1 contacts this shift.</source>
        <translation type="unfinished">Guardado. %1 contactos en este turno.</translation>
    </message>
    <message>
        <source>Saved (no shift running).</source>
        <translation type="unfinished">Guardado (ningún turno en marcha).</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation type="unfinished">anónimo</translation>
    </message>
    <message>
        <source>That contact was already deleted.</source>
        <translation type="unfinished">Ese contacto ya se había borrado.</translation>
    </message>
    <message>
        <source>Contact removed. Its details are back in the form.</source>
        <translation type="unfinished">Contacto quitado. Sus datos vuelven a estar en el formulario.</translation>
    </message>
    <message>
        <source>undo the contact</source>
        <translation type="unfinished">deshacer el contacto</translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <source>Statistics</source>
        <translation type="unfinished">Estadísticas</translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished">Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished">Hasta</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished">&amp;Mostrar</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished">Exportar &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation type="unfinished">Exportar &amp;PDF…</translation>
    </message>
    <message>
        <source>Statistics status</source>
        <translation type="unfinished">Estado de las estadísticas</translation>
    </message>
    <message>
        <source>Contacts by month and area</source>
        <translation type="unfinished">Contactos por mes y área</translation>
    </message>
    <message>
        <source>Contacts by month and shift mode</source>
        <translation type="unfinished">Contactos por mes y modalidad de turno</translation>
    </message>
    <message>
        <source>Contacts by week</source>
        <translation type="unfinished">Contactos por semana</translation>
    </message>
    <message>
        <source>Unique people seen by month</source>
        <translation type="unfinished">Personas distintas atendidas por mes</translation>
    </message>
    <message>
        <source>Supplies by month and kind</source>
        <translation type="unfinished">Material por mes y tipo</translation>
    </message>
    <message>
        <source>Referrals by month and kind</source>
        <translation type="unfinished">Derivaciones por mes y tipo</translation>
    </message>
    <message>
        <source>Incidents by month and type</source>
        <translation type="unfinished">Incidentes por mes y tipo</translation>
    </message>
    <message>
        <source>Reports shared and withdrawn</source>
        <translation type="unfinished">Informes compartidos y retirados</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished">Contactos</translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished">Personas</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation type="unfinished">Compartidos</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished">Retirado</translation>
    </message>
    <message>
        <source>%1 contacts, %2 people seen, %3 incidents in this period.</source>
        <translation type="unfinished">%1 contactos, %2 personas atendidas, %3 incidentes en este periodo.</translation>
    </message>
    <message>
        <source>No shift</source>
        <translation type="unfinished">Sin turno</translation>
    </message>
    <message>
        <source>Exporting the statistics…</source>
        <translation type="unfinished">Exportando las estadísticas…</translation>
    </message>
    <message>
        <source>Exported %1 tables to %2 (%3 small counts hidden).</source>
        <translation type="unfinished">Se exportaron %1 tablas a %2 (%3 recuentos pequeños ocultos).</translation>
    </message>
    <message>
        <source>Export cancelled. Nothing was written.</source>
        <translation type="unfinished">Exportación cancelada. No se escribió nada.</translation>
    </message>
    <message>
        <source>That did not work.</source>
        <translation type="unfinished">Eso no funcionó.</translation>
    </message>
    <message>
        <source>Export statistics</source>
        <translation type="unfinished">Exportar estadísticas</translation>
    </message>
</context>
<context>
    <name>StoryStep</name>
    <message>
        <source>What happened, in their words (stays on this device)</source>
        <translation type="unfinished">Qué pasó, en sus palabras (se queda en este dispositivo)</translation>
    </message>
    <message>
        <source>Alert summary (written for sharing)</source>
        <translation type="unfinished">Resumen de la alerta (escrito para compartir)</translation>
    </message>
    <message>
        <source>What happened, in their words — stays on this device:</source>
        <translation type="unfinished">Qué pasó, en sus palabras — se queda en este dispositivo:</translation>
    </message>
    <message>
        <source>Alert summary — written for sharing:</source>
        <translation type="unfinished">Resumen de la alerta — escrito para compartir:</translation>
    </message>
    <message>
        <source>Write it for other sex workers to read. Names, numbers, addresses and plates are taken out automatically; check the preview before anything is sealed.</source>
        <translation type="unfinished">Escríbelo para que lo lean otras trabajadoras sexuales. Los nombres, números, direcciones y matrículas se quitan automáticamente; revisa la vista previa antes de sellar nada.</translation>
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
        <translation type="unfinished">Correo electrónico</translation>
    </message>
    <message>
        <source>Sign someone up for warnings</source>
        <translation type="unfinished">Dar de alta a alguien para recibir avisos</translation>
    </message>
    <message>
        <source>Their number or address</source>
        <translation type="unfinished">Su número o dirección</translation>
    </message>
    <message>
        <source>Language of their messages</source>
        <translation type="unfinished">Idioma de sus mensajes</translation>
    </message>
    <message>
        <source>Discreet wording (nothing on a lock screen gives it away)</source>
        <translation type="unfinished">Texto discreto (nada en la pantalla de bloqueo lo delata)</translation>
    </message>
    <message>
        <source>They agreed to get these messages</source>
        <translation type="unfinished">Aceptó recibir estos mensajes</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Estado</translation>
    </message>
    <message>
        <source>&amp;Sign up</source>
        <translation type="unfinished">&amp;Dar de alta</translation>
    </message>
    <message>
        <source>Send the sign-up to the server</source>
        <translation type="unfinished">Enviar el alta al servidor</translation>
    </message>
    <message>
        <source>Send by:</source>
        <translation type="unfinished">Enviar por:</translation>
    </message>
    <message>
        <source>Number or address:</source>
        <translation type="unfinished">Número o dirección:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished">Idioma:</translation>
    </message>
    <message>
        <source>Areas:</source>
        <translation type="unfinished">Áreas:</translation>
    </message>
    <message>
        <source>The address goes straight to the charity&apos;s server; it is not kept here.</source>
        <translation type="unfinished">La dirección va directamente al servidor de la organización; no se guarda aquí.</translation>
    </message>
    <message>
        <source>Tick that they agreed first. Nothing was sent.</source>
        <translation type="unfinished">Marca primero que aceptó. No se envió nada.</translation>
    </message>
    <message>
        <source>Pick at least one area. Nothing was sent.</source>
        <translation type="unfinished">Elige al menos un área. No se envió nada.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished">Enviando…</translation>
    </message>
    <message>
        <source>Signed up: they will get a welcome message with a link to stop.</source>
        <translation type="unfinished">Alta hecha: recibirá un mensaje de bienvenida con un enlace para darse de baja.</translation>
    </message>
</context>
<context>
    <name>SyncBridge</name>
    <message numerus="yes">
        <source>%n new or updated alert(s).</source>
        <translation type="unfinished">
            <numerusform>%n alerta nueva o actualizada.</numerusform>
            <numerusform>%n alertas nuevas o actualizadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not linked to a server.</source>
        <translation type="unfinished">No vinculado a un servidor.</translation>
    </message>
    <message>
        <source>This laptop must be linked again: %1</source>
        <translation type="unfinished">Hay que volver a vincular este portátil: %1</translation>
    </message>
    <message>
        <source>Linked to %1 at %2.</source>
        <translation type="unfinished">Vinculado a %1 a las %2.</translation>
    </message>
    <message>
        <source>an organisation</source>
        <translation type="unfinished">una organización</translation>
    </message>
</context>
<context>
    <name>TaskProgress</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Cancelar</translation>
    </message>
    <message>
        <source>Outreach</source>
        <translation type="unfinished">Outreach</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished">Cancelando…</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>Outreach is locked</source>
        <translation type="unfinished">Outreach está bloqueado</translation>
    </message>
    <message>
        <source>Enter your passphrase to open the records.</source>
        <translation type="unfinished">Escribe tu frase de acceso para abrir los registros.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished">Frase de acceso</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished">&amp;Desbloquear</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished">Desbloquear</translation>
    </message>
    <message>
        <source>Unlock message</source>
        <translation type="unfinished">Mensaje de desbloqueo</translation>
    </message>
    <message>
        <source>Time until the next attempt</source>
        <translation type="unfinished">Tiempo hasta el próximo intento</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation type="unfinished">Escribe primero tu frase de acceso.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation type="unfinished">Desbloqueando…</translation>
    </message>
    <message numerus="yes">
        <source>You can try again in %n second(s).</source>
        <translation type="unfinished">
            <numerusform>Puedes volver a intentarlo en %n segundo.</numerusform>
            <numerusform>Puedes volver a intentarlo en %n segundos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VaultActions</name>
    <message>
        <source>Changing the passphrase…</source>
        <translation type="unfinished">Cambiando la frase de acceso…</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation type="unfinished">Se cambió la frase de acceso.</translation>
    </message>
    <message>
        <source>The passphrase was not changed: %1</source>
        <translation type="unfinished">No se cambió la frase de acceso: %1</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation type="unfinished">Escribiendo la copia de seguridad…</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation type="unfinished">La copia de seguridad falló: %1</translation>
    </message>
    <message>
        <source>Backup written. It is encrypted with the current passphrase.</source>
        <translation type="unfinished">Copia de seguridad escrita. Está cifrada con la frase de acceso actual.</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished">Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Outreach backups (*.obk)</source>
        <translation type="unfinished">Copias de seguridad de Outreach (*.obk)</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation type="unfinished">Restaurando la copia de seguridad…</translation>
    </message>
    <message>
        <source>The backup was restored. Unlock it with its passphrase.</source>
        <translation type="unfinished">Se restauró la copia de seguridad. Desbloquéala con su frase de acceso.</translation>
    </message>
    <message>
        <source>The backup was not restored: %1</source>
        <translation type="unfinished">No se restauró la copia de seguridad: %1</translation>
    </message>
    <message>
        <source>Files Outreach saved outside the vault (exports, backups, PDFs) were not looked for: their list is inside the vault, and it was not unlocked since Outreach started. Delete them yourself.</source>
        <translation type="unfinished">No se buscaron los archivos que Outreach guardó fuera de la bóveda (exportaciones, copias de seguridad, PDF): su lista está dentro de la bóveda, y no se ha desbloqueado desde que Outreach se inició. Bórralos tú.</translation>
    </message>
    <message numerus="yes">
        <source>Also destroyed: %n file(s) saved outside the vault.</source>
        <translation type="unfinished">
            <numerusform>También se destruyó %n archivo guardado fuera de la bóveda.</numerusform>
            <numerusform>También se destruyeron %n archivos guardados fuera de la bóveda.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not destroy %1: %2.</source>
        <translation type="unfinished">No se pudo destruir %1: %2.</translation>
    </message>
    <message>
        <source>Quick delete did not finish: %1</source>
        <translation type="unfinished">El borrado rápido no terminó: %1</translation>
    </message>
</context>
<context>
    <name>VehicleEditor</name>
    <message>
        <source>Make</source>
        <translation type="unfinished">Marca</translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished">Modelo</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished">Color</translation>
    </message>
    <message>
        <source>Registration plate (part is fine)</source>
        <translation type="unfinished">Matrícula (vale una parte)</translation>
    </message>
    <message>
        <source>Vehicle: %1</source>
        <translation type="unfinished">Vehículo: %1</translation>
    </message>
</context>
<context>
    <name>WhatStep</name>
    <message>
        <source>What happened (tick all that apply)</source>
        <translation type="unfinished">Qué pasó (marca todo lo que corresponda)</translation>
    </message>
    <message>
        <source>Alias of the person harmed (empty: not recorded)</source>
        <translation type="unfinished">Alias de la persona agredida (vacío: no registrado)</translation>
    </message>
    <message>
        <source>Age band of the person</source>
        <translation type="unfinished">Franja de edad de la persona</translation>
    </message>
    <message>
        <source>Gender of the person</source>
        <translation type="unfinished">Género de la persona</translation>
    </message>
    <message>
        <source>Worker initials</source>
        <translation type="unfinished">Iniciales de quien atiende</translation>
    </message>
    <message>
        <source>Injury</source>
        <translation type="unfinished">Lesión</translation>
    </message>
    <message>
        <source>Injury notes (stay on this device)</source>
        <translation type="unfinished">Notas sobre lesiones (se quedan en este dispositivo)</translation>
    </message>
    <message>
        <source>A weapon was used</source>
        <translation type="unfinished">Se usó un arma</translation>
    </message>
    <message>
        <source>Weapon (stays on this device)</source>
        <translation type="unfinished">Arma (se queda en este dispositivo)</translation>
    </message>
    <message>
        <source>The police have already been told</source>
        <translation type="unfinished">La policía ya está avisada</translation>
    </message>
    <message>
        <source>A&amp;lias:</source>
        <translation type="unfinished">A&amp;lias:</translation>
    </message>
    <message>
        <source>Age band, gender:</source>
        <translation type="unfinished">Franja de edad, género:</translation>
    </message>
    <message>
        <source>Worker &amp;initials:</source>
        <translation type="unfinished">&amp;Iniciales de quien atiende:</translation>
    </message>
    <message>
        <source>In&amp;jury:</source>
        <translation type="unfinished">Le&amp;sión:</translation>
    </message>
    <message>
        <source>Injury notes (stay here):</source>
        <translation type="unfinished">Notas sobre lesiones (se quedan aquí):</translation>
    </message>
</context>
<context>
    <name>WhenStep</name>
    <message>
        <source>When it happened</source>
        <translation type="unfinished">Cuándo pasó</translation>
    </message>
    <message>
        <source>&amp;Approximately</source>
        <translation type="unfinished">&amp;Aproximadamente</translation>
    </message>
    <message>
        <source>The time is approximate</source>
        <translation type="unfinished">La hora es aproximada</translation>
    </message>
    <message>
        <source>How well the time is known</source>
        <translation type="unfinished">Cuánto se sabe de la hora</translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished">Área</translation>
    </message>
    <message>
        <source>Where exactly (stays on this device)</source>
        <translation type="unfinished">Dónde exactamente (se queda en este dispositivo)</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation type="unfinished">&amp;Cuándo:</translation>
    </message>
    <message>
        <source>A&amp;rea:</source>
        <translation type="unfinished">Á&amp;rea:</translation>
    </message>
    <message>
        <source>Where exactly
(stays on this device):</source>
        <translation type="unfinished">Dónde exactamente
(se queda en este dispositivo):</translation>
    </message>
    <message>
        <source>No area</source>
        <translation type="unfinished">Sin área</translation>
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
        <translation type="unfinished">Vehículo</translation>
    </message>
    <message>
        <source>Perpetrators</source>
        <translation type="unfinished">Agresores</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation type="unfinished">Vehículos</translation>
    </message>
</context>
</TS>
