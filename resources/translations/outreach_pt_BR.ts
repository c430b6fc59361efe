<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AlertModels</name>
    <message>
        <source>aged %1-%2</source>
        <translation type="unfinished">com %1-%2 anos</translation>
    </message>
    <message>
        <source>uses the name %1</source>
        <translation type="unfinished">usa o nome %1</translation>
    </message>
    <message>
        <source>phone %1</source>
        <translation type="unfinished">telefone %1</translation>
    </message>
    <message>
        <source>e-mail %1</source>
        <translation type="unfinished">e-mail %1</translation>
    </message>
    <message>
        <source>online %1</source>
        <translation type="unfinished">on-line %1</translation>
    </message>
    <message>
        <source>plate %1</source>
        <translation type="unfinished">placa %1</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished">Emitido</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation type="unfinished">Alerta</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished">O que aconteceu</translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished">Região</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished">Válido até</translation>
    </message>
    <message>
        <source>NEW: </source>
        <translation type="unfinished">NOVO: </translation>
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
        <translation type="unfinished">Quando os alertas foram buscados pela última vez</translation>
    </message>
    <message>
        <source>Show alerts for area</source>
        <translation type="unfinished">Mostrar alertas da área</translation>
    </message>
    <message>
        <source>&amp;Save handout as PDF…</source>
        <translation type="unfinished">&amp;Salvar folheto como PDF…</translation>
    </message>
    <message>
        <source>Save the alerts handout as PDF</source>
        <translation type="unfinished">Salvar o folheto de alertas como PDF</translation>
    </message>
    <message>
        <source>&amp;Print handout…</source>
        <translation type="unfinished">&amp;Imprimir folheto…</translation>
    </message>
    <message>
        <source>Print the alerts handout</source>
        <translation type="unfinished">Imprimir o folheto de alertas</translation>
    </message>
    <message>
        <source>Sign &amp;up for warnings…</source>
        <translation type="unfinished">Inscrever para &amp;avisos…</translation>
    </message>
    <message>
        <source>Sign a person up to get warnings themselves</source>
        <translation type="unfinished">Inscrever uma pessoa para ela mesma receber avisos</translation>
    </message>
    <message>
        <source>Language of the handout</source>
        <translation type="unfinished">Idioma do folheto</translation>
    </message>
    <message>
        <source>Second language printed beside it</source>
        <translation type="unfinished">Segundo idioma impresso ao lado</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished">(nenhum)</translation>
    </message>
    <message>
        <source>Current alerts</source>
        <translation type="unfinished">Alertas atuais</translation>
    </message>
    <message>
        <source>Selected alert</source>
        <translation type="unfinished">Alerta selecionado</translation>
    </message>
    <message>
        <source>Alerts message</source>
        <translation type="unfinished">Mensagem dos alertas</translation>
    </message>
    <message>
        <source>Alerts refused for a bad signature</source>
        <translation type="unfinished">Alertas recusados por assinatura inválida</translation>
    </message>
    <message>
        <source>Check a phone number, plate, e-mail address or online name</source>
        <translation type="unfinished">Verificar um número de telefone, placa, endereço de e-mail ou nome on-line</translation>
    </message>
    <message>
        <source>Check a phone number, plate, e-mail or online name (any format)</source>
        <translation type="unfinished">Verificar um número de telefone, placa, e-mail ou nome on-line (qualquer formato)</translation>
    </message>
    <message>
        <source>Chec&amp;k</source>
        <translation type="unfinished">&amp;Verificar</translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished">Verificar</translation>
    </message>
    <message>
        <source>Check results</source>
        <translation type="unfinished">Resultados da verificação</translation>
    </message>
    <message>
        <source>Page message</source>
        <translation type="unfinished">Mensagem da página</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation type="unfinished">Á&amp;rea:</translation>
    </message>
    <message>
        <source>Handout in &amp;language:</source>
        <translation type="unfinished">&amp;Folheto em idioma:</translation>
    </message>
    <message>
        <source>side by side &amp;with:</source>
        <translation type="unfinished">lado a lado &amp;com:</translation>
    </message>
    <message>
        <source>CHECK before meeting someone:</source>
        <translation type="unfinished">VERIFIQUE antes de encontrar alguém:</translation>
    </message>
    <message>
        <source>load the alerts</source>
        <translation type="unfinished">carregar os alertas</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation type="unfinished">Todas as áreas</translation>
    </message>
    <message>
        <source>Last fetched %1</source>
        <translation type="unfinished">Última busca: %1</translation>
    </message>
    <message>
        <source>Never fetched</source>
        <translation type="unfinished">Nunca buscados</translation>
    </message>
    <message>
        <source>save the handout languages</source>
        <translation type="unfinished">salvar os idiomas do folheto</translation>
    </message>
    <message>
        <source>No current alerts for this area.</source>
        <translation type="unfinished">Nenhum alerta atual para esta área.</translation>
    </message>
    <message numerus="yes">
        <source>%n current alert(s), newest first.</source>
        <translation type="unfinished">
            <numerusform>%n alerta atual, os mais novos primeiro.</numerusform>
            <numerusform>%n alertas atuais, os mais novos primeiro.</numerusform>
        </translation>
    </message>
    <message>
        <source>Alert</source>
        <translation type="unfinished">Alerta</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished">Emitido</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished">Válido até</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished">O que aconteceu</translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished">Detalhes</translation>
    </message>
    <message>
        <source>Perpetrators</source>
        <translation type="unfinished">Agressores</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation type="unfinished">Veículos</translation>
    </message>
    <message>
        <source>check</source>
        <translation type="unfinished">verificar</translation>
    </message>
    <message>
        <source>ALERT</source>
        <translation type="unfinished">ALERTA</translation>
    </message>
    <message>
        <source>Our record</source>
        <translation type="unfinished">Nosso registro</translation>
    </message>
    <message>
        <source>Nothing known about “%1”. That does not mean they are safe.</source>
        <translation type="unfinished">Nada se sabe sobre “%1”. Isso não quer dizer que seja seguro.</translation>
    </message>
    <message>
        <source>all areas</source>
        <translation type="unfinished">todas as áreas</translation>
    </message>
    <message>
        <source>Preparing the handout…</source>
        <translation type="unfinished">Preparando o folheto…</translation>
    </message>
    <message>
        <source>Handout cancelled. Nothing was saved.</source>
        <translation type="unfinished">Folheto cancelado. Nada foi salvo.</translation>
    </message>
    <message>
        <source>Handout saved.</source>
        <translation type="unfinished">Folheto salvo.</translation>
    </message>
    <message>
        <source>save the handout</source>
        <translation type="unfinished">salvar o folheto</translation>
    </message>
    <message>
        <source>Save the alerts handout</source>
        <translation type="unfinished">Salvar o folheto de alertas</translation>
    </message>
    <message>
        <source>Printing the handout…</source>
        <translation type="unfinished">Imprimindo o folheto…</translation>
    </message>
    <message>
        <source>Handout sent to the printer.</source>
        <translation type="unfinished">Folheto enviado para a impressora.</translation>
    </message>
    <message>
        <source>Printing cancelled.</source>
        <translation type="unfinished">Impressão cancelada.</translation>
    </message>
    <message>
        <source>The printer could not be used.</source>
        <translation type="unfinished">Não foi possível usar a impressora.</translation>
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
        <translation type="unfinished">Conexão</translation>
    </message>
    <message>
        <source>Reports waiting</source>
        <translation type="unfinished">Relatórios aguardando</translation>
    </message>
    <message>
        <source>Reports that need attention</source>
        <translation type="unfinished">Relatórios que precisam de atenção</translation>
    </message>
    <message>
        <source>Reports waiting for review</source>
        <translation type="unfinished">Relatórios aguardando revisão</translation>
    </message>
    <message>
        <source>Reports a coordinator must approve before they are sent (Review and sync page)</source>
        <translation type="unfinished">Relatórios que um coordenador precisa aprovar antes do envio (página Revisar e enviar)</translation>
    </message>
    <message>
        <source>Restored drafts</source>
        <translation type="unfinished">Rascunhos restaurados</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation type="unfinished">Última sincronização</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished">Bloquear</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation type="unfinished">Bloquear agora</translation>
    </message>
    <message>
        <source>Lock now (Ctrl+L). Panic: Ctrl+Shift+L locks and hides.</source>
        <translation type="unfinished">Bloquear agora (Ctrl+L). Pânico: Ctrl+Shift+L bloqueia e oculta.</translation>
    </message>
    <message numerus="yes">
        <source>%n awaiting review</source>
        <translation type="unfinished">
            <numerusform>%n aguardando revisão</numerusform>
            <numerusform>%n aguardando revisão</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unfinished form(s) restored</source>
        <translation type="unfinished">
            <numerusform>%n formulário inacabado restaurado</numerusform>
            <numerusform>%n formulários inacabados restaurados</numerusform>
        </translation>
    </message>
    <message>
        <source>Not linked to a server</source>
        <translation type="unfinished">Não vinculado a um servidor</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished">Sincronizando…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished">Off-line</translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished">On-line</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation type="unfinished">Ainda não sincronizado</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation type="unfinished">
            <numerusform>%n aguardando</numerusform>
            <numerusform>%n aguardando</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need attention</source>
        <translation type="unfinished">
            <numerusform>%n precisa de atenção</numerusform>
            <numerusform>%n precisam de atenção</numerusform>
        </translation>
    </message>
    <message>
        <source>Last sync: never</source>
        <translation type="unfinished">Última sincronização: nunca</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation type="unfinished">Última sincronização: %1</translation>
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
        <translation type="unfinished">Áreas e suas regiões no servidor</translation>
    </message>
    <message>
        <source>Server region for the selected area</source>
        <translation type="unfinished">Região do servidor para a área selecionada</translation>
    </message>
    <message>
        <source>Set &amp;region</source>
        <translation type="unfinished">Definir &amp;região</translation>
    </message>
    <message>
        <source>Set the selected area&apos;s region</source>
        <translation type="unfinished">Definir a região da área selecionada</translation>
    </message>
    <message>
        <source>Areas message</source>
        <translation type="unfinished">Mensagem das áreas</translation>
    </message>
    <message>
        <source>Reports can be shared only from an area with a server region. Regions come from the server when the device is linked and at every sync.</source>
        <translation type="unfinished">Relatórios só podem ser compartilhados a partir de uma área com região no servidor. As regiões vêm do servidor quando o dispositivo é vinculado e a cada sincronização.</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation type="unfinished">Re&amp;gião:</translation>
    </message>
    <message>
        <source>load the areas</source>
        <translation type="unfinished">carregar as áreas</translation>
    </message>
    <message>
        <source>No region (not shareable)</source>
        <translation type="unfinished">Sem região (não compartilhável)</translation>
    </message>
    <message>
        <source>no region: not shareable</source>
        <translation type="unfinished">sem região: não compartilhável</translation>
    </message>
    <message>
        <source>No server regions yet: link this device to a server, or sync.</source>
        <translation type="unfinished">Ainda não há regiões do servidor: vincule este dispositivo a um servidor ou sincronize.</translation>
    </message>
    <message>
        <source>Region saved.</source>
        <translation type="unfinished">Região salva.</translation>
    </message>
    <message>
        <source>set the region</source>
        <translation type="unfinished">definir a região</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Audit log</source>
        <translation type="unfinished">Registro de auditoria</translation>
    </message>
    <message>
        <source>Only coordinators can see the audit log.</source>
        <translation type="unfinished">Só coordenadores podem ver o registro de auditoria.</translation>
    </message>
    <message>
        <source>&amp;Verify the log</source>
        <translation type="unfinished">&amp;Verificar o registro</translation>
    </message>
    <message>
        <source>Verification result</source>
        <translation type="unfinished">Resultado da verificação</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation type="unfinished">Entradas de auditoria</translation>
    </message>
    <message>
        <source>The log is intact: %1 entries.</source>
        <translation type="unfinished">O registro está intacto: %1 entradas.</translation>
    </message>
    <message>
        <source>(Not yet compared with the server: entries cut off the end show after a sync.)</source>
        <translation type="unfinished">(Ainda não comparado com o servidor: entradas cortadas do final aparecem após uma sincronização.)</translation>
    </message>
    <message>
        <source>The log was changed:</source>
        <translation type="unfinished">O registro foi alterado:</translation>
    </message>
    <message>
        <source>That did not work.</source>
        <translation type="unfinished">Isso não funcionou.</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation type="unfinished">Alterar frase-senha</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation type="unfinished">Frase-senha atual</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished">Nova frase-senha</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation type="unfinished">Repita a nova frase-senha</translation>
    </message>
    <message>
        <source>Passphrase feedback</source>
        <translation type="unfinished">Avaliação da frase-senha</translation>
    </message>
    <message>
        <source>Show the new passphrase</source>
        <translation type="unfinished">Mostrar a nova frase-senha</translation>
    </message>
    <message>
        <source>&amp;Suggest</source>
        <translation type="unfinished">&amp;Sugerir</translation>
    </message>
    <message>
        <source>Suggest a passphrase of random words</source>
        <translation type="unfinished">Sugerir uma frase-senha de palavras aleatórias</translation>
    </message>
    <message>
        <source>About the team&apos;s passphrases</source>
        <translation type="unfinished">Sobre as frases-senha da equipe</translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished">Erro</translation>
    </message>
    <message>
        <source>C&amp;urrent:</source>
        <translation type="unfinished">A&amp;tual:</translation>
    </message>
    <message>
        <source>&amp;New:</source>
        <translation type="unfinished">&amp;Nova:</translation>
    </message>
    <message>
        <source>&amp;Repeat new:</source>
        <translation type="unfinished">&amp;Repita a nova:</translation>
    </message>
    <message>
        <source>The records stay as they are; only the passphrase that opens them changes.</source>
        <translation type="unfinished">Os registros continuam como estão; só muda a frase-senha que os abre.</translation>
    </message>
    <message>
        <source>Six random words are shown. Write them down somewhere safe before you press OK.</source>
        <translation type="unfinished">Seis palavras aleatórias são mostradas. Anote-as em um lugar seguro antes de apertar OK.</translation>
    </message>
    <message>
        <source>Strong enough.</source>
        <translation type="unfinished">Forte o suficiente.</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>%1 table</source>
        <translation type="unfinished">Tabela de %1</translation>
    </message>
