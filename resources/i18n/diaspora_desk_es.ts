<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../diaspora_desk/ui/associations/files.py" line="+33"/>
        <source>Import associations</source>
        <translation>Importar asociaciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../diaspora_desk/ui/partners/files.py" line="+35"/>
        <source>Tables (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>Tablas (*.csv *.txt *.xlsx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Importing associations…</source>
        <translation>Importando asociaciones…</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../diaspora_desk/ui/partners/files.py" line="+23"/>
        <source>Import finished</source>
        <translation>Importación terminada</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../diaspora_desk/ui/partners/files.py" line="+1"/>
        <source>Imported {n}, rejected {m}.</source>
        <translation>Importadas {n}, rechazadas {m}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../diaspora_desk/ui/partners/files.py" line="+10"/>
        <source>Save rejected rows…</source>
        <translation>Guardar filas rechazadas…</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../diaspora_desk/ui/partners/files.py" line="+5"/>
        <source>Save rejected rows</source>
        <translation>Guardar filas rechazadas</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export associations</source>
        <translation>Exportar asociaciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../diaspora_desk/ui/partners/files.py" line="+19"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Libro de Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exporting associations…</source>
        <translation>Exportando asociaciones…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported {n} associations to {path}</source>
        <translation>Se exportaron {n} asociaciones a {path}</translation>
    </message>
    <message>
        <location filename="../../diaspora_desk/ui/accounts/accounts_page.py" line="+67"/>
        <location filename="../../diaspora_desk/ui/associations/list_model.py" line="+49"/>
        <location filename="../../diaspora_desk/ui/partners/models.py" line="+52"/>
        <location filename="../../diaspora_desk/ui/people/list_model.py" line="+30"/>
        <location filename="../../diaspora_desk/ui/visits/list_models.py" line="+173"/>
        <location filename="../../diaspora_desk/ui/visits/models.py" line="+151"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last sign-in</source>
        <translation>Último inicio de sesión</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>active</source>
        <translation>activa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>disabled</source>
        <translation>desactivada</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change &amp;role…</source>
        <translation>Cambiar &amp;rol…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reset password…</source>
        <translation>&amp;Restablecer contraseña…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Disable</source>
        <translation>&amp;Desactivar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lock the window after this long without use:</source>
        <translation>Bloquear la ventana tras este tiempo sin uso:</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Change role</source>
        <translation>Cambiar rol</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role of {user}</source>
        <translation>Rol de {user}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New password for {user}</source>
        <translation>Nueva contraseña para {user}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Disable account</source>
        <translation>Desactivar la cuenta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{user} will no longer be able to sign in.</source>
        <translation>{user} ya no podrá iniciar sesión.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <location filename="../../diaspora_desk/ui/associations/list_model.py" line="+1"/>
        <source>Acronym</source>
        <translation>Sigla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../diaspora_desk/ui/people/filter_bar.py" line="+54"/>
        <location filename="../../diaspora_desk/ui/people/list_model.py" line="+2"/>
        <location filename="../../diaspora_desk/ui/people/needs_models.py" line="+107"/>
        <location filename="../../diaspora_desk/ui/visits/models.py" line="+1"/>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../diaspora_desk/ui/partners/models.py" line="+0"/>
        <location filename="../../diaspora_desk/ui/people/list_model.py" line="+1"/>
        <location filename="../../diaspora_desk/ui/visits/models.py" line="+1"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../diaspora_desk/ui/campaigns/events_page.py" line="+58"/>
        <source>Registered</source>
        <translation>Registrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last contact</source>
        <translation>Último contacto</translation>
    </message>
    <message>
        <location line="+19"/>
        <source> (archived)</source>
        <translation> (archivada)</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../../diaspora_desk/ui/people/list_model.py" line="+30"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../diaspora_desk/ui/people/list_model.py" line="+0"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../diaspora_desk/ui/associations/log_model.py" line="+34"/>
        <location filename="../../diaspora_desk/ui/practices_page.py" line="+50"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../diaspora_desk/ui/campaigns/events_page.py" line="-3"/>
        <location filename="../../diaspora_desk/ui/partners/models.py" line="+0"/>
        <location line="+32"/>
        <location filename="../../diaspora_desk/ui/practices_page.py" line="+0"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../diaspora_desk/ui/practices_page.py" line="+0"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../diaspora_desk/ui/main_window.py" line="+190"/>
        <location filename="../../diaspora_desk/ui/partners/models.py" line="-32"/>
        <source>Practices</source>
        <translation>Prácticas</translation>
    </message>
    <message>
        <location filename="../../diaspora_desk/ui/campaigns/models.py" line="+47"/>
        <location filename="../../diaspora_desk/ui/people/needs_models.py" line="-74"/>
        <location line="+32"/>
        <source>Id</source>
        <translation>Id.</translation>
    </message>
    <message>
        <location filename="../../diaspora_desk/ui/campaigns/events_page.py" line="-1"/>
        <location filename="../../diaspora_desk/ui/campaigns/models.py" line="+0"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../diaspora_desk/ui/partners/models.py" line="+73"/>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attended</source>
        <translation>Asistió</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../diaspora_desk/ui/reports_page.py" line="+77"/>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <location filename="../../diaspora_desk/ui/campaigns/models.py" line="+0"/>
        <location filename="../../diaspora_desk/ui/partners/models.py" line="-40"/>
        <location filename="../../diaspora_desk/ui/people/needs_models.py" line="-32"/>
        <location line="+32"/>
        <location filename="../../diaspora_desk/ui/visits/list_models.py" line="-121"/>
        <location line="+49"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Channels</source>
        <translation>Canales</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Starts</source>
        <translation>Empieza</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../diaspora_desk/ui/visits/list_models.py" line="+34"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Replies</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../diaspora_desk/ui/partners/models.py" line="+45"/>
        <source>Received</source>
        <translation>Recibida</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../diaspora_desk/ui/people/duplicates_page.py" line="+39"/>
        <location filename="../../diaspora_desk/ui/people/needs_models.py" line="+43"/>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File row</source>
        <translation>Fila del archivo</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Number not known</source>
        <translation>Número desconocido</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answer not read</source>
        <translation>Respuesta no leída</translation>
    </message>
    <message>
        <location filename="../../diaspora_desk/ui/errors.py" line="+30"/>
        <source>Something went wrong that should not have ({kind}). The details were written to {log}.</source>
        <translation>Ocurrió un error inesperado ({kind}). Los detalles se guardaron en {log}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../diaspora_desk/ui/main_window.py" line="-127"/>
        <location filename="../../diaspora_desk/ui/tasks.py" line="+135"/>
        <location filename="../../diaspora_desk/ui/trust/erasure_page.py" line="+190"/>
        <source>Diaspora Desk</source>
        <translation>Diaspora Desk</translation>
    </message>
    <message>
        <location filename="../../diaspora_desk/ui/main_window.py" line="+7"/>
        <source>Opening the database…</source>
        <translation>Abriendo la base de datos…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>One moment.</source>
        <translation>Un momento.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Database: {path}</source>
        <translation>Base de datos: {path}</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Associations</source>
        <translation>Asociaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People &amp; Skills</source>
        <translation>Personas y competencias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile Visits</source>
        <translation>Consulados móviles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaigns</source>
        <translation>Campañas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partners</source>
        <translation>Socios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print or report…</source>
        <translation>&amp;Imprimir o generar informe…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import associations…</source>
        <translation>&amp;Importar asociaciones…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export associations…</source>
        <translation>&amp;Exportar asociaciones…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import &amp;people…</source>
        <translation>Importar &amp;personas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export p&amp;eople…</source>
        <translation>Exportar &amp;personas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show {area} (Ctrl+{n})</source>
        <translation>Mostrar {area} (Ctrl+{n})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Audit, backups and erasure…</source>
        <translation>&amp;Auditoría, copias de seguridad y borrado…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User &amp;guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Diaspora Desk</source>
        <translation>&amp;Acerca de Diaspora Desk</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Select an item to print its report.</source>
        <translation>Seleccione un elemento para imprimir su informe.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>no consulate set</source>
        <translation>sin consulado configurado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diaspora Desk — {consulate} — {officer}</source>
        <translation>Diaspora Desk — {consulate} — {officer}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no officer set</source>
        <translation>sin funcionario configurado</translation>
    </message>
    <message>
        <location filename="../../diaspora_desk/ui/people/duplicates_page.py" line="+0"/>
        <source>File, row</source>
        <translation>Archivo, fila</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Imported as</source>
        <translation>Importada como</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Probably</source>
        <translation>Probablemente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Born, lives in</source>
        <translation>Nació en, vive en</translation>
    </message>
    <message>
        <location filename="../../diaspora_desk/ui/reports_page.py" line="-24"/>
        <source>Type part of the association&apos;s name</source>
        <translation>Escriba parte del nombre de la asociación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the association: type part of its name and pick it from the list.</source>
        <translation>Elija la asociación: escriba parte de su nombre y elíjala en la lista.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type part of the person&apos;s name, a phone or an e-mail</source>
        <translation>Escriba parte del nombre de la persona, un teléfono o un correo electrónico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the person: type part of their name and pick them from the list.</source>
        <translation>Elija a la persona: escriba parte de su nombre y elíjala en la lista.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type part of the need&apos;s title or institution</source>
        <translation>Escriba parte del título de la necesidad o de la institución</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the need: type part of its title and pick it from the list.</source>
        <translation>Elija la necesidad: escriba parte de su título y elíjala en la lista.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type the town or the title of the visit</source>
        <translation>Escriba la ciudad o el título de la visita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the visit: type its town and pick it from the list.</source>
        <translation>Elija la visita: escriba su ciudad y elíjala en la lista.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Appointment</source>
        <translation>Cita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type part of the booked person&apos;s name</source>
        <translation>Escriba parte del nombre de la persona citada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the appointment: type the person&apos;s name and pick the time from the list.</source>
        <translation>Elija la cita: escriba el nombre de la persona y elija la hora en la lista.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type part of the campaign&apos;s title</source>
        <translation>Escriba parte del título de la campaña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the campaign: type part of its title and pick it from the list.</source>
        <translation>Elija la campaña: escriba parte de su título y elíjala en la lista.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Practices briefing for headquarters</source>
        <translation>Informe de prácticas para la sede central</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everything the consulate did in a period against the recommended practices, its gaps, and its diaspora&apos;s profile, with small counts suppressed.</source>
        <translation>Todo lo que hizo el consulado en un periodo frente a las prácticas recomendadas, sus carencias y el perfil de su diáspora, con los recuentos pequeños suprimidos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Skills inventory summary</source>
        <translation>Resumen del inventario de competencias</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Aggregate counts of the skills inventory.</source>
        <translation>Recuentos agregados del inventario de competencias.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Association profile</source>
        <translation>Perfil de la asociación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An association&apos;s record, interactions and practices.</source>
        <translation>Ficha de una asociación, sus interacciones y prácticas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Person record</source>
        <translation>Ficha personal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything held on one person (an access request); audited.</source>
        <translation>Todo lo que se conserva sobre una persona (una solicitud de acceso); auditado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Need shortlist</source>
        <translation>Preselección para la necesidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ranked candidates for a need at home.</source>
        <translation>Los candidatos clasificados para una necesidad del país de origen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mobile visit briefing</source>
        <translation>Reunión informativa de la visita móvil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before a mobile consulate: the area, services and team.</source>
        <translation>Antes de un consulado móvil: la zona, los servicios y el equipo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mobile visit report</source>
        <translation>Informe de la visita móvil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After a mobile consulate: results against plan.</source>
        <translation>Después de un consulado móvil: resultados frente a lo planificado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Day schedule</source>
        <translation>Agenda del día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each service desk&apos;s appointments on one day; audited.</source>
        <translation>Las citas de cada ventanilla de atención en un día; auditado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Campaign report</source>
        <translation>Informe de campaña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A campaign&apos;s audience, reach, poll results and opt-outs, with small counts suppressed.</source>
        <translation>La audiencia, el alcance, los resultados de las encuestas y las bajas de una campaña, con los recuentos pequeños ocultos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Appointment slip</source>
        <translation>Comprobante de cita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What a booked person brings, and when; audited.</source>
        <translation>Lo que aporta una persona con cita, y cuándo; auditado.</translation>
    </message>
    <message>
        <location filename="../../diaspora_desk/ui/people/filter_bar.py" line="-4"/>
        <source>Name (any order), phone or e-mail</source>
        <translation>Nombre (en cualquier orden), teléfono o correo electrónico</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All countries</source>
        <translation>Todos los países</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Occupation group</source>
        <translation>Grupo de ocupaciones</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any education</source>
        <translation>Cualquier nivel educativo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ISCED {n}+ ({label})</source>
        <translation>CINE {n}+ ({label})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Current</source>
        <translation>Vigentes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archived</source>
        <translation>Archivadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current and archived</source>
        <translation>Vigentes y archivadas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any consent</source>
        <translation>Cualquier consentimiento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Available on</source>
        <translation>Disponible el</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Choose an association from the list that opens as you type.</source>
        <translation>Elija una asociación de la lista que se abre al escribir.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No one matches this search and these filters.&lt;br&gt;{link}</source>
        <translation>Nadie coincide con esta búsqueda y estos filtros.&lt;br&gt;{link}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No one is registered yet.&lt;br&gt;Import a file of people with &lt;b&gt;File → Import people…&lt;/b&gt; or add a person with &lt;b&gt;New…&lt;/b&gt;.</source>
        <translation>Todavía no hay nadie registrado.&lt;br&gt;Importe un archivo de personas con &lt;b&gt;Archivo → Importar personas…&lt;/b&gt; o añada una persona con &lt;b&gt;Nuevo…&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>No language called &apos;{text}&apos;: choose one from the list.</source>
        <translation>No existe el idioma &apos;{text}&apos;: elija uno de la lista.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No occupation group &apos;{text}&apos;: type a group&apos;s name or its code.</source>
        <translation>No existe el grupo de ocupaciones &apos;{text}&apos;: escriba el nombre de un grupo o su código.</translation>
    </message>
    <message>
        <location filename="../../diaspora_desk/ui/people/list_model.py" line="-32"/>
        <source>Born</source>
        <translation>Nacimiento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Occupation</source>
        <translation>Ocupación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ISCED</source>
        <translation>CINE</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../diaspora_desk/ui/visits/list_models.py" line="-34"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sharing</source>
        <translation>Compartir</translation>
    </message>
    <message>
        <location filename="../../diaspora_desk/ui/people/needs_models.py" line="-75"/>
        <location filename="../../diaspora_desk/ui/reports_page.py" line="-80"/>
        <source>Need</source>
        <translation>Necesidad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mode</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <location line="+32"/>
        <location filename="../../diaspora_desk/ui/reports_page.py" line="-5"/>
        <location filename="../../diaspora_desk/ui/trust/erasure_page.py" line="-69"/>
        <location filename="../../diaspora_desk/ui/visits/list_models.py" line="+0"/>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcomes</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Candidate</source>
        <translation>Candidato</translation>
    </message>
    <message>
        <location filename="../../diaspora_desk/ui/people/filter_bar.py" line="-54"/>
        <location filename="../../diaspora_desk/ui/practices_page.py" line="+0"/>
        <location filename="../../diaspora_desk/ui/reports_page.py" line="-5"/>
        <source>Association</source>
        <translation>Asociación</translation>
    </message>
    <message>
        <location filename="../../diaspora_desk/ui/practices_page.py" line="+0"/>
        <location filename="../../diaspora_desk/ui/trust/audit_page.py" line="+54"/>
        <location line="+40"/>
        <source>Officer</source>
        <translation>Funcionario</translation>
    </message>
    <message>
        <location filename="../../diaspora_desk/ui/tasks.py" line="-2"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../diaspora_desk/ui/reports_page.py" line="+15"/>
        <location filename="../../diaspora_desk/ui/visits/list_models.py" line="-49"/>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <location filename="../../diaspora_desk/ui/visits/list_models.py" line="+0"/>
        <location line="+121"/>
        <location filename="../../diaspora_desk/ui/visits/models.py" line="-82"/>
        <location line="+20"/>
        <source>Town</source>
        <translation>Localidad</translation>
    </message>
    <message>
        <location filename="../../diaspora_desk/ui/campaigns/events_page.py" line="-5"/>
        <location filename="../../diaspora_desk/ui/visits/list_models.py" line="-121"/>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <location filename="../../diaspora_desk/ui/visits/list_models.py" line="+0"/>
        <location filename="../../diaspora_desk/ui/visits/models.py" line="+44"/>
        <source>Booked</source>
        <translation>Reservadas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Served</source>
        <translation>Atendidas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sent by</source>
        <translation>Enviado por</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{name} (merged into {kept})</source>
        <translation>{name} (fusionada en {kept})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} (archived)</source>
        <translation>{name} (archivada)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>walk-in</source>
        <translation>sin cita</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>booked</source>
        <translation>con cita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, newly registered</source>
        <translation>, recién registrada</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../diaspora_desk/ui/visits/models.py" line="-28"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../diaspora_desk/ui/visits/models.py" line="+26"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location line="+38"/>
        <location filename="../../diaspora_desk/ui/visits/models.py" line="-40"/>
        <source>Distance</source>
        <translation>Distancia</translation>
    </message>
    <message>
        <location filename="../../diaspora_desk/ui/visits/models.py" line="-23"/>
        <source>Rank</source>
        <translation>Orden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From consulate</source>
        <translation>Desde el consulado</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Hosts</source>
        <translation>Anfitriones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Past visits</source>
        <translation>Visitas anteriores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Likely services</source>
        <translation>Servicios probables</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nearest consulate: {name}</source>
        <translation>Consulado más cercano: {name}</translation>
    </message>
    <message>
        <location filename="../../diaspora_desk/ui/campaigns/events_page.py" line="+4"/>
        <location filename="../../diaspora_desk/ui/visits/models.py" line="+25"/>
        <location line="+26"/>
        <source>Places</source>
        <translation>Plazas</translation>
    </message>
    <message>
        <location filename="../../diaspora_desk/ui/visits/models.py" line="-11"/>
        <source>full ({capacity} of {capacity} booked)</source>
        <translation>completa ({capacity} de {capacity} reservadas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{free} of {capacity} free</source>
        <translation>{free} de {capacity} libres</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Served (booked)</source>
        <translation>Atendidas (con cita)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No-show</source>
        <translation>No se presentó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walk-ins</source>
        <translation>Sin cita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered</source>
        <translation>Prestados</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Jurisdiction</source>
        <translation>Circunscripción</translation>
    </message>
    <message>
        <location filename="../../diaspora_desk/ui/report_preview.py" line="+123"/>
        <source>Choose a report and press Preview.</source>
        <translation>Elija un informe y pulse Vista previa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save…</source>
        <translation>&amp;Guardar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Page {n} of {total}</source>
        <translation>Página {n} de {total}</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../../diaspora_desk/ui/visits/printing.py" line="+29"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save report</source>
        <translation>Guardar informe</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Preview — {name}</source>
        <translation>Vista previa — {name}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Making the report…</source>
        <translation>Generando el informe…</translation>
    </message>
    <message>
        <location filename="../../diaspora_desk/ui/visits/printing.py" line="+33"/>
        <source>Save visit briefing</source>
        <translation>Guardar nota informativa de la visita</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save visit report</source>
        <translation>Guardar informe de la visita</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Writing the briefing…</source>
        <translation>Generando la nota informativa…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Writing the visit report…</source>
        <translation>Generando el informe de la visita…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save appointment slip</source>
        <translation>Guardar comprobante de cita</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Writing the appointment slip…</source>
        <translation>Generando el comprobante de cita…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save day schedule</source>
        <translation>Guardar agenda del día</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Writing the day schedule…</source>
        <translation>Generando la agenda del día…</translation>
    </message>
    <message>
        <location filename="../../diaspora_desk/ui/associations/hints.py" line="+33"/>
        <source>No association matches this search and these filters.&lt;br&gt;{link}</source>
        <translation>Ninguna asociación coincide con esta búsqueda y estos filtros.&lt;br&gt;{link}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../diaspora_desk/ui/people/filter_bar.py" line="+80"/>
        <source>Clear the search and filters</source>
        <translation>Borrar la búsqueda y los filtros</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No association is registered yet.&lt;br&gt;Import a file with &lt;b&gt;File → Import associations…&lt;/b&gt; or add one with &lt;b&gt;New…&lt;/b&gt;.</source>
        <translation>Todavía no hay ninguna asociación registrada.&lt;br&gt;Importe un archivo con &lt;b&gt;Archivo → Importar asociaciones…&lt;/b&gt; o añada una con &lt;b&gt;Nuevo…&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select an association to see its interactions.</source>
        <translation>Seleccione una asociación para ver sus interacciones.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No meeting, call or event logged with this association yet: use &lt;b&gt;Log interaction…&lt;/b&gt;.</source>
        <translation>Todavía no se ha registrado ninguna reunión, llamada o evento con esta asociación: use &lt;b&gt;Registrar interacción…&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../../diaspora_desk/ui/partners/files.py" line="-60"/>
        <source>Import partners</source>
        <translation>Importar socios</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import projects</source>
        <translation>Importar proyectos</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Columns left out: {names}.</source>
        <translation>Columnas omitidas: {names}.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Export partners</source>
        <translation>Exportar socios</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export projects</source>
        <translation>Exportar proyectos</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported {n} rows to {path}</source>
        <translation>Se exportaron {n} filas a {path}</translation>
    </message>
    <message>
        <location filename="../../diaspora_desk/ui/partners/models.py" line="-78"/>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Diaspora association: {name}</source>
        <translation>Asociación de la diáspora: {name}</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+19"/>
        <source>Agreement</source>
        <translation>Convenio</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+17"/>
        <source>Counterparts</source>
        <translation>Contrapartes</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Signed</source>
        <translation>Firmado</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Ends</source>
        <translation>Termina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days left</source>
        <translation>Días restantes</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{rule} met</source>
        <translation>{rule} cumplida</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{rule} not met</source>
        <translation>{rule} no cumplida</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme</source>
        <translation>Programa</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <source>Pledged</source>
        <translation>Comprometido</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Matching rule</source>
        <translation>Regla de contrapartida</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share</source>
        <translation>Proporción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule asks</source>
        <translation>La regla exige</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short of the rule</source>
        <translation>Por debajo de la regla</translation>
    </message>
    <message>
        <location filename="../../diaspora_desk/ui/trust/audit_page.py" line="-40"/>
        <source>When (UTC)</source>
        <translation>Cuándo (UTC)</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+41"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location line="-41"/>
        <location line="+42"/>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Any officer</source>
        <translation>Cualquier funcionario</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any action</source>
        <translation>Cualquier acción</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. person or person 12</source>
        <translation>p. ej., persona o persona 12</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export to CSV…</source>
        <translation>&amp;Exportar a CSV…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>{n} events</source>
        <translation>{n} eventos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{n} events written to {path}</source>
        <translation>{n} eventos escritos en {path}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export the audit trail</source>
        <translation>Exportar el registro de auditoría</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../diaspora_desk/ui/trust/backups_page.py" line="+19"/>
        <source>No backup of this database has been written yet.</source>
        <translation>Todavía no se ha hecho ninguna copia de seguridad de esta base de datos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last backup: {when} UTC ({days} days ago).</source>
        <translation>Última copia de seguridad: {when} UTC (hace {days} días).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That is more than {n} days: back up now.</source>
        <translation>Son más de {n} días: haga una copia de seguridad ahora.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Hacer copia de seguridad ahora</translation>
    </message>
    <message>
        <location filename="../../diaspora_desk/ui/accounts/accounts_page.py" line="-115"/>
        <location filename="../../diaspora_desk/ui/trust/backups_page.py" line="+9"/>
        <location filename="../../diaspora_desk/ui/trust/erasure_page.py" line="+26"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../../diaspora_desk/ui/trust/backups_page.py" line="+3"/>
        <source>Backups kept beside the database</source>
        <translation>Copias de seguridad guardadas junto a la base de datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warn when the last backup is older than (days)</source>
        <translation>Avisar cuando la última copia de seguridad tenga más de (días)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A backup is checked after it is written and readable by you only. To restore one, close the app and run: diaspora-desk db restore BACKUP --db DATABASE</source>
        <translation>Cada copia de seguridad se verifica después de escribirse y solo usted puede leerla. Para restaurar una, cierre la aplicación y ejecute: diaspora-desk db restore BACKUP --db DATABASE</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Written and verified: {path}</source>
        <translation>Escrito y verificado: {path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} older backups removed.</source>
        <translation>Se eliminaron {n} copias de seguridad antiguas.</translation>
    </message>
    <message>
        <location filename="../../diaspora_desk/ui/trust/dialog.py" line="+30"/>
        <source>Audit, backups and erasure</source>
        <translation>Auditoría, copias de seguridad y borrado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Audit trail</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erasure and retention</source>
        <translation>Borrado y conservación</translation>
    </message>
    <message>
        <location filename="../../diaspora_desk/ui/trust/erasure_page.py" line="-75"/>
        <source>anonymised</source>
        <translation>anonimizada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>erased</source>
        <translation>borrada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{who}: {verb} ({rows}).</source>
        <translation>{who}: {verb} ({rows}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Person {ids} {verb} ({rows}).</source>
        <translation>Persona {ids}: {verb} ({rows}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check: no erased value is left in the database file.</source>
        <translation>Comprobación: no queda ningún valor borrado en el archivo de la base de datos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check: still found in the file: {found}.</source>
        <translation>Comprobación: todavía se encuentra en el archivo: {found}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the person to erase: type part of their name and pick them from the list.</source>
        <translation>Elija a la persona que se va a borrar: escriba parte de su nombre y selecciónela en la lista.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Whom to erase: type part of a name, a phone or an e-mail</source>
        <translation>A quién borrar: escriba parte de un nombre, un teléfono o un correo electrónico</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. the person asked in writing on 3 Dec</source>
        <translation>p. ej., la persona lo pidió por escrito el 3 de diciembre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the officer who confirms</source>
        <translation>el funcionario que confirma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anonymise instead (keep the record for counts, without who it is)</source>
        <translation>Anonimizar en su lugar (conservar el registro para los recuentos, sin saber de quién se trata)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Erase…</source>
        <translation>&amp;Borrar…</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Erase {person} and everything held on them? This cannot be undone.</source>
        <translation>¿Borrar a {person} y todos los datos que se conservan sobre esta persona? Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>Due under the rule now: nobody</source>
        <translation>Para borrar ahora según la regla: nadie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{names} … and {n} more</source>
        <translation>{names} … y {n} más</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due under the rule now: 1 person — {names}</source>
        <translation>Para borrar ahora según la regla: 1 persona — {names}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due under the rule now: {n} people — {names}</source>
        <translation>Para borrar ahora según la regla: {n} personas — {names}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>person record</source>
        <translation>ficha de la persona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>availability</source>
        <translation>disponibilidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>consents</source>
        <translation>consentimientos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duplicate reviews</source>
        <translation>revisiones de duplicados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>licences</source>
        <translation>licencias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>memberships</source>
        <translation>membresías</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>languages</source>
        <translation>idiomas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>occupations</source>
        <translation>ocupaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone numbers</source>
        <translation>números de teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>placements</source>
        <translation>asignaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>poll replies</source>
        <translation>respuestas a encuestas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>poll answers</source>
        <translation>respuestas a preguntas de encuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>qualifications</source>
        <translation>titulaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skill tags</source>
        <translation>etiquetas de competencias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>appointments</source>
        <translation>citas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>campaign messages</source>
        <translation>mensajes de campaña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>event registrations</source>
        <translation>inscripciones a eventos</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Second officer</source>
        <translation>Segundo funcionario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Erase a person</source>
        <translation>Borrar a una persona</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>An erasure needs a second officer&apos;s confirmation</source>
        <translation>Un borrado requiere la confirmación de un segundo funcionario</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no rule</source>
        <translation>sin regla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The rule anonymises instead of erasing</source>
        <translation>La regla anonimiza en lugar de borrar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Apply the retention rule now…</source>
        <translation>&amp;Aplicar ahora la regla de conservación…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy and retention</source>
        <translation>Política y conservación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Erase people archived more than (years)</source>
        <translation>Borrar a las personas archivadas hace más de (años)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No retention rule is set.</source>
        <translation>No se ha definido ninguna regla de conservación.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Erase</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Apply the retention rule to {n} people? This cannot be undone.</source>
        <translation>¿Aplicar la regla de conservación a {n} personas? Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{n} people handled by the retention rule; {left} with values still found.</source>
        <translation>{n} personas tratadas por la regla de conservación; {left} con valores que aún se encuentran.</translation>
    </message>
    <message>
        <location filename="../../diaspora_desk/ui/accounts/account_dialog.py" line="+55"/>
        <source>First administrator</source>
        <translation>Primer administrador</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New account</source>
        <translation>Nueva cuenta</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../../diaspora_desk/ui/accounts/accounts_page.py" line="-45"/>
        <location filename="../../diaspora_desk/ui/accounts/sign_in_dialog.py" line="+51"/>
        <source>Username</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in the audit trail</source>
        <translation>Nombre en el registro de auditoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../diaspora_desk/ui/accounts/accounts_page.py" line="+0"/>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../diaspora_desk/ui/accounts/sign_in_dialog.py" line="+1"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+78"/>
        <source>Password again</source>
        <translation>Repita la contraseña</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Once an administrator exists, everyone signs in with an account of their own, and each role may do only what it is granted. Keep this password safe: without an administrator, accounts cannot be managed.</source>
        <translation>Cuando exista un administrador, cada persona iniciará sesión con su propia cuenta y cada rol solo podrá hacer lo que se le haya concedido. Guarde bien esta contraseña: sin un administrador no se pueden gestionar las cuentas.</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+63"/>
        <source>The two passwords differ.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Current password</source>
        <translation>Contraseña actual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New password</source>
        <translation>Nueva contraseña</translation>
    </message>
    <message>
        <location filename="../../diaspora_desk/ui/accounts/guard.py" line="+54"/>
        <source>Officer accounts</source>
        <translation>Cuentas de funcionarios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protect this database with officer accounts? Each officer then signs in, the audit trail names them, and each role may do only what it is granted. Create the first administrator now (you can also do it later from Tools → Accounts)?</source>
        <translation>¿Proteger esta base de datos con cuentas de funcionarios? Cada funcionario iniciará sesión, el registro de auditoría lo nombrará y cada rol solo podrá hacer lo que se le haya concedido. ¿Crear ahora el primer administrador (también puede hacerlo más tarde en Herramientas → Cuentas)?</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Accounts…</source>
        <translation>&amp;Cuentas…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change my &amp;password…</source>
        <translation>Cambiar mi &amp;contraseña…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Lock now</source>
        <translation>&amp;Bloquear ahora</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Signed in: {name} ({role})</source>
        <translation>Sesión iniciada: {name} ({role})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No accounts: anyone may use this database</source>
        <translation>Sin cuentas: cualquiera puede usar esta base de datos</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Change my password</source>
        <translation>Cambiar mi contraseña</translation>
    </message>
    <message>
        <location filename="../../diaspora_desk/ui/accounts/sign_in_dialog.py" line="-9"/>
        <source>Diaspora Desk is locked</source>
        <translation>Diaspora Desk está bloqueado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sign in to Diaspora Desk</source>
        <translation>Iniciar sesión en Diaspora Desk</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Locked after a time without use. {name}, type your password to go on.</source>
        <translation>Bloqueado tras un tiempo sin uso. {name}, escriba su contraseña para continuar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign &amp;out</source>
        <translation>Cerrar &amp;sesión</translation>
    </message>
    <message>
        <location filename="../../diaspora_desk/ui/date_input.py" line="+52"/>
        <source>{field}: &apos;{text}&apos; is not a date. Type a date such as 14/03/2027, or pick one.</source>
        <translation>{field}: «{text}» no es una fecha. Escriba una fecha como 14/03/2027 o elija una.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>e.g. 14/03/2027</source>
        <translation>p. ej. 14/03/2027</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type a date such as 14/03/2027 or 2027-03-14, or pick one from the calendar. Numbers are read day first: 03/04/2027 is 3 April 2027. Leave empty for no date.</source>
        <translation>Escriba una fecha como 14/03/2027 o 2027-03-14, o elíjala en el calendario. Los números se leen con el día primero: 03/04/2027 es el 3 de abril de 2027. Déjelo vacío si no hay fecha.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pick the date from a calendar</source>
        <translation>Elegir la fecha en un calendario</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../diaspora_desk/ui/about.py" line="+25"/>
        <source>About Diaspora Desk</source>
        <translation>Acerca de Diaspora Desk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h3&gt;Diaspora Desk {version}&lt;/h3&gt;&lt;p&gt;Database schema {schema}. Works offline.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Diaspora Desk {version}&lt;/h3&gt;&lt;p&gt;Esquema de la base de datos {schema}. Funciona sin conexión.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Used for</source>
        <translation>Se usa para</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Work</source>
        <translation>Obra</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Licence text</source>
        <translation>Texto de la licencia</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <location filename="../../diaspora_desk/ui/partners/agreement_dialog.py" line="+51"/>
        <location line="+34"/>
        <source>Agreement</source>
        <translation>Convenio</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>New agreement</source>
        <translation>Nuevo convenio</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Title *</source>
        <translation>Título *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counterparts *</source>
        <translation>Contrapartes *</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+27"/>
        <source>Signed on</source>
        <translation>Firmado el</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+27"/>
        <source>Starts on</source>
        <translation>Comienza el</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+27"/>
        <source>Ends on</source>
        <translation>Termina el</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+50"/>
        <source>Signed document</source>
        <translation>Documento firmado</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Practices addressed</source>
        <translation>Prácticas abordadas</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Documents (*.pdf *.doc *.docx *.odt);;All files (*)</source>
        <translation>Documentos (*.pdf *.doc *.docx *.odt);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>AppointmentsDialog</name>
    <message>
        <location filename="../../diaspora_desk/ui/visits/appointments_dialog.py" line="+65"/>
        <source>Appointments — {title}</source>
        <translation>Citas — {title}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>All days</source>
        <translation>Todos los días</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All services</source>
        <translation>Todos los servicios</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Book…</source>
        <translation>Reservar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walk-in…</source>
        <translation>Sin cita…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Served</source>
        <translation>Atendidas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No-show</source>
        <translation>No se presentó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel appointment</source>
        <translation>Cancelar la cita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print slip…</source>
        <translation>Imprimir comprobante…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day schedule…</source>
        <translation>Agenda del día…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Booked {booked} · served from bookings {served} · no-shows {no_show} · walk-ins {walk_ins} · delivered {delivered} · new registrations {new}</source>
        <translation>Reservadas {booked} · atendidas con cita {served} · inasistencias {no_show} · sin cita {walk_ins} · prestados {delivered} · nuevos registros {new}</translation>
    </message>
</context>
<context>
    <name>AssociationChoices</name>
    <message>
        <location filename="../../diaspora_desk/ui/campaigns/segment_editor.py" line="+57"/>
        <source>Type part of an association&apos;s name</source>
        <translation>Escriba parte del nombre de una asociación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Association {id}</source>
        <translation>Asociación {id}</translation>
    </message>
</context>
<context>
    <name>AssociationDetails</name>
    <message>
        <location filename="../../diaspora_desk/ui/associations/details.py" line="+52"/>
        <source>Log interaction…</source>
        <translation>Registrar interacción…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit entry…</source>
        <translation>Editar entrada…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&lt;b&gt;Interactions log&lt;/b&gt;</source>
        <translation>&lt;b&gt;Registro de interacciones&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;i&gt;Select an association to see its profile and log.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Seleccione una asociación para ver su perfil y su registro.&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>registered with the consulate</source>
        <translation>registrada en el consulado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>advisory council member</source>
        <translation>miembro del consejo consultivo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Contact: {name}</source>
        <translation>Contacto: {name}</translation>
    </message>
</context>
<context>
    <name>AssociationDialog</name>
    <message>
        <location filename="../../diaspora_desk/ui/associations/dialog.py" line="+65"/>
        <source>Edit association</source>
        <translation>Editar asociación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New association</source>
        <translation>Nueva asociación</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relation and notes</source>
        <translation>Relación y notas</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Full name of the association</source>
        <translation>Nombre completo de la asociación</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Start typing; known towns give map coordinates</source>
        <translation>Empiece a escribir; las localidades conocidas dan las coordenadas en el mapa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 1998</source>
        <translation>p. ej., 1998</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approximate number</source>
        <translation>número aproximado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type a language, e.g. K&apos;iche&apos;</source>
        <translation>Escriba un idioma, p. ej., K&apos;iche&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One number per line; national format uses the host country</source>
        <translation>Un número por línea; el formato nacional usa el país de residencia</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. President: …; Treasurer: …</source>
        <translation>p. ej., Presidencia: …; Tesorería: …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Registered with the consulate</source>
        <translation>Registrada en el consulado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Member of the consulate&apos;s advisory council</source>
        <translation>Miembro del consejo consultivo del consulado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Independence from government respected</source>
        <translation>Se respeta la independencia frente al gobierno</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name *</source>
        <translation>Nombre *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acronym</source>
        <translation>Sigla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host country *</source>
        <translation>País de residencia *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Founded (year)</source>
        <translation>Fundada (año)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members (estimate)</source>
        <translation>Miembros (estimación)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Focus areas</source>
        <translation>Ámbitos de acción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone numbers</source>
        <translation>Números de teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail addresses</source>
        <translation>Direcciones de correo electrónico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact person</source>
        <translation>Persona de contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leadership</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Registered on</source>
        <translation>Registrada el</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>AssociationsPage</name>
    <message>
        <location filename="../../diaspora_desk/ui/associations/page.py" line="+92"/>
        <source>Interaction saved</source>
        <translation>Interacción guardada</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Search name, acronym or city (Ctrl+F)</source>
        <translation>Buscar nombre, sigla o ciudad (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All types</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All focus areas</source>
        <translation>Todos los ámbitos de acción</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archived</source>
        <translation>Archivadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active and archived</source>
        <translation>Activas y archivadas</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>New…</source>
        <translation>Nuevo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+147"/>
        <location line="+41"/>
        <source>Archive</source>
        <translation>Archivar</translation>
    </message>
    <message>
        <location line="-185"/>
        <source>Print profile…</source>
        <translation>Imprimir perfil…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>All countries</source>
        <translation>Todos los países</translation>
    </message>
    <message numerus="yes">
        <location line="+51"/>
        <source>%n association(s)</source>
        <translation>
            <numerusform>%n asociación</numerusform>
            <numerusform>%n asociaciones</numerusform>
        </translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Saved {name}</source>
        <translation>{name} guardado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Archive {name}? It leaves the list; its record and log are kept and it can be restored from the Archived filter.</source>
        <translation>¿Archivar {name}? Saldrá de la lista; su ficha y su registro se conservan y puede restaurarse desde el filtro Archivadas.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Archived {name}</source>
        <translation>{name} archivada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restored {name}</source>
        <translation>{name} restaurada</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save association profile</source>
        <translation>Guardar perfil de la asociación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Profile written to {path}</source>
        <translation>Perfil guardado en {path}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Writing the profile PDF…</source>
        <translation>Generando el perfil en PDF…</translation>
    </message>
</context>
<context>
    <name>AssociationsPreview</name>
    <message numerus="yes">
        <location filename="../../diaspora_desk/ui/associations/preview.py" line="+34"/>
        <source>%Ln association(s). Opening the database; searching and editing start in a moment.</source>
        <translation>
            <numerusform>%Ln asociación. Abriendo la base de datos; la búsqueda y la edición estarán disponibles en un momento.</numerusform>
            <numerusform>%Ln asociaciones. Abriendo la base de datos; la búsqueda y la edición estarán disponibles en un momento.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <location filename="../../diaspora_desk/ui/campaigns/events_page.py" line="+13"/>
        <source>Attendance: {title}</source>
        <translation>Asistencia: {title}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Town</source>
        <translation>Localidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registered on</source>
        <translation>Registrada el</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sensitive: host authorities have used meeting lists to find irregular residents. This look was recorded in the audit trail with your reason.</source>
        <translation>Información sensible: las autoridades del país de residencia han utilizado listas de reuniones para localizar a residentes en situación irregular. Esta consulta quedó anotada en el registro de auditoría con su motivo.</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <location filename="../../diaspora_desk/ui/visits/booking_dialog.py" line="+67"/>
        <source>Record a walk-in</source>
        <translation>Registrar una persona sin cita</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Book an appointment</source>
        <translation>Reservar una cita</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Registered person</source>
        <translation>Persona registrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New person</source>
        <translation>Nueva persona</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Record walk-in</source>
        <translation>Registrar sin cita</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Book</source>
        <translation>Reservar</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Came at</source>
        <translation>Llegó a las</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Slot</source>
        <translation>Franja horaria</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To bring</source>
        <translation>Debe traer</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name (any order), phone or e-mail</source>
        <translation>Nombre (en cualquier orden), teléfono o correo electrónico</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Local or international format</source>
        <translation>Formato local o internacional</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. asked in person at the visit, agreed verbally</source>
        <translation>p. ej., solicitado en persona durante la visita, acordado verbalmente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Given name *</source>
        <translation>Nombre de pila *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How consent was given *</source>
        <translation>Cómo se otorgó el consentimiento *</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The {time} slot is full ({capacity} of {capacity} booked); choose another.</source>
        <translation>La franja de las {time} está completa ({capacity} de {capacity} reservadas); elija otra.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is no slot at {time} that day.</source>
        <translation>No hay ninguna franja a las {time} ese día.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This visit offers no services yet.</source>
        <translation>Esta visita aún no ofrece servicios.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing in particular</source>
        <translation>Nada en particular</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Choose a slot with a free place.</source>
        <translation>Elija una franja horaria con plaza libre.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Check the fields marked in red.</source>
        <translation>Revise los campos marcados en rojo.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Search for the person and choose them in the list.</source>
        <translation>Busque a la persona y elíjala en la lista.</translation>
    </message>
</context>
<context>
    <name>CampaignDialog</name>
    <message>
        <location filename="../../diaspora_desk/ui/campaigns/campaign_dialog.py" line="+48"/>
        <location line="+57"/>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>New campaign</source>
        <translation>Nueva campaña</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Hello {given_name}: ... ({consulate}, {date}, {place})</source>
        <translation>Hola, {given_name}: ... ({consulate}, {date}, {place})</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objective</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Channels</source>
        <translation>Canales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price per SMS segment</source>
        <translation>Precio por segmento SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fallback language</source>
        <translation>Idioma de reserva</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>SMS length</source>
        <translation>Longitud del SMS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audience</source>
        <translation>Público</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Practices</source>
        <translation>Prácticas</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>{characters} characters, {encoding}, {segments} segment(s)</source>
        <translation>{characters} caracteres, {encoding}, {segments} segmento(s)</translation>
    </message>
</context>
<context>
    <name>CampaignsArea</name>
    <message>
        <location filename="../../diaspora_desk/ui/campaigns/area.py" line="+74"/>
        <source>Search campaigns</source>
        <translation>Buscar campañas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New campaign…</source>
        <translation>Nueva campaña…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open…</source>
        <translation>Abrir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print report…</source>
        <translation>Imprimir informe…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The campaign report as PDF (Ctrl+P)</source>
        <translation>El informe de campaña en PDF (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Poll results</source>
        <translation>Resultados de la encuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replies to review</source>
        <translation>Respuestas por revisar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Campaigns</source>
        <translation>Campañas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No campaign matches this search.&lt;br&gt;{link}</source>
        <translation>Ninguna campaña coincide con esta búsqueda.&lt;br&gt;{link}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No campaign yet.&lt;br&gt;Use &lt;b&gt;New campaign…&lt;/b&gt; to plan one.</source>
        <translation>Todavía no hay campañas.&lt;br&gt;Use &lt;b&gt;Nueva campaña…&lt;/b&gt; para planificar una.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+70"/>
        <source>Campaign {id} saved</source>
        <translation>Campaña {id} guardada</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Select a campaign to print its report.</source>
        <translation>Seleccione una campaña para imprimir su informe.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save campaign report</source>
        <translation>Guardar informe de campaña</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Campaign report written to {path}</source>
        <translation>Informe de campaña guardado en {path}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Writing the campaign report…</source>
        <translation>Redactando el informe de campaña…</translation>
    </message>
</context>
<context>
    <name>CellTableModel</name>
    <message>
        <location filename="../../diaspora_desk/ui/people/dashboard.py" line="+82"/>
        <source>People</source>
        <translation>Personas</translation>
    </message>
</context>
<context>
    <name>CodeList</name>
    <message>
        <location filename="../../diaspora_desk/ui/code_list.py" line="+50"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>“{text}” is not in the list: choose from it.</source>
        <translation>“{text}” no está en la lista: elija de ella.</translation>
    </message>
</context>
<context>
    <name>ConsulateDialog</name>
    <message>
        <location filename="../../diaspora_desk/ui/visits/consulates_page.py" line="+58"/>
        <source>Edit consulate</source>
        <translation>Editar consulado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New consulate</source>
        <translation>Nuevo consulado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Consulate General in …</source>
        <translation>p. ej., Consulado General en …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A town of the offline gazetteer</source>
        <translation>Una localidad del nomenclátor sin conexión</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name *</source>
        <translation>Nombre *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country *</source>
        <translation>País *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City *</source>
        <translation>Ciudad *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jurisdiction</source>
        <translation>Circunscripción</translation>
    </message>
</context>
<context>
    <name>ConsulatesPage</name>
    <message>
        <location line="+78"/>
        <source>Add consulate…</source>
        <translation>Añadir consulado…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Permanent consulates: the planner proposes sites far from all of them.</source>
        <translation>Consulados permanentes: el planificador propone sitios alejados de todos ellos.</translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message>
        <location filename="../../diaspora_desk/ui/people/duplicates_page.py" line="+42"/>
        <source>Same person: close</source>
        <translation>Misma persona: cerrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record to keep: type a name</source>
        <translation>Registro que se conserva: escriba un nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record to merge into it: type a name</source>
        <translation>Registro que se fusionará en él: escriba un nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>⇄</source>
        <translation>⇄</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Swap the two records</source>
        <translation>Intercambiar los dos registros</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare and merge…</source>
        <translation>Comparar y fusionar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>See both records side by side and choose what stays</source>
        <translation>Ver ambos registros lado a lado y elegir qué se conserva</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No row is waiting for review.&lt;br&gt;Imports put rows here that probably describe someone already registered. To merge two records you already have, pick them by name below.</source>
        <translation>No hay filas pendientes de revisión.&lt;br&gt;Las importaciones colocan aquí las filas que probablemente describen a alguien ya registrado. Para fusionar dos registros que ya tiene, elíjalos por nombre a continuación.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>and merge into it</source>
        <translation>y fusionar en él</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;Merge two records of the same person&lt;/b&gt;: pick both by name, compare them field by field and choose what stays; memberships, consents, skills, appointments and history move to the kept record; the other stays, marked as merged.</source>
        <translation>&lt;b&gt;Fusionar dos registros de la misma persona&lt;/b&gt;: elija ambos por nombre, compárelos campo por campo y decida qué se conserva; las membresías, los consentimientos, las competencias, las citas y el historial pasan al registro conservado; el otro se mantiene, marcado como fusionado.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Choose both records by name first.</source>
        <translation>Primero elija ambos registros por nombre.</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Rows that imports held back because they probably describe someone already registered. Nothing here was created.</source>
        <translation>Filas que las importaciones retuvieron porque probablemente describen a alguien ya registrado. Aquí no se creó nada.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Merged {other} into {name}</source>
        <translation>{other} fusionada en {name}</translation>
    </message>
</context>
<context>
    <name>EditableTable</name>
    <message>
        <location filename="../../diaspora_desk/ui/editable_table.py" line="+83"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
</context>
<context>
    <name>EquipmentList</name>
    <message>
        <location filename="../../diaspora_desk/ui/visits/visit_parts.py" line="+107"/>
        <source>Another item to pack</source>
        <translation>Otro artículo que llevar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fill from services</source>
        <translation>Completar a partir de los servicios</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../../diaspora_desk/ui/people/erase_dialog.py" line="+57"/>
        <source>Erase {name}</source>
        <translation>Borrar a {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Erase {name} (number {id}) and everything held on them: phones, skills, consents, memberships, appointments, campaign and poll records. This cannot be undone; the audit trail keeps only that it was done, by whom and why.</source>
        <translation>Borrar a {name} (número {id}) y todo lo que se guarda sobre esa persona: teléfonos, competencias, consentimientos, membresías, citas, registros de campañas y encuestas. No se puede deshacer; el registro de auditoría solo conserva que se hizo, quién lo hizo y por qué.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. the person asked in writing on 3 Dec</source>
        <translation>p. ej., la persona lo pidió por escrito el 3 de diciembre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the officer who confirms</source>
        <translation>el funcionario que confirma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anonymise instead (keep the record for counts, without who it is)</source>
        <translation>Anonimizar en su lugar (conservar el registro para los recuentos, sin saber de quién se trata)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second officer</source>
        <translation>Segundo funcionario</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Erase</source>
        <translation>&amp;Borrar</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../diaspora_desk/ui/campaigns/event_dialog.py" line="+60"/>
        <location line="+46"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>New event</source>
        <translation>Nuevo evento</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No limit</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What was promised, to whom, by when</source>
        <translation>Qué se prometió, a quién y para cuándo</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Title *</source>
        <translation>Título *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country *</source>
        <translation>País *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City *</source>
        <translation>Ciudad *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Venue</source>
        <translation>Lugar de la visita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Places</source>
        <translation>Plazas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registrations</source>
        <translation>Inscripciones</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Follow-ups</source>
        <translation>Seguimientos</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Practices</source>
        <translation>Prácticas</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>{registered} registered, {attended} attended</source>
        <translation>{registered} inscritos, {attended} asistieron</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <location filename="../../diaspora_desk/ui/campaigns/events_page.py" line="+44"/>
        <source>New event…</source>
        <translation>Nuevo evento…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open…</source>
        <translation>Abrir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendance list…</source>
        <translation>Lista de asistencia…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export attendance…</source>
        <translation>Exportar asistencia…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type part of a name, a phone or an e-mail</source>
        <translation>Escriba parte de un nombre, un teléfono o un correo electrónico</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Register / set status</source>
        <translation>Inscribir / definir estado</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Registration of person</source>
        <translation>Registro de la persona</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+69"/>
        <source>Event {id} saved</source>
        <translation>Evento {id} guardado</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>{n} names written to {path}</source>
        <translation>{n} nombres escritos en {path}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose the person: type part of their name and pick them from the list.</source>
        <translation>Elija a la persona: escriba parte de su nombre y elíjala en la lista.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{title}: {registered} registered, {attended} attended</source>
        <translation>{title}: {registered} inscritos, {attended} asistieron</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Attendance list</source>
        <translation>Lista de asistencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The attendance list is sensitive. Why is it needed? (recorded in the audit trail)</source>
        <translation>La lista de asistencia es sensible. ¿Por qué se necesita? (queda anotado en el registro de auditoría)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Export attendance list</source>
        <translation>Exportar lista de asistencia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>FStrings</name>
    <message>
        <location filename="../../build/translations/ui_fstrings.py" line="+3"/>
        <source>Archived</source>
        <translation>Archivadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaigns</source>
        <translation>Campañas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host</source>
        <translation>Anfitrión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Likely needs</source>
        <translation>Necesidades probables</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No association nearby to host.</source>
        <translation>No hay ninguna asociación cercana que pueda acoger la visita.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Past visits nearby</source>
        <translation>Visitas anteriores en las cercanías</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Possible hosts</source>
        <translation>Posibles anfitriones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>served</source>
        <translation>atendidas</translation>
    </message>
</context>
<context>
    <name>FundingPanel</name>
    <message>
        <location filename="../../diaspora_desk/ui/partners/funding_panel.py" line="+37"/>
        <source>Pledged</source>
        <translation>Comprometido</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Received</source>
        <translation>Recibida</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Total pledged {pledged}, received {received}.</source>
        <translation>Total comprometido {pledged}, recibido {received}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rule {rule} met.</source>
        <translation>Regla {rule} cumplida.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rule {rule} not met.</source>
        <translation>Regla {rule} no cumplida.</translation>
    </message>
</context>
<context>
    <name>HostPicker</name>
    <message>
        <location filename="../../diaspora_desk/ui/visits/visit_parts.py" line="+58"/>
        <source>Type part of the association&apos;s name; empty for none</source>
        <translation>Escriba parte del nombre de la asociación; vacío si no hay</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>choose an association from the suggestions</source>
        <translation>elija una asociación de las sugerencias</translation>
    </message>
</context>
<context>
    <name>InteractionDialog</name>
    <message>
        <location filename="../../diaspora_desk/ui/associations/interaction_dialog.py" line="+48"/>
        <source>Interaction with {name}</source>
        <translation>Interacción con {name}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Officer</source>
        <translation>Funcionario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary *</source>
        <translation>Resumen *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practices put into effect</source>
        <translation>Prácticas puestas en práctica</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>* required</source>
        <translation>* obligatorio</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>What was discussed or agreed</source>
        <translation>Qué se trató o acordó</translation>
    </message>
</context>
<context>
    <name>LanguageSettings</name>
    <message>
        <location filename="../../diaspora_desk/ui/language_settings.py" line="+22"/>
        <source>As the system ({language})</source>
        <translation>Como el sistema ({language})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Same as the application</source>
        <translation>Igual que la aplicación</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The application language applies the next time Diaspora Desk starts; the report language applies to the next report.</source>
        <translation>El idioma de la aplicación se aplica la próxima vez que se inicie Diaspora Desk; el idioma de los informes se aplica al próximo informe.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+26"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Reports in</source>
        <translation>Informes en</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Diaspora Desk will be in {language} the next time it starts.</source>
        <translation>Diaspora Desk estará en {language} la próxima vez que se inicie.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../diaspora_desk/ui/accounts/guard.py" line="-140"/>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <location filename="../../diaspora_desk/ui/visits/area.py" line="+28"/>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show all</source>
        <translation>Mostrar todo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wheel to zoom, drag to move. Drawn offline from the plan.</source>
        <translation>Rueda para acercar o alejar, arrastre para desplazar. Dibujado sin conexión a partir del plan.</translation>
    </message>
</context>
<context>
    <name>MapWidget</name>
    <message>
        <location filename="../../diaspora_desk/ui/visits/map_widget.py" line="+215"/>
        <source>Run the planner to see the map.</source>
        <translation>Ejecute el planificador para ver el mapa.</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Nationals (circle size: people)</source>
        <translation>Nacionales (tamaño del círculo: personas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Association</source>
        <translation>Asociación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Permanent consulate</source>
        <translation>Consulado permanente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposed site and radius</source>
        <translation>Sitio propuesto y radio</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{km} km</source>
        <translation>{km} km</translation>
    </message>
</context>
<context>
    <name>MembershipsEditor</name>
    <message>
        <location filename="../../diaspora_desk/ui/people/memberships_editor.py" line="+36"/>
        <source>Association</source>
        <translation>Asociación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role (double-click to change)</source>
        <translation>Función (doble clic para cambiarla)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type part of an association&apos;s name</source>
        <translation>Escriba parte del nombre de una asociación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Association {id}</source>
        <translation>Asociación {id}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Choose an association from the list that opens as you type.</source>
        <translation>Elija una asociación de la lista que se abre al escribir.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../diaspora_desk/ui/people/merge_dialog.py" line="+33"/>
        <source>Merge two records of the same person</source>
        <translation>Fusionar dos registros de la misma persona</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Merge…</source>
        <translation>Fusionar…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose, for each line, the value the kept record will have. The record on the right is then marked as merged and leaves the lists; nothing is deleted.</source>
        <translation>Elija, para cada línea, el valor que tendrá el registro conservado. El registro de la derecha se marca entonces como fusionado y sale de las listas; no se elimina nada.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&lt;b&gt;Keep: {name}&lt;/b&gt;&lt;br&gt;{summary}</source>
        <translation>&lt;b&gt;Conservar: {name}&lt;/b&gt;&lt;br&gt;{summary}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Merge in: {name}&lt;/b&gt;&lt;br&gt;{summary}</source>
        <translation>&lt;b&gt;Fusionar: {name}&lt;/b&gt;&lt;br&gt;{summary}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(empty on both)</source>
        <translation>(vacío en ambos)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The record on the right holds nothing else to move.</source>
        <translation>El registro de la derecha no contiene nada más que trasladar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moves to the kept record: {items}; and its history.</source>
        <translation>Pasa al registro conservado: {items}; y su historial.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Merge “{other}” into “{kept}”? “{other}” will be marked as merged and leave the lists; what it holds moves to “{kept}”.</source>
        <translation>¿Fusionar “{other}” en “{kept}”? “{other}” se marcará como fusionado y saldrá de las listas; lo que contiene pasa a “{kept}”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Merge</source>
        <translation>Fusionar</translation>
    </message>
</context>
<context>
    <name>NeedDialog</name>
    <message>
        <location filename="../../diaspora_desk/ui/people/need_dialogs.py" line="+74"/>
        <source>New need</source>
        <translation>Nueva necesidad</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>no minimum</source>
        <translation>sin mínimo</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Edit need</source>
        <translation>Editar necesidad</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Type an occupation, e.g. nurses</source>
        <translation>Escriba una ocupación, p. ej., enfermeros</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Type a language, e.g. Spanish</source>
        <translation>Escriba un idioma, p. ej., español</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Institution *</source>
        <translation>Institución *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title *</source>
        <translation>Título *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occupations *</source>
        <translation>Ocupaciones *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mode</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum ISCED</source>
        <translation>CINE mínima</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum years</source>
        <translation>Años mínimos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration (days)</source>
        <translation>Duración (días)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Earliest start</source>
        <translation>Inicio más temprano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latest end</source>
        <translation>Fin más tardío</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>NeedsPage</name>
    <message>
        <location filename="../../diaspora_desk/ui/people/needs_page.py" line="+104"/>
        <source>No need recorded yet.&lt;br&gt;Use &lt;b&gt;New need…&lt;/b&gt; to record a home institution&apos;s request.</source>
        <translation>Todavía no hay necesidades registradas.&lt;br&gt;Use &lt;b&gt;Nueva necesidad…&lt;/b&gt; para registrar la solicitud de una institución del país de origen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select a need to see who fits it.</source>
        <translation>Seleccione una necesidad para ver quién encaja.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finding the people who fit…</source>
        <translation>Buscando a las personas que encajan…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No one fits this need yet.&lt;br&gt;People are listed when their occupation matches and they have consented to sharing their profile for matching.</source>
        <translation>Todavía nadie encaja con esta necesidad.&lt;br&gt;Las personas aparecen cuando su ocupación coincide y han dado su consentimiento para compartir su perfil para buscar coincidencias.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select a need to see its placements.</source>
        <translation>Seleccione una necesidad para ver sus asignaciones.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No one proposed yet: select a candidate above and use &lt;b&gt;Propose selected candidate&lt;/b&gt;.</source>
        <translation>Todavía no se ha propuesto a nadie: seleccione un candidato arriba y use &lt;b&gt;Proponer al candidato seleccionado&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New need…</source>
        <translation>Nueva necesidad…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit need…</source>
        <translation>Editar necesidad…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Propose selected candidate</source>
        <translation>Proponer al candidato seleccionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update placement…</source>
        <translation>Actualizar asignación…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shortlist PDF…</source>
        <translation>Preselección en PDF…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&lt;b&gt;Shortlist&lt;/b&gt; (consenting people only)</source>
        <translation>&lt;b&gt;Preselección&lt;/b&gt; (solo personas que han dado su consentimiento)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;Placements&lt;/b&gt;</source>
        <translation>&lt;b&gt;Asignaciones&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Finding candidates…</source>
        <translation>Buscando candidatos…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{n} more people would match without their consent to sharing; they are not listed.</source>
        <translation>Otras {n} personas coincidirían sin su consentimiento para compartir; no se listan.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Proposed {name}</source>
        <translation>{name} propuesto</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save shortlist</source>
        <translation>Guardar preselección</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Writing the shortlist…</source>
        <translation>Generando la preselección…</translation>
    </message>
</context>
<context>
    <name>OutreachList</name>
    <message>
        <location filename="../../diaspora_desk/ui/people/outreach_list.py" line="+31"/>
        <source>{day} · message · {campaign} — {channel}{language}</source>
        <translation>{day} · mensaje · {campaign} — {channel}{language}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{day} · poll reply · {campaign} — {status}</source>
        <translation>{day} · respuesta a encuesta · {campaign} — {status}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{day} · event · {title}, {city} — {kind}; {status}</source>
        <translation>{day} · evento · {title}, {city} — {kind}; {status}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No campaign, message or event has reached this person.</source>
        <translation>Ninguna campaña, mensaje o evento ha llegado a esta persona.</translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <location filename="../../diaspora_desk/ui/partners/partner_dialog.py" line="+49"/>
        <location line="+37"/>
        <source>Partner</source>
        <translation>Socio</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>New partner</source>
        <translation>Nuevo socio</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>One number per line; national format uses the partner&apos;s country</source>
        <translation>Un número por línea; el formato nacional usa el país del socio</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Name *</source>
        <translation>Nombre *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diaspora association</source>
        <translation>Asociación de la diáspora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country *</source>
        <translation>País *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact person</source>
        <translation>Persona de contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phones</source>
        <translation>Teléfonos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mails</source>
        <translation>Correos electrónicos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Practices addressed</source>
        <translation>Prácticas abordadas</translation>
    </message>
</context>
<context>
    <name>PartnersArea</name>
    <message>
        <location filename="../../diaspora_desk/ui/partners/area.py" line="+101"/>
        <source>Partners</source>
        <translation>Socios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreements</source>
        <translation>Convenios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projects</source>
        <translation>Proyectos</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Search partners by name or city</source>
        <translation>Buscar socios por nombre o ciudad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every kind</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New partner…</source>
        <translation>Nuevo socio…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+29"/>
        <location line="+23"/>
        <source>Open…</source>
        <translation>Abrir…</translation>
    </message>
    <message>
        <location line="-51"/>
        <location line="+52"/>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <location line="-52"/>
        <location line="+52"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Expiring within 90 days</source>
        <translation>Vencen en los próximos 90 días</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New agreement…</source>
        <translation>Nuevo convenio…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Search projects by title or place</source>
        <translation>Buscar proyectos por título o lugar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New project…</source>
        <translation>Nuevo proyecto…</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>{n} agreement(s) end within 90 days: renew or close them.</source>
        <translation>{n} convenio(s) terminan en los próximos 90 días: renuévelos o ciérrelos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No agreement ends within 90 days.</source>
        <translation>Ningún convenio termina en los próximos 90 días.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Select a project to see its funding.</source>
        <translation>Seleccione un proyecto para ver su financiamiento.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rule {rule}: met.</source>
        <translation>Regla {rule}: cumplida.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rule {rule}: NOT met.</source>
        <translation>Regla {rule}: NO cumplida.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No matching rule.</source>
        <translation>Sin regla de contrapartida.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{title} — {place}. {rule} Beneficiaries: {people}. Milestones: {milestones}.</source>
        <translation>{title} — {place}. {rule} Beneficiarios: {people}. Hitos: {milestones}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../diaspora_desk/ui/passphrase_dialog.py" line="+51"/>
        <source>Protect the database</source>
        <translation>Proteger la base de datos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open the database</source>
        <translation>Abrir la base de datos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remember on this computer (in the system&apos;s keyring)</source>
        <translation>Recordarla en este equipo (en el llavero del sistema)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A lost passphrase cannot be recovered: write it down and keep it somewhere safe.</source>
        <translation>Una frase de contraseña perdida no se puede recuperar: anótela y guárdela en un lugar seguro.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passphrase again</source>
        <translation>Repita la frase de contraseña</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No keyring on this computer: the passphrase will be asked at every start.</source>
        <translation>No hay llavero del sistema en este equipo: la frase de contraseña se pedirá en cada inicio.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The database {path} will be encrypted with a passphrase of at least {n} characters. Without the passphrase nobody can read it, not even you.</source>
        <translation>La base de datos {path} se cifrará con una frase de contraseña de al menos {n} caracteres. Sin la frase nadie puede leerla, ni siquiera usted.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database {path} is encrypted. Enter its passphrase.</source>
        <translation>La base de datos {path} está cifrada. Escriba su frase de contraseña.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The passphrase needs at least {n} characters.</source>
        <translation>La frase de contraseña necesita al menos {n} caracteres.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This passphrase does not open the database. Nothing was changed; try again.</source>
        <translation>Esta frase de contraseña no abre la base de datos. No se cambió nada; inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>PeopleArea</name>
    <message>
        <location filename="../../diaspora_desk/ui/people/area.py" line="+53"/>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs and matches</source>
        <translation>Necesidades y coincidencias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skills dashboard</source>
        <translation>Panel de competencias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicates to review</source>
        <translation>Duplicados por revisar</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import people</source>
        <translation>Importar personas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tables (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>Tablas (*.csv *.txt *.xlsx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Export people</source>
        <translation>Exportar personas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Libro de Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exporting people…</source>
        <translation>Exportando personas…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported {n} people to {path}</source>
        <translation>Se exportaron {n} personas a {path}</translation>
    </message>
</context>
<context>
    <name>PeopleImportDialog</name>
    <message>
        <location filename="../../diaspora_desk/ui/people/import_dialog.py" line="+50"/>
        <source>Import people from {name}</source>
        <translation>Importar personas desde {name}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Check the file first: nothing is written until you import.</source>
        <translation>Compruebe primero el archivo: no se escribe nada hasta que importe.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>(not imported)</source>
        <translation>(no importada)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>as each column shows (14/03/1985 is day-first)</source>
        <translation>como indica cada columna (14/03/1985 es día primero)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>day first (31/12/1990)</source>
        <translation>día primero (31/12/1990)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>month first (12/31/1990)</source>
        <translation>mes primero (12/31/1990)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>year first (1990-12-31)</source>
        <translation>año primero (1990-12-31)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check</source>
        <translation>Comprobar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save rejected rows…</source>
        <translation>Guardar filas rechazadas…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&lt;b&gt;First rows of the file&lt;/b&gt;</source>
        <translation>&lt;b&gt;Primeras filas del archivo&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Which template column each file column fills&lt;/b&gt; (as saved for this kind of file)</source>
        <translation>&lt;b&gt;Qué columna de la plantilla llena cada columna del archivo&lt;/b&gt; (tal como se guardó para este tipo de archivo)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Which template column each file column fills&lt;/b&gt;</source>
        <translation>&lt;b&gt;Qué columna de la plantilla llena cada columna del archivo&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dates:</source>
        <translation>Fechas:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Not imported: {headers}</source>
        <translation>No importadas: {headers}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Cancelled: nothing was imported.</source>
        <translation>Cancelado: no se importó nada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>row {row}, {column}: {reason}</source>
        <translation>fila {row}, {column}: {reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>row {row}: {reason}</source>
        <translation>fila {row}: {reason}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save rejected rows</source>
        <translation>Guardar filas rechazadas</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../diaspora_desk/ui/people/page.py" line="+141"/>
        <source>New…</source>
        <translation>Nuevo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+127"/>
        <location line="+70"/>
        <source>Archive</source>
        <translation>Archivar</translation>
    </message>
    <message>
        <location line="-194"/>
        <source>Person record PDF…</source>
        <translation>Ficha personal en PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase…</source>
        <translation>Borrar…</translation>
    </message>
    <message numerus="yes">
        <location line="+69"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n persona</numerusform>
            <numerusform>%n personas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+52"/>
        <source>&lt;i&gt;Select a person to see their profile.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Seleccione una persona para ver su perfil.&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Consents</source>
        <translation>Consentimientos</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+9"/>
        <location line="+1"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Saved {name}</source>
        <translation>{name} guardado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Archive {name}? They leave the lists, shortlists and campaigns; their record is kept and can be restored from the Archived filter.</source>
        <translation>¿Archivar a {name}? Saldrá de las listas, las preselecciones y las campañas; su ficha se conserva y puede restaurarse desde el filtro Archivadas.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Archived {name}.</source>
        <translation>{name} archivada.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Save person record</source>
        <translation>Guardar ficha personal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Person record written to {path}</source>
        <translation>Ficha personal guardada en {path}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Writing the person record…</source>
        <translation>Generando la ficha personal…</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../diaspora_desk/ui/people/person_dialog.py" line="+103"/>
        <source>Edit person</source>
        <translation>Editar persona</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New person</source>
        <translation>Nueva persona</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skills</source>
        <translation>Competencias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memberships</source>
        <translation>Afiliaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consents</source>
        <translation>Consentimientos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sensitive</source>
        <translation>Sensible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outreach</source>
        <translation>Difusión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>name in the original script, if different</source>
        <translation>nombre en la escritura original, si es diferente</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+18"/>
        <location line="+1"/>
        <source>Not recorded</source>
        <translation>No registrado</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Street lines of the postal address</source>
        <translation>Líneas de calle de la dirección postal</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>One number per line; national format uses the host country</source>
        <translation>Un número por línea; el formato nacional usa el país de residencia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type a language, e.g. Spanish</source>
        <translation>Escriba un idioma, p. ej., español</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Given name(s) *</source>
        <translation>Nombre(s) de pila *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family name(s)</source>
        <translation>Apellido(s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Original script</source>
        <translation>Escritura original</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth year</source>
        <translation>Año de nacimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nationality</source>
        <translation>Nacionalidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dual citizenship</source>
        <translation>Doble nacionalidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host country *</source>
        <translation>País de residencia *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal code, town,
region, country</source>
        <translation>Código postal, localidad,
región, país</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phones</source>
        <translation>Teléfonos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preferred language</source>
        <translation>Idioma preferido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preferred channel</source>
        <translation>Canal preferido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generation</source>
        <translation>Generación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrival year</source>
        <translation>Año de llegada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return intention</source>
        <translation>Intención de retorno</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+27"/>
        <source>Passport expires</source>
        <translation>Vencimiento del pasaporte</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>e.g. 14/03/2027, if known</source>
        <translation>p. ej. 14/03/2027, si se conoce</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>how consent was given, e.g. signed form, in person</source>
        <translation>cómo se otorgó el consentimiento, p. ej., formulario firmado, en persona</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How given</source>
        <translation>Cómo se otorgó</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Show legal status…</source>
        <translation>Mostrar situación legal…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Legal status in the host country is sensitive: it is never listed, searched or exported unless asked for, and every look at it is written to the audit trail. Services never depend on it.</source>
        <translation>La situación legal en el país de residencia es un dato sensible: nunca se lista, busca ni exporta salvo que se solicite, y cada consulta queda registrada en el registro de auditoría. Los servicios nunca dependen de ella.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>merged record {id}</source>
        <translation>registro fusionado {id}</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Show legal status</source>
        <translation>Mostrar situación legal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why do you need to see it? (recorded in the audit)</source>
        <translation>¿Por qué necesita verla? (queda registrado en la auditoría)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>How consent was given: {error}</source>
        <translation>Cómo se dio el consentimiento: {error}</translation>
    </message>
</context>
<context>
    <name>PlacementDialog</name>
    <message>
        <location filename="../../diaspora_desk/ui/people/need_dialogs.py" line="+66"/>
        <source>Placement</source>
        <translation>Asignación</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starts</source>
        <translation>Empieza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ends</source>
        <translation>Termina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People trained</source>
        <translation>Personas capacitadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services delivered</source>
        <translation>Servicios prestados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcomes</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practices</source>
        <translation>Prácticas</translation>
    </message>
</context>
<context>
    <name>PlannerPage</name>
    <message>
        <location filename="../../diaspora_desk/ui/visits/planner_page.py" line="+76"/>
        <source>Count people reached by several sites for each</source>
        <translation>Contar para cada sitio a las personas al alcance de varios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan</source>
        <translation>Planificar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the options and press Plan.</source>
        <translation>Elija las opciones y pulse Planificar.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Plan a visit here…</source>
        <translation>Planificar una visita aquí…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consulate</source>
        <translation>Consulado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At least this far from a consulate</source>
        <translation>Al menos a esta distancia de un consulado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Radius a site reaches</source>
        <translation>Radio de alcance de un sitio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of sites</source>
        <translation>Número de sitios</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Towns covered</source>
        <translation>Localidades cubiertas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People covered</source>
        <translation>Personas cubiertas</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>All consulates</source>
        <translation>Todos los consulados</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Planning mobile visits…</source>
        <translation>Planificando consulados móviles…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{sites} site(s) proposed, reaching {reached} people. {far} people live more than {km} km from every consulate; {unplaced} live in towns without coordinates.</source>
        <translation>{sites} sitio(s) propuesto(s), que alcanzan a {reached} personas. {far} personas viven a más de {km} km de todo consulado; {unplaced} viven en localidades sin coordenadas.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Planned {n} site(s)</source>
        <translation>{n} sitio(s) planificado(s)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{total} people, by name</source>
        <translation>{total} personas, por nombre</translation>
    </message>
</context>
<context>
    <name>PollResultsPanel</name>
    <message>
        <location filename="../../diaspora_desk/ui/campaigns/poll_results.py" line="+40"/>
        <location line="+80"/>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>By host country</source>
        <translation>Por país de residencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By preferred language</source>
        <translation>Por idioma preferido</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>This campaign has no poll.</source>
        <translation>Esta campaña no tiene encuesta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not shown (it would give a small count away)</source>
        <translation>no se muestra (revelaría un recuento pequeño)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Respondents: {respondents} · opt-outs: {opt_outs} · replies to review: {review}. Each person&apos;s latest answered reply counts once; shares are of those who answered the question. When a count from 1 to 4 is in a group&apos;s answers to a question, that group&apos;s answers to the question show as {withheld}, so the small count cannot be worked out from the others.</source>
        <translation>Personas que respondieron: {respondents} · bajas: {opt_outs} · respuestas por revisar: {review}. Cuenta una sola vez la última respuesta válida de cada persona; los porcentajes son sobre quienes respondieron la pregunta. Cuando las respuestas de un grupo a una pregunta incluyen un recuento de 1 a 4, esas respuestas se muestran como {withheld}, para que el recuento pequeño no pueda deducirse de los demás.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered</source>
        <translation>Respondió</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not recorded</source>
        <translation>No registrado</translation>
    </message>
</context>
<context>
    <name>PostalFields</name>
    <message>
        <location filename="../../diaspora_desk/ui/people/postal_fields.py" line="+17"/>
        <source>postal code</source>
        <translation>código postal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>town (if not the city above)</source>
        <translation>localidad (si no es la ciudad indicada arriba)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>state, province or region</source>
        <translation>estado, provincia o región</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host country</source>
        <translation>País de residencia</translation>
    </message>
</context>
<context>
    <name>PracticePicker</name>
    <message>
        <location filename="../../diaspora_desk/ui/practice_picker.py" line="+18"/>
        <source>Practice</source>
        <translation>Práctica</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Id</source>
        <translation>Id.</translation>
    </message>
</context>
<context>
    <name>PracticesPage</name>
    <message>
        <location filename="../../diaspora_desk/ui/practices_page.py" line="+48"/>
        <source>&lt;b&gt;Activities tagged with this practice&lt;/b&gt;</source>
        <translation>&lt;b&gt;Actividades etiquetadas con esta práctica&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Select a practice to see the activities tagged with it.</source>
        <translation>Seleccione una práctica para ver las actividades etiquetadas con ella.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing is tagged with this practice yet.&lt;br&gt;Tag an association&apos;s interactions, a visit or a campaign with it when you record them.</source>
        <translation>Todavía no hay nada etiquetado con esta práctica.&lt;br&gt;Etiquete con ella las interacciones de una asociación, una visita o una campaña al registrarlas.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Practice</source>
        <translation>Práctica</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Id</source>
        <translation>Id.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>&lt;i&gt;Select a practice to see what the consulate has done under it.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Seleccione una práctica para ver lo que el consulado ha hecho en virtud de ella.&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <location filename="../../diaspora_desk/ui/partners/project_dialog.py" line="+67"/>
        <location line="+42"/>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>New project</source>
        <translation>Nuevo proyecto</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Home-country municipality</source>
        <translation>Municipio en el país de origen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1:1:1:1 = association : municipality : state : federal : partner</source>
        <translation>1:1:1:1 = asociación : municipio : estado : federación : socio</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Milestone</source>
        <translation>Hito</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <location line="+60"/>
        <source>Done on</source>
        <translation>Realizado el</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Title *</source>
        <translation>Título *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme</source>
        <translation>Programa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country *</source>
        <translation>País *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beneficiaries</source>
        <translation>Beneficiarios</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+29"/>
        <source>Starts on</source>
        <translation>Comienza el</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+30"/>
        <source>Ends on</source>
        <translation>Termina el</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+1"/>
        <location line="+60"/>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Currency *</source>
        <translation>Moneda *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matching rule</source>
        <translation>Regla de contrapartida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funding by source</source>
        <translation>Financiamiento por fuente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Associations</source>
        <translation>Asociaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partners</source>
        <translation>Socios</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Funding</source>
        <translation>Financiamiento</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Who is involved</source>
        <translation>Quién participa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Milestones</source>
        <translation>Hitos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practices addressed</source>
        <translation>Prácticas abordadas</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Please correct the fields marked in red.</source>
        <translation>Corrija los campos marcados en rojo.</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../diaspora_desk/ui/record_dialog.py" line="+86"/>
        <source>* required</source>
        <translation>* obligatorio</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../diaspora_desk/ui/reports_page.py" line="+163"/>
        <source>Only this day</source>
        <translation>Solo este día</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>US Letter</source>
        <translation>Carta EE. UU.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>default</source>
        <translation>predeterminado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consulate</source>
        <translation>Consulado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Area radius</source>
        <translation>Radio de la zona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre&amp;view</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;h2&gt;Reports&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Informes&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>The current consulate</source>
        <translation>El consulado actual</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Making the report…</source>
        <translation>Generando el informe…</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <location filename="../../diaspora_desk/ui/visits/results_panel.py" line="+75"/>
        <source>Walk-ins served without taking names</source>
        <translation>Atendidas sin cita y sin tomar el nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save walk-ins</source>
        <translation>Guardar atenciones sin cita</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>What must be done</source>
        <translation>Qué debe hacerse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add follow-up</source>
        <translation>Añadir seguimiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark done / reopen</source>
        <translation>Marcar como hecho / reabrir</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&lt;b&gt;Follow-ups&lt;/b&gt; (saved at once)</source>
        <translation>&lt;b&gt;Seguimientos&lt;/b&gt; (se guardan de inmediato)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delivered {delivered} services: {booked} booked, {walk_ins} walk-ins; {new} new registrations; {skills} skills records; {open} follow-ups open.</source>
        <translation>Servicios prestados: {delivered} ({booked} con cita, {walk_ins} sin cita); {new} nuevos registros; {skills} fichas de competencias; {open} seguimientos pendientes.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Follow-up {field}: {message}</source>
        <translation>Seguimiento {field}: {message}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Select a follow-up first.</source>
        <translation>Seleccione primero un seguimiento.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../diaspora_desk/ui/campaigns/review_page.py" line="+64"/>
        <source>Whose reply: type part of a name, a phone or an e-mail</source>
        <translation>De quién es la respuesta: escriba parte de un nombre, un teléfono o un correo electrónico</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave empty to keep the person the reply was matched to.</source>
        <translation>Déjelo vacío para mantener a la persona a la que se asoció la respuesta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assign</source>
        <translation>Asignar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No reply waiting for review.&lt;br&gt;Imported poll replies that could not be matched to a person or read as answers come here (import them with &lt;code&gt;diaspora-desk import replies&lt;/code&gt;).</source>
        <translation>No hay respuestas pendientes de revisión.&lt;br&gt;Aquí llegan las respuestas a encuestas importadas que no se pudieron asociar a una persona ni leer como respuestas (impórtelas con &lt;code&gt;diaspora-desk import replies&lt;/code&gt;).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>(read from the text)</source>
        <translation>(según el texto)</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Reply assigned and counted.</source>
        <translation>Respuesta asignada y contabilizada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply assigned: an opt-out, consent to contact withdrawn.</source>
        <translation>Respuesta asignada: una baja; se retiró el consentimiento de contacto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply assigned; its answer could not be read: choose the answer.</source>
        <translation>Respuesta asignada; no se pudo leer su respuesta: elija la respuesta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply assigned.</source>
        <translation>Respuesta asignada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} replies to review</source>
        <translation>{n} respuestas por revisar</translation>
    </message>
</context>
<context>
    <name>SegmentEditor</name>
    <message>
        <location filename="../../diaspora_desk/ui/campaigns/segment_editor.py" line="+97"/>
        <source>Type a country, e.g. Mexico (none: every country)</source>
        <translation>Escriba un país, p. ej. México (ninguno: todos los países)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a town of the chosen countries</source>
        <translation>Escriba una localidad de los países elegidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a language, e.g. Spanish</source>
        <translation>Escriba un idioma, p. ej., español</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type an occupation group, e.g. nurses</source>
        <translation>Escriba un grupo ocupacional, p. ej. enfermeros</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Also send to associations in these countries and towns (through their own contacts)</source>
        <translation>Enviar también a las asociaciones de estos países y localidades (por sus propios contactos)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>None ticked: associations of every type</source>
        <translation>Ninguno marcado: asociaciones de todos los tipos</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Host countries</source>
        <translation>Países de residencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Towns</source>
        <translation>Localidades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occupations</source>
        <translation>Ocupaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members of</source>
        <translation>Miembros de</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Associations</source>
        <translation>Asociaciones</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Associations in the segment: {n}</source>
        <translation>Asociaciones en el segmento: {n}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{channel} — associations reachable: {n}</source>
        <translation>{channel} — asociaciones alcanzables: {n}</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Age from</source>
        <translation>Edad desde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Association types</source>
        <translation>Tipos de asociación</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>any</source>
        <translation>cualquiera</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{n} people in the segment; {c} consent to campaigns</source>
        <translation>{n} personas en el segmento; {c} consienten recibir campañas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Left out: {a} without consent, {b} opted out</source>
        <translation>Excluidas: {a} sin consentimiento, {b} dadas de baja</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{channel}: {n} reachable</source>
        <translation>{channel}: {n} localizables</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+12"/>
        <source>({m} without the contact detail)</source>
        <translation>({m} sin el dato de contacto)</translation>
    </message>
</context>
<context>
    <name>ServicesTable</name>
    <message>
        <location filename="../../diaspora_desk/ui/visits/visit_parts.py" line="-179"/>
        <source>Service offered</source>
        <translation>Servicio ofrecido</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>People per hour</source>
        <translation>Personas por hora</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>To bring: {documents}</source>
        <translation>Debe traer: {documents}</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../diaspora_desk/ui/setup_dialog.py" line="+49"/>
        <source>Welcome to Diaspora Desk</source>
        <translation>Bienvenido a Diaspora Desk</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This database is empty. Tell Diaspora Desk which country you serve and where, or open the demo consulate to look around first.</source>
        <translation>Esta base de datos está vacía. Indique a Diaspora Desk a qué país presta servicio y desde dónde, o abra primero el consulado de demostración para explorar.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>e.g. Consulate General in …</source>
        <translation>p. ej., Consulado General en …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>City where the consulate is</source>
        <translation>Ciudad donde está el consulado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your name, as it should appear in the audit trail</source>
        <translation>Su nombre, tal como debe figurar en el registro de auditoría</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Origin country *</source>
        <translation>País de origen *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consulate name *</source>
        <translation>Nombre del consulado *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host country *</source>
        <translation>País de residencia *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consulate city *</source>
        <translation>Ciudad del consulado *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jurisdiction</source>
        <translation>Circunscripción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Officer *</source>
        <translation>Funcionario *</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open the demo instead</source>
        <translation>Abrir la demostración</translation>
    </message>
</context>
<context>
    <name>SkillsDashboard</name>
    <message>
        <location filename="../../diaspora_desk/ui/people/dashboard.py" line="+27"/>
        <source>ISCO-08 sub-major group</source>
        <translation>Subgrupo principal de la CIUO-08</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highest ISCED level</source>
        <translation>Nivel CINE más alto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host city</source>
        <translation>Ciudad de residencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skills summary PDF…</source>
        <translation>Resumen de competencias en PDF…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Counting the skills inventory…</source>
        <translation>Contando el inventario de competencias…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{n} people in the skills inventory (with their consent). {available} available within the next 12 months.</source>
        <translation>{n} personas en el inventario de competencias (con su consentimiento). {available} disponibles en los próximos 12 meses.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Save skills summary</source>
        <translation>Guardar resumen de competencias</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Writing the skills summary…</source>
        <translation>Generando el resumen de competencias…</translation>
    </message>
</context>
<context>
    <name>SkillsForm</name>
    <message>
        <location filename="../../diaspora_desk/ui/people/skills_form.py" line="+53"/>
        <source>&apos;{text}&apos; is not a whole number</source>
        <translation>&apos;{text}&apos; no es un número entero</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Type any occupation name (ESCO), e.g. nurse, welder</source>
        <translation>Escriba cualquier nombre de ocupación (ESCO), p. ej., enfermero, soldador</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>ISCO-08 unit group</source>
        <translation>Grupo primario de la CIUO-08</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Years</source>
        <translation>Años</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Field of study</source>
        <translation>Campo de estudio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Education level (ISCED)</source>
        <translation>Nivel educativo (CINE)</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>{field}: write the date</source>
        <translation>{field}: escriba la fecha</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Recognised at home</source>
        <translation>Reconocido en el país de origen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type a language, e.g. Spanish</source>
        <translation>Escriba un idioma, p. ej., español</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Licence or registration</source>
        <translation>Licencia o colegiación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issuer</source>
        <translation>Emisor</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <location line="+109"/>
        <source>Valid until</source>
        <translation>Válida hasta</translation>
    </message>
    <message>
        <location line="-106"/>
        <location line="+114"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+113"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>free tags, comma-separated</source>
        <translation>etiquetas libres, separadas por comas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>derived from the occupation unless you set it</source>
        <translation>se deduce de la ocupación salvo que usted lo indique</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find occupation</source>
        <translation>Buscar ocupación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occupations</source>
        <translation>Ocupaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qualifications</source>
        <translation>Titulaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages (CEFR)</source>
        <translation>Idiomas (MCER)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licences</source>
        <translation>Licencias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Availability</source>
        <translation>Disponibilidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skill tags</source>
        <translation>Etiquetas de competencias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>choose a language from the list</source>
        <translation>elija un idioma de la lista</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <location filename="../../diaspora_desk/ui/help.py" line="+31"/>
        <source>Diaspora Desk — user guide</source>
        <translation>Diaspora Desk — guía del usuario</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The user guide could not be found: {path}</source>
        <translation>No se encontró la guía del usuario: {path}</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <location filename="../../diaspora_desk/ui/visits/visit_dialog.py" line="+72"/>
        <source>Edit mobile visit</source>
        <translation>Editar consulado móvil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New mobile visit</source>
        <translation>Nuevo consulado móvil</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Results and follow-ups</source>
        <translation>Resultados y seguimientos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Empty: “Mobile consulate in &lt;town&gt;”</source>
        <translation>Vacío: «Consulado móvil en &lt;localidad&gt;»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Town of the visit; start typing</source>
        <translation>Localidad de la visita; empiece a escribir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. parish hall, community centre</source>
        <translation>p. ej., salón parroquial, centro comunitario</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. a church, a school, a local NGO</source>
        <translation>p. ej., una iglesia, una escuela, una ONG local</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{n} minutes</source>
        <translation>{n} minutos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Problems people raised at the visit</source>
        <translation>Problemas que plantearon las personas durante la visita</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sent by *</source>
        <translation>Enviado por *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country *</source>
        <translation>País *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Town *</source>
        <translation>Localidad *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Venue</source>
        <translation>Lugar de la visita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host association</source>
        <translation>Asociación anfitriona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host partner</source>
        <translation>Socio anfitrión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First day *</source>
        <translation>Primer día *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day *</source>
        <translation>Último día *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens at</source>
        <translation>Abre a las</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closes at</source>
        <translation>Cierra a las</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appointment length</source>
        <translation>Duración de la cita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Equipment (tick when packed)</source>
        <translation>Equipo (marque al empacar)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practices addressed</source>
        <translation>Prácticas abordadas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Issues raised</source>
        <translation>Problemas planteados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Services and team</source>
        <translation>Servicios y equipo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Equipment and practices</source>
        <translation>Equipo y prácticas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Issues and notes</source>
        <translation>Incidencias y notas</translation>
    </message>
</context>
<context>
    <name>VisitsArea</name>
    <message>
        <location filename="../../diaspora_desk/ui/visits/area.py" line="+27"/>
        <source>Visits</source>
        <translation>Visitas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planner</source>
        <translation>Planificador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consulates</source>
        <translation>Consulados</translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <location filename="../../diaspora_desk/ui/visits/visits_page.py" line="+68"/>
        <source>No visit matches this search and status.&lt;br&gt;{link}</source>
        <translation>Ninguna visita coincide con esta búsqueda y este estado.&lt;br&gt;{link}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show every visit</source>
        <translation>Mostrar todas las visitas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No mobile visit planned yet.&lt;br&gt;Use &lt;b&gt;New visit…&lt;/b&gt;, or the &lt;b&gt;Planner&lt;/b&gt; tab to see which towns need one.</source>
        <translation>Todavía no hay ninguna visita móvil planificada.&lt;br&gt;Use &lt;b&gt;Nueva visita…&lt;/b&gt;, o la pestaña &lt;b&gt;Planificador&lt;/b&gt; para ver qué localidades necesitan una.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Town or title</source>
        <translation>Localidad o título</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>New visit…</source>
        <translation>Nueva visita…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appointments…</source>
        <translation>Citas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results…</source>
        <translation>Resultados…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Briefing PDF…</source>
        <translation>Nota informativa en PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visit report PDF…</source>
        <translation>Informe de la visita en PDF…</translation>
    </message>
    <message numerus="yes">
        <location line="+65"/>
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n visita</numerusform>
            <numerusform>%n visitas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+54"/>
        <source>&lt;i&gt;Select a visit to see its plan.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Seleccione una visita para ver su plan.&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Saved {title}</source>
        <translation>{title} guardado</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Select a visit to print its briefing or report.</source>
        <translation>Seleccione una visita para imprimir su nota informativa o su informe.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Written to {path}</source>
        <translation>Guardado en {path}</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../diaspora_desk/ui/launch.py" line="+99"/>
        <source>Opening the database…</source>
        <translation>Abriendo la base de datos…</translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <location filename="../../diaspora_desk/ui/visits/planner_page.py" line="+11"/>
        <source>Nearest consulate: {name}, {km} km away.</source>
        <translation>Consulado más cercano: {name}, a {km} km.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{people} people within reach ({all} including those counted for a higher-ranked site).</source>
        <translation>{people} personas al alcance ({all} contando las asignadas a un sitio mejor clasificado).</translation>
    </message>
    <message>
        <location filename="../../diaspora_desk/ui/visits/visits_page.py" line="+11"/>
        <source>Sent by {consulate}</source>
        <translation>Enviado por {consulate}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{n} per hour</source>
        <translation>{n} por hora</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Equipment: {packed} of {total} packed</source>
        <translation>Equipo: {packed} de {total} empacados</translation>
    </message>
</context>
<context>
    <name>self._bar</name>
    <message>
        <location filename="../../diaspora_desk/ui/undo.py" line="+56"/>
        <source>Undone.</source>
        <translation>Se deshizo la acción.</translation>
    </message>
</context>
<context>
    <name>self._form</name>
    <message>
        <location filename="../../diaspora_desk/ui/people/skills_form.py" line="+70"/>
        <source>row {row}: {error}</source>
        <translation>fila {row}: {error}</translation>
    </message>
</context>
<context>
    <name>status_bar</name>
    <message>
        <location filename="../../diaspora_desk/ui/undo.py" line="-25"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../diaspora_desk/ui/launch.py" line="+86"/>
        <source>Demo cancelled; nothing was written.</source>
        <translation>Demostración cancelada; no se escribió nada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Creating the demo consulate…</source>
        <translation>Creando el consulado de demostración…</translation>
    </message>
    <message>
        <location filename="../../diaspora_desk/ui/trust/encrypt_notice.py" line="+35"/>
        <source>Not encrypted: encrypt…</source>
        <translation>Sin cifrar: cifrar…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Anyone who copies this database file can read it. Encrypt it with a passphrase.</source>
        <translation>Cualquiera que copie este archivo de base de datos puede leerlo. Cífrelo con una frase de contraseña.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The database is encrypted. Backup: {path}</source>
        <translation>La base de datos está cifrada. Copia de seguridad: {path}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Encrypting the database…</source>
        <translation>Cifrando la base de datos…</translation>
    </message>
</context>
</TS>