</context>
<context>
    <name>ConsentStep</name>
    <message>
        <source>Read each purpose to the person in these words. They decide each one separately; saying no to all of them is fine and changes nothing about the support they get.</source>
        <translation type="unfinished">Leia cada finalidade para a pessoa com estas palavras. Ela decide cada uma separadamente; dizer não a todas está tudo bem e não muda nada no apoio que ela recebe.</translation>
    </message>
    <message>
        <source>What is shared: %1</source>
        <translation type="unfinished">O que é compartilhado: %1</translation>
    </message>
    <message>
        <source>Cannot be undone: %1</source>
        <translation type="unfinished">Não pode ser desfeito: %1</translation>
    </message>
    <message>
        <source>Yes, share this</source>
        <translation type="unfinished">Sim, compartilhar isto</translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished">Não</translation>
    </message>
    <message>
        <source>Yes to: %1</source>
        <translation type="unfinished">Sim para: %1</translation>
    </message>
    <message>
        <source>No to: %1</source>
        <translation type="unfinished">Não para: %1</translation>
    </message>
    <message>
        <source>Said out loud (verbal)</source>
        <translation type="unfinished">Dito em voz alta (verbal)</translation>
    </message>
    <message>
        <source>Signed or written</source>
        <translation type="unfinished">Assinado ou por escrito</translation>
    </message>
    <message>
        <source>How consent was given</source>
        <translation type="unfinished">Como o consentimento foi dado</translation>
    </message>
    <message>
        <source>Initials of the worker recording consent</source>
        <translation type="unfinished">Iniciais de quem registra o consentimento</translation>
    </message>
    <message>
        <source>&amp;How given:</source>
        <translation type="unfinished">&amp;Como foi dado:</translation>
    </message>
    <message>
        <source>Recorded &amp;by:</source>
        <translation type="unfinished">Registrado &amp;por:</translation>
    </message>
    <message>
        <source>Consent status</source>
        <translation type="unfinished">Situação do consentimento</translation>
    </message>
    <message>
        <source>&amp;Record consent</source>
        <translation type="unfinished">&amp;Registrar consentimento</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation type="unfinished">Registrar consentimento</translation>
    </message>
    <message>
        <source>Nothing is shared — &amp;finish</source>
        <translation type="unfinished">&amp;Nada a compartilhar — concluir</translation>
    </message>
    <message>
        <source>Finish without sharing anything</source>
        <translation type="unfinished">Concluir sem compartilhar nada</translation>
    </message>
    <message>
        <source>&amp;Next: what will be shared</source>
        <translation type="unfinished">Próximo: &amp;o que sai</translation>
    </message>
    <message>
        <source>Show what will be shared</source>
        <translation type="unfinished">Mostrar o que será compartilhado</translation>
    </message>
    <message>
        <source>Record a fresh consent &amp;instead</source>
        <translation type="unfinished">Registrar um novo consentimento &amp;em vez disso</translation>
    </message>
    <message>
        <source>Record a fresh consent instead (needed to add a purpose)</source>
        <translation type="unfinished">Registrar um novo consentimento em vez disso (necessário para adicionar uma finalidade)</translation>
    </message>
    <message>
        <source>Give the person this withdrawal code now. It is shown only once and cannot be looked up later. With it they can withdraw their consent at any time.</source>
        <translation type="unfinished">Entregue agora à pessoa este código de retirada. Ele é mostrado só uma vez e não pode ser consultado depois. Com ele, a pessoa pode retirar o consentimento a qualquer momento.</translation>
    </message>
    <message>
        <source>Withdrawal code</source>
        <translation type="unfinished">Código de retirada</translation>
    </message>
    <message>
        <source>&amp;Print slip…</source>
        <translation type="unfinished">Imprimir &amp;comprovante…</translation>
    </message>
    <message>
        <source>Print the withdrawal slip</source>
        <translation type="unfinished">Imprimir o comprovante de retirada</translation>
    </message>
    <message>
        <source>Consent version %1 is recorded. Change the answers and record again, or go on.</source>
        <translation type="unfinished">A versão %1 do consentimento está registrada. Mude as respostas e registre de novo, ou continue.</translation>
    </message>
    <message>
        <source>Answer every purpose with yes or no.</source>
        <translation type="unfinished">Responda sim ou não para cada finalidade.</translation>
    </message>
    <message>
        <source>This incident was changed after it was shared. Read the purposes again with the person: they may keep them or say no to some. Their withdrawal code stays the same.</source>
        <translation type="unfinished">Este incidente foi alterado depois de compartilhado. Leia as finalidades de novo com a pessoa: ela pode mantê-las ou dizer não a algumas. O código de retirada continua o mesmo.</translation>
    </message>
    <message>
        <source>Consent recorded (version %1).</source>
        <translation type="unfinished">Consentimento registrado (versão %1).</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <source>Edit contact</source>
        <translation type="unfinished">Editar contato</translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished">Quando</translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished">Área</translation>
    </message>
    <message>
        <source>No area</source>
        <translation type="unfinished">Sem área</translation>
    </message>
    <message>
        <source>Alias (empty: anonymous)</source>
        <translation type="unfinished">Apelido (vazio: anônimo)</translation>
    </message>
    <message>
        <source>How the contact happened</source>
        <translation type="unfinished">Como o contato aconteceu</translation>
    </message>
    <message>
        <source>%1 handed out</source>
        <translation type="unfinished">%1 entregue(s)</translation>
    </message>
    <message>
        <source>Referred to %1</source>
        <translation type="unfinished">Encaminhado(a) para %1</translation>
    </message>
    <message>
        <source>Note (stays on this device)</source>
        <translation type="unfinished">Observação (fica neste dispositivo)</translation>
    </message>
    <message>
        <source>Problem with the contact</source>
        <translation type="unfinished">Problema com o contato</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation type="unfinished">&amp;Quando:</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation type="unfinished">Á&amp;rea:</translation>
    </message>
    <message>
        <source>A&amp;lias:</source>
        <translation type="unfinished">A&amp;pelido:</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation type="unfinished">&amp;Como:</translation>
    </message>
    <message>
        <source>Supplies:</source>
        <translation type="unfinished">Materiais:</translation>
    </message>
    <message>
        <source>Referrals:</source>
        <translation type="unfinished">Encaminhamentos:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished">&amp;Observação:</translation>
    </message>
    <message>
        <source>save the contact</source>
        <translation type="unfinished">salvar o contato</translation>
    </message>
    <message>
        <source>Contact saved.</source>
        <translation type="unfinished">Contato salvo.</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>Contacts</source>
        <translation type="unfinished">Contatos</translation>
    </message>
    <message>
        <source>Filter by how the contact happened</source>
        <translation type="unfinished">Filtrar pela forma do contato</translation>
    </message>
    <message>
        <source>Any way</source>
        <translation type="unfinished">Qualquer forma</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished">&amp;Editar…</translation>
    </message>
    <message>
        <source>Edit the selected contact</source>
        <translation type="unfinished">Editar o contato selecionado</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished">E&amp;xcluir…</translation>
    </message>
    <message>
        <source>Delete the selected contact</source>
        <translation type="unfinished">Excluir o contato selecionado</translation>
    </message>
    <message>
        <source>&amp;Forget this person…</source>
        <translation type="unfinished">Esquecer esta &amp;pessoa…</translation>
    </message>
    <message>
        <source>Forget the person of the selected contact</source>
        <translation type="unfinished">Esquecer a pessoa do contato selecionado</translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished">Quando</translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished">Área</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation type="unfinished">Apelido</translation>
    </message>
    <message>
        <source>(anonymous)</source>
        <translation type="unfinished">(anônimo)</translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished">Como</translation>
    </message>
    <message>
        <source>Supplies</source>
        <translation type="unfinished">Materiais</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished">Encaminhamentos</translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished">Observação</translation>
    </message>
    <message>
        <source>Contact deleted.</source>
        <translation type="unfinished">Contato excluído.</translation>
    </message>
    <message>
        <source>delete the contact</source>
        <translation type="unfinished">excluir o contato</translation>
    </message>
    <message>
        <source>Delete contact</source>
        <translation type="unfinished">Excluir contato</translation>
    </message>
    <message>
        <source>Delete the contact of %1? This cannot be undone.</source>
        <translation type="unfinished">Excluir o contato de %1? Isso não pode ser desfeito.</translation>
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
        <translation type="unfinished">Administração</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished">&amp;Atualizar</translation>
    </message>
    <message>
        <source>Ask the server again</source>
        <translation type="unfinished">Perguntar de novo ao servidor</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation type="unfinished">Regiões</translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished">Região</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Nome</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished">Organizações</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished">Organização</translation>
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
        <translation type="unfinished">Inscrito</translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished">Estado</translation>
    </message>
    <message>
        <source>New region id</source>
        <translation type="unfinished">ID da nova região</translation>
    </message>
    <message>
        <source>id, e.g. north</source>
        <translation type="unfinished">ID, por ex. north</translation>
    </message>
    <message>
        <source>New region name</source>
        <translation type="unfinished">Nome da nova região</translation>
    </message>
    <message>
        <source>Add re&amp;gion</source>
        <translation type="unfinished">Adicionar re&amp;gião</translation>
    </message>
    <message>
        <source>Add the region</source>
        <translation type="unfinished">Adicionar a região</translation>
    </message>
    <message>
        <source>New organisation name</source>
        <translation type="unfinished">Nome da nova organização</translation>
    </message>
    <message>
        <source>Its regions (comma separated)</source>
        <translation type="unfinished">Suas regiões (separadas por vírgula)</translation>
    </message>
    <message>
        <source>Add &amp;organisation</source>
        <translation type="unfinished">Adicionar &amp;organização</translation>
    </message>
    <message>
        <source>Add the organisation</source>
        <translation type="unfinished">Adicionar a organização</translation>
    </message>
    <message>
        <source>Organisation for the enrolment code</source>
        <translation type="unfinished">Organização do código de inscrição</translation>
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished"> h</translation>
    </message>
    <message>
        <source>Hours the code stays valid</source>
        <translation type="unfinished">Horas em que o código continua válido</translation>
    </message>
    <message>
        <source>Make enrolment &amp;code</source>
        <translation type="unfinished">Gerar &amp;código de inscrição</translation>
    </message>
    <message>
        <source>Make a device enrolment code</source>
        <translation type="unfinished">Gerar um código de inscrição de dispositivo</translation>
    </message>
    <message>
        <source>The enrolment code (shown once)</source>
        <translation type="unfinished">O código de inscrição (mostrado uma vez)</translation>
    </message>
    <message>
        <source>Re&amp;voke device…</source>
        <translation type="unfinished">Re&amp;vogar dispositivo…</translation>
    </message>
    <message>
        <source>Revoke the selected device</source>
        <translation type="unfinished">Revogar o dispositivo selecionado</translation>
    </message>
    <message>
        <source>New region:</source>
        <translation type="unfinished">Nova região:</translation>
    </message>
    <message>
        <source>New organisation:</source>
        <translation type="unfinished">Nova organização:</translation>
    </message>
    <message>
        <source>Device code for:</source>
        <translation type="unfinished">Código de dispositivo para:</translation>
    </message>
    <message>
        <source>ask the server</source>
        <translation type="unfinished">perguntar ao servidor</translation>
    </message>
    <message>
        <source>add the region</source>
        <translation type="unfinished">adicionar a região</translation>
    </message>
    <message>
        <source>Region added.</source>
        <translation type="unfinished">Região adicionada.</translation>
    </message>
    <message>
        <source>add the organisation</source>
        <translation type="unfinished">adicionar a organização</translation>
    </message>
    <message>
        <source>Organisation added.</source>
        <translation type="unfinished">Organização adicionada.</translation>
    </message>
    <message>
        <source>Enrolment code (shown once, valid %1 h): %2</source>
        <translation type="unfinished">Código de inscrição (mostrado uma vez, válido por %1 h): %2</translation>
    </message>
    <message>
        <source>make the code</source>
        <translation type="unfinished">gerar o código</translation>
    </message>
    <message>
        <source>Select the device to revoke.</source>
        <translation type="unfinished">Selecione o dispositivo a revogar.</translation>
    </message>
    <message>
        <source>Revoke device</source>
        <translation type="unfinished">Revogar dispositivo</translation>
    </message>
    <message>
        <source>Revoke this device? It can no longer send or fetch anything.</source>
        <translation type="unfinished">Revogar este dispositivo? Ele não poderá mais enviar nem buscar nada.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation type="unfinished">Revogar</translation>
    </message>
    <message>
        <source>revoke the device</source>
        <translation type="unfinished">revogar o dispositivo</translation>
    </message>
    <message>
        <source>Device revoked.</source>
        <translation type="unfinished">Dispositivo revogado.</translation>
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
        <translation type="unfinished">Alertas deste posto</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation type="unfinished">Alerta</translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished">Versão</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Situação</translation>
    </message>
    <message>
        <source>Check code</source>
        <translation type="unfinished">Código de verificação</translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished">Revisão</translation>
    </message>
    <message>
        <source>Report to draft an alert from</source>
        <translation type="unfinished">Relatório do qual fazer o alerta</translation>
    </message>
    <message>
        <source>&amp;Draft alert</source>
        <translation type="unfinished">Rascunho de a&amp;lerta</translation>
    </message>
    <message>
        <source>Draft an alert from this report</source>
        <translation type="unfinished">Fazer um rascunho de alerta a partir deste relatório</translation>
    </message>
    <message>
        <source>Alert title</source>
        <translation type="unfinished">Título do alerta</translation>
    </message>
    <message>
        <source>Alert text</source>
        <translation type="unfinished">Texto do alerta</translation>
    </message>
    <message>
        <source>Regions (comma separated)</source>
        <translation type="unfinished">Regiões (separadas por vírgula)</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished">Válido até</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished">O que aconteceu</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished">Gravidade</translation>
    </message>
    <message>
        <source>Structured details</source>
        <translation type="unfinished">Detalhes estruturados</translation>
    </message>
    <message>
        <source>Source summary, scrubber&apos;s finds marked</source>
        <translation type="unfinished">Resumo da fonte, com o que o filtro achou marcado</translation>
    </message>
    <message>
        <source>Alert text, what might identify someone marked</source>
        <translation type="unfinished">Texto do alerta, com o que pode identificar alguém marcado</translation>
    </message>
    <message>
        <source>Preview as the handout prints it</source>
        <translation type="unfinished">Prévia como o folheto imprime</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation type="unfinished">&amp;Salvar rascunho</translation>
    </message>
    <message>
        <source>Save the draft</source>
        <translation type="unfinished">Salvar o rascunho</translation>
    </message>
    <message>
        <source>Sign and &amp;publish…</source>
        <translation type="unfinished">Assinar e &amp;publicar…</translation>
    </message>
    <message>
        <source>Sign and publish the alert</source>
        <translation type="unfinished">Assinar e publicar o alerta</translation>
    </message>
    <message>
        <source>Exp&amp;ire…</source>
        <translation type="unfinished">&amp;Expirar…</translation>
    </message>
    <message>
        <source>Expire the alert now</source>
        <translation type="unfinished">Expirar o alerta agora</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation type="unfinished">Re&amp;tirar…</translation>
    </message>
    <message>
        <source>Withdraw the alert</source>
        <translation type="unfinished">Retirar o alerta</translation>
    </message>
    <message>
        <source>From &amp;report:</source>
        <translation type="unfinished">Do &amp;relatório:</translation>
    </message>
    <message>
        <source>Details to look out for (edit them here):</source>
        <translation type="unfinished">Detalhes a observar (edite-os aqui):</translation>
    </message>
    <message>
        <source>Source summary (the scrubber&apos;s finds marked):</source>
        <translation type="unfinished">Resumo da fonte (com o que o filtro achou marcado):</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished">Tít&amp;ulo:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation type="unfinished">Te&amp;xto:</translation>
    </message>
    <message>
        <source>Check:</source>
        <translation type="unfinished">Verificação:</translation>
    </message>
    <message>
        <source>Re&amp;gions:</source>
        <translation type="unfinished">Re&amp;giões:</translation>
    </message>
    <message>
        <source>&amp;Valid until:</source>
        <translation type="unfinished">&amp;Válido até:</translation>
    </message>
    <message>
        <source>What &amp;happened:</source>
        <translation type="unfinished">O que &amp;aconteceu:</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation type="unfinished">Gravidade:</translation>
    </message>
    <message>
        <source>Preview, as the handout prints it:</source>
        <translation type="unfinished">Prévia, como o folheto imprime:</translation>
    </message>
    <message>
        <source>load the alerts</source>
        <translation type="unfinished">carregar os alertas</translation>
    </message>
    <message>
        <source>Review: source report withdrawn</source>
        <translation type="unfinished">Revisão: relatório de origem retirado</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished">Rascunho</translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished">Publicado</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished">Expirado</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished">Retirado</translation>
    </message>
    <message>
        <source>open the alert</source>
        <translation type="unfinished">abrir o alerta</translation>
    </message>
    <message numerus="yes">
        <source>The scrubber found %n thing(s) to take out; the text below shows the replacements.</source>
        <translation type="unfinished">
            <numerusform>O filtro achou %n coisa para tirar; o texto abaixo mostra as substituições.</numerusform>
            <numerusform>O filtro achou %n coisas para tirar; o texto abaixo mostra as substituições.</numerusform>
        </translation>
    </message>
    <message>
        <source>The scrubber found nothing more to take out.</source>
        <translation type="unfinished">O filtro não achou mais nada para tirar.</translation>
    </message>
    <message>
        <source>Tick what happened.</source>
        <translation type="unfinished">Marque o que aconteceu.</translation>
    </message>
    <message>
        <source>Review this alert: its source report was withdrawn by the person.</source>
        <translation type="unfinished">Revise este alerta: a pessoa retirou o relatório de origem.</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) might still identify someone: check each before publishing.</source>
        <translation type="unfinished">
            <numerusform>%n trecho ainda pode identificar alguém: confira antes de publicar.</numerusform>
            <numerusform>%n trechos ainda podem identificar alguém: confira cada um antes de publicar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing in the text looks like it identifies someone.</source>
        <translation type="unfinished">Nada no texto parece identificar alguém.</translation>
    </message>
    <message>
        <source>Not a valid alert yet: fill in the title and the text.</source>
        <translation type="unfinished">Ainda não é um alerta válido: preencha o título e o texto.</translation>
    </message>
    <message>
        <source>Drafted. Check the marked text, then sign and publish.</source>
        <translation type="unfinished">Rascunho feito. Confira o texto marcado, depois assine e publique.</translation>
    </message>
    <message>
        <source>draft the alert</source>
        <translation type="unfinished">fazer o rascunho do alerta</translation>
    </message>
    <message>
        <source>Draft saved (version %1).</source>
        <translation type="unfinished">Rascunho salvo (versão %1).</translation>
    </message>
    <message>
        <source>save</source>
        <translation type="unfinished">salvar</translation>
    </message>
    <message>
        <source>Sign and publish</source>
        <translation type="unfinished">Assinar e publicar</translation>
    </message>
    <message>
        <source>Sign “%1” with this desk&apos;s key and publish it to every device? Devices print it on their handouts as shown in the preview.</source>
        <translation type="unfinished">Assinar “%1” com a chave deste posto e publicá-lo em todos os dispositivos? Os dispositivos o imprimem nos folhetos como mostrado na prévia.</translation>
    </message>
    <message>
        <source>Published version %1; its check code is %2.</source>
        <translation type="unfinished">Versão %1 publicada; o código de verificação é %2.</translation>
    </message>
    <message>
        <source>publish</source>
        <translation type="unfinished">publicar</translation>
    </message>
    <message>
        <source>Expire this alert now? Devices stop showing it.</source>
        <translation type="unfinished">Expirar este alerta agora? Os dispositivos deixam de mostrá-lo.</translation>
    </message>
    <message>
        <source>Withdraw this alert? Devices remove it from their lists and handouts.</source>
        <translation type="unfinished">Retirar este alerta? Os dispositivos o tiram das listas e dos folhetos.</translation>
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
        <translation type="unfinished">O alerta agora está: %1</translation>
    </message>
    <message>
        <source>end the alert</source>
        <translation type="unfinished">encerrar o alerta</translation>
    </message>
</context>
<context>
    <name>DeskChoiceBox</name>
    <message>
        <source>An outreach &amp;worker&apos;s records</source>
        <translation type="unfinished">Registros de um &amp;agente de campo</translation>
    </message>
    <message>
        <source>The charity&apos;s &amp;desk (staff: triage, alerts, police, admin)</source>
        <translation type="unfinished">&amp;Posto da organização (equipe: triagem, alertas, polícia, administração)</translation>
    </message>
    <message>
        <source>Desk role</source>
        <translation type="unfinished">Função do posto</translation>
    </message>
    <message>
        <source>Alerts desk</source>
        <translation type="unfinished">Posto de alertas</translation>
    </message>
    <message>
        <source>Police desk</source>
        <translation type="unfinished">Posto da polícia</translation>
    </message>
    <message>
        <source>Admin desk</source>
        <translation type="unfinished">Posto de administração</translation>
    </message>
    <message>
        <source>Desk id in the key bundle</source>
        <translation type="unfinished">ID do posto no pacote de chaves</translation>
    </message>
    <message>
        <source>Desk name in the server&apos;s log</source>
        <translation type="unfinished">Nome do posto no registro do servidor</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation type="unfinished">Fun&amp;ção:</translation>
    </message>
    <message>
        <source>Desk &amp;id:</source>
        <translation type="unfinished">&amp;ID do posto:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished">&amp;Nome:</translation>
    </message>
    <message>
        <source>This laptop keeps:</source>
        <translation type="unfinished">Este laptop guarda:</translation>
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
        <translation type="unfinished">Informação para a polícia</translation>
    </message>
    <message>
        <source>Police referral</source>
        <translation type="unfinished">Encaminhamento à polícia</translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished">Novo</translation>
    </message>
    <message>
        <source>In review</source>
        <translation type="unfinished">Em revisão</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">Concluído</translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <translation type="unfinished">Não foi possível %1: %2</translation>
    </message>
    <message>
        <source>Page message</source>
        <translation type="unfinished">Mensagem da página</translation>
    </message>
    <message>
        <source>This desk</source>
        <translation type="unfinished">Este posto</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished">Endereço do servidor</translation>
    </message>
    <message>
        <source>https://server.example.org</source>
        <translation type="unfinished">https://servidor.example.org</translation>
    </message>
    <message>
        <source>Desk enrolment code</source>
        <translation type="unfinished">Código de inscrição do posto</translation>
    </message>
    <message>
        <source>Desk code from the server&apos;s admin</source>
        <translation type="unfinished">Código do posto dado pelo administrador do servidor</translation>
    </message>
    <message>
        <source>&amp;Enrol this desk</source>
        <translation type="unfinished">&amp;Inscrever este posto</translation>
    </message>
    <message>
        <source>Enrol this desk</source>
        <translation type="unfinished">Inscrever este posto</translation>
    </message>
    <message>
        <source>read the desk</source>
        <translation type="unfinished">ler o posto</translation>
    </message>
    <message>
        <source>%1 desk “%2”, enrolled with %3</source>
        <translation type="unfinished">Posto de %1 “%2”, inscrito em %3</translation>
    </message>
    <message>
        <source>%1 desk “%2”: not enrolled yet</source>
        <translation type="unfinished">Posto de %1 “%2”: ainda não inscrito</translation>
    </message>
    <message>
        <source>Type the server&apos;s address and the desk code.</source>
        <translation type="unfinished">Digite o endereço do servidor e o código do posto.</translation>
    </message>
    <message>
        <source>The desk is enrolled.</source>
        <translation type="unfinished">O posto está inscrito.</translation>
    </message>
    <message>
        <source>enrol the desk</source>
        <translation type="unfinished">inscrever o posto</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished">Alertas</translation>
    </message>
    <message>
        <source>Police</source>
        <translation type="unfinished">Polícia</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation type="unfinished">Administração</translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished">sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished">não</translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished">Data</translation>
    </message>
    <message>
        <source>Part of day</source>
        <translation type="unfinished">Período do dia</translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished">Região</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished">O que aconteceu</translation>
    </message>
    <message>
        <source>Perpetrators</source>
        <translation type="unfinished">Agressores</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation type="unfinished">Veículos</translation>
    </message>
    <message>
        <source>Weapon used</source>
        <translation type="unfinished">Arma usada</translation>
    </message>
    <message>
        <source>Injured</source>
        <translation type="unfinished">Ferida</translation>
    </message>
    <message>
        <source>Injury</source>
        <translation type="unfinished">Lesão</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished">Resumo</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished">Contato</translation>
    </message>
    <message>
        <source>through the project only</source>
        <translation type="unfinished">só pelo projeto</translation>
    </message>
    <message>
        <source>not in any other report</source>
        <translation type="unfinished">em nenhum outro relatório</translation>
    </message>
</context>
<context>
    <name>DeskPolicePage</name>
    <message>
        <source>Police</source>
        <translation type="unfinished">Polícia</translation>
    </message>
    <message>
        <source>Police reports</source>
        <translation type="unfinished">Relatórios para a polícia</translation>
    </message>
    <message>
        <source>Disclose</source>
        <translation type="unfinished">Divulgar</translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished">Tipo</translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished">Região</translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished">Quando</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished">Classificação</translation>
    </message>
    <message>
        <source>The selected police report</source>
        <translation type="unfinished">O relatório para a polícia selecionado</translation>
    </message>
    <message>
        <source>Source grade</source>
        <translation type="unfinished">Classificação da fonte</translation>
    </message>
    <message>
        <source>Intelligence grade</source>
        <translation type="unfinished">Classificação da informação</translation>
    </message>
    <message>
        <source>Handling code</source>
        <translation type="unfinished">Código de tratamento</translation>
    </message>
    <message>
        <source>Handling conditions</source>
        <translation type="unfinished">Condições de tratamento</translation>
    </message>
    <message>
        <source>Conditions (handling code C only)</source>
        <translation type="unfinished">Condições (só com o código de tratamento C)</translation>
    </message>
    <message>
        <source>&amp;Grade ticked reports</source>
        <translation type="unfinished">&amp;Classificar os relatórios marcados</translation>
    </message>
    <message>
        <source>Grade the ticked reports</source>
        <translation type="unfinished">Classificar os relatórios marcados</translation>
    </message>
    <message>
        <source>Receiving police force</source>
        <translation type="unfinished">Força policial que recebe</translation>
    </message>
    <message>
        <source>The charity&apos;s name as the police know it</source>
        <translation type="unfinished">Nome da organização como a polícia conhece</translation>
    </message>
    <message>
        <source>Your name (kept in the log)</source>
        <translation type="unfinished">Seu nome (fica no registro)</translation>
    </message>
    <message>
        <source>File type</source>
        <translation type="unfinished">Tipo de arquivo</translation>
    </message>
    <message>
        <source>CSV (one column per field)</source>
        <translation type="unfinished">CSV (uma coluna por campo)</translation>
    </message>
    <message>
        <source>PDF (printable)</source>
        <translation type="unfinished">PDF (para imprimir)</translation>
    </message>
    <message>
        <source>E&amp;xport for the force…</source>
        <translation type="unfinished">&amp;Exportar para a força policial…</translation>
    </message>
    <message>
        <source>Export the ticked reports</source>
        <translation type="unfinished">Exportar os relatórios marcados</translation>
    </message>
    <message>
        <source>Disclosure log</source>
        <translation type="unfinished">Registro de divulgações</translation>
    </message>
    <message>
        <source>Force</source>
        <translation type="unfinished">Força</translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished">Por</translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished">Arquivo</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished">Relatórios</translation>
    </message>
    <message>
        <source>Notices to police forces</source>
        <translation type="unfinished">Avisos às forças policiais</translation>
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
        <translation type="unfinished">Criado</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">Feito</translation>
    </message>
    <message>
        <source>Mark &amp;notified</source>
        <translation type="unfinished">Marcar como &amp;avisado</translation>
    </message>
    <message>
        <source>Mark the selected notice as done</source>
        <translation type="unfinished">Marcar o aviso selecionado como feito</translation>
    </message>
    <message>
        <source>&amp;Force:</source>
        <translation type="unfinished">&amp;Força:</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation type="unfinished">Ó&amp;rgão:</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation type="unfinished">&amp;Por:</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation type="unfinished">Ar&amp;quivo:</translation>
    </message>
    <message>
        <source>Disclosure log:</source>
        <translation type="unfinished">Registro de divulgações:</translation>
    </message>
    <message>
        <source>Withdrawn after disclosure — tell the force:</source>
        <translation type="unfinished">Retirados após a divulgação — avise a força policial:</translation>
    </message>
    <message>
        <source>3x5x2 grade (source, intelligence, handling):</source>
        <translation type="unfinished">Classificação 3x5x2 (fonte, informação, tratamento):</translation>
    </message>
    <message>
        <source>load the police reports</source>
        <translation type="unfinished">carregar os relatórios para a polícia</translation>
    </message>
    <message>
        <source>a disclosed report was withdrawn</source>
        <translation type="unfinished">um relatório divulgado foi retirado</translation>
    </message>
    <message>
        <source>TO DO</source>
        <translation type="unfinished">A FAZER</translation>
    </message>
    <message>
        <source>told %1 by %2</source>
        <translation type="unfinished">%1 avisada por %2</translation>
    </message>
    <message>
        <source>Tick the reports to grade first.</source>
        <translation type="unfinished">Marque primeiro os relatórios a classificar.</translation>
    </message>
    <message>
        <source>Not a valid grade: %1</source>
        <translation type="unfinished">Classificação inválida: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) graded %1.</source>
        <translation type="unfinished">
            <numerusform>%n relatório classificado como %1.</numerusform>
            <numerusform>%n relatórios classificados como %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick the reports to disclose first.</source>
        <translation type="unfinished">Marque primeiro os relatórios a divulgar.</translation>
    </message>
    <message numerus="yes">
        <source>No grade yet for %n ticked report(s).</source>
        <translation type="unfinished">
            <numerusform>Ainda sem classificação: %n relatório marcado.</numerusform>
            <numerusform>Ainda sem classificação: %n relatórios marcados.</numerusform>
        </translation>
    </message>
    <message>
        <source>prepare the export</source>
        <translation type="unfinished">preparar a exportação</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) for %1:</source>
        <translation type="unfinished">
            <numerusform>%n relatório para %1:</numerusform>
            <numerusform>%n relatórios para %1:</numerusform>
        </translation>
    </message>
    <message>
        <source>They are written in plain text to a file you choose next, and the disclosure is logged.</source>
        <translation type="unfinished">Eles são gravados em texto simples num arquivo que você escolhe a seguir, e a divulgação fica registrada.</translation>
    </message>
    <message>
        <source>Disclose to the police</source>
        <translation type="unfinished">Divulgar à polícia</translation>
    </message>
    <message>
        <source>Choose the file…</source>
        <translation type="unfinished">Escolher o arquivo…</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished">Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished">Arquivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the police export</source>
        <translation type="unfinished">Salvar a exportação para a polícia</translation>
    </message>
    <message>
        <source>%1 already exists: choose a new file.</source>
        <translation type="unfinished">%1 já existe: escolha um novo arquivo.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n report(s) to %1; the disclosure is logged.</source>
        <translation type="unfinished">
            <numerusform>%n relatório gravado em %1; a divulgação está registrada.</numerusform>
            <numerusform>%n relatórios gravados em %1; a divulgação está registrada.</numerusform>
        </translation>
    </message>
    <message>
        <source>export</source>
        <translation type="unfinished">exportar</translation>
    </message>
    <message>
        <source>Select the notice the force was told of.</source>
        <translation type="unfinished">Selecione o aviso de que a força policial foi informada.</translation>
    </message>
    <message>
        <source>Kept: %1 was told.</source>
        <translation type="unfinished">Registrado: %1 foi avisada.</translation>
    </message>
    <message>
        <source>mark the notice</source>
        <translation type="unfinished">marcar o aviso</translation>
    </message>
</context>
<context>
    <name>DeskQueuePage</name>
    <message>
        <source>Queue</source>
        <translation type="unfinished">Fila</translation>
    </message>
    <message>
        <source>&amp;Pull new reports</source>
        <translation type="unfinished">&amp;Buscar novos relatórios</translation>
    </message>
    <message>
        <source>Pull new reports</source>
        <translation type="unfinished">Buscar novos relatórios</translation>
    </message>
    <message>
        <source>Also &amp;those another desk took</source>
        <translation type="unfinished">Também &amp;os que outro posto pegou</translation>
    </message>
    <message>
        <source>A second desk of this role: fetch the reports the first desk already acknowledged.</source>
        <translation type="unfinished">Um segundo posto desta função: buscar os relatórios que o primeiro posto já confirmou.</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished">Finalidade</translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished">Região</translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished">Mês</translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished">Estado</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished">Relatórios</translation>
    </message>
    <message>
        <source>Pulled</source>
        <translation type="unfinished">Buscado</translation>
    </message>
    <message>
        <source>The opened report</source>
        <translation type="unfinished">O relatório aberto</translation>
    </message>
    <message>
        <source>Start &amp;review</source>
        <translation type="unfinished">Iniciar &amp;revisão</translation>
    </message>
    <message>
        <source>Start reviewing this report</source>
        <translation type="unfinished">Começar a revisar este relatório</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation type="unfinished">Marcar como &amp;concluído</translation>
    </message>
    <message>
        <source>Mark this report done</source>
        <translation type="unfinished">Marcar este relatório como concluído</translation>
    </message>
    <message>
        <source>Back to &amp;new</source>
        <translation type="unfinished">Voltar para &amp;novo</translation>
    </message>
    <message>
        <source>Put this report back to new</source>
        <translation type="unfinished">Voltar este relatório para novo</translation>
    </message>
    <message>
        <source>Withdrawn reports</source>
        <translation type="unfinished">Relatórios retirados</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished">Retirado</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished">O que fazer</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation type="unfinished">Finalidade:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation type="unfinished">Região:</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation type="unfinished">Mês:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation type="unfinished">Estado:</translation>
    </message>
    <message>
        <source>Withdrawn by the person (the decrypted copy is deleted):</source>
        <translation type="unfinished">Retirados pela pessoa (a cópia decifrada é apagada):</translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished">Todos</translation>
    </message>
    <message>
        <source>load the queue</source>
        <translation type="unfinished">carregar a fila</translation>
    </message>
    <message>
        <source>Disclosed: notify %1 (Police page)</source>
        <translation type="unfinished">Divulgado: avise %1 (página Polícia)</translation>
    </message>
    <message>
        <source>Disclosed to the police: the force was told</source>
        <translation type="unfinished">Divulgado à polícia: a força policial foi avisada</translation>
    </message>
    <message>
        <source>Nothing to do: it was never disclosed</source>
        <translation type="unfinished">Nada a fazer: nunca foi divulgado</translation>
    </message>
    <message>
        <source>%1 shown · %2 new of %3 held</source>
        <translation type="unfinished">%1 mostrados · %2 novos de %3 guardados</translation>
    </message>
    <message>
        <source>open the report</source>
        <translation type="unfinished">abrir o relatório</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished">Organização</translation>
    </message>
    <message numerus="yes">
        <source>in %n other report(s)</source>
        <translation type="unfinished">
            <numerusform>em %n outro relatório</numerusform>
            <numerusform>em %n outros relatórios</numerusform>
        </translation>
    </message>
    <message>
        <source>The report is now: %1</source>
        <translation type="unfinished">O relatório agora está: %1</translation>
    </message>
    <message>
        <source>change the state</source>
        <translation type="unfinished">mudar o estado</translation>
    </message>
    <message>
        <source>Pulling new reports…</source>
        <translation type="unfinished">Buscando novos relatórios…</translation>
    </message>
    <message numerus="yes">
        <source>%n new report(s), %1 withdrawn.</source>
        <translation type="unfinished">
            <numerusform>%n relatório novo, %1 retirados.</numerusform>
            <numerusform>%n relatórios novos, %1 retirados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n did not open with this desk&apos;s key.</source>
        <translation type="unfinished">
            <numerusform>%n não abriu com a chave deste posto.</numerusform>
            <numerusform>%n não abriram com a chave deste posto.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) to review.</source>
        <translation type="unfinished">
            <numerusform>%n alerta para revisar.</numerusform>
            <numerusform>%n alertas para revisar.</numerusform>
        </translation>
    </message>
    <message>
        <source>pull</source>
        <translation type="unfinished">buscar</translation>
    </message>
</context>
<context>
    <name>DeskStatsPage</name>
    <message>
        <source>Statistics</source>
        <translation type="unfinished">Estatísticas</translation>
    </message>
    <message>
        <source>No figures opened yet.</source>
        <translation type="unfinished">Nenhum dado aberto ainda.</translation>
    </message>
    <message>
        <source>Fetch from the &amp;server</source>
        <translation type="unfinished">Buscar do &amp;servidor</translation>
    </message>
    <message>
        <source>Fetch the figures for this period from the server</source>
        <translation type="unfinished">Buscar no servidor os dados deste período</translation>
    </message>
    <message>
        <source>&amp;Open the server&apos;s figures…</source>
        <translation type="unfinished">&amp;Abrir os dados do servidor…</translation>
    </message>
    <message>
        <source>Open the server&apos;s figures</source>
        <translation type="unfinished">Abrir os dados do servidor</translation>
    </message>
    <message>
        <source>First month</source>
        <translation type="unfinished">Primeiro mês</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation type="unfinished">Último mês</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation type="unfinished">&amp;Mostrar</translation>
    </message>
    <message>
        <source>Show the figures for this period</source>
        <translation type="unfinished">Mostrar os dados deste período</translation>
    </message>
    <message>
        <source>Table to chart</source>
        <translation type="unfinished">Tabela para o gráfico</translation>
    </message>
    <message>
        <source>Chart of the chosen table</source>
        <translation type="unfinished">Gráfico da tabela escolhida</translation>
    </message>
    <message>
        <source>Tables as published</source>
        <translation type="unfinished">Tabelas como publicadas</translation>
    </message>
    <message>
        <source>Funder report file type</source>
        <translation type="unfinished">Tipo de arquivo do relatório para o financiador</translation>
    </message>
    <message>
        <source>PDF with charts</source>
        <translation type="unfinished">PDF com gráficos</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation type="unfinished">CSV</translation>
    </message>
    <message>
        <source>&amp;Export funder report…</source>
        <translation type="unfinished">&amp;Exportar relatório para o financiador…</translation>
    </message>
    <message>
        <source>Export the funder report</source>
        <translation type="unfinished">Exportar o relatório para o financiador</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished">&amp;De:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished">A&amp;té:</translation>
    </message>
    <message>
        <source>&amp;Chart:</source>
        <translation type="unfinished">&amp;Gráfico:</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished">Arquivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Figures: %1</source>
        <translation type="unfinished">Dados: %1</translation>
    </message>
    <message>
        <source>Figures: from the server</source>
        <translation type="unfinished">Dados: do servidor</translation>
    </message>
    <message>
        <source>fetch the figures</source>
        <translation type="unfinished">buscar os dados</translation>
    </message>
    <message>
        <source>Fetch the figures from the server or open a file first.</source>
        <translation type="unfinished">Busque primeiro os dados no servidor ou abra um arquivo.</translation>
    </message>
    <message>
        <source>read the figures</source>
        <translation type="unfinished">ler os dados</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s); counts suppressed by the disclosure rule: %1.</source>
        <translation type="unfinished">
            <numerusform>%n tabela; contagens ocultadas pela regra de divulgação: %1.</numerusform>
            <numerusform>%n tabelas; contagens ocultadas pela regra de divulgação: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not drawn (the disclosure rule): %n suppressed count(s).</source>
        <translation type="unfinished">
            <numerusform>Não desenhado (regra de divulgação): %n contagem ocultada.</numerusform>
            <numerusform>Não desenhadas (regra de divulgação): %n contagens ocultadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished">Arquivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished">Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save the funder report</source>
        <translation type="unfinished">Salvar o relatório para o financiador</translation>
    </message>
    <message>
        <source>%1 already exists: choose a new file.</source>
        <translation type="unfinished">%1 já existe: escolha um novo arquivo.</translation>
    </message>
    <message>
        <source>Funder report written to %1 (%2 tables).</source>
        <translation type="unfinished">Relatório para o financiador gravado em %1 (%2 tabelas).</translation>
    </message>
    <message>
        <source>export the funder report</source>
        <translation type="unfinished">exportar o relatório para o financiador</translation>
    </message>
</context>
<context>
    <name>DetailsEditor</name>
    <message>
        <source>Phone numbers:</source>
        <translation type="unfinished">Números de telefone:</translation>
    </message>
    <message>
        <source>E-mail addresses:</source>
        <translation type="unfinished">Endereços de e-mail:</translation>
    </message>
    <message>
        <source>Handles:</source>
        <translation type="unfinished">Perfis:</translation>
    </message>
    <message>
        <source>Name used:</source>
        <translation type="unfinished">Nome usado:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation type="unfinished">Descrição:</translation>
    </message>
    <message>
        <source>Plate:</source>
        <translation type="unfinished">Placa:</translation>
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
        <translation type="unfinished">Cor:</translation>
    </message>
    <message>
        <source>Perpetrator %1</source>
        <translation type="unfinished">Agressor %1</translation>
    </message>
    <message>
        <source>Vehicle %1</source>
        <translation type="unfinished">Veículo %1</translation>
    </message>
</context>
<context>
    <name>FirstRunScreen</name>
    <message>
        <source>Welcome to Outreach</source>
        <translation type="unfinished">Bem-vindo(a) ao Outreach</translation>
    </message>
    <message>
        <source>Everything you record is kept encrypted on this laptop. Choose a passphrase to protect it: a few unrelated words are easier to remember than symbols.</source>
        <translation type="unfinished">Tudo o que você registra fica criptografado neste laptop. Escolha uma frase-senha para protegê-lo: algumas palavras sem relação entre si são mais fáceis de lembrar do que símbolos.</translation>
    </message>
    <message>
        <source>If this passphrase is lost, the records cannot be recovered — not by the charity, not by anyone. Keep a copy somewhere safe, away from this laptop.</source>
        <translation type="unfinished">Se esta frase-senha for perdida, os registros não poderão ser recuperados — nem pela organização, nem por ninguém. Guarde uma cópia em um lugar seguro, longe deste laptop.</translation>
    </message>
    <message>
        <source>Warning about losing the passphrase</source>
        <translation type="unfinished">Aviso sobre perder a frase-senha</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished">Nova frase-senha</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation type="unfinished">Repita a frase-senha</translation>
    </message>
    <message>
        <source>&amp;Suggest a passphrase</source>
        <translation type="unfinished">&amp;Sugerir uma frase-senha</translation>
    </message>
    <message>
        <source>Suggest a passphrase of random words</source>
        <translation type="unfinished">Sugerir uma frase-senha de palavras aleatórias</translation>
    </message>
    <message>
        <source>Show what I type</source>
        <translation type="unfinished">Mostrar o que eu digito</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation type="unfinished">Mostrar a frase-senha</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation type="unfinished">Força da frase-senha</translation>
    </message>
    <message>
        <source>Passphrase feedback</source>
        <translation type="unfinished">Avaliação da frase-senha</translation>
    </message>
    <message>
        <source>Create the vault</source>
        <translation type="unfinished">Criar o cofre</translation>
    </message>
    <message>
        <source>Restore from a backup instead…</source>
        <translation type="unfinished">Restaurar de um backup em vez disso…</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished">Restaurar de um backup</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished">&amp;Frase-senha:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation type="unfinished">&amp;Repita:</translation>
    </message>
    <message>
        <source>Strong enough.</source>
        <translation type="unfinished">Forte o suficiente.</translation>
    </message>
    <message>
        <source>A passphrase of six random words is shown. Write it down and keep it somewhere safe away from this laptop before you go on.</source>
        <translation type="unfinished">Uma frase-senha de seis palavras aleatórias é mostrada. Anote-a e guarde-a em um lugar seguro longe deste laptop antes de continuar.</translation>
    </message>
    <message>
        <source>The two match.</source>
        <translation type="unfinished">As duas conferem.</translation>
    </message>
    <message>
        <source>The two do not match yet.</source>
        <translation type="unfinished">As duas ainda não conferem.</translation>
    </message>
    <message>
        <source>Creating the encrypted vault…</source>
        <translation type="unfinished">Criando o cofre criptografado…</translation>
    </message>
</context>
<context>
    <name>IncidentForm</name>
    <message>
        <source>Interview step</source>
        <translation type="unfinished">Etapa da entrevista</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished">O que aconteceu</translation>
    </message>
    <message>
        <source>When and where</source>
        <translation type="unfinished">Quando e onde</translation>
    </message>
    <message>
        <source>Perpetrators and vehicles</source>
        <translation type="unfinished">Agressores e veículos</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation type="unfinished">O que foi dito</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished">Consentimento</translation>
    </message>
    <message>
        <source>What will be shared</source>
        <translation type="unfinished">O que será compartilhado</translation>
    </message>
    <message>
        <source>Interview message</source>
        <translation type="unfinished">Mensagem da entrevista</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished">&amp;Voltar</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation type="unfinished">Etapa anterior</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished">Pró&amp;ximo</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished">Próxima etapa</translation>
    </message>
    <message>
        <source>Save and continue to &amp;consent</source>
        <translation type="unfinished">Salvar e ir para o &amp;consentimento</translation>
    </message>
    <message>
        <source>Save the incident and continue to consent</source>
        <translation type="unfinished">Salvar o incidente e ir para o consentimento</translation>
    </message>
    <message>
        <source>Save and cl&amp;ose</source>
        <translation type="unfinished">Salvar e &amp;fechar</translation>
    </message>
    <message>
        <source>Save the incident and close</source>
        <translation type="unfinished">Salvar o incidente e fechar</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation type="unfinished">Fechar sem salvar</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation type="unfinished">Etapa %1 de %2: %3</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Fechar</translation>
    </message>
    <message>
        <source>Closed.</source>
        <translation type="unfinished">Fechado.</translation>
    </message>
    <message>
        <source>Closed without saving.</source>
        <translation type="unfinished">Fechado sem salvar.</translation>
    </message>
    <message>
        <source>Close without saving?</source>
        <translation type="unfinished">Fechar sem salvar?</translation>
    </message>
    <message>
        <source>What was typed in this interview since it was last saved will be lost.</source>
        <translation type="unfinished">O que foi digitado nesta entrevista desde o último salvamento será perdido.</translation>
    </message>
    <message>
        <source>Discard what was typed</source>
        <translation type="unfinished">Descartar o que foi digitado</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation type="unfinished">Continuar editando</translation>
    </message>
    <message>
        <source>Tick at least one thing that happened (step 1).</source>
        <translation type="unfinished">Marque pelo menos uma coisa que aconteceu (etapa 1).</translation>
    </message>
    <message>
        <source>Type the worker&apos;s initials (step 1).</source>
        <translation type="unfinished">Digite as iniciais do agente (etapa 1).</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished">Número de telefone</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation type="unfinished">Endereço de e-mail</translation>
    </message>
</context>
<context>
    <name>IncidentsPage</name>
    <message>
        <source>changed since shared: needs the person&apos;s consent again (open it to confirm)</source>
        <translation type="unfinished">alterado depois de compartilhado: precisa de novo do consentimento da pessoa (abra para confirmar)</translation>
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
        <translation type="unfinished">Qualquer tipo</translation>
    </message>
    <message>
        <source>&amp;New incident</source>
        <translation type="unfinished">&amp;Novo incidente</translation>
    </message>
    <message>
        <source>Record a new incident</source>
        <translation type="unfinished">Registrar um novo incidente</translation>
    </message>
    <message>
        <source>&amp;Open / share…</source>
        <translation type="unfinished">&amp;Abrir / compartilhar…</translation>
    </message>
    <message>
        <source>Open the selected incident</source>
        <translation type="unfinished">Abrir o incidente selecionado</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished">E&amp;xcluir…</translation>
    </message>
    <message>
        <source>Delete the selected incident</source>
        <translation type="unfinished">Excluir o incidente selecionado</translation>
    </message>
    <message>
        <source>&amp;Forget this person…</source>
        <translation type="unfinished">Esquecer esta &amp;pessoa…</translation>
    </message>
    <message>
        <source>Forget the person of the selected incident</source>
        <translation type="unfinished">Esquecer a pessoa do incidente selecionado</translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished">Quando</translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished">Área</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation type="unfinished">Apelido</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation type="unfinished">(não registrado)</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished">O que aconteceu</translation>
    </message>
    <message>
        <source>Injury</source>
        <translation type="unfinished">Lesão</translation>
    </message>
    <message>
        <source>Perpetrators</source>
        <translation type="unfinished">Agressores</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation type="unfinished">Veículos</translation>
    </message>
    <message>
        <source>Where exactly</source>
        <translation type="unfinished">Onde exatamente</translation>
    </message>
    <message>
        <source>Their words</source>
        <translation type="unfinished">Palavras da pessoa</translation>
    </message>
    <message>
        <source>Alert summary</source>
        <translation type="unfinished">Resumo do alerta</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation type="unfinished">Compartilhamento</translation>
    </message>
    <message>
        <source>The interview you had started before the lock was restored.</source>
        <translation type="unfinished">A entrevista que você tinha começado antes do bloqueio foi restaurada.</translation>
    </message>
    <message>
        <source>restore the interview</source>
        <translation type="unfinished">restaurar a entrevista</translation>
    </message>
    <message>
        <source>open the form</source>
        <translation type="unfinished">abrir o formulário</translation>
    </message>
    <message>
        <source>That incident is no longer stored.</source>
        <translation type="unfinished">Esse incidente não está mais armazenado.</translation>
    </message>
    <message>
        <source>open the incident</source>
        <translation type="unfinished">abrir o incidente</translation>
    </message>
    <message>
        <source>Incident deleted.</source>
        <translation type="unfinished">Incidente excluído.</translation>
    </message>
    <message>
        <source>delete the incident</source>
        <translation type="unfinished">excluir o incidente</translation>
    </message>
    <message>
        <source>Delete incident</source>
        <translation type="unfinished">Excluir incidente</translation>
    </message>
    <message>
        <source>Delete the incident of %1 from this device? This cannot be undone. A report already sent is not recalled by this: withdraw it with the withdrawal code.</source>
        <translation type="unfinished">Excluir o incidente de %1 deste dispositivo? Isso não pode ser desfeito. Um relatório já enviado não é retirado assim: retire-o com o código de retirada.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Street</source>
        <translation type="unfinished">Rua</translation>
    </message>
    <message>
        <source>Van</source>
        <translation type="unfinished">Van</translation>
    </message>
    <message>
        <source>Drop-in</source>
        <translation type="unfinished">Ponto de acolhimento</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">Telefone</translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished">On-line</translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished">Pessoalmente</translation>
    </message>
    <message>
        <source>Advocacy</source>
        <translation type="unfinished">Defesa de direitos</translation>
    </message>
    <message>
        <source>Condoms</source>
        <translation type="unfinished">Preservativos</translation>
    </message>
    <message>
        <source>Lube</source>
        <translation type="unfinished">Lubrificante</translation>
    </message>
    <message>
        <source>Needles/syringes</source>
        <translation type="unfinished">Agulhas/seringas</translation>
    </message>
    <message>
        <source>Naloxone</source>
        <translation type="unfinished">Naloxona</translation>
    </message>
    <message>
        <source>Safety leaflets</source>
        <translation type="unfinished">Folhetos de segurança</translation>
    </message>
    <message>
        <source>Alert bulletins</source>
        <translation type="unfinished">Boletins de alerta</translation>
    </message>
    <message>
        <source>Food/drink</source>
        <translation type="unfinished">Comida/bebida</translation>
    </message>
    <message>
        <source>Other supplies</source>
        <translation type="unfinished">Outros materiais</translation>
    </message>
    <message>
        <source>Sexual health</source>
        <translation type="unfinished">Saúde sexual</translation>
    </message>
    <message>
        <source>Drugs/alcohol</source>
        <translation type="unfinished">Drogas/álcool</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation type="unfinished">Moradia</translation>
    </message>
    <message>
        <source>ISVA/victim support</source>
        <translation type="unfinished">ISVA/apoio a vítimas</translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation type="unfinished">Saúde mental</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation type="unfinished">Jurídico</translation>
    </message>
    <message>
        <source>Other referral</source>
        <translation type="unfinished">Outro encaminhamento</translation>
    </message>
    <message>
        <source>Physical assault</source>
        <translation type="unfinished">Agressão física</translation>
    </message>
    <message>
        <source>Sexual assault</source>
        <translation type="unfinished">Agressão sexual</translation>
    </message>
    <message>
        <source>Rape</source>
        <translation type="unfinished">Estupro</translation>
    </message>
    <message>
        <source>Robbery/theft</source>
        <translation type="unfinished">Roubo/furto</translation>
    </message>
    <message>
        <source>Non-payment</source>
        <translation type="unfinished">Não pagamento</translation>
    </message>
    <message>
        <source>Threats/intimidation</source>
        <translation type="unfinished">Ameaças/intimidação</translation>
    </message>
    <message>
        <source>Condom removal</source>
        <translation type="unfinished">Retirada do preservativo</translation>
    </message>
    <message>
        <source>Stalking/harassment</source>
        <translation type="unfinished">Perseguição/assédio</translation>
    </message>
    <message>
        <source>Kidnap/false imprisonment</source>
        <translation type="unfinished">Sequestro/cárcere privado</translation>
    </message>
    <message>
        <source>Verbal abuse</source>
        <translation type="unfinished">Abuso verbal</translation>
    </message>
    <message>
        <source>Hate incident</source>
        <translation type="unfinished">Incidente de ódio</translation>
    </message>
    <message>
        <source>Fraud</source>
        <translation type="unfinished">Fraude</translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished">Outro</translation>
    </message>
    <message>
        <source>Exact time</source>
        <translation type="unfinished">Hora exata</translation>
    </message>
    <message>
        <source>Approximately</source>
        <translation type="unfinished">Aproximadamente</translation>
    </message>
    <message>
        <source>Sometime that day</source>
        <translation type="unfinished">Naquele dia</translation>
    </message>
    <message>
        <source>Sometime that week</source>
        <translation type="unfinished">Naquela semana</translation>
    </message>
    <message>
        <source>Sometime that month</source>
        <translation type="unfinished">Naquele mês</translation>
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
        <translation type="unfinished">Não se sabe</translation>
    </message>
    <message>
        <source>Woman</source>
        <translation type="unfinished">Mulher</translation>
    </message>
    <message>
        <source>Man</source>
        <translation type="unfinished">Homem</translation>
    </message>
    <message>
        <source>Trans woman</source>
        <translation type="unfinished">Mulher trans</translation>
    </message>
    <message>
        <source>Trans man</source>
        <translation type="unfinished">Homem trans</translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation type="unfinished">Não binário</translation>
    </message>
    <message>
        <source>No injury</source>
        <translation type="unfinished">Sem lesão</translation>
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
        <translation type="unfinished">Magro</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished">Médio</translation>
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
        <translation type="unfinished">Avisar outras trabalhadoras do sexo (alerta)</translation>
    </message>
    <message>
        <source>Count it in statistics</source>
        <translation type="unfinished">Contar nas estatísticas</translation>
    </message>
    <message>
        <source>Anonymous intelligence to police</source>
        <translation type="unfinished">Informação anônima para a polícia</translation>
    </message>
    <message>
        <source>Police contact (referral)</source>
        <translation type="unfinished">Contato com a polícia (encaminhamento)</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <source>Add</source>
        <translation type="unfinished">Adicionar</translation>
    </message>
    <message>
        <source>Add: %1</source>
        <translation type="unfinished">Adicionar: %1</translation>
    </message>
    <message>
        <source>Remove this one</source>
        <translation type="unfinished">Remover este</translation>
    </message>
    <message>
        <source>Remove: %1</source>
        <translation type="unfinished">Remover: %1</translation>
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
        <translation type="unfinished">Não foi possível criar o cofre: %1</translation>
    </message>
    <message>
        <source>That passphrase is not right.</source>
        <translation type="unfinished">Essa frase-senha não está certa.</translation>
    </message>
    <message>
        <source>Too many wrong passphrases in a row.</source>
        <translation type="unfinished">Frases-senha erradas demais seguidas.</translation>
    </message>
    <message>
        <source>Outreach is already open in another window. Close it there first.</source>
        <translation type="unfinished">O Outreach já está aberto em outra janela. Feche-o lá primeiro.</translation>
    </message>
    <message>
        <source>The vault&apos;s files are damaged and cannot be opened. Nothing was changed. Restore a backup, or ask your coordinator for help.</source>
        <translation type="unfinished">Os arquivos do cofre estão danificados e não podem ser abertos. Nada foi alterado. Restaure um backup ou peça ajuda ao seu coordenador.</translation>
    </message>
    <message>
        <source>The vault could not be opened: %1</source>
        <translation type="unfinished">Não foi possível abrir o cofre: %1</translation>
    </message>
    <message>
        <source>The disk is full: the vault is intact, but nothing new can be saved until space is freed. Half-typed forms are kept in memory until then. Free some space, or make a backup to another disk (Settings).</source>
        <translation type="unfinished">O disco está cheio: o cofre está intacto, mas nada novo pode ser salvo até liberar espaço. Formulários pela metade ficam na memória até lá. Libere espaço ou faça um backup em outro disco (Configurações).</translation>
    </message>
    <message>
        <source>Retention removed %1 contact notes, %2 people, %3 incident texts, %4 sent payloads.</source>
        <translation type="unfinished">A retenção removeu %1 observações de contato, %2 pessoas, %3 textos de incidentes, %4 conteúdos enviados.</translation>
    </message>
    <message>
        <source>An unfinished form was restored on the %1 page.</source>
        <translation type="unfinished">Um formulário inacabado foi restaurado na página %1.</translation>
    </message>
    <message>
        <source>Something went wrong (%1). Nothing was changed.</source>
        <translation type="unfinished">Algo deu errado (%1). Nada foi alterado.</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished">Rascunho</translation>
    </message>
    <message>
        <source>Consented</source>
        <translation type="unfinished">Com consentimento</translation>
    </message>
    <message>
        <source>Waiting for a coordinator</source>
        <translation type="unfinished">Aguardando um coordenador</translation>
    </message>
    <message>
        <source>Rejected by a coordinator</source>
        <translation type="unfinished">Rejeitado por um coordenador</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation type="unfinished">Aguardando envio</translation>
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
        <translation type="unfinished">Parado: precisa de atenção</translation>
    </message>
    <message>
        <source>Replaced by a newer version</source>
        <translation type="unfinished">Substituído por uma versão mais nova</translation>
    </message>
    <message>
        <source>Withdrawal waiting to be sent</source>
        <translation type="unfinished">Retirada aguardando envio</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished">Retirado</translation>
    </message>
    <message>
        <source>Withdrawn on the server</source>
        <translation type="unfinished">Retirado no servidor</translation>
    </message>
    <message>
        <source>Not found on the server yet: asked again at each sync for 30 days</source>
        <translation type="unfinished">Ainda não encontrado no servidor: perguntado de novo a cada sincronização por 30 dias</translation>
    </message>
    <message>
        <source>Not found on the server; it still withdraws the report if it arrives</source>
        <translation type="unfinished">Não encontrado no servidor; ainda retira o relatório se ele chegar</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished">Alterado</translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished">O quê</translation>
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
        <translation type="unfinished">Tentativas</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished">Motivo</translation>
    </message>
    <message>
        <source>Withdrawal of consent</source>
        <translation type="unfinished">Retirada do consentimento</translation>
    </message>
    <message>
        <source>Report v%1</source>
        <translation type="unfinished">Relatório v%1</translation>
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
        <translation type="unfinished">Frases-senha</translation>
    </message>
    <message>
        <source>Passphrases of this vault</source>
        <translation type="unfinished">Frases-senha deste cofre</translation>
    </message>
    <message>
        <source>Re&amp;move passphrase…</source>
        <translation type="unfinished">Re&amp;mover frase-senha…</translation>
    </message>
    <message>
        <source>Remove the selected passphrase</source>
        <translation type="unfinished">Remover a frase-senha selecionada</translation>
    </message>
    <message>
        <source>Passphrases message</source>
        <translation type="unfinished">Mensagem das frases-senha</translation>
    </message>
    <message>
        <source>Removing a passphrase changes the vault&apos;s key, so a copy of the old key file with that passphrase opens nothing. The other passphrases keep working.</source>
        <translation type="unfinished">Remover uma frase-senha muda a chave do cofre, então uma cópia do arquivo de chave antigo com essa frase-senha não abre nada. As outras frases-senha continuam funcionando.</translation>
    </message>
    <message>
        <source>list the passphrases</source>
        <translation type="unfinished">listar as frases-senha</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation type="unfinished">coordenador</translation>
    </message>
    <message>
        <source>worker</source>
        <translation type="unfinished">agente</translation>
    </message>
    <message>
        <source> (this session)</source>
        <translation type="unfinished"> (esta sessão)</translation>
    </message>
    <message>
        <source>Remove passphrase</source>
        <translation type="unfinished">Remover frase-senha</translation>
    </message>
    <message>
        <source>Remove passphrase %1? Whoever uses it can no longer open this vault.</source>
        <translation type="unfinished">Remover a frase-senha %1? Quem a usa não poderá mais abrir este cofre.</translation>
    </message>
    <message>
        <source>Removing the passphrase and changing the vault&apos;s key…</source>
        <translation type="unfinished">Removendo a frase-senha e mudando a chave do cofre…</translation>
    </message>
    <message>
        <source>Passphrase removed; the vault&apos;s key was changed.</source>
        <translation type="unfinished">Frase-senha removida; a chave do cofre foi mudada.</translation>
    </message>
    <message>
        <source>Also removed (from before the coordinator key): %1</source>
        <translation type="unfinished">Também removidas (de antes da chave de coordenador): %1</translation>
    </message>
    <message>
        <source>remove the passphrase</source>
        <translation type="unfinished">remover a frase-senha</translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <translation type="unfinished">Não foi possível %1: %2</translation>
    </message>
</context>
<context>
    <name>PerpetratorEditor</name>
    <message>
        <source>Perpetrator&apos;s gender</source>
        <translation type="unfinished">Gênero do agressor</translation>
    </message>
    <message>
        <source>Perpetrator&apos;s age from</source>
        <translation type="unfinished">Idade do agressor de</translation>
    </message>
    <message>
        <source>Perpetrator&apos;s age to</source>
        <translation type="unfinished">Idade do agressor até</translation>
    </message>
    <message>
        <source>Perpetrator&apos;s build</source>
        <translation type="unfinished">Porte físico do agressor</translation>
    </message>
    <message>
        <source>Gender:</source>
        <translation type="unfinished">Gênero:</translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished">até</translation>
    </message>
    <message>
        <source>Age:</source>
        <translation type="unfinished">Idade:</translation>
    </message>
    <message>
        <source>Build:</source>
        <translation type="unfinished">Porte:</translation>
    </message>
    <message>
        <source>Height</source>
        <translation type="unfinished">Altura</translation>
    </message>
    <message>
        <source>Ethnicity (as described)</source>
        <translation type="unfinished">Etnia (como descrita)</translation>
    </message>
    <message>
        <source>Hair</source>
        <translation type="unfinished">Cabelo</translation>
    </message>
    <message>
        <source>Distinguishing features</source>
        <translation type="unfinished">Sinais particulares</translation>
    </message>
    <message>
        <source>Clothing</source>
        <translation type="unfinished">Roupas</translation>
    </message>
    <message>
        <source>Name they used</source>
        <translation type="unfinished">Nome que usou</translation>
    </message>
    <message>
        <source>Phone numbers (comma between)</source>
        <translation type="unfinished">Números de telefone (separados por vírgula)</translation>
    </message>
    <message>
        <source>E-mail addresses (comma between)</source>
        <translation type="unfinished">Endereços de e-mail (separados por vírgula)</translation>
    </message>
    <message>
        <source>Online names (comma between)</source>
        <translation type="unfinished">Nomes on-line (separados por vírgula)</translation>
    </message>
    <message>
        <source>Website or app</source>
        <translation type="unfinished">Site ou aplicativo</translation>
    </message>
    <message>
        <source>Problem with: %1</source>
        <translation type="unfinished">Problema com: %1</translation>
    </message>
    <message>
        <source>not known</source>
        <translation type="unfinished">não se sabe</translation>
    </message>
</context>
<context>
    <name>PersonChoiceDialog</name>
    <message>
        <source>Which person?</source>
        <translation type="unfinished">Qual pessoa?</translation>
    </message>
    <message>
        <source>%1 people are called “%2”. Who was this?</source>
        <translation type="unfinished">%1 pessoas se chamam “%2”. Quem era?</translation>
    </message>
    <message>
        <source>The %1 last seen on %2</source>
        <translation type="unfinished">%1 vista por último em %2</translation>
    </message>
    <message>
        <source>The %1 with no contact or incident yet</source>
        <translation type="unfinished">%1 ainda sem contato nem incidente</translation>
    </message>
    <message>
        <source>Someone new called %1</source>
        <translation type="unfinished">Alguém novo chamado %1</translation>
    </message>
</context>
<context>
    <name>PreviewStep</name>
    <message>
        <source>WHAT WILL BE SHARED</source>
        <translation type="unfinished">O QUE SERÁ COMPARTILHADO</translation>
    </message>
    <message>
        <source>This is exactly what will leave this device when it is sent, and nothing else. Read it with the person. If anything could identify them, go back and change it.</source>
        <translation type="unfinished">Isto é exatamente o que vai sair deste dispositivo quando for enviado, e nada mais. Leia com a pessoa. Se algo puder identificá-la, volte e mude.</translation>
    </message>
    <message>
        <source>What will be shared, in plain words</source>
        <translation type="unfinished">O que será compartilhado, em palavras simples</translation>
    </message>
    <message>
        <source>What will be shared, as sent (JSON)</source>
        <translation type="unfinished">O que será compartilhado, como enviado (JSON)</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation type="unfinished">Detalhes técnicos</translation>
    </message>
    <message>
        <source>Show technical details</source>
        <translation type="unfinished">Mostrar detalhes técnicos</translation>
    </message>
    <message>
        <source>Might still identify someone</source>
        <translation type="unfinished">Ainda pode identificar alguém</translation>
    </message>
    <message>
        <source>Look at each marked part with the person: keep it, or remove it from the text it is in. Sealing is possible once every part is decided.</source>
        <translation type="unfinished">Veja cada parte marcada com a pessoa: mantenha ou remova do texto em que está. É possível selar quando todas as partes estiverem decididas.</translation>
    </message>
    <message>
        <source>Sharing status</source>
        <translation type="unfinished">Situação do compartilhamento</translation>
    </message>
    <message>
        <source>&amp;Back to consent</source>
        <translation type="unfinished">&amp;Voltar ao consentimento</translation>
    </message>
    <message>
        <source>Back to consent</source>
        <translation type="unfinished">Voltar ao consentimento</translation>
    </message>
    <message>
        <source>&amp;Seal and queue for sending</source>
        <translation type="unfinished">&amp;Selar e pôr na fila de envio</translation>
    </message>
    <message>
        <source>Seal and queue for sending</source>
        <translation type="unfinished">Selar e pôr na fila de envio</translation>
    </message>
    <message>
        <source>This is exactly what the new version will send; it replaces the earlier one. Read it with the person. Sealing records that they confirmed it.</source>
        <translation type="unfinished">Isto é exatamente o que a nova versão vai enviar; ela substitui a anterior. Leia com a pessoa. Selar registra que ela confirmou.</translation>
    </message>
    <message>
        <source>Confirm and &amp;seal the new version</source>
        <translation type="unfinished">Confirmar e &amp;selar a nova versão</translation>
    </message>
    <message>
        <source>Confirm and seal the new version</source>
        <translation type="unfinished">Confirmar e selar a nova versão</translation>
    </message>
    <message>
        <source>Might still identify someone (%1)</source>
        <translation type="unfinished">Ainda pode identificar alguém (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n marked part(s) still to keep or remove before sealing.</source>
        <translation type="unfinished">
            <numerusform>%n parte marcada ainda a manter ou remover antes de selar.</numerusform>
            <numerusform>%n partes marcadas ainda a manter ou remover antes de selar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removing it from %1…</source>
        <translation type="unfinished">Removendo de %1…</translation>
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
        <translation type="unfinished">Cancelar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished">Salvar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Fechar</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished">&amp;Sim</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished">&amp;Não</translation>
    </message>
</context>
<context>
    <name>QuickDeletePanel</name>
    <message>
        <source>DELETE</source>
        <translation type="unfinished">APAGAR</translation>
    </message>
    <message>
        <source>Quick delete…</source>
        <translation type="unfinished">Exclusão rápida…</translation>
    </message>
    <message>
        <source>Quick delete</source>
        <translation type="unfinished">Exclusão rápida</translation>
    </message>
    <message>
        <source>Everything on this laptop is destroyed and cannot be recovered: the vault, unsent reports, and the files Outreach saved outside it (exports, backups, PDFs) as far as it knows them. No passphrase is needed.</source>
        <translation type="unfinished">Tudo neste laptop é destruído e não pode ser recuperado: o cofre, os relatórios não enviados e os arquivos que o Outreach salvou fora dele (exportações, backups, PDFs), até onde ele os conhece. Não é preciso frase-senha.</translation>
    </message>
    <message>
        <source>Type %1 to confirm.</source>
        <translation type="unfinished">Digite %1 para confirmar.</translation>
    </message>
    <message>
        <source>Type %1 to confirm quick delete</source>
        <translation type="unfinished">Digite %1 para confirmar a exclusão rápida</translation>
    </message>
    <message>
        <source>Delete everything now</source>
        <translation type="unfinished">Excluir tudo agora</translation>
    </message>
    <message>
        <source>Confirm quick delete</source>
        <translation type="unfinished">Confirmar exclusão rápida</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Cancelar</translation>
    </message>
    <message>
        <source>Cancel quick delete</source>
        <translation type="unfinished">Cancelar exclusão rápida</translation>
    </message>
</context>
<context>
    <name>RecordListPage</name>
    <message>
        <source>Any time</source>
        <translation type="unfinished">Qualquer momento</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished">Últimas 24 horas</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished">Últimos 7 dias</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished">Últimos 30 dias</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation type="unfinished">Últimos 12 meses</translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished">Pesquisar</translation>
    </message>
    <message>
        <source>Search: words, alias, phone number or plate (Ctrl+F)</source>
        <translation type="unfinished">Pesquisar: palavras, apelido, telefone ou placa (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter by area</source>
        <translation type="unfinished">Filtrar por área</translation>
    </message>
    <message>
        <source>Any area</source>
        <translation type="unfinished">Qualquer área</translation>
    </message>
    <message>
        <source>Filter by date</source>
        <translation type="unfinished">Filtrar por data</translation>
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
        <translation type="unfinished">Registro selecionado</translation>
    </message>
    <message>
        <source>Select a row to see it here.</source>
        <translation type="unfinished">Selecione uma linha para vê-la aqui.</translation>
    </message>
    <message>
        <source>Page message</source>
        <translation type="unfinished">Mensagem da página</translation>
    </message>
    <message>
        <source>list records</source>
        <translation type="unfinished">listar os registros</translation>
    </message>
    <message>
        <source>%1 shown</source>
        <translation type="unfinished">%1 mostrados</translation>
    </message>
    <message>
        <source>this person</source>
        <translation type="unfinished">esta pessoa</translation>
    </message>
    <message>
        <source>Forget %1?

This permanently erases %1 and everything recorded about them on this device: %2 contacts and %3 incidents, with their consents and unsent reports. It cannot be undone.

Reports already sent to the charity will be withdrawn from its server at the next sync. An alert already read, or intelligence already passed to the police, cannot be recalled.</source>
        <translation type="unfinished">Esquecer %1?

Isto apaga para sempre %1 e tudo o que foi registrado sobre essa pessoa neste dispositivo: %2 contatos e %3 incidentes, com seus consentimentos e relatórios não enviados. Isso não pode ser desfeito.

Relatórios já enviados à organização serão retirados do servidor dela na próxima sincronização. Um alerta já lido, ou informação já passada à polícia, não pode ser recuperado.</translation>
    </message>
    <message>
        <source>Forget %1 and erase %2 records</source>
        <translation type="unfinished">Esquecer %1 e apagar %2 registros</translation>
    </message>
    <message>
        <source>Forgotten. Reports already sent will be withdrawn from the charity&apos;s server at the next sync.</source>
        <translation type="unfinished">Esquecida. Relatórios já enviados serão retirados do servidor da organização na próxima sincronização.</translation>
    </message>
    <message>
        <source>forget the person</source>
        <translation type="unfinished">esquecer a pessoa</translation>
    </message>
    <message>
        <source>Forget this person</source>
        <translation type="unfinished">Esquecer esta pessoa</translation>
    </message>
    <message>
        <source>count their records</source>
        <translation type="unfinished">contar os registros dela</translation>
    </message>
</context>
<context>
    <name>RecordModels</name>
    <message>
        <source>When</source>
        <translation type="unfinished">Quando</translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished">Área</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation type="unfinished">Apelido</translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished">Como</translation>
    </message>
    <message>
        <source>Supplies</source>
        <translation type="unfinished">Materiais</translation>
    </message>
    <message>
        <source>Supplies handed out, with counts</source>
        <translation type="unfinished">Materiais entregues, com quantidades</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished">Encaminhamentos</translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished">Observação</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished">O que aconteceu</translation>
    </message>
    <message>
        <source>Perpetrators</source>
        <translation type="unfinished">Agressores</translation>
    </message>
    <message>
        <source>Number of perpetrators</source>
        <translation type="unfinished">Número de agressores</translation>
    </message>
    <message>
        <source>Plates</source>
        <translation type="unfinished">Placas</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished">Resumo</translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished">Idade</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished">Gênero</translation>
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
        <translation type="unfinished">Não foi possível %1: %2</translation>
    </message>
    <message>
        <source>Could not %1: the vault is locked.</source>
        <translation type="unfinished">Não foi possível %1: o cofre está bloqueado.</translation>
    </message>
    <message>
        <source>Could not %1: the vault refused the change (%2). Nothing was saved.</source>
        <translation type="unfinished">Não foi possível %1: o cofre recusou a alteração (%2). Nada foi salvo.</translation>
    </message>
    <message>
        <source>Could not %1 (%2).</source>
        <translation type="unfinished">Não foi possível %1 (%2).</translation>
    </message>
</context>
<context>
    <name>RestorePassphraseDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished">Restaurar de um backup</translation>
    </message>
    <message>
        <source>Passphrase of the backup</source>
        <translation type="unfinished">Frase-senha do backup</translation>
    </message>
    <message>
        <source>Current coordinator passphrase</source>
        <translation type="unfinished">Frase-senha atual do coordenador</translation>
    </message>
    <message>
        <source>Restoring replaces every record on this laptop with the backup&apos;s. Records added since the backup are lost.</source>
        <translation type="unfinished">Restaurar substitui todos os registros deste laptop pelos do backup. Registros adicionados depois do backup são perdidos.</translation>
    </message>
    <message>
        <source>&amp;Coordinator passphrase of this vault:</source>
        <translation type="unfinished">Frase-senha de &amp;coordenador deste cofre:</translation>
    </message>
    <message>
        <source>&amp;Passphrase of the backup:</source>
        <translation type="unfinished">&amp;Frase-senha do backup:</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review and sync</source>
        <translation type="unfinished">Revisar e enviar</translation>
    </message>
    <message>
        <source>Queue summary</source>
        <translation type="unfinished">Resumo da fila</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation type="unfinished">Caixa de saída</translation>
    </message>
    <message>
        <source>Selected report, in plain words</source>
        <translation type="unfinished">Relatório selecionado, em palavras simples</translation>
    </message>
    <message>
        <source>Selected report, as sent (JSON)</source>
        <translation type="unfinished">Relatório selecionado, como enviado (JSON)</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished">&amp;Aprovar</translation>
    </message>
    <message>
        <source>Approve the selected report</source>
        <translation type="unfinished">Aprovar o relatório selecionado</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation type="unfinished">&amp;Rejeitar</translation>
    </message>
    <message>
        <source>Reject the selected report</source>
        <translation type="unfinished">Rejeitar o relatório selecionado</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation type="unfinished">&amp;Sincronizar agora</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished">Sincronizar agora</translation>
    </message>
    <message>
        <source>Page message</source>
        <translation type="unfinished">Mensagem da página</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished">Endereço do servidor</translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <translation type="unfinished">Código de inscrição</translation>
    </message>
    <message>
        <source>Charity key fingerprint from the code sheet</source>
        <translation type="unfinished">Impressão digital da chave da organização, da folha de códigos</translation>
    </message>
    <message>
        <source>&amp;Link this device</source>
        <translation type="unfinished">Vincular &amp;este dispositivo</translation>
    </message>
    <message>
        <source>Link this device to the server</source>
        <translation type="unfinished">Vincular este dispositivo ao servidor</translation>
    </message>
    <message>
        <source>Link to the charity&apos;s server</source>
        <translation type="unfinished">Vincular ao servidor da organização</translation>
    </message>
    <message>
        <source>Ser&amp;ver address:</source>
        <translation type="unfinished">Endereço do ser&amp;vidor:</translation>
    </message>
    <message>
        <source>Enrolment &amp;code:</source>
        <translation type="unfinished">&amp;Código de inscrição:</translation>
    </message>
    <message>
        <source>Charity key &amp;fingerprint:</source>
        <translation type="unfinished">Impressão digital da c&amp;have:</translation>
    </message>
    <message>
        <source>load the outbox</source>
        <translation type="unfinished">carregar a caixa de saída</translation>
    </message>
    <message>
        <source>%1 waiting to be sent</source>
        <translation type="unfinished">%1 aguardando envio</translation>
    </message>
    <message>
        <source>%1 waiting for review</source>
        <translation type="unfinished">%1 aguardando revisão</translation>
    </message>
    <message>
        <source>%1 parked</source>
        <translation type="unfinished">%1 parados</translation>
    </message>
    <message>
        <source>%1 sent</source>
        <translation type="unfinished">%1 enviados</translation>
    </message>
    <message numerus="yes">
        <source>%n withdrawal(s) not found on the server yet</source>
        <translation type="unfinished">
            <numerusform>%n retirada ainda não encontrada no servidor</numerusform>
            <numerusform>%n retiradas ainda não encontradas no servidor</numerusform>
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
        <translation type="unfinished">O que foi enviado foi removido deste dispositivo pela retenção. O relatório ainda pode ser retirado do servidor da organização.</translation>
    </message>
    <message>
        <source>(removed by retention)</source>
        <translation type="unfinished">(removido pela retenção)</translation>
    </message>
    <message>
        <source>Approved: it is sent at the next sync.</source>
        <translation type="unfinished">Aprovado: será enviado na próxima sincronização.</translation>
    </message>
    <message>
        <source>Rejected.</source>
        <translation type="unfinished">Rejeitado.</translation>
    </message>
    <message>
        <source>approve the report</source>
        <translation type="unfinished">aprovar o relatório</translation>
    </message>
    <message>
        <source>reject the report</source>
        <translation type="unfinished">rejeitar o relatório</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished">Sincronizando…</translation>
    </message>
    <message>
        <source>Type the server address, the enrolment code and the charity key fingerprint.</source>
        <translation type="unfinished">Digite o endereço do servidor, o código de inscrição e a impressão digital da chave da organização.</translation>
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
        <translation type="unfinished">a organização</translation>
    </message>
    <message>
        <source>Linked to %1 (%2 regions).</source>
        <translation type="unfinished">Vinculado a %1 (%2 regiões).</translation>
    </message>
    <message>
        <source>Charity key pinned: %1.</source>
        <translation type="unfinished">Chave da organização fixada: %1.</translation>
    </message>
    <message>
        <source>Linking failed: %1.</source>
        <translation type="unfinished">Falha ao vincular: %1.</translation>
    </message>
</context>
<context>
    <name>RoleNotice</name>
    <message>
        <source>Alarm: something protected was changed without the coordinator&apos;s key. It has been put back, and this is recorded in the audit log.</source>
        <translation type="unfinished">Alarme: algo protegido foi alterado sem a chave do coordenador. Foi restaurado, e isso está registrado no registro de auditoria.</translation>
    </message>
    <message>
        <source>This passphrase acts as a worker in this session.</source>
        <translation type="unfinished">Esta frase-senha atua como agente nesta sessão.</translation>
    </message>
    <message>
        <source>Protected settings and roles are now sealed with the coordinator key.</source>
        <translation type="unfinished">As configurações e funções protegidas agora estão seladas com a chave do coordenador.</translation>
    </message>
    <message>
        <source>Review and retention settings are not sealed yet: the next coordinator unlock seals them.</source>
        <translation type="unfinished">As configurações de revisão e retenção ainda não estão seladas: o próximo desbloqueio de um coordenador as sela.</translation>
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
        <translation type="unfinished">salvar o incidente</translation>
    </message>
    <message>
        <source>Saved. This incident was shared, and the new version is not shared until the person confirms it. Close to leave the earlier version as it was.</source>
        <translation type="unfinished">Salvo. Este incidente foi compartilhado, e a nova versão não é compartilhada até a pessoa confirmá-la. Feche para deixar a versão anterior como estava.</translation>
    </message>
    <message>
        <source>Incident saved.</source>
        <translation type="unfinished">Incidente salvo.</translation>
    </message>
    <message>
        <source>Incident saved. It stays on this device until consent is given.</source>
        <translation type="unfinished">Incidente salvo. Ele fica neste dispositivo até o consentimento ser dado.</translation>
    </message>
    <message>
        <source>Perpetrator %1: %2</source>
        <translation type="unfinished">Agressor %1: %2</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished">Configurações</translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"> min</translation>
    </message>
    <message>
        <source>Lock after minutes without use</source>
        <translation type="unfinished">Bloquear após minutos sem uso</translation>
    </message>
    <message>
        <source>Panic: %1 locks and hides the window at once.</source>
        <translation type="unfinished">Pânico: %1 bloqueia e oculta a janela na hora.</translation>
    </message>
    <message>
        <source>Locking</source>
        <translation type="unfinished">Bloqueio</translation>
    </message>
    <message>
        <source>Lock after &amp;idle:</source>
        <translation type="unfinished">Bloquear após &amp;inatividade:</translation>
    </message>
    <message>
        <source>A coordinator approves reports before they leave</source>
        <translation type="unfinished">Um coordenador aprova os relatórios antes de saírem</translation>
    </message>
    <message>
        <source>Review required</source>
        <translation type="unfinished">Revisão obrigatória</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation type="unfinished">Compartilhamento</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished">Retenção</translation>
    </message>
    <message>
        <source>Contact notes:</source>
        <translation type="unfinished">Observações de contato:</translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"> meses</translation>
    </message>
    <message>
        <source>People (alias and notes):</source>
        <translation type="unfinished">Pessoas (apelido e observações):</translation>
    </message>
    <message>
        <source>Incident descriptions:</source>
        <translation type="unfinished">Descrições de incidentes:</translation>
    </message>
    <message>
        <source>Sent reports&apos; copies:</source>
        <translation type="unfinished">Cópias dos relatórios enviados:</translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"> dias</translation>
    </message>
    <message>
        <source>Save retention</source>
        <translation type="unfinished">Salvar retenção</translation>
    </message>
    <message>
        <source>Save the retention periods</source>
        <translation type="unfinished">Salvar os períodos de retenção</translation>
    </message>
    <message>
        <source>Retention message</source>
        <translation type="unfinished">Mensagem da retenção</translation>
    </message>
    <message>
        <source>Dark (low glare)</source>
        <translation type="unfinished">Escuro (menos brilho)</translation>
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
        <translation type="unfinished">O idioma do sistema</translation>
    </message>
    <message>
        <source>Language of the app</source>
        <translation type="unfinished">Idioma do aplicativo</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished">Aparência</translation>
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
        <translation type="unfinished">Linha de contato no folheto de alertas</translation>
    </message>
    <message>
        <source>e.g. Outreach van 07700 900123, Mon–Sat 8pm–2am</source>
        <translation type="unfinished">ex.: Van Outreach 07700 900123, seg–sáb 20h–2h</translation>
    </message>
    <message>
        <source>Save contact line</source>
        <translation type="unfinished">Salvar linha de contato</translation>
    </message>
    <message>
        <source>Save the contact line</source>
        <translation type="unfinished">Salvar a linha de contato</translation>
    </message>
    <message>
        <source>Contact line message</source>
        <translation type="unfinished">Mensagem da linha de contato</translation>
    </message>
    <message>
        <source>Printed handout</source>
        <translation type="unfinished">Folheto impresso</translation>
    </message>
    <message>
        <source>&amp;Contact line:</source>
        <translation type="unfinished">&amp;Linha de contato:</translation>
    </message>
    <message>
        <source>Not linked to a server.</source>
        <translation type="unfinished">Não vinculado a um servidor.</translation>
    </message>
    <message>
        <source>Server link</source>
        <translation type="unfinished">Vínculo com servidor</translation>
    </message>
    <message>
        <source>Link to a server…</source>
        <translation type="unfinished">Vincular a um servidor…</translation>
    </message>
    <message>
        <source>Link to a server</source>
        <translation type="unfinished">Vincular a um servidor</translation>
    </message>
    <message>
        <source>Charity server</source>
        <translation type="unfinished">Servidor da organização</translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation type="unfinished">Alterar frase-senha…</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation type="unfinished">Alterar a frase-senha</translation>
    </message>
    <message>
        <source>Back up…</source>
        <translation type="unfinished">Fazer backup…</translation>
    </message>
    <message>
        <source>Back up the vault</source>
        <translation type="unfinished">Fazer backup do cofre</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation type="unfinished">Restaurar…</translation>
    </message>
    <message>
        <source>Restore the vault from a backup</source>
        <translation type="unfinished">Restaurar o cofre de um backup</translation>
    </message>
    <message>
        <source>Vault message</source>
        <translation type="unfinished">Mensagem do cofre</translation>
    </message>
    <message>
        <source>Passphrase and backups</source>
        <translation type="unfinished">Frase-senha e backups</translation>
    </message>
    <message>
        <source>Quick delete…</source>
        <translation type="unfinished">Exclusão rápida…</translation>
    </message>
    <message>
        <source>Quick delete</source>
        <translation type="unfinished">Exclusão rápida</translation>
    </message>
    <message>
        <source>Quick delete warning</source>
        <translation type="unfinished">Aviso da exclusão rápida</translation>
    </message>
    <message>
        <source>Delete everything now</source>
        <translation type="unfinished">Excluir tudo agora</translation>
    </message>
    <message>
        <source>Confirm quick delete</source>
        <translation type="unfinished">Confirmar exclusão rápida</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Cancelar</translation>
    </message>
    <message>
        <source>Cancel quick delete</source>
        <translation type="unfinished">Cancelar exclusão rápida</translation>
    </message>
    <message>
        <source>Also destroy the files Outreach saved outside the vault (exports, backups, PDFs)</source>
        <translation type="unfinished">Também destruir os arquivos que o Outreach salvou fora do cofre (exportações, backups, PDFs)</translation>
    </message>
    <message>
        <source>Destroys the key first, then every record on this laptop and the files Outreach saved outside the vault (exports, backups, PDFs) that are still where it saved them; it lists any it cannot reach. Copies you made elsewhere stay. It cannot be undone. Use it if the laptop is about to be taken. The lock screen offers it too, without the passphrase.</source>
        <translation type="unfinished">Destrói primeiro a chave, depois todos os registros deste laptop e os arquivos que o Outreach salvou fora do cofre (exportações, backups, PDFs) que ainda estão onde foram salvos; lista os que não consegue alcançar. Cópias que você fez em outro lugar continuam. Não pode ser desfeito. Use se o laptop estiver para ser levado. A tela de bloqueio também oferece isso, sem a frase-senha.</translation>
    </message>
    <message>
        <source>The new language is used when Outreach starts again.</source>
        <translation type="unfinished">O novo idioma é usado quando o Outreach abrir de novo.</translation>
    </message>
    <message>
        <source>Contact line saved.</source>
        <translation type="unfinished">Linha de contato salva.</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation type="unfinished">Não salvo.</translation>
    </message>
    <message>
        <source>Retention periods saved.</source>
        <translation type="unfinished">Períodos de retenção salvos.</translation>
    </message>
    <message>
        <source>Only a coordinator can change the retention periods.</source>
        <translation type="unfinished">Só um coordenador pode alterar os períodos de retenção.</translation>
    </message>
    <message>
        <source>The retention periods were not saved.</source>
        <translation type="unfinished">Os períodos de retenção não foram salvos.</translation>
    </message>
    <message>
        <source>Only a coordinator can change the review setting.</source>
        <translation type="unfinished">Só um coordenador pode alterar a configuração de revisão.</translation>
    </message>
    <message>
        <source>Outreach backups (*.obk)</source>
        <translation type="unfinished">Backups do Outreach (*.obk)</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished">Restaurar de um backup</translation>
    </message>
    <message>
        <source>Counting reports that have not been sent…</source>
        <translation type="unfinished">Contando os relatórios não enviados…</translation>
    </message>
    <message>
        <source>Everything on this laptop will be destroyed and cannot be recovered.</source>
        <translation type="unfinished">Tudo neste laptop será destruído e não poderá ser recuperado.</translation>
    </message>
    <message>
        <source>All reports have been sent. Everything on this laptop will be destroyed.</source>
        <translation type="unfinished">Todos os relatórios foram enviados. Tudo neste laptop será destruído.</translation>
    </message>
    <message numerus="yes">
        <source>Not yet sent to the charity: %n report(s). They will be lost. Everything on this laptop will be destroyed.</source>
        <translation type="unfinished">
            <numerusform>Ainda não enviado à organização: %n relatório. Ele será perdido. Tudo neste laptop será destruído.</numerusform>
            <numerusform>Ainda não enviados à organização: %n relatórios. Eles serão perdidos. Tudo neste laptop será destruído.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleting everything in %n second(s). Press Cancel to stop.</source>
        <translation type="unfinished">
            <numerusform>Apagando tudo em %n segundo. Aperte Cancelar para parar.</numerusform>
            <numerusform>Apagando tudo em %n segundos. Aperte Cancelar para parar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SharingFlow</name>
    <message>
        <source>the area “%1” has no server region yet</source>
        <translation type="unfinished">a área “%1” ainda não tem região no servidor</translation>
    </message>
    <message>
        <source>it has no area</source>
        <translation type="unfinished">não tem área</translation>
    </message>
    <message>
        <source>Saved, but not shareable: %1, so a report cannot be sent and no consent was asked. Choose an area, or set the area&apos;s region in Settings → Areas (or `outreach area set-region`), then open the incident again to share it.</source>
        <translation type="unfinished">Salvo, mas não compartilhável: %1, então nenhum relatório pode ser enviado e nenhum consentimento foi pedido. Escolha uma área ou defina a região da área em Configurações → Áreas (ou `outreach area set-region`) e abra o incidente de novo para compartilhá-lo.</translation>
    </message>
    <message>
        <source>check the area</source>
        <translation type="unfinished">verificar a área</translation>
    </message>
    <message>
        <source>load the consent</source>
        <translation type="unfinished">carregar o consentimento</translation>
    </message>
    <message>
        <source>Type the initials of the worker recording consent.</source>
        <translation type="unfinished">Digite as iniciais de quem registra o consentimento.</translation>
    </message>
    <message>
        <source>record consent</source>
        <translation type="unfinished">registrar o consentimento</translation>
    </message>
    <message>
        <source>Nothing will be shared. The incident stays on this device.</source>
        <translation type="unfinished">Nada será compartilhado. O incidente fica neste dispositivo.</translation>
    </message>
    <message>
        <source>prepare the preview</source>
        <translation type="unfinished">preparar a prévia</translation>
    </message>
    <message>
        <source>Removed. This incident was shared, so the new version needs the person&apos;s confirmation before it is sealed.</source>
        <translation type="unfinished">Removido. Este incidente foi compartilhado, então a nova versão precisa da confirmação da pessoa antes de ser selada.</translation>
    </message>
    <message>
        <source>remove it</source>
        <translation type="unfinished">remover</translation>
    </message>
    <message>
        <source>Sealed. A coordinator reviews it before it is sent.</source>
        <translation type="unfinished">Selado. Um coordenador revisa antes do envio.</translation>
    </message>
    <message>
        <source>Sealed and queued: it is sent at a random time within the next 15 minutes, so the sending does not show when it was written. Sync now on Review &amp; sync sends it at once.</source>
        <translation type="unfinished">Selado e na fila: é enviado em um momento aleatório nos próximos 15 minutos, para que o envio não revele quando foi escrito. “Sincronizar agora” na página Revisar e enviar envia na hora.</translation>
    </message>
    <message>
        <source>It replaces the version sent earlier.</source>
        <translation type="unfinished">Substitui a versão enviada antes.</translation>
    </message>
    <message>
        <source>seal the report</source>
        <translation type="unfinished">selar o relatório</translation>
    </message>
    <message>
        <source>Print the withdrawal slip</source>
        <translation type="unfinished">Imprimir o comprovante de retirada</translation>
    </message>
    <message>
        <source>Slip saved as a PDF.</source>
        <translation type="unfinished">Comprovante salvo como PDF.</translation>
    </message>
    <message>
        <source>The slip could not be saved.</source>
        <translation type="unfinished">Não foi possível salvar o comprovante.</translation>
    </message>
    <message>
        <source>The slip could not be printed.</source>
        <translation type="unfinished">Não foi possível imprimir o comprovante.</translation>
    </message>
    <message>
        <source>Slip sent to the printer.</source>
        <translation type="unfinished">Comprovante enviado para a impressora.</translation>
    </message>
</context>
<context>
    <name>SharingSteps</name>
    <message>
        <source>night</source>
        <translation type="unfinished">noite</translation>
    </message>
    <message>
        <source>morning</source>
        <translation type="unfinished">manhã</translation>
    </message>
    <message>
        <source>afternoon</source>
        <translation type="unfinished">tarde</translation>
    </message>
    <message>
        <source>evening</source>
        <translation type="unfinished">início da noite</translation>
    </message>
    <message>
        <source>Format version</source>
        <translation type="unfinished">Versão do formato</translation>
    </message>
    <message>
        <source>Report number (random; not linked to this device or the person)</source>
        <translation type="unfinished">Número do relatório (aleatório; sem ligação com este dispositivo ou a pessoa)</translation>
    </message>
    <message>
        <source>Replaces the earlier report</source>
        <translation type="unfinished">Substitui o relatório anterior</translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished">Região</translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished">Data</translation>
    </message>
    <message>
        <source>Part of the day</source>
        <translation type="unfinished">Parte do dia</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished">O que aconteceu</translation>
    </message>
    <message>
        <source>Withdrawal check (a one-way fingerprint of the code, not the code)</source>
        <translation type="unfinished">Verificação de retirada (uma impressão digital de mão única do código, não o código)</translation>
    </message>
    <message>
        <source>Perpetrator</source>
        <translation type="unfinished">Agressor</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation type="unfinished">Veículo</translation>
    </message>
    <message>
        <source>Weapon used</source>
        <translation type="unfinished">Arma usada</translation>
    </message>
    <message>
        <source>Summary (names and numbers taken out)</source>
        <translation type="unfinished">Resumo (sem nomes e números)</translation>
    </message>
    <message>
        <source>Age band of the person</source>
        <translation type="unfinished">Faixa etária da pessoa</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished">Gênero</translation>
    </message>
    <message>
        <source>Hurt</source>
        <translation type="unfinished">Ferida</translation>
    </message>
    <message>
        <source>How badly hurt</source>
        <translation type="unfinished">Gravidade da lesão</translation>
    </message>
    <message>
        <source>Police already told</source>
        <translation type="unfinished">Polícia já avisada</translation>
    </message>
    <message>
        <source>Wants police contact through the outreach project</source>
        <translation type="unfinished">Quer contato com a polícia pelo projeto</translation>
    </message>
    <message>
        <source>Age from</source>
        <translation type="unfinished">Idade de</translation>
    </message>
    <message>
        <source>Age to</source>
        <translation type="unfinished">Idade até</translation>
    </message>
    <message>
        <source>Height</source>
        <translation type="unfinished">Altura</translation>
    </message>
    <message>
        <source>Build</source>
        <translation type="unfinished">Porte físico</translation>
    </message>
    <message>
        <source>Ethnicity (as described)</source>
        <translation type="unfinished">Etnia (como descrita)</translation>
    </message>
    <message>
        <source>Hair</source>
        <translation type="unfinished">Cabelo</translation>
    </message>
    <message>
        <source>Distinguishing features</source>
        <translation type="unfinished">Sinais particulares</translation>
    </message>
    <message>
        <source>Clothing</source>
        <translation type="unfinished">Roupas</translation>
    </message>
    <message>
        <source>Name used</source>
        <translation type="unfinished">Nome usado</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation type="unfinished">Números de telefone</translation>
    </message>
    <message>
        <source>E-mail addresses</source>
        <translation type="unfinished">Endereços de e-mail</translation>
    </message>
    <message>
        <source>Online names</source>
        <translation type="unfinished">Nomes on-line</translation>
    </message>
    <message>
        <source>Website or app</source>
        <translation type="unfinished">Site ou aplicativo</translation>
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
        <translation type="unfinished">Cor</translation>
    </message>
    <message>
        <source>Registration plate</source>
        <translation type="unfinished">Placa</translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished">sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished">não</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation type="unfinished">de %1 a %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished">a partir de %1</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation type="unfinished">até %1</translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished">Idade</translation>
    </message>
    <message>
        <source>Sent to the charity:</source>
        <translation type="unfinished">Enviado à organização:</translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation type="unfinished">Para: %1</translation>
    </message>
    <message>
        <source>(only that this purpose was agreed)</source>
        <translation type="unfinished">(só que esta finalidade foi aceita)</translation>
    </message>
    <message>
        <source>Nothing else leaves this device.</source>
        <translation type="unfinished">Nada mais sai deste dispositivo.</translation>
    </message>
    <message>
        <source>a name or a place?</source>
        <translation type="unfinished">um nome ou um lugar?</translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished">um número</translation>
    </message>
    <message>
        <source>an address or online name (has @)</source>
        <translation type="unfinished">um endereço ou nome on-line (tem @)</translation>
    </message>
    <message>
        <source>comes after lives, works, at or flat: a place?</source>
        <translation type="unfinished">vem depois de “mora”, “trabalha”, “em” ou “apartamento”: um lugar?</translation>
    </message>
    <message>
        <source>height</source>
        <translation type="unfinished">altura</translation>
    </message>
    <message>
        <source>ethnicity as described</source>
        <translation type="unfinished">etnia como descrita</translation>
    </message>
    <message>
        <source>hair</source>
        <translation type="unfinished">cabelo</translation>
    </message>
    <message>
        <source>distinguishing features</source>
        <translation type="unfinished">sinais particulares</translation>
    </message>
    <message>
        <source>clothing</source>
        <translation type="unfinished">roupas</translation>
    </message>
    <message>
        <source>name used</source>
        <translation type="unfinished">nome usado</translation>
    </message>
    <message>
        <source>website or app</source>
        <translation type="unfinished">site ou aplicativo</translation>
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
        <translation type="unfinished">cor</translation>
    </message>
    <message>
        <source>the summary</source>
        <translation type="unfinished">o resumo</translation>
    </message>
    <message>
        <source>perpetrator %1</source>
        <translation type="unfinished">agressor %1</translation>
    </message>
    <message>
        <source>vehicle %1</source>
        <translation type="unfinished">veículo %1</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished">em %1</translation>
    </message>
    <message>
        <source>Might identify: %1 (%2), in %3</source>
        <translation type="unfinished">Pode identificar: %1 (%2), em %3</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished">Manter</translation>
    </message>
    <message>
        <source>Keep: %1</source>
        <translation type="unfinished">Manter: %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished">Remover</translation>
    </message>
    <message>
        <source>Remove from %1: %2</source>
        <translation type="unfinished">Remover de %1: %2</translation>
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
        <translation type="unfinished">Nenhum turno em andamento.</translation>
    </message>
    <message>
        <source>Shift state</source>
        <translation type="unfinished">Situação do turno</translation>
    </message>
    <message>
        <source>Area (pick one or type a new one)</source>
        <translation type="unfinished">Área (escolha uma ou digite uma nova)</translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished">Área</translation>
    </message>
    <message>
        <source>Shift mode</source>
        <translation type="unfinished">Modo do turno</translation>
    </message>
    <message>
        <source>Staff initials</source>
        <translation type="unfinished">Iniciais da equipe</translation>
    </message>
    <message>
        <source>e.g. AB, CD</source>
        <translation type="unfinished">ex.: AB, CD</translation>
    </message>
    <message>
        <source>&amp;Start shift</source>
        <translation type="unfinished">&amp;Iniciar turno</translation>
    </message>
    <message>
        <source>Start shift</source>
        <translation type="unfinished">Iniciar turno</translation>
    </message>
    <message>
        <source>E&amp;nd shift</source>
        <translation type="unfinished">&amp;Encerrar turno</translation>
    </message>
    <message>
        <source>End shift</source>
        <translation type="unfinished">Encerrar turno</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation type="unfinished">Á&amp;rea:</translation>
    </message>
    <message>
        <source>M&amp;ode:</source>
        <translation type="unfinished">&amp;Modo:</translation>
    </message>
    <message>
        <source>Server region of the new area</source>
        <translation type="unfinished">Região do servidor da nova área</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation type="unfinished">Re&amp;gião:</translation>
    </message>
    <message>
        <source>&amp;Initials:</source>
        <translation type="unfinished">I&amp;niciais:</translation>
    </message>
    <message>
        <source>Quick contact (Enter saves)</source>
        <translation type="unfinished">Contato rápido (Enter salva)</translation>
    </message>
    <message>
        <source>Quick contact</source>
        <translation type="unfinished">Contato rápido</translation>
    </message>
    <message>
        <source>Alias (leave empty for an anonymous contact)</source>
        <translation type="unfinished">Apelido (deixe vazio para um contato anônimo)</translation>
    </message>
    <message>
        <source>Alias, or leave empty</source>
        <translation type="unfinished">Apelido, ou deixe vazio</translation>
    </message>
    <message>
        <source>How the contact happened</source>
        <translation type="unfinished">Como o contato aconteceu</translation>
    </message>
    <message>
        <source>%1 handed out</source>
        <translation type="unfinished">%1 entregue(s)</translation>
    </message>
    <message>
        <source>Referred to %1</source>
        <translation type="unfinished">Encaminhado(a) para %1</translation>
    </message>
    <message>
        <source>Note (stays on this device)</source>
        <translation type="unfinished">Observação (fica neste dispositivo)</translation>
    </message>
    <message>
        <source>A short note (stays on this device)</source>
        <translation type="unfinished">Uma observação curta (fica neste dispositivo)</translation>
    </message>
    <message>
        <source>Save contact</source>
        <translation type="unfinished">Salvar contato</translation>
    </message>
    <message>
        <source>Quick contact message</source>
        <translation type="unfinished">Mensagem do contato rápido</translation>
    </message>
    <message>
        <source>A&amp;lias:</source>
        <translation type="unfinished">A&amp;pelido:</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation type="unfinished">&amp;Como:</translation>
    </message>
    <message>
        <source>Supplies:</source>
        <translation type="unfinished">Materiais:</translation>
    </message>
    <message>
        <source>Referrals:</source>
        <translation type="unfinished">Encaminhamentos:</translation>
    </message>
    <message>
        <source>No&amp;te:</source>
        <translation type="unfinished">Obser&amp;vação:</translation>
    </message>
    <message>
        <source>Shift tally</source>
        <translation type="unfinished">Contagem do turno</translation>
    </message>
    <message>
        <source>This shift&apos;s contacts (Enter edits the selected one)</source>
        <translation type="unfinished">Contatos deste turno (Enter edita o selecionado)</translation>
    </message>
    <message>
        <source>&amp;Undo last contact</source>
        <translation type="unfinished">&amp;Desfazer último contato</translation>
    </message>
    <message>
        <source>Undo the last contact saved here (Ctrl+Z)</source>
        <translation type="unfinished">Desfazer o último contato salvo aqui (Ctrl+Z)</translation>
    </message>
    <message>
        <source>This shift so far</source>
        <translation type="unfinished">Este turno até agora</translation>
    </message>
    <message>
        <source>load the shift</source>
        <translation type="unfinished">carregar o turno</translation>
    </message>
    <message>
        <source>No region (not shareable)</source>
        <translation type="unfinished">Sem região (não compartilhável)</translation>
    </message>
    <message>
        <source>A contact you had started before the lock was restored.</source>
        <translation type="unfinished">Um contato que você tinha começado antes do bloqueio foi restaurado.</translation>
    </message>
    <message>
        <source>No shift running. Contacts can still be logged.</source>
        <translation type="unfinished">Nenhum turno em andamento. Ainda é possível registrar contatos.</translation>
    </message>
    <message>
        <source>Shift running since %1 — %2, %3, %4</source>
        <translation type="unfinished">Turno desde %1 — %2, %3, %4</translation>
    </message>
    <message>
        <source>no area</source>
        <translation type="unfinished">sem área</translation>
    </message>
    <message>
        <source>%1 contacts</source>
        <translation type="unfinished">%1 contatos</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation type="unfinished">%1 pessoas</translation>
    </message>
    <message>
        <source>%1 referrals</source>
        <translation type="unfinished">%1 encaminhamentos</translation>
    </message>
    <message>
        <source>Type the staff initials to start a shift.</source>
        <translation type="unfinished">Digite as iniciais da equipe para iniciar um turno.</translation>
    </message>
    <message>
        <source>start the shift</source>
        <translation type="unfinished">iniciar o turno</translation>
    </message>
    <message>
        <source>Shift ended.</source>
        <translation type="unfinished">Turno encerrado.</translation>
    </message>
    <message>
        <source>end the shift</source>
        <translation type="unfinished">encerrar o turno</translation>
    </message>
    <message>
        <source>Nothing to save: type an alias, a note, supplies or a referral first.</source>
        <translation type="unfinished">Nada para salvar: digite primeiro um apelido, uma observação, materiais ou um encaminhamento.</translation>
    </message>
    <message>
        <source>save the contact</source>
        <translation type="unfinished">salvar o contato</translation>
    </message>
    <message>
        <source>Saved. %1 contacts this shift.</source>
        <translation type="unfinished">Salvo. %1 contatos neste turno.</translation>
    </message>
    <message>
        <source>Saved (no shift running).</source>
        <translation type="unfinished">Salvo (nenhum turno em andamento).</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation type="unfinished">anônimo</translation>
    </message>
    <message>
        <source>That contact was already deleted.</source>
        <translation type="unfinished">Esse contato já foi excluído.</translation>
    </message>
    <message>
        <source>Contact removed. Its details are back in the form.</source>
        <translation type="unfinished">Contato removido. Os dados dele voltaram ao formulário.</translation>
    </message>
    <message>
        <source>undo the contact</source>
        <translation type="unfinished">desfazer o contato</translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <source>Statistics</source>
        <translation type="unfinished">Estatísticas</translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished">De</translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished">Até</translation>
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
        <translation type="unfinished">Situação das estatísticas</translation>
    </message>
    <message>
        <source>Contacts by month and area</source>
        <translation type="unfinished">Contatos por mês e área</translation>
    </message>
    <message>
        <source>Contacts by month and shift mode</source>
        <translation type="unfinished">Contatos por mês e modo do turno</translation>
    </message>
    <message>
        <source>Contacts by week</source>
        <translation type="unfinished">Contatos por semana</translation>
    </message>
    <message>
        <source>Unique people seen by month</source>
        <translation type="unfinished">Pessoas únicas atendidas por mês</translation>
    </message>
    <message>
        <source>Supplies by month and kind</source>
        <translation type="unfinished">Materiais por mês e tipo</translation>
    </message>
    <message>
        <source>Referrals by month and kind</source>
        <translation type="unfinished">Encaminhamentos por mês e tipo</translation>
    </message>
    <message>
        <source>Incidents by month and type</source>
        <translation type="unfinished">Incidentes por mês e tipo</translation>
    </message>
    <message>
        <source>Reports shared and withdrawn</source>
        <translation type="unfinished">Relatórios compartilhados e retirados</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished">Contatos</translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished">Pessoas</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation type="unfinished">Compartilhados</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished">Retirado</translation>
    </message>
    <message>
        <source>%1 contacts, %2 people seen, %3 incidents in this period.</source>
        <translation type="unfinished">%1 contatos, %2 pessoas atendidas, %3 incidentes neste período.</translation>
    </message>
    <message>
        <source>No shift</source>
        <translation type="unfinished">Sem turno</translation>
    </message>
    <message>
        <source>Exporting the statistics…</source>
        <translation type="unfinished">Exportando as estatísticas…</translation>
    </message>
    <message>
        <source>Exported %1 tables to %2 (%3 small counts hidden).</source>
        <translation type="unfinished">%1 tabelas exportadas para %2 (%3 contagens pequenas ocultas).</translation>
    </message>
    <message>
        <source>Export cancelled. Nothing was written.</source>
        <translation type="unfinished">Exportação cancelada. Nada foi gravado.</translation>
    </message>
    <message>
        <source>That did not work.</source>
        <translation type="unfinished">Isso não funcionou.</translation>
    </message>
    <message>
        <source>Export statistics</source>
        <translation type="unfinished">Exportar estatísticas</translation>
    </message>
</context>
<context>
    <name>StoryStep</name>
    <message>
        <source>What happened, in their words (stays on this device)</source>
        <translation type="unfinished">O que aconteceu, nas palavras da pessoa (fica neste dispositivo)</translation>
    </message>
    <message>
        <source>Alert summary (written for sharing)</source>
        <translation type="unfinished">Resumo do alerta (escrito para compartilhar)</translation>
    </message>
    <message>
        <source>What happened, in their words — stays on this device:</source>
        <translation type="unfinished">O que aconteceu, nas palavras da pessoa — fica neste dispositivo:</translation>
    </message>
    <message>
        <source>Alert summary — written for sharing:</source>
        <translation type="unfinished">Resumo do alerta — escrito para compartilhar:</translation>
    </message>
    <message>
        <source>Write it for other sex workers to read. Names, numbers, addresses and plates are taken out automatically; check the preview before anything is sealed.</source>
        <translation type="unfinished">Escreva para outras trabalhadoras do sexo lerem. Nomes, números, endereços e placas são retirados automaticamente; confira a prévia antes de qualquer coisa ser selada.</translation>
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
        <translation type="unfinished">Inscrever alguém para avisos</translation>
    </message>
    <message>
        <source>Their number or address</source>
        <translation type="unfinished">O número ou endereço da pessoa</translation>
    </message>
    <message>
        <source>Language of their messages</source>
        <translation type="unfinished">Idioma das mensagens da pessoa</translation>
    </message>
    <message>
        <source>Discreet wording (nothing on a lock screen gives it away)</source>
        <translation type="unfinished">Texto discreto (nada na tela de bloqueio revela)</translation>
    </message>
    <message>
        <source>They agreed to get these messages</source>
        <translation type="unfinished">A pessoa concordou em receber estas mensagens</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Situação</translation>
    </message>
    <message>
        <source>&amp;Sign up</source>
        <translation type="unfinished">&amp;Inscrever</translation>
    </message>
    <message>
        <source>Send the sign-up to the server</source>
        <translation type="unfinished">Enviar a inscrição ao servidor</translation>
    </message>
    <message>
        <source>Send by:</source>
        <translation type="unfinished">Enviar por:</translation>
    </message>
    <message>
        <source>Number or address:</source>
        <translation type="unfinished">Número ou endereço:</translation>
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
        <translation type="unfinished">O endereço vai direto para o servidor da organização; não fica guardado aqui.</translation>
    </message>
    <message>
        <source>Tick that they agreed first. Nothing was sent.</source>
        <translation type="unfinished">Marque primeiro que a pessoa concordou. Nada foi enviado.</translation>
    </message>
    <message>
        <source>Pick at least one area. Nothing was sent.</source>
        <translation type="unfinished">Escolha pelo menos uma área. Nada foi enviado.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished">Enviando…</translation>
    </message>
    <message>
        <source>Signed up: they will get a welcome message with a link to stop.</source>
        <translation type="unfinished">Inscrita: a pessoa vai receber uma mensagem de boas-vindas com um link para parar.</translation>
    </message>
</context>
<context>
    <name>SyncBridge</name>
    <message numerus="yes">
        <source>%n new or updated alert(s).</source>
        <translation type="unfinished">
            <numerusform>%n alerta novo ou atualizado.</numerusform>
            <numerusform>%n alertas novos ou atualizados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not linked to a server.</source>
        <translation type="unfinished">Não vinculado a um servidor.</translation>
    </message>
    <message>
        <source>This laptop must be linked again: %1</source>
        <translation type="unfinished">Este laptop precisa ser vinculado de novo: %1</translation>
    </message>
    <message>
        <source>Linked to %1 at %2.</source>
        <translation type="unfinished">Vinculado a %1 em %2.</translation>
    </message>
    <message>
        <source>an organisation</source>
        <translation type="unfinished">uma organização</translation>
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
        <translation type="unfinished">O Outreach está bloqueado</translation>
    </message>
    <message>
        <source>Enter your passphrase to open the records.</source>
        <translation type="unfinished">Digite sua frase-senha para abrir os registros.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished">Frase-senha</translation>
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
        <translation type="unfinished">Mensagem de desbloqueio</translation>
    </message>
    <message>
        <source>Time until the next attempt</source>
        <translation type="unfinished">Tempo até a próxima tentativa</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation type="unfinished">Digite primeiro sua frase-senha.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation type="unfinished">Desbloqueando…</translation>
    </message>
    <message numerus="yes">
        <source>You can try again in %n second(s).</source>
        <translation type="unfinished">
            <numerusform>Você pode tentar de novo em %n segundo.</numerusform>
            <numerusform>Você pode tentar de novo em %n segundos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VaultActions</name>
    <message>
        <source>Changing the passphrase…</source>
        <translation type="unfinished">Alterando a frase-senha…</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation type="unfinished">A frase-senha foi alterada.</translation>
    </message>
    <message>
        <source>The passphrase was not changed: %1</source>
        <translation type="unfinished">A frase-senha não foi alterada: %1</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation type="unfinished">Gravando o backup…</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation type="unfinished">O backup falhou: %1</translation>
    </message>
    <message>
        <source>Backup written. It is encrypted with the current passphrase.</source>
        <translation type="unfinished">Backup gravado. Ele está criptografado com a frase-senha atual.</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished">Restaurar de um backup</translation>
    </message>
    <message>
        <source>Outreach backups (*.obk)</source>
        <translation type="unfinished">Backups do Outreach (*.obk)</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation type="unfinished">Restaurando o backup…</translation>
    </message>
    <message>
        <source>The backup was restored. Unlock it with its passphrase.</source>
        <translation type="unfinished">O backup foi restaurado. Desbloqueie-o com a frase-senha dele.</translation>
    </message>
    <message>
        <source>The backup was not restored: %1</source>
        <translation type="unfinished">O backup não foi restaurado: %1</translation>
    </message>
    <message>
        <source>Files Outreach saved outside the vault (exports, backups, PDFs) were not looked for: their list is inside the vault, and it was not unlocked since Outreach started. Delete them yourself.</source>
        <translation type="unfinished">Os arquivos que o Outreach salvou fora do cofre (exportações, backups, PDFs) não foram procurados: a lista deles fica dentro do cofre, e ele não foi desbloqueado desde que o Outreach abriu. Apague-os você mesmo(a).</translation>
    </message>
    <message numerus="yes">
        <source>Also destroyed: %n file(s) saved outside the vault.</source>
        <translation type="unfinished">
            <numerusform>Também destruído: %n arquivo salvo fora do cofre.</numerusform>
            <numerusform>Também destruídos: %n arquivos salvos fora do cofre.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not destroy %1: %2.</source>
        <translation type="unfinished">Não foi possível destruir %1: %2.</translation>
    </message>
    <message>
        <source>Quick delete did not finish: %1</source>
        <translation type="unfinished">A exclusão rápida não terminou: %1</translation>
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
        <translation type="unfinished">Cor</translation>
    </message>
    <message>
        <source>Registration plate (part is fine)</source>
        <translation type="unfinished">Placa (parte serve)</translation>
    </message>
    <message>
        <source>Vehicle: %1</source>
        <translation type="unfinished">Veículo: %1</translation>
    </message>
</context>
<context>
    <name>WhatStep</name>
    <message>
        <source>What happened (tick all that apply)</source>
        <translation type="unfinished">O que aconteceu (marque tudo o que se aplica)</translation>
    </message>
    <message>
        <source>Alias of the person harmed (empty: not recorded)</source>
        <translation type="unfinished">Apelido da pessoa agredida (vazio: não registrado)</translation>
    </message>
    <message>
        <source>Age band of the person</source>
        <translation type="unfinished">Faixa etária da pessoa</translation>
    </message>
    <message>
        <source>Gender of the person</source>
        <translation type="unfinished">Gênero da pessoa</translation>
    </message>
    <message>
        <source>Worker initials</source>
        <translation type="unfinished">Iniciais do agente</translation>
    </message>
    <message>
        <source>Injury</source>
        <translation type="unfinished">Lesão</translation>
    </message>
    <message>
        <source>Injury notes (stay on this device)</source>
        <translation type="unfinished">Observações sobre lesões (ficam neste dispositivo)</translation>
    </message>
    <message>
        <source>A weapon was used</source>
        <translation type="unfinished">Uma arma foi usada</translation>
    </message>
    <message>
        <source>Weapon (stays on this device)</source>
        <translation type="unfinished">Arma (fica neste dispositivo)</translation>
    </message>
    <message>
        <source>The police have already been told</source>
        <translation type="unfinished">A polícia já foi avisada</translation>
    </message>
    <message>
        <source>A&amp;lias:</source>
        <translation type="unfinished">A&amp;pelido:</translation>
    </message>
    <message>
        <source>Age band, gender:</source>
        <translation type="unfinished">Faixa etária, gênero:</translation>
    </message>
    <message>
        <source>Worker &amp;initials:</source>
        <translation type="unfinished">&amp;Iniciais do agente:</translation>
    </message>
    <message>
        <source>In&amp;jury:</source>
        <translation type="unfinished">Le&amp;são:</translation>
    </message>
    <message>
        <source>Injury notes (stay here):</source>
        <translation type="unfinished">Observações sobre lesões (ficam aqui):</translation>
    </message>
</context>
<context>
    <name>WhenStep</name>
    <message>
        <source>When it happened</source>
        <translation type="unfinished">Quando aconteceu</translation>
    </message>
    <message>
        <source>&amp;Approximately</source>
        <translation type="unfinished">&amp;Aproximadamente</translation>
    </message>
    <message>
        <source>The time is approximate</source>
        <translation type="unfinished">A hora é aproximada</translation>
    </message>
    <message>
        <source>How well the time is known</source>
        <translation type="unfinished">Quão bem a hora é conhecida</translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished">Área</translation>
    </message>
    <message>
        <source>Where exactly (stays on this device)</source>
        <translation type="unfinished">Onde exatamente (fica neste dispositivo)</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation type="unfinished">&amp;Quando:</translation>
    </message>
    <message>
        <source>A&amp;rea:</source>
        <translation type="unfinished">Á&amp;rea:</translation>
    </message>
    <message>
        <source>Where exactly
(stays on this device):</source>
        <translation type="unfinished">Onde exatamente
(fica neste dispositivo):</translation>
    </message>
    <message>
        <source>No area</source>
        <translation type="unfinished">Sem área</translation>
    </message>
</context>
<context>
    <name>WhoStep</name>
    <message>
        <source>Perpetrator</source>
        <translation type="unfinished">Agressor</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation type="unfinished">Veículo</translation>
    </message>
    <message>
        <source>Perpetrators</source>
        <translation type="unfinished">Agressores</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation type="unfinished">Veículos</translation>
    </message>
</context>
</TS>
