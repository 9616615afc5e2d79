<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../diaspora_desk/ui/associations/files.py" line="+33"/>
        <source>Import associations</source>
        <translation>Importer des associations</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../diaspora_desk/ui/partners/files.py" line="+35"/>
        <source>Tables (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>Tableaux (*.csv *.txt *.xlsx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Importing associations…</source>
        <translation>Importation des associations…</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../diaspora_desk/ui/partners/files.py" line="+23"/>
        <source>Import finished</source>
        <translation>Importation terminée</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../diaspora_desk/ui/partners/files.py" line="+1"/>
        <source>Imported {n}, rejected {m}.</source>
        <translation>{n} importées, {m} rejetées.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../diaspora_desk/ui/partners/files.py" line="+10"/>
        <source>Save rejected rows…</source>
        <translation>Enregistrer les lignes rejetées…</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../diaspora_desk/ui/partners/files.py" line="+5"/>
        <source>Save rejected rows</source>
        <translation>Enregistrer les lignes rejetées</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export associations</source>
        <translation>Exporter les associations</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../diaspora_desk/ui/partners/files.py" line="+19"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Classeur Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exporting associations…</source>
        <translation>Exportation des associations…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported {n} associations to {path}</source>
        <translation>{n} associations exportées vers {path}</translation>
    </message>
    <message>
        <location filename="../../diaspora_desk/ui/accounts/accounts_page.py" line="+67"/>
        <location filename="../../diaspora_desk/ui/associations/list_model.py" line="+49"/>
        <location filename="../../diaspora_desk/ui/partners/models.py" line="+52"/>
        <location filename="../../diaspora_desk/ui/people/list_model.py" line="+30"/>
        <location filename="../../diaspora_desk/ui/visits/list_models.py" line="+173"/>
        <location filename="../../diaspora_desk/ui/visits/models.py" line="+151"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last sign-in</source>
        <translation>Dernière connexion</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>disabled</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change &amp;role…</source>
        <translation>Changer de &amp;rôle…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reset password…</source>
        <translation>&amp;Réinitialiser le mot de passe…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Disable</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lock the window after this long without use:</source>
        <translation>Verrouiller la fenêtre après cette durée sans utilisation :</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Change role</source>
        <translation>Changer de rôle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role of {user}</source>
        <translation>Rôle de {user}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New password for {user}</source>
        <translation>Nouveau mot de passe pour {user}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Disable account</source>
        <translation>Désactiver le compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{user} will no longer be able to sign in.</source>
        <translation>{user} ne pourra plus se connecter.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <location filename="../../diaspora_desk/ui/associations/list_model.py" line="+1"/>
        <source>Acronym</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../diaspora_desk/ui/people/filter_bar.py" line="+54"/>
        <location filename="../../diaspora_desk/ui/people/list_model.py" line="+2"/>
        <location filename="../../diaspora_desk/ui/people/needs_models.py" line="+107"/>
        <location filename="../../diaspora_desk/ui/visits/models.py" line="+1"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../diaspora_desk/ui/partners/models.py" line="+0"/>
        <location filename="../../diaspora_desk/ui/people/list_model.py" line="+1"/>
        <location filename="../../diaspora_desk/ui/visits/models.py" line="+1"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../diaspora_desk/ui/campaigns/events_page.py" line="+58"/>
        <source>Registered</source>
        <translation>Enregistrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <location line="+19"/>
        <source> (archived)</source>
        <translation> (archivée)</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../../diaspora_desk/ui/people/list_model.py" line="+30"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../diaspora_desk/ui/people/list_model.py" line="+0"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../diaspora_desk/ui/associations/log_model.py" line="+34"/>
        <location filename="../../diaspora_desk/ui/practices_page.py" line="+50"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../diaspora_desk/ui/campaigns/events_page.py" line="-3"/>
        <location filename="../../diaspora_desk/ui/partners/models.py" line="+0"/>
        <location line="+32"/>
        <location filename="../../diaspora_desk/ui/practices_page.py" line="+0"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../diaspora_desk/ui/practices_page.py" line="+0"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../diaspora_desk/ui/main_window.py" line="+190"/>
        <location filename="../../diaspora_desk/ui/partners/models.py" line="-32"/>
        <source>Practices</source>
        <translation>Pratiques</translation>
    </message>
    <message>
        <location filename="../../diaspora_desk/ui/campaigns/models.py" line="+47"/>
        <location filename="../../diaspora_desk/ui/people/needs_models.py" line="-74"/>
        <location line="+32"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../diaspora_desk/ui/campaigns/events_page.py" line="-1"/>
        <location filename="../../diaspora_desk/ui/campaigns/models.py" line="+0"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../diaspora_desk/ui/partners/models.py" line="+73"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attended</source>
        <translation>Présents</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../diaspora_desk/ui/reports_page.py" line="+77"/>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <location filename="../../diaspora_desk/ui/campaigns/models.py" line="+0"/>
        <location filename="../../diaspora_desk/ui/partners/models.py" line="-40"/>
        <location filename="../../diaspora_desk/ui/people/needs_models.py" line="-32"/>
        <location line="+32"/>
        <location filename="../../diaspora_desk/ui/visits/list_models.py" line="-121"/>
        <location line="+49"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Starts</source>
        <translation>Début</translation>
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
        <translation>Réponses</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../diaspora_desk/ui/partners/models.py" line="+45"/>
        <source>Received</source>
        <translation>Reçue</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../diaspora_desk/ui/people/duplicates_page.py" line="+39"/>
        <location filename="../../diaspora_desk/ui/people/needs_models.py" line="+43"/>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File row</source>
        <translation>Ligne du fichier</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Number not known</source>
        <translation>Numéro inconnu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answer not read</source>
        <translation>Réponse non lue</translation>
    </message>
    <message>
        <location filename="../../diaspora_desk/ui/errors.py" line="+30"/>
        <source>Something went wrong that should not have ({kind}). The details were written to {log}.</source>
        <translation>Une erreur inattendue s&apos;est produite ({kind}). Les détails ont été enregistrés dans {log}.</translation>
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
        <translation>Ouverture de la base de données…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>One moment.</source>
        <translation>Un instant.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Database: {path}</source>
        <translation>Base de données : {path}</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Associations</source>
        <translation>Associations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People &amp; Skills</source>
        <translation>Personnes et compétences</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile Visits</source>
        <translation>Consulats mobiles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaigns</source>
        <translation>Campagnes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print or report…</source>
        <translation>&amp;Imprimer ou produire un rapport…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import associations…</source>
        <translation>&amp;Importer des associations…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export associations…</source>
        <translation>&amp;Exporter les associations…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import &amp;people…</source>
        <translation>Importer des &amp;personnes…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export p&amp;eople…</source>
        <translation>Exporter les &amp;personnes…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show {area} (Ctrl+{n})</source>
        <translation>Afficher {area} (Ctrl+{n})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Audit, backups and erasure…</source>
        <translation>&amp;Audit, sauvegardes et effacement…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User &amp;guide</source>
        <translation>&amp;Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Diaspora Desk</source>
        <translation>À &amp;propos de Diaspora Desk</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Select an item to print its report.</source>
        <translation>Sélectionnez un élément pour imprimer son rapport.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>no consulate set</source>
        <translation>aucun consulat défini</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diaspora Desk — {consulate} — {officer}</source>
        <translation>Diaspora Desk — {consulate} — {officer}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no officer set</source>
        <translation>aucun agent défini</translation>
    </message>
    <message>
        <location filename="../../diaspora_desk/ui/people/duplicates_page.py" line="+0"/>
        <source>File, row</source>
        <translation>Fichier, ligne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Imported as</source>
        <translation>Importée comme</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Probably</source>
        <translation>Probablement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Born, lives in</source>
        <translation>Né(e) à, réside à</translation>
    </message>
    <message>
        <location filename="../../diaspora_desk/ui/reports_page.py" line="-24"/>
        <source>Type part of the association&apos;s name</source>
        <translation>Tapez une partie du nom de l&apos;association</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the association: type part of its name and pick it from the list.</source>
        <translation>Choisissez l&apos;association : tapez une partie de son nom et choisissez-la dans la liste.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type part of the person&apos;s name, a phone or an e-mail</source>
        <translation>Tapez une partie du nom de la personne, un téléphone ou un courriel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the person: type part of their name and pick them from the list.</source>
        <translation>Choisissez la personne : tapez une partie de son nom et choisissez-la dans la liste.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type part of the need&apos;s title or institution</source>
        <translation>Tapez une partie de l&apos;intitulé du besoin ou de l&apos;institution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the need: type part of its title and pick it from the list.</source>
        <translation>Choisissez le besoin : tapez une partie de son intitulé et choisissez-le dans la liste.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type the town or the title of the visit</source>
        <translation>Tapez la ville ou le titre de la visite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the visit: type its town and pick it from the list.</source>
        <translation>Choisissez la visite : tapez sa ville et choisissez-la dans la liste.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Appointment</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type part of the booked person&apos;s name</source>
        <translation>Tapez une partie du nom de la personne inscrite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the appointment: type the person&apos;s name and pick the time from the list.</source>
        <translation>Choisissez le rendez-vous : tapez le nom de la personne et choisissez l&apos;heure dans la liste.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type part of the campaign&apos;s title</source>
        <translation>Tapez une partie du titre de la campagne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the campaign: type part of its title and pick it from the list.</source>
        <translation>Choisissez la campagne : tapez une partie de son titre et choisissez-la dans la liste.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Practices briefing for headquarters</source>
        <translation>Note d&apos;information sur les pratiques pour l&apos;administration centrale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everything the consulate did in a period against the recommended practices, its gaps, and its diaspora&apos;s profile, with small counts suppressed.</source>
        <translation>Tout ce que le consulat a fait sur une période au regard des pratiques recommandées, ses lacunes et le profil de sa diaspora, avec masquage des petits effectifs.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Skills inventory summary</source>
        <translation>Synthèse de l&apos;inventaire des compétences</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Aggregate counts of the skills inventory.</source>
        <translation>Effectifs agrégés de l&apos;inventaire des compétences.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Association profile</source>
        <translation>Profil de l&apos;association</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An association&apos;s record, interactions and practices.</source>
        <translation>La fiche d&apos;une association, ses interactions et ses pratiques.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Person record</source>
        <translation>Fiche individuelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything held on one person (an access request); audited.</source>
        <translation>Tout ce qui est détenu sur une personne (demande d&apos;accès) ; audité.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Need shortlist</source>
        <translation>Présélection pour le besoin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ranked candidates for a need at home.</source>
        <translation>Les candidats classés pour un besoin du pays d&apos;origine.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mobile visit briefing</source>
        <translation>Note d&apos;information préalable à la visite mobile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before a mobile consulate: the area, services and team.</source>
        <translation>Avant un consulat mobile : la zone, les services et l&apos;équipe.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mobile visit report</source>
        <translation>Compte rendu de visite mobile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After a mobile consulate: results against plan.</source>
        <translation>Après un consulat mobile : résultats par rapport au plan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Day schedule</source>
        <translation>Programme de la journée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each service desk&apos;s appointments on one day; audited.</source>
        <translation>Les rendez-vous de chaque guichet sur une journée ; audité.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Campaign report</source>
        <translation>Rapport de campagne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A campaign&apos;s audience, reach, poll results and opt-outs, with small counts suppressed.</source>
        <translation>L&apos;audience, la portée, les résultats des sondages et les désinscriptions d&apos;une campagne, les petits effectifs masqués.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Appointment slip</source>
        <translation>Convocation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What a booked person brings, and when; audited.</source>
        <translation>Ce qu&apos;une personne ayant rendez-vous apporte, et quand ; audité.</translation>
    </message>
    <message>
        <location filename="../../diaspora_desk/ui/people/filter_bar.py" line="-4"/>
        <source>Name (any order), phone or e-mail</source>
        <translation>Nom (dans n&apos;importe quel ordre), téléphone ou courriel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All countries</source>
        <translation>Tous les pays</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Occupation group</source>
        <translation>Groupe de professions</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any education</source>
        <translation>Tout niveau d&apos;études</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ISCED {n}+ ({label})</source>
        <translation>CITE {n}+ ({label})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Current</source>
        <translation>Actuelles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archived</source>
        <translation>Archivées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current and archived</source>
        <translation>Actuelles et archivées</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any consent</source>
        <translation>Tout consentement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Available on</source>
        <translation>Disponible le</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Choose an association from the list that opens as you type.</source>
        <translation>Choisissez une association dans la liste qui s&apos;ouvre pendant la saisie.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No one matches this search and these filters.&lt;br&gt;{link}</source>
        <translation>Personne ne correspond à cette recherche et à ces filtres.&lt;br&gt;{link}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No one is registered yet.&lt;br&gt;Import a file of people with &lt;b&gt;File → Import people…&lt;/b&gt; or add a person with &lt;b&gt;New…&lt;/b&gt;.</source>
        <translation>Personne n&apos;est encore enregistré.&lt;br&gt;Importez un fichier de personnes avec &lt;b&gt;Fichier → Importer des personnes…&lt;/b&gt; ou ajoutez une personne avec &lt;b&gt;Nouveau…&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>No language called &apos;{text}&apos;: choose one from the list.</source>
        <translation>Aucune langue ne s&apos;appelle « {text} » : choisissez-en une dans la liste.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No occupation group &apos;{text}&apos;: type a group&apos;s name or its code.</source>
        <translation>Aucun groupe de professions « {text} » : saisissez le nom d&apos;un groupe ou son code.</translation>
    </message>
    <message>
        <location filename="../../diaspora_desk/ui/people/list_model.py" line="-32"/>
        <source>Born</source>
        <translation>Naissance</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Occupation</source>
        <translation>Profession</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ISCED</source>
        <translation>CITE</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../diaspora_desk/ui/visits/list_models.py" line="-34"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sharing</source>
        <translation>Partage</translation>
    </message>
    <message>
        <location filename="../../diaspora_desk/ui/people/needs_models.py" line="-75"/>
        <location filename="../../diaspora_desk/ui/reports_page.py" line="-80"/>
        <source>Need</source>
        <translation>Besoin</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mode</source>
        <translation>Modalité</translation>
    </message>
    <message>
        <location line="+32"/>
        <location filename="../../diaspora_desk/ui/reports_page.py" line="-5"/>
        <location filename="../../diaspora_desk/ui/trust/erasure_page.py" line="-69"/>
        <location filename="../../diaspora_desk/ui/visits/list_models.py" line="+0"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcomes</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Candidate</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <location filename="../../diaspora_desk/ui/people/filter_bar.py" line="-54"/>
        <location filename="../../diaspora_desk/ui/practices_page.py" line="+0"/>
        <location filename="../../diaspora_desk/ui/reports_page.py" line="-5"/>
        <source>Association</source>
        <translation>Association</translation>
    </message>
    <message>
        <location filename="../../diaspora_desk/ui/practices_page.py" line="+0"/>
        <location filename="../../diaspora_desk/ui/trust/audit_page.py" line="+54"/>
        <location line="+40"/>
        <source>Officer</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../diaspora_desk/ui/tasks.py" line="-2"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../diaspora_desk/ui/reports_page.py" line="+15"/>
        <location filename="../../diaspora_desk/ui/visits/list_models.py" line="-49"/>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <location filename="../../diaspora_desk/ui/visits/list_models.py" line="+0"/>
        <location line="+121"/>
        <location filename="../../diaspora_desk/ui/visits/models.py" line="-82"/>
        <location line="+20"/>
        <source>Town</source>
        <translation>Localité</translation>
    </message>
    <message>
        <location filename="../../diaspora_desk/ui/campaigns/events_page.py" line="-5"/>
        <location filename="../../diaspora_desk/ui/visits/list_models.py" line="-121"/>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location filename="../../diaspora_desk/ui/visits/list_models.py" line="+0"/>
        <location filename="../../diaspora_desk/ui/visits/models.py" line="+44"/>
        <source>Booked</source>
        <translation>Réservés</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Served</source>
        <translation>Servis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sent by</source>
        <translation>Envoyé par</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{name} (merged into {kept})</source>
        <translation>{name} (fusionnée dans {kept})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} (archived)</source>
        <translation>{name} (archivée)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>walk-in</source>
        <translation>sans rendez-vous</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>booked</source>
        <translation>sur rendez-vous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, newly registered</source>
        <translation>, nouvellement immatriculée</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../diaspora_desk/ui/visits/models.py" line="-28"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../diaspora_desk/ui/visits/models.py" line="+26"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <location line="+38"/>
        <location filename="../../diaspora_desk/ui/visits/models.py" line="-40"/>
        <source>Distance</source>
        <translation>Distance</translation>
    </message>
    <message>
        <location filename="../../diaspora_desk/ui/visits/models.py" line="-23"/>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From consulate</source>
        <translation>Depuis le consulat</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Hosts</source>
        <translation>Hôtes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Past visits</source>
        <translation>Visites antérieures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Likely services</source>
        <translation>Services probables</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nearest consulate: {name}</source>
        <translation>Consulat le plus proche : {name}</translation>
    </message>
    <message>
        <location filename="../../diaspora_desk/ui/campaigns/events_page.py" line="+4"/>
        <location filename="../../diaspora_desk/ui/visits/models.py" line="+25"/>
        <location line="+26"/>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <location filename="../../diaspora_desk/ui/visits/models.py" line="-11"/>
        <source>full ({capacity} of {capacity} booked)</source>
        <translation>complet ({capacity} sur {capacity} réservés)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{free} of {capacity} free</source>
        <translation>{free} libres sur {capacity}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Served (booked)</source>
        <translation>Servis (sur rendez-vous)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No-show</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walk-ins</source>
        <translation>Sans rendez-vous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered</source>
        <translation>Rendus</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Jurisdiction</source>
        <translation>Circonscription</translation>
    </message>
    <message>
        <location filename="../../diaspora_desk/ui/report_preview.py" line="+123"/>
        <source>Choose a report and press Preview.</source>
        <translation>Choisissez un rapport et cliquez sur Aperçu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Page {n} of {total}</source>
        <translation>Page {n} sur {total}</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../../diaspora_desk/ui/visits/printing.py" line="+29"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Preview — {name}</source>
        <translation>Aperçu — {name}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Making the report…</source>
        <translation>Préparation du rapport…</translation>
    </message>
    <message>
        <location filename="../../diaspora_desk/ui/visits/printing.py" line="+33"/>
        <source>Save visit briefing</source>
        <translation>Enregistrer la note d&apos;information</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save visit report</source>
        <translation>Enregistrer le compte rendu de la visite</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Writing the briefing…</source>
        <translation>Rédaction de la note d&apos;information…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Writing the visit report…</source>
        <translation>Rédaction du compte rendu de la visite…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save appointment slip</source>
        <translation>Enregistrer la convocation</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Writing the appointment slip…</source>
        <translation>Rédaction de la convocation…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save day schedule</source>
        <translation>Enregistrer le programme de la journée</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Writing the day schedule…</source>
        <translation>Rédaction du programme de la journée…</translation>
    </message>
    <message>
        <location filename="../../diaspora_desk/ui/associations/hints.py" line="+33"/>
        <source>No association matches this search and these filters.&lt;br&gt;{link}</source>
        <translation>Aucune association ne correspond à cette recherche et à ces filtres.&lt;br&gt;{link}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../diaspora_desk/ui/people/filter_bar.py" line="+80"/>
        <source>Clear the search and filters</source>
        <translation>Effacer la recherche et les filtres</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No association is registered yet.&lt;br&gt;Import a file with &lt;b&gt;File → Import associations…&lt;/b&gt; or add one with &lt;b&gt;New…&lt;/b&gt;.</source>
        <translation>Aucune association n&apos;est encore enregistrée.&lt;br&gt;Importez un fichier avec &lt;b&gt;Fichier → Importer des associations…&lt;/b&gt; ou ajoutez-en une avec &lt;b&gt;Nouveau…&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select an association to see its interactions.</source>
        <translation>Sélectionnez une association pour voir ses interactions.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No meeting, call or event logged with this association yet: use &lt;b&gt;Log interaction…&lt;/b&gt;.</source>
        <translation>Aucune réunion, aucun appel ni aucun événement enregistré avec cette association pour l&apos;instant : utilisez &lt;b&gt;Enregistrer une interaction…&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../../diaspora_desk/ui/partners/files.py" line="-60"/>
        <source>Import partners</source>
        <translation>Importer des partenaires</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import projects</source>
        <translation>Importer des projets</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Columns left out: {names}.</source>
        <translation>Colonnes non reprises : {names}.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Export partners</source>
        <translation>Exporter les partenaires</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export projects</source>
        <translation>Exporter les projets</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported {n} rows to {path}</source>
        <translation>{n} lignes exportées vers {path}</translation>
    </message>
    <message>
        <location filename="../../diaspora_desk/ui/partners/models.py" line="-78"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Diaspora association: {name}</source>
        <translation>Association de la diaspora : {name}</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+19"/>
        <source>Agreement</source>
        <translation>Accord</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+17"/>
        <source>Counterparts</source>
        <translation>Contreparties</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Signed</source>
        <translation>Signé</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days left</source>
        <translation>Jours restants</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{rule} met</source>
        <translation>{rule} respectée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{rule} not met</source>
        <translation>{rule} non respectée</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <source>Pledged</source>
        <translation>Promis</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Matching rule</source>
        <translation>Règle de contrepartie</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule asks</source>
        <translation>La règle demande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short of the rule</source>
        <translation>En deçà de la règle</translation>
    </message>
    <message>
        <location filename="../../diaspora_desk/ui/trust/audit_page.py" line="-40"/>
        <source>When (UTC)</source>
        <translation>Quand (UTC)</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+41"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="-41"/>
        <location line="+42"/>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Any officer</source>
        <translation>Tout agent</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any action</source>
        <translation>Toute action</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. person or person 12</source>
        <translation>p. ex. person ou person 12</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show</source>
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export to CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>{n} events</source>
        <translation>{n} événements</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{n} events written to {path}</source>
        <translation>{n} événements écrits dans {path}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export the audit trail</source>
        <translation>Exporter le journal d&apos;audit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../diaspora_desk/ui/trust/backups_page.py" line="+19"/>
        <source>No backup of this database has been written yet.</source>
        <translation>Aucune sauvegarde de cette base de données n&apos;a encore été écrite.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last backup: {when} UTC ({days} days ago).</source>
        <translation>Dernière sauvegarde : {when} UTC (il y a {days} jours).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That is more than {n} days: back up now.</source>
        <translation>Cela fait plus de {n} jours : sauvegardez maintenant.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <location filename="../../diaspora_desk/ui/accounts/accounts_page.py" line="-115"/>
        <location filename="../../diaspora_desk/ui/trust/backups_page.py" line="+9"/>
        <location filename="../../diaspora_desk/ui/trust/erasure_page.py" line="+26"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../diaspora_desk/ui/trust/backups_page.py" line="+3"/>
        <source>Backups kept beside the database</source>
        <translation>Sauvegardes conservées à côté de la base de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warn when the last backup is older than (days)</source>
        <translation>Avertir lorsque la dernière sauvegarde date de plus de (jours)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A backup is checked after it is written and readable by you only. To restore one, close the app and run: diaspora-desk db restore BACKUP --db DATABASE</source>
        <translation>Une sauvegarde est vérifiée après son écriture et n&apos;est lisible que par vous. Pour en restaurer une, fermez l&apos;application et exécutez : diaspora-desk db restore BACKUP --db DATABASE</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Written and verified: {path}</source>
        <translation>Écrit et vérifié : {path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} older backups removed.</source>
        <translation>{n} anciennes sauvegardes supprimées.</translation>
    </message>
    <message>
        <location filename="../../diaspora_desk/ui/trust/dialog.py" line="+30"/>
        <source>Audit, backups and erasure</source>
        <translation>Audit, sauvegardes et effacement</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Audit trail</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erasure and retention</source>
        <translation>Effacement et conservation</translation>
    </message>
    <message>
        <location filename="../../diaspora_desk/ui/trust/erasure_page.py" line="-75"/>
        <source>anonymised</source>
        <translation>anonymisé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>erased</source>
        <translation>effacé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{who}: {verb} ({rows}).</source>
        <translation>{who} : {verb} ({rows}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Person {ids} {verb} ({rows}).</source>
        <translation>Dossier de la personne {ids} {verb} ({rows}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check: no erased value is left in the database file.</source>
        <translation>Vérification : aucune valeur effacée ne subsiste dans le fichier de la base de données.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check: still found in the file: {found}.</source>
        <translation>Vérification : encore présent dans le fichier : {found}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the person to erase: type part of their name and pick them from the list.</source>
        <translation>Choisissez la personne à effacer : saisissez une partie de son nom et sélectionnez-la dans la liste.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Whom to erase: type part of a name, a phone or an e-mail</source>
        <translation>Personne à effacer : saisissez une partie d&apos;un nom, d&apos;un téléphone ou d&apos;une adresse électronique</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. the person asked in writing on 3 Dec</source>
        <translation>p. ex. la personne l&apos;a demandé par écrit le 3 déc.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the officer who confirms</source>
        <translation>l&apos;agent qui confirme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anonymise instead (keep the record for counts, without who it is)</source>
        <translation>Anonymiser plutôt (garder la fiche pour les effectifs, sans l&apos;identité de la personne)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Erase…</source>
        <translation>&amp;Effacer…</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Erase {person} and everything held on them? This cannot be undone.</source>
        <translation>Effacer {person} et toutes les données conservées sur cette personne ? Cette action est irréversible.</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>Due under the rule now: nobody</source>
        <translation>À effacer maintenant selon la règle : personne</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{names} … and {n} more</source>
        <translation>{names} … et {n} de plus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due under the rule now: 1 person — {names}</source>
        <translation>À effacer maintenant selon la règle : 1 personne — {names}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due under the rule now: {n} people — {names}</source>
        <translation>À effacer maintenant selon la règle : {n} personnes — {names}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>person record</source>
        <translation>fiche de la personne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>availability</source>
        <translation>disponibilité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>consents</source>
        <translation>consentements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duplicate reviews</source>
        <translation>examens de doublons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>licences</source>
        <translation>permis et licences</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>memberships</source>
        <translation>adhésions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>languages</source>
        <translation>langues</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>occupations</source>
        <translation>professions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone numbers</source>
        <translation>numéros de téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>placements</source>
        <translation>placements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>poll replies</source>
        <translation>réponses aux sondages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>poll answers</source>
        <translation>réponses aux questions de sondage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>qualifications</source>
        <translation>diplômes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skill tags</source>
        <translation>étiquettes de compétences</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>appointments</source>
        <translation>rendez-vous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>campaign messages</source>
        <translation>messages de campagne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>event registrations</source>
        <translation>inscriptions aux événements</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Second officer</source>
        <translation>Second agent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Erase a person</source>
        <translation>Effacer une personne</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>An erasure needs a second officer&apos;s confirmation</source>
        <translation>Un effacement doit être confirmé par un second agent</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no rule</source>
        <translation>aucune règle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The rule anonymises instead of erasing</source>
        <translation>La règle anonymise au lieu d&apos;effacer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Apply the retention rule now…</source>
        <translation>&amp;Appliquer la règle de conservation maintenant…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy and retention</source>
        <translation>Politique et conservation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Erase people archived more than (years)</source>
        <translation>Effacer les personnes archivées depuis plus de (années)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No retention rule is set.</source>
        <translation>Aucune règle de conservation n&apos;est définie.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Erase</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Apply the retention rule to {n} people? This cannot be undone.</source>
        <translation>Appliquer la règle de conservation à {n} personnes ? Cette action est irréversible.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{n} people handled by the retention rule; {left} with values still found.</source>
        <translation>{n} personnes traitées par la règle de conservation ; {left} avec des valeurs encore présentes.</translation>
    </message>
    <message>
        <location filename="../../diaspora_desk/ui/accounts/account_dialog.py" line="+55"/>
        <source>First administrator</source>
        <translation>Premier administrateur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New account</source>
        <translation>Nouveau compte</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../../diaspora_desk/ui/accounts/accounts_page.py" line="-45"/>
        <location filename="../../diaspora_desk/ui/accounts/sign_in_dialog.py" line="+51"/>
        <source>Username</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in the audit trail</source>
        <translation>Nom dans le journal d&apos;audit</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../diaspora_desk/ui/accounts/accounts_page.py" line="+0"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../diaspora_desk/ui/accounts/sign_in_dialog.py" line="+1"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+78"/>
        <source>Password again</source>
        <translation>Mot de passe (confirmation)</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Once an administrator exists, everyone signs in with an account of their own, and each role may do only what it is granted. Keep this password safe: without an administrator, accounts cannot be managed.</source>
        <translation>Dès qu&apos;un administrateur existe, chacun se connecte avec son propre compte et chaque rôle ne peut faire que ce qui lui est accordé. Conservez ce mot de passe en lieu sûr : sans administrateur, les comptes ne peuvent pas être gérés.</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+63"/>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe diffèrent.</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Current password</source>
        <translation>Mot de passe actuel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <location filename="../../diaspora_desk/ui/accounts/guard.py" line="+54"/>
        <source>Officer accounts</source>
        <translation>Comptes des agents</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protect this database with officer accounts? Each officer then signs in, the audit trail names them, and each role may do only what it is granted. Create the first administrator now (you can also do it later from Tools → Accounts)?</source>
        <translation>Protéger cette base de données par des comptes d&apos;agents ? Chaque agent se connectera, le journal d&apos;audit le nommera et chaque rôle ne pourra faire que ce qui lui est accordé. Créer maintenant le premier administrateur (vous pourrez aussi le faire plus tard via Outils → Comptes) ?</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Accounts…</source>
        <translation>&amp;Comptes…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change my &amp;password…</source>
        <translation>Changer mon &amp;mot de passe…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Lock now</source>
        <translation>&amp;Verrouiller maintenant</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Signed in: {name} ({role})</source>
        <translation>Connecté : {name} ({role})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No accounts: anyone may use this database</source>
        <translation>Aucun compte : tout le monde peut utiliser cette base de données</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Change my password</source>
        <translation>Changer mon mot de passe</translation>
    </message>
    <message>
        <location filename="../../diaspora_desk/ui/accounts/sign_in_dialog.py" line="-9"/>
        <source>Diaspora Desk is locked</source>
        <translation>Diaspora Desk est verrouillé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sign in to Diaspora Desk</source>
        <translation>Connexion à Diaspora Desk</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Se connecter</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Locked after a time without use. {name}, type your password to go on.</source>
        <translation>Verrouillé après un temps sans utilisation. {name}, saisissez votre mot de passe pour continuer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <location filename="../../diaspora_desk/ui/date_input.py" line="+52"/>
        <source>{field}: &apos;{text}&apos; is not a date. Type a date such as 14/03/2027, or pick one.</source>
        <translation>{field} : « {text} » n&apos;est pas une date. Tapez une date comme 14/03/2027, ou choisissez-en une.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>e.g. 14/03/2027</source>
        <translation>p. ex. 14/03/2027</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type a date such as 14/03/2027 or 2027-03-14, or pick one from the calendar. Numbers are read day first: 03/04/2027 is 3 April 2027. Leave empty for no date.</source>
        <translation>Tapez une date comme 14/03/2027 ou 2027-03-14, ou choisissez-la dans le calendrier. Les nombres se lisent le jour d&apos;abord : 03/04/2027 est le 3 avril 2027. Laissez vide s&apos;il n&apos;y a pas de date.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pick the date from a calendar</source>
        <translation>Choisir la date dans un calendrier</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../diaspora_desk/ui/about.py" line="+25"/>
        <source>About Diaspora Desk</source>
        <translation>À propos de Diaspora Desk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h3&gt;Diaspora Desk {version}&lt;/h3&gt;&lt;p&gt;Database schema {schema}. Works offline.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Diaspora Desk {version}&lt;/h3&gt;&lt;p&gt;Schéma de la base de données {schema}. Fonctionne hors ligne.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Used for</source>
        <translation>Utilisé pour</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Work</source>
        <translation>Œuvre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Licence text</source>
        <translation>Texte de la licence</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <location filename="../../diaspora_desk/ui/partners/agreement_dialog.py" line="+51"/>
        <location line="+34"/>
        <source>Agreement</source>
        <translation>Accord</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>New agreement</source>
        <translation>Nouvel accord</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Title *</source>
        <translation>Titre *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counterparts *</source>
        <translation>Contreparties *</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+27"/>
        <source>Signed on</source>
        <translation>Signé le</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+27"/>
        <source>Starts on</source>
        <translation>Commence le</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+27"/>
        <source>Ends on</source>
        <translation>Se termine le</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+50"/>
        <source>Signed document</source>
        <translation>Document signé</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Practices addressed</source>
        <translation>Pratiques traitées</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Documents (*.pdf *.doc *.docx *.odt);;All files (*)</source>
        <translation>Documents (*.pdf *.doc *.docx *.odt);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>AppointmentsDialog</name>
    <message>
        <location filename="../../diaspora_desk/ui/visits/appointments_dialog.py" line="+65"/>
        <source>Appointments — {title}</source>
        <translation>Rendez-vous — {title}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>All days</source>
        <translation>Tous les jours</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All services</source>
        <translation>Tous les services</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Book…</source>
        <translation>Réserver…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walk-in…</source>
        <translation>Sans rendez-vous…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Served</source>
        <translation>Servis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No-show</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel appointment</source>
        <translation>Annuler le rendez-vous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print slip…</source>
        <translation>Imprimer la convocation…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day schedule…</source>
        <translation>Programme de la journée…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Booked {booked} · served from bookings {served} · no-shows {no_show} · walk-ins {walk_ins} · delivered {delivered} · new registrations {new}</source>
        <translation>Réservés {booked} · servis sur rendez-vous {served} · absences {no_show} · sans rendez-vous {walk_ins} · services rendus {delivered} · nouvelles immatriculations {new}</translation>
    </message>
</context>
<context>
    <name>AssociationChoices</name>
    <message>
        <location filename="../../diaspora_desk/ui/campaigns/segment_editor.py" line="+57"/>
        <source>Type part of an association&apos;s name</source>
        <translation>Saisissez une partie du nom d&apos;une association</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Association {id}</source>
        <translation>Association {id}</translation>
    </message>
</context>
<context>
    <name>AssociationDetails</name>
    <message>
        <location filename="../../diaspora_desk/ui/associations/details.py" line="+52"/>
        <source>Log interaction…</source>
        <translation>Consigner une interaction…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit entry…</source>
        <translation>Modifier l&apos;entrée…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&lt;b&gt;Interactions log&lt;/b&gt;</source>
        <translation>&lt;b&gt;Journal des interactions&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;i&gt;Select an association to see its profile and log.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Sélectionnez une association pour voir son profil et son journal.&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>registered with the consulate</source>
        <translation>immatriculée au consulat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>advisory council member</source>
        <translation>membre du conseil consultatif</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Contact: {name}</source>
        <translation>Contact : {name}</translation>
    </message>
</context>
<context>
    <name>AssociationDialog</name>
    <message>
        <location filename="../../diaspora_desk/ui/associations/dialog.py" line="+65"/>
        <source>Edit association</source>
        <translation>Modifier l&apos;association</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New association</source>
        <translation>Nouvelle association</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relation and notes</source>
        <translation>Relation et notes</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Full name of the association</source>
        <translation>Nom complet de l&apos;association</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Start typing; known towns give map coordinates</source>
        <translation>Commencez à saisir ; les localités connues donnent leurs coordonnées sur la carte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 1998</source>
        <translation>par ex. 1998</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approximate number</source>
        <translation>nombre approximatif</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type a language, e.g. K&apos;iche&apos;</source>
        <translation>Saisissez une langue, par ex. K&apos;iche&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One number per line; national format uses the host country</source>
        <translation>Un numéro par ligne ; le format national suit le pays de résidence</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. President: …; Treasurer: …</source>
        <translation>par ex. Présidence : … ; Trésorerie : …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Registered with the consulate</source>
        <translation>Immatriculée au consulat</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Member of the consulate&apos;s advisory council</source>
        <translation>Membre du conseil consultatif du consulat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Independence from government respected</source>
        <translation>Indépendance vis-à-vis du gouvernement respectée</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name *</source>
        <translation>Nom *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acronym</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host country *</source>
        <translation>Pays de résidence *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Founded (year)</source>
        <translation>Fondée (année)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members (estimate)</source>
        <translation>Membres (estimation)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Focus areas</source>
        <translation>Domaines d&apos;action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone numbers</source>
        <translation>Numéros de téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail addresses</source>
        <translation>Adresses électroniques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact person</source>
        <translation>Personne à contacter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leadership</source>
        <translation>Direction</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Registered on</source>
        <translation>Enregistrée le</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>AssociationsPage</name>
    <message>
        <location filename="../../diaspora_desk/ui/associations/page.py" line="+92"/>
        <source>Interaction saved</source>
        <translation>Interaction enregistrée</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Search name, acronym or city (Ctrl+F)</source>
        <translation>Rechercher un nom, un sigle ou une ville (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All focus areas</source>
        <translation>Tous les domaines d&apos;action</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archived</source>
        <translation>Archivées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active and archived</source>
        <translation>Actives et archivées</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>New…</source>
        <translation>Nouveau…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+147"/>
        <location line="+41"/>
        <source>Archive</source>
        <translation>Archiver</translation>
    </message>
    <message>
        <location line="-185"/>
        <source>Print profile…</source>
        <translation>Imprimer le profil…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>All countries</source>
        <translation>Tous les pays</translation>
    </message>
    <message numerus="yes">
        <location line="+51"/>
        <source>%n association(s)</source>
        <translation>
            <numerusform>%n association</numerusform>
            <numerusform>%n associations</numerusform>
        </translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Saved {name}</source>
        <translation>{name} enregistré</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Archive {name}? It leaves the list; its record and log are kept and it can be restored from the Archived filter.</source>
        <translation>Archiver {name} ? Elle quitte la liste ; sa fiche et son journal sont conservés et elle peut être restaurée depuis le filtre Archivées.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Archived {name}</source>
        <translation>{name} archivée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restored {name}</source>
        <translation>{name} restaurée</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save association profile</source>
        <translation>Enregistrer le profil de l&apos;association</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Profile written to {path}</source>
        <translation>Profil enregistré dans {path}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Writing the profile PDF…</source>
        <translation>Rédaction du profil en PDF…</translation>
    </message>
</context>
<context>
    <name>AssociationsPreview</name>
    <message numerus="yes">
        <location filename="../../diaspora_desk/ui/associations/preview.py" line="+34"/>
        <source>%Ln association(s). Opening the database; searching and editing start in a moment.</source>
        <translation>
            <numerusform>%Ln association. Ouverture de la base de données ; la recherche et la modification seront disponibles dans un instant.</numerusform>
            <numerusform>%Ln associations. Ouverture de la base de données ; la recherche et la modification seront disponibles dans un instant.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <location filename="../../diaspora_desk/ui/campaigns/events_page.py" line="+13"/>
        <source>Attendance: {title}</source>
        <translation>Présence : {title}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Town</source>
        <translation>Localité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registered on</source>
        <translation>Enregistrée le</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sensitive: host authorities have used meeting lists to find irregular residents. This look was recorded in the audit trail with your reason.</source>
        <translation>Sensible : des autorités du pays d&apos;accueil ont utilisé des listes de participants pour retrouver des résidents en situation irrégulière. Cette consultation a été enregistrée dans le journal d&apos;audit avec votre motif.</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <location filename="../../diaspora_desk/ui/visits/booking_dialog.py" line="+67"/>
        <source>Record a walk-in</source>
        <translation>Enregistrer une personne sans rendez-vous</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Book an appointment</source>
        <translation>Prendre un rendez-vous</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Registered person</source>
        <translation>Personne immatriculée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New person</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Record walk-in</source>
        <translation>Enregistrer sans rendez-vous</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Book</source>
        <translation>Réserver</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Came at</source>
        <translation>Arrivée à</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Slot</source>
        <translation>Créneau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To bring</source>
        <translation>À apporter</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name (any order), phone or e-mail</source>
        <translation>Nom (dans n&apos;importe quel ordre), téléphone ou courriel</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Local or international format</source>
        <translation>Format local ou international</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. asked in person at the visit, agreed verbally</source>
        <translation>par ex. demandé en personne lors de la visite, accord verbal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Given name *</source>
        <translation>Prénom *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How consent was given *</source>
        <translation>Comment le consentement a été donné *</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The {time} slot is full ({capacity} of {capacity} booked); choose another.</source>
        <translation>Le créneau de {time} est complet ({capacity} sur {capacity} réservés) ; choisissez-en un autre.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is no slot at {time} that day.</source>
        <translation>Il n&apos;y a aucun créneau à {time} ce jour-là.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This visit offers no services yet.</source>
        <translation>Cette visite ne propose encore aucun service.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing in particular</source>
        <translation>Rien de particulier</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Choose a slot with a free place.</source>
        <translation>Choisissez un créneau avec une place libre.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Check the fields marked in red.</source>
        <translation>Vérifiez les champs signalés en rouge.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Search for the person and choose them in the list.</source>
        <translation>Recherchez la personne et choisissez-la dans la liste.</translation>
    </message>
</context>
<context>
    <name>CampaignDialog</name>
    <message>
        <location filename="../../diaspora_desk/ui/campaigns/campaign_dialog.py" line="+48"/>
        <location line="+57"/>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>New campaign</source>
        <translation>Nouvelle campagne</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Hello {given_name}: ... ({consulate}, {date}, {place})</source>
        <translation>Bonjour {given_name} : ... ({consulate}, {date}, {place})</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price per SMS segment</source>
        <translation>Prix par segment SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fallback language</source>
        <translation>Langue de repli</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>SMS length</source>
        <translation>Longueur du SMS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audience</source>
        <translation>Public</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Practices</source>
        <translation>Pratiques</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>{characters} characters, {encoding}, {segments} segment(s)</source>
        <translation>{characters} caractères, {encoding}, {segments} segment(s)</translation>
    </message>
</context>
<context>
    <name>CampaignsArea</name>
    <message>
        <location filename="../../diaspora_desk/ui/campaigns/area.py" line="+74"/>
        <source>Search campaigns</source>
        <translation>Rechercher des campagnes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New campaign…</source>
        <translation>Nouvelle campagne…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print report…</source>
        <translation>Imprimer le rapport…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The campaign report as PDF (Ctrl+P)</source>
        <translation>Le rapport de campagne en PDF (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Poll results</source>
        <translation>Résultats du sondage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replies to review</source>
        <translation>Réponses à examiner</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Campaigns</source>
        <translation>Campagnes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No campaign matches this search.&lt;br&gt;{link}</source>
        <translation>Aucune campagne ne correspond à cette recherche.&lt;br&gt;{link}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No campaign yet.&lt;br&gt;Use &lt;b&gt;New campaign…&lt;/b&gt; to plan one.</source>
        <translation>Aucune campagne pour l&apos;instant.&lt;br&gt;Utilisez &lt;b&gt;Nouvelle campagne…&lt;/b&gt; pour en planifier une.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+70"/>
        <source>Campaign {id} saved</source>
        <translation>Campagne {id} enregistrée</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Select a campaign to print its report.</source>
        <translation>Sélectionnez une campagne pour imprimer son rapport.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save campaign report</source>
        <translation>Enregistrer le rapport de campagne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Campaign report written to {path}</source>
        <translation>Rapport de campagne écrit dans {path}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Writing the campaign report…</source>
        <translation>Rédaction du rapport de campagne…</translation>
    </message>
</context>
<context>
    <name>CellTableModel</name>
    <message>
        <location filename="../../diaspora_desk/ui/people/dashboard.py" line="+82"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
</context>
<context>
    <name>CodeList</name>
    <message>
        <location filename="../../diaspora_desk/ui/code_list.py" line="+50"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>“{text}” is not in the list: choose from it.</source>
        <translation>« {text} » n&apos;est pas dans la liste : choisissez-y une valeur.</translation>
    </message>
</context>
<context>
    <name>ConsulateDialog</name>
    <message>
        <location filename="../../diaspora_desk/ui/visits/consulates_page.py" line="+58"/>
        <source>Edit consulate</source>
        <translation>Modifier le consulat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New consulate</source>
        <translation>Nouveau consulat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Consulate General in …</source>
        <translation>par ex. Consulat général à …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A town of the offline gazetteer</source>
        <translation>Une localité du répertoire géographique hors ligne</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name *</source>
        <translation>Nom *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country *</source>
        <translation>Pays *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City *</source>
        <translation>Ville *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jurisdiction</source>
        <translation>Circonscription</translation>
    </message>
</context>
<context>
    <name>ConsulatesPage</name>
    <message>
        <location line="+78"/>
        <source>Add consulate…</source>
        <translation>Ajouter un consulat…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Permanent consulates: the planner proposes sites far from all of them.</source>
        <translation>Consulats permanents : le planificateur propose des sites éloignés de chacun d&apos;eux.</translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message>
        <location filename="../../diaspora_desk/ui/people/duplicates_page.py" line="+42"/>
        <source>Same person: close</source>
        <translation>Même personne : clore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss</source>
        <translation>Écarter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record to keep: type a name</source>
        <translation>Fiche à conserver : saisissez un nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record to merge into it: type a name</source>
        <translation>Fiche à y fusionner : saisissez un nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>⇄</source>
        <translation>⇄</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Swap the two records</source>
        <translation>Inverser les deux fiches</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare and merge…</source>
        <translation>Comparer et fusionner…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>See both records side by side and choose what stays</source>
        <translation>Voir les deux fiches côte à côte et choisir ce qui est conservé</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No row is waiting for review.&lt;br&gt;Imports put rows here that probably describe someone already registered. To merge two records you already have, pick them by name below.</source>
        <translation>Aucune ligne en attente d&apos;examen.&lt;br&gt;Les importations placent ici les lignes qui décrivent probablement une personne déjà enregistrée. Pour fusionner deux fiches existantes, choisissez-les par leur nom ci-dessous.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Keep</source>
        <translation>Conserver</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>and merge into it</source>
        <translation>et y fusionner</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;Merge two records of the same person&lt;/b&gt;: pick both by name, compare them field by field and choose what stays; memberships, consents, skills, appointments and history move to the kept record; the other stays, marked as merged.</source>
        <translation>&lt;b&gt;Fusionner deux fiches de la même personne&lt;/b&gt; : choisissez-les par leur nom, comparez-les champ par champ et choisissez ce qui est conservé ; adhésions, consentements, compétences, rendez-vous et historique passent à la fiche conservée ; l&apos;autre reste, marquée comme fusionnée.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Choose both records by name first.</source>
        <translation>Choisissez d&apos;abord les deux fiches par leur nom.</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Rows that imports held back because they probably describe someone already registered. Nothing here was created.</source>
        <translation>Lignes retenues lors des importations parce qu&apos;elles décrivent probablement une personne déjà enregistrée. Rien n&apos;a été créé ici.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Merged {other} into {name}</source>
        <translation>{other} fusionnée dans {name}</translation>
    </message>
</context>
<context>
    <name>EditableTable</name>
    <message>
        <location filename="../../diaspora_desk/ui/editable_table.py" line="+83"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
</context>
<context>
    <name>EquipmentList</name>
    <message>
        <location filename="../../diaspora_desk/ui/visits/visit_parts.py" line="+107"/>
        <source>Another item to pack</source>
        <translation>Autre article à emporter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fill from services</source>
        <translation>Remplir à partir des services</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../../diaspora_desk/ui/people/erase_dialog.py" line="+57"/>
        <source>Erase {name}</source>
        <translation>Effacer {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Erase {name} (number {id}) and everything held on them: phones, skills, consents, memberships, appointments, campaign and poll records. This cannot be undone; the audit trail keeps only that it was done, by whom and why.</source>
        <translation>Effacer {name} (numéro {id}) et tout ce qui est conservé à son sujet : téléphones, compétences, consentements, adhésions, rendez-vous, traces des campagnes et des sondages. C&apos;est irréversible ; le journal d&apos;audit garde seulement que cela a été fait, par qui et pourquoi.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. the person asked in writing on 3 Dec</source>
        <translation>p. ex. la personne l&apos;a demandé par écrit le 3 déc.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the officer who confirms</source>
        <translation>l&apos;agent qui confirme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anonymise instead (keep the record for counts, without who it is)</source>
        <translation>Anonymiser plutôt (garder la fiche pour les effectifs, sans l&apos;identité de la personne)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second officer</source>
        <translation>Second agent</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Erase</source>
        <translation>&amp;Effacer</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../diaspora_desk/ui/campaigns/event_dialog.py" line="+60"/>
        <location line="+46"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>New event</source>
        <translation>Nouvel événement</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No limit</source>
        <translation>Sans limite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What was promised, to whom, by when</source>
        <translation>Ce qui a été promis, à qui, pour quand</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Title *</source>
        <translation>Titre *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country *</source>
        <translation>Pays *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City *</source>
        <translation>Ville *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Venue</source>
        <translation>Lieu de la visite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registrations</source>
        <translation>Inscriptions</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Follow-ups</source>
        <translation>Suivis</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Practices</source>
        <translation>Pratiques</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>{registered} registered, {attended} attended</source>
        <translation>{registered} inscrits, {attended} présents</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <location filename="../../diaspora_desk/ui/campaigns/events_page.py" line="+44"/>
        <source>New event…</source>
        <translation>Nouvel événement…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendance list…</source>
        <translation>Liste de présence…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export attendance…</source>
        <translation>Exporter la présence…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type part of a name, a phone or an e-mail</source>
        <translation>Saisissez une partie d&apos;un nom, d&apos;un téléphone ou d&apos;une adresse électronique</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Register / set status</source>
        <translation>Inscrire / définir le statut</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Registration of person</source>
        <translation>Inscription de la personne</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+69"/>
        <source>Event {id} saved</source>
        <translation>Événement {id} enregistré</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>{n} names written to {path}</source>
        <translation>{n} noms écrits dans {path}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose the person: type part of their name and pick them from the list.</source>
        <translation>Choisissez la personne : tapez une partie de son nom et choisissez-la dans la liste.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{title}: {registered} registered, {attended} attended</source>
        <translation>{title} : {registered} inscrits, {attended} présents</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Attendance list</source>
        <translation>Liste de présence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The attendance list is sensitive. Why is it needed? (recorded in the audit trail)</source>
        <translation>La liste de présence est sensible. Pourquoi est-elle nécessaire ? (enregistré dans le journal d&apos;audit)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Export attendance list</source>
        <translation>Exporter la liste de présence</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>FStrings</name>
    <message>
        <location filename="../../build/translations/ui_fstrings.py" line="+3"/>
        <source>Archived</source>
        <translation>Archivées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaigns</source>
        <translation>Campagnes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Likely needs</source>
        <translation>Besoins probables</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No association nearby to host.</source>
        <translation>Aucune association à proximité pour accueillir la visite.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Past visits nearby</source>
        <translation>Visites antérieures à proximité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Possible hosts</source>
        <translation>Hôtes possibles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>served</source>
        <translation>servis</translation>
    </message>
</context>
<context>
    <name>FundingPanel</name>
    <message>
        <location filename="../../diaspora_desk/ui/partners/funding_panel.py" line="+37"/>
        <source>Pledged</source>
        <translation>Promis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Received</source>
        <translation>Reçue</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Total pledged {pledged}, received {received}.</source>
        <translation>Total promis {pledged}, reçu {received}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rule {rule} met.</source>
        <translation>Règle {rule} respectée.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rule {rule} not met.</source>
        <translation>Règle {rule} non respectée.</translation>
    </message>
</context>
<context>
    <name>HostPicker</name>
    <message>
        <location filename="../../diaspora_desk/ui/visits/visit_parts.py" line="+58"/>
        <source>Type part of the association&apos;s name; empty for none</source>
        <translation>Tapez une partie du nom de l&apos;association ; vide s&apos;il n&apos;y en a pas</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>choose an association from the suggestions</source>
        <translation>choisissez une association parmi les suggestions</translation>
    </message>
</context>
<context>
    <name>InteractionDialog</name>
    <message>
        <location filename="../../diaspora_desk/ui/associations/interaction_dialog.py" line="+48"/>
        <source>Interaction with {name}</source>
        <translation>Interaction avec {name}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Officer</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary *</source>
        <translation>Résumé *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practices put into effect</source>
        <translation>Pratiques mises en œuvre</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>* required</source>
        <translation>* obligatoire</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>What was discussed or agreed</source>
        <translation>Ce qui a été discuté ou convenu</translation>
    </message>
</context>
<context>
    <name>LanguageSettings</name>
    <message>
        <location filename="../../diaspora_desk/ui/language_settings.py" line="+22"/>
        <source>As the system ({language})</source>
        <translation>Comme le système ({language})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Same as the application</source>
        <translation>Comme l&apos;application</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The application language applies the next time Diaspora Desk starts; the report language applies to the next report.</source>
        <translation>La langue de l&apos;application s&apos;applique au prochain démarrage de Diaspora Desk ; la langue des rapports s&apos;applique au prochain rapport.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+26"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Reports in</source>
        <translation>Rapports en</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Diaspora Desk will be in {language} the next time it starts.</source>
        <translation>Diaspora Desk sera en {language} au prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../diaspora_desk/ui/accounts/guard.py" line="-140"/>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <location filename="../../diaspora_desk/ui/visits/area.py" line="+28"/>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show all</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wheel to zoom, drag to move. Drawn offline from the plan.</source>
        <translation>Molette pour zoomer, glisser pour déplacer. Dessiné hors ligne à partir du programme.</translation>
    </message>
</context>
<context>
    <name>MapWidget</name>
    <message>
        <location filename="../../diaspora_desk/ui/visits/map_widget.py" line="+215"/>
        <source>Run the planner to see the map.</source>
        <translation>Lancez le planificateur pour afficher la carte.</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Nationals (circle size: people)</source>
        <translation>Ressortissants (taille du cercle : personnes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Association</source>
        <translation>Association</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Permanent consulate</source>
        <translation>Consulat permanent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposed site and radius</source>
        <translation>Site proposé et rayon</translation>
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
        <translation>Association</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role (double-click to change)</source>
        <translation>Rôle (double-cliquez pour modifier)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type part of an association&apos;s name</source>
        <translation>Saisissez une partie du nom d&apos;une association</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Association {id}</source>
        <translation>Association {id}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Choose an association from the list that opens as you type.</source>
        <translation>Choisissez une association dans la liste qui s&apos;ouvre pendant la saisie.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../diaspora_desk/ui/people/merge_dialog.py" line="+33"/>
        <source>Merge two records of the same person</source>
        <translation>Fusionner deux fiches de la même personne</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Merge…</source>
        <translation>Fusionner…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose, for each line, the value the kept record will have. The record on the right is then marked as merged and leaves the lists; nothing is deleted.</source>
        <translation>Choisissez, pour chaque ligne, la valeur que gardera la fiche conservée. La fiche de droite est ensuite marquée comme fusionnée et disparaît des listes ; rien n&apos;est supprimé.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&lt;b&gt;Keep: {name}&lt;/b&gt;&lt;br&gt;{summary}</source>
        <translation>&lt;b&gt;À conserver : {name}&lt;/b&gt;&lt;br&gt;{summary}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Merge in: {name}&lt;/b&gt;&lt;br&gt;{summary}</source>
        <translation>&lt;b&gt;À fusionner : {name}&lt;/b&gt;&lt;br&gt;{summary}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(empty on both)</source>
        <translation>(vide des deux côtés)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The record on the right holds nothing else to move.</source>
        <translation>La fiche de droite ne contient rien d&apos;autre à transférer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moves to the kept record: {items}; and its history.</source>
        <translation>Passe à la fiche conservée : {items} ; ainsi que son historique.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Merge “{other}” into “{kept}”? “{other}” will be marked as merged and leave the lists; what it holds moves to “{kept}”.</source>
        <translation>Fusionner « {other} » dans « {kept} » ? « {other} » sera marquée comme fusionnée et disparaîtra des listes ; son contenu passe à « {kept} ».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
</context>
<context>
    <name>NeedDialog</name>
    <message>
        <location filename="../../diaspora_desk/ui/people/need_dialogs.py" line="+74"/>
        <source>New need</source>
        <translation>Nouveau besoin</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>no minimum</source>
        <translation>aucun minimum</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Edit need</source>
        <translation>Modifier le besoin</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Type an occupation, e.g. nurses</source>
        <translation>Saisissez une profession, par ex. infirmiers</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Type a language, e.g. Spanish</source>
        <translation>Saisissez une langue, par ex. espagnol</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Institution *</source>
        <translation>Institution *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title *</source>
        <translation>Titre *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occupations *</source>
        <translation>Professions *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mode</source>
        <translation>Modalité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum ISCED</source>
        <translation>CITE minimale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum years</source>
        <translation>Années minimales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration (days)</source>
        <translation>Durée (jours)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Earliest start</source>
        <translation>Début au plus tôt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latest end</source>
        <translation>Fin au plus tard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>NeedsPage</name>
    <message>
        <location filename="../../diaspora_desk/ui/people/needs_page.py" line="+104"/>
        <source>No need recorded yet.&lt;br&gt;Use &lt;b&gt;New need…&lt;/b&gt; to record a home institution&apos;s request.</source>
        <translation>Aucun besoin enregistré pour l&apos;instant.&lt;br&gt;Utilisez &lt;b&gt;Nouveau besoin…&lt;/b&gt; pour enregistrer la demande d&apos;une institution du pays d&apos;origine.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select a need to see who fits it.</source>
        <translation>Sélectionnez un besoin pour voir qui y correspond.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finding the people who fit…</source>
        <translation>Recherche des personnes correspondantes…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No one fits this need yet.&lt;br&gt;People are listed when their occupation matches and they have consented to sharing their profile for matching.</source>
        <translation>Personne ne correspond encore à ce besoin.&lt;br&gt;Les personnes sont listées lorsque leur profession correspond et qu&apos;elles ont consenti au partage de leur profil pour la mise en relation.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select a need to see its placements.</source>
        <translation>Sélectionnez un besoin pour voir ses affectations.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No one proposed yet: select a candidate above and use &lt;b&gt;Propose selected candidate&lt;/b&gt;.</source>
        <translation>Personne n&apos;a encore été proposé : sélectionnez un candidat ci-dessus et utilisez &lt;b&gt;Proposer le candidat sélectionné&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New need…</source>
        <translation>Nouveau besoin…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit need…</source>
        <translation>Modifier le besoin…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Propose selected candidate</source>
        <translation>Proposer le candidat sélectionné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update placement…</source>
        <translation>Mettre à jour l&apos;affectation…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shortlist PDF…</source>
        <translation>Présélection en PDF…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&lt;b&gt;Shortlist&lt;/b&gt; (consenting people only)</source>
        <translation>&lt;b&gt;Présélection&lt;/b&gt; (uniquement les personnes ayant donné leur consentement)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;Placements&lt;/b&gt;</source>
        <translation>&lt;b&gt;Affectations&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Finding candidates…</source>
        <translation>Recherche de candidats…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{n} more people would match without their consent to sharing; they are not listed.</source>
        <translation>{n} autres personnes correspondraient sans leur consentement au partage ; elles ne sont pas listées.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Proposed {name}</source>
        <translation>{name} proposé</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save shortlist</source>
        <translation>Enregistrer la présélection</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Writing the shortlist…</source>
        <translation>Rédaction de la présélection…</translation>
    </message>
</context>
<context>
    <name>OutreachList</name>
    <message>
        <location filename="../../diaspora_desk/ui/people/outreach_list.py" line="+31"/>
        <source>{day} · message · {campaign} — {channel}{language}</source>
        <translation>{day} · message · {campaign} — {channel}{language}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{day} · poll reply · {campaign} — {status}</source>
        <translation>{day} · réponse au sondage · {campaign} — {status}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{day} · event · {title}, {city} — {kind}; {status}</source>
        <translation>{day} · événement · {title}, {city} — {kind} ; {status}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No campaign, message or event has reached this person.</source>
        <translation>Aucune campagne, aucun message ni aucun événement n&apos;a atteint cette personne.</translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <location filename="../../diaspora_desk/ui/partners/partner_dialog.py" line="+49"/>
        <location line="+37"/>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>New partner</source>
        <translation>Nouveau partenaire</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>One number per line; national format uses the partner&apos;s country</source>
        <translation>Un numéro par ligne ; le format national utilise le pays du partenaire</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Name *</source>
        <translation>Nom *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diaspora association</source>
        <translation>Association de la diaspora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country *</source>
        <translation>Pays *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact person</source>
        <translation>Personne à contacter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phones</source>
        <translation>Téléphones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mails</source>
        <translation>Courriels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Practices addressed</source>
        <translation>Pratiques traitées</translation>
    </message>
</context>
<context>
    <name>PartnersArea</name>
    <message>
        <location filename="../../diaspora_desk/ui/partners/area.py" line="+101"/>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreements</source>
        <translation>Accords</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Search partners by name or city</source>
        <translation>Rechercher des partenaires par nom ou ville</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every kind</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New partner…</source>
        <translation>Nouveau partenaire…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+29"/>
        <location line="+23"/>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <location line="-51"/>
        <location line="+52"/>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <location line="-52"/>
        <location line="+52"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Expiring within 90 days</source>
        <translation>Expirant dans les 90 jours</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New agreement…</source>
        <translation>Nouvel accord…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Search projects by title or place</source>
        <translation>Rechercher des projets par titre ou lieu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New project…</source>
        <translation>Nouveau projet…</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>{n} agreement(s) end within 90 days: renew or close them.</source>
        <translation>{n} accord(s) arrivent à échéance dans les 90 jours : renouvelez-les ou clôturez-les.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No agreement ends within 90 days.</source>
        <translation>Aucun accord n&apos;arrive à échéance dans les 90 jours.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Select a project to see its funding.</source>
        <translation>Sélectionnez un projet pour voir son financement.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rule {rule}: met.</source>
        <translation>Règle {rule} : respectée.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rule {rule}: NOT met.</source>
        <translation>Règle {rule} : NON respectée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No matching rule.</source>
        <translation>Aucune règle de contrepartie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{title} — {place}. {rule} Beneficiaries: {people}. Milestones: {milestones}.</source>
        <translation>{title} — {place}. {rule} Bénéficiaires : {people}. Jalons : {milestones}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../diaspora_desk/ui/passphrase_dialog.py" line="+51"/>
        <source>Protect the database</source>
        <translation>Protéger la base de données</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open the database</source>
        <translation>Ouvrir la base de données</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remember on this computer (in the system&apos;s keyring)</source>
        <translation>Mémoriser sur cet ordinateur (dans le trousseau du système)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A lost passphrase cannot be recovered: write it down and keep it somewhere safe.</source>
        <translation>Une phrase secrète perdue ne peut pas être récupérée : notez-la et conservez-la en lieu sûr.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passphrase again</source>
        <translation>Phrase secrète (confirmation)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No keyring on this computer: the passphrase will be asked at every start.</source>
        <translation>Aucun trousseau système sur cet ordinateur : la phrase secrète sera demandée à chaque démarrage.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The database {path} will be encrypted with a passphrase of at least {n} characters. Without the passphrase nobody can read it, not even you.</source>
        <translation>La base de données {path} sera chiffrée avec une phrase secrète d&apos;au moins {n} caractères. Sans cette phrase, personne ne peut la lire, pas même vous.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database {path} is encrypted. Enter its passphrase.</source>
        <translation>La base de données {path} est chiffrée. Saisissez sa phrase secrète.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The passphrase needs at least {n} characters.</source>
        <translation>La phrase secrète doit compter au moins {n} caractères.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes sont différentes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This passphrase does not open the database. Nothing was changed; try again.</source>
        <translation>Cette phrase secrète n&apos;ouvre pas la base de données. Rien n&apos;a été modifié ; réessayez.</translation>
    </message>
</context>
<context>
    <name>PeopleArea</name>
    <message>
        <location filename="../../diaspora_desk/ui/people/area.py" line="+53"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs and matches</source>
        <translation>Besoins et rapprochements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skills dashboard</source>
        <translation>Tableau de bord des compétences</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicates to review</source>
        <translation>Doublons à examiner</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import people</source>
        <translation>Importer des personnes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tables (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>Tableaux (*.csv *.txt *.xlsx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Export people</source>
        <translation>Exporter les personnes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Classeur Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exporting people…</source>
        <translation>Exportation des personnes…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported {n} people to {path}</source>
        <translation>{n} personnes exportées vers {path}</translation>
    </message>
</context>
<context>
    <name>PeopleImportDialog</name>
    <message>
        <location filename="../../diaspora_desk/ui/people/import_dialog.py" line="+50"/>
        <source>Import people from {name}</source>
        <translation>Importer des personnes depuis {name}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Check the file first: nothing is written until you import.</source>
        <translation>Vérifiez d&apos;abord le fichier : rien n&apos;est écrit avant l&apos;importation.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>(not imported)</source>
        <translation>(non importée)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>as each column shows (14/03/1985 is day-first)</source>
        <translation>selon chaque colonne (14/03/1985 : jour en premier)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>day first (31/12/1990)</source>
        <translation>jour en premier (31/12/1990)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>month first (12/31/1990)</source>
        <translation>mois en premier (12/31/1990)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>year first (1990-12-31)</source>
        <translation>année en premier (1990-12-31)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save rejected rows…</source>
        <translation>Enregistrer les lignes rejetées…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&lt;b&gt;First rows of the file&lt;/b&gt;</source>
        <translation>&lt;b&gt;Premières lignes du fichier&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Which template column each file column fills&lt;/b&gt; (as saved for this kind of file)</source>
        <translation>&lt;b&gt;Quelle colonne du modèle chaque colonne du fichier alimente&lt;/b&gt; (telle qu&apos;enregistrée pour ce type de fichier)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Which template column each file column fills&lt;/b&gt;</source>
        <translation>&lt;b&gt;Quelle colonne du modèle chaque colonne du fichier alimente&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dates:</source>
        <translation>Dates :</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Not imported: {headers}</source>
        <translation>Non importées : {headers}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Cancelled: nothing was imported.</source>
        <translation>Annulé : rien n&apos;a été importé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>row {row}, {column}: {reason}</source>
        <translation>ligne {row}, {column} : {reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>row {row}: {reason}</source>
        <translation>ligne {row} : {reason}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save rejected rows</source>
        <translation>Enregistrer les lignes rejetées</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../diaspora_desk/ui/people/page.py" line="+141"/>
        <source>New…</source>
        <translation>Nouveau…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+127"/>
        <location line="+70"/>
        <source>Archive</source>
        <translation>Archiver</translation>
    </message>
    <message>
        <location line="-194"/>
        <source>Person record PDF…</source>
        <translation>Fiche individuelle en PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase…</source>
        <translation>Effacer…</translation>
    </message>
    <message numerus="yes">
        <location line="+69"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n personne</numerusform>
            <numerusform>%n personnes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+52"/>
        <source>&lt;i&gt;Select a person to see their profile.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Sélectionnez une personne pour voir son profil.&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Consents</source>
        <translation>Consentements</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+9"/>
        <location line="+1"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Saved {name}</source>
        <translation>{name} enregistré</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Archive {name}? They leave the lists, shortlists and campaigns; their record is kept and can be restored from the Archived filter.</source>
        <translation>Archiver {name} ? La personne quitte les listes, les présélections et les campagnes ; sa fiche est conservée et peut être restaurée depuis le filtre Archivées.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Archived {name}.</source>
        <translation>{name} archivée.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Save person record</source>
        <translation>Enregistrer la fiche individuelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Person record written to {path}</source>
        <translation>Fiche individuelle enregistrée dans {path}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Writing the person record…</source>
        <translation>Rédaction de la fiche individuelle…</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../diaspora_desk/ui/people/person_dialog.py" line="+103"/>
        <source>Edit person</source>
        <translation>Modifier la personne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New person</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skills</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memberships</source>
        <translation>Adhésions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consents</source>
        <translation>Consentements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sensitive</source>
        <translation>Sensible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outreach</source>
        <translation>Sensibilisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>name in the original script, if different</source>
        <translation>nom dans l&apos;écriture d&apos;origine, s&apos;il est différent</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+18"/>
        <location line="+1"/>
        <source>Not recorded</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Street lines of the postal address</source>
        <translation>Lignes de rue de l&apos;adresse postale</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>One number per line; national format uses the host country</source>
        <translation>Un numéro par ligne ; le format national suit le pays de résidence</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type a language, e.g. Spanish</source>
        <translation>Saisissez une langue, par ex. espagnol</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Given name(s) *</source>
        <translation>Prénom(s) *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family name(s)</source>
        <translation>Nom(s) de famille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Original script</source>
        <translation>Écriture d&apos;origine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth year</source>
        <translation>Année de naissance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nationality</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dual citizenship</source>
        <translation>Double nationalité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host country *</source>
        <translation>Pays de résidence *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal code, town,
region, country</source>
        <translation>Code postal, localité,
région, pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phones</source>
        <translation>Téléphones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preferred language</source>
        <translation>Langue préférée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preferred channel</source>
        <translation>Canal préféré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generation</source>
        <translation>Génération</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrival year</source>
        <translation>Année d&apos;arrivée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return intention</source>
        <translation>Intention de retour</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+27"/>
        <source>Passport expires</source>
        <translation>Expiration du passeport</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>e.g. 14/03/2027, if known</source>
        <translation>p. ex. 14/03/2027, si connue</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>how consent was given, e.g. signed form, in person</source>
        <translation>comment le consentement a été donné, par ex. formulaire signé, en personne</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How given</source>
        <translation>Comment il a été donné</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Show legal status…</source>
        <translation>Afficher le statut légal…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Legal status in the host country is sensitive: it is never listed, searched or exported unless asked for, and every look at it is written to the audit trail. Services never depend on it.</source>
        <translation>Le statut légal dans le pays de résidence est une donnée sensible : il n&apos;est jamais listé, recherché ni exporté sans demande expresse, et chaque consultation est inscrite au journal d&apos;audit. Les services n&apos;en dépendent jamais.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>merged record {id}</source>
        <translation>fiche fusionnée {id}</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Show legal status</source>
        <translation>Afficher le statut légal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why do you need to see it? (recorded in the audit)</source>
        <translation>Pourquoi devez-vous le consulter ? (consigné dans l&apos;audit)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>How consent was given: {error}</source>
        <translation>Comment le consentement a été donné : {error}</translation>
    </message>
</context>
<context>
    <name>PlacementDialog</name>
    <message>
        <location filename="../../diaspora_desk/ui/people/need_dialogs.py" line="+66"/>
        <source>Placement</source>
        <translation>Affectation</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People trained</source>
        <translation>Personnes formées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services delivered</source>
        <translation>Services rendus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcomes</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practices</source>
        <translation>Pratiques</translation>
    </message>
</context>
<context>
    <name>PlannerPage</name>
    <message>
        <location filename="../../diaspora_desk/ui/visits/planner_page.py" line="+76"/>
        <source>Count people reached by several sites for each</source>
        <translation>Compter pour chaque site les personnes à portée de plusieurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan</source>
        <translation>Planifier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the options and press Plan.</source>
        <translation>Choisissez les options et appuyez sur Planifier.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Plan a visit here…</source>
        <translation>Planifier une visite ici…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consulate</source>
        <translation>Consulat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At least this far from a consulate</source>
        <translation>Au moins à cette distance d&apos;un consulat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Radius a site reaches</source>
        <translation>Rayon couvert par un site</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of sites</source>
        <translation>Nombre de sites</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Towns covered</source>
        <translation>Localités couvertes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People covered</source>
        <translation>Personnes couvertes</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>All consulates</source>
        <translation>Tous les consulats</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Planning mobile visits…</source>
        <translation>Planification des consulats mobiles…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{sites} site(s) proposed, reaching {reached} people. {far} people live more than {km} km from every consulate; {unplaced} live in towns without coordinates.</source>
        <translation>{sites} site(s) proposé(s), touchant {reached} personnes. {far} personnes vivent à plus de {km} km de tout consulat ; {unplaced} vivent dans des localités sans coordonnées.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Planned {n} site(s)</source>
        <translation>{n} site(s) planifié(s)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{total} people, by name</source>
        <translation>{total} personnes, par nom</translation>
    </message>
</context>
<context>
    <name>PollResultsPanel</name>
    <message>
        <location filename="../../diaspora_desk/ui/campaigns/poll_results.py" line="+40"/>
        <location line="+80"/>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>By host country</source>
        <translation>Par pays d&apos;accueil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By preferred language</source>
        <translation>Par langue préférée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>This campaign has no poll.</source>
        <translation>Cette campagne n&apos;a pas de sondage.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not shown (it would give a small count away)</source>
        <translation>non affiché (cela révélerait un petit effectif)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Respondents: {respondents} · opt-outs: {opt_outs} · replies to review: {review}. Each person&apos;s latest answered reply counts once; shares are of those who answered the question. When a count from 1 to 4 is in a group&apos;s answers to a question, that group&apos;s answers to the question show as {withheld}, so the small count cannot be worked out from the others.</source>
        <translation>Répondants : {respondents} · désinscriptions : {opt_outs} · réponses à examiner : {review}. La dernière réponse valable de chaque personne compte une seule fois ; les parts sont calculées sur ceux qui ont répondu à la question. Lorsque les réponses d&apos;un groupe à une question comportent un effectif de 1 à 4, ces réponses s&apos;affichent {withheld}, afin que le petit effectif ne puisse pas être déduit des autres.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered</source>
        <translation>Répondu</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not recorded</source>
        <translation>Non renseigné</translation>
    </message>
</context>
<context>
    <name>PostalFields</name>
    <message>
        <location filename="../../diaspora_desk/ui/people/postal_fields.py" line="+17"/>
        <source>postal code</source>
        <translation>code postal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>town (if not the city above)</source>
        <translation>localité (si différente de la ville ci-dessus)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>state, province or region</source>
        <translation>État, province ou région</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host country</source>
        <translation>Pays d&apos;accueil</translation>
    </message>
</context>
<context>
    <name>PracticePicker</name>
    <message>
        <location filename="../../diaspora_desk/ui/practice_picker.py" line="+18"/>
        <source>Practice</source>
        <translation>Pratique</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>PracticesPage</name>
    <message>
        <location filename="../../diaspora_desk/ui/practices_page.py" line="+48"/>
        <source>&lt;b&gt;Activities tagged with this practice&lt;/b&gt;</source>
        <translation>&lt;b&gt;Activités associées à cette pratique&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Select a practice to see the activities tagged with it.</source>
        <translation>Sélectionnez une pratique pour voir les activités qui y sont rattachées.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing is tagged with this practice yet.&lt;br&gt;Tag an association&apos;s interactions, a visit or a campaign with it when you record them.</source>
        <translation>Rien n&apos;est encore rattaché à cette pratique.&lt;br&gt;Rattachez-y les interactions d&apos;une association, une visite ou une campagne lors de leur enregistrement.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Practice</source>
        <translation>Pratique</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>&lt;i&gt;Select a practice to see what the consulate has done under it.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Sélectionnez une pratique pour voir ce que le consulat a fait à ce titre.&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <location filename="../../diaspora_desk/ui/partners/project_dialog.py" line="+67"/>
        <location line="+42"/>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>New project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Home-country municipality</source>
        <translation>Municipalité du pays d&apos;origine</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1:1:1:1 = association : municipality : state : federal : partner</source>
        <translation>1:1:1:1 = association : municipalité : État : fédéral : partenaire</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Milestone</source>
        <translation>Jalon</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <location line="+60"/>
        <source>Done on</source>
        <translation>Réalisé le</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Title *</source>
        <translation>Titre *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country *</source>
        <translation>Pays *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beneficiaries</source>
        <translation>Bénéficiaires</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+29"/>
        <source>Starts on</source>
        <translation>Commence le</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+30"/>
        <source>Ends on</source>
        <translation>Se termine le</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+1"/>
        <location line="+60"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Currency *</source>
        <translation>Devise *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matching rule</source>
        <translation>Règle de contrepartie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funding by source</source>
        <translation>Financement par source</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Associations</source>
        <translation>Associations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Funding</source>
        <translation>Financement</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Who is involved</source>
        <translation>Qui est concerné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Milestones</source>
        <translation>Jalons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practices addressed</source>
        <translation>Pratiques traitées</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Please correct the fields marked in red.</source>
        <translation>Veuillez corriger les champs signalés en rouge.</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../diaspora_desk/ui/record_dialog.py" line="+86"/>
        <source>* required</source>
        <translation>* obligatoire</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../diaspora_desk/ui/reports_page.py" line="+163"/>
        <source>Only this day</source>
        <translation>Ce jour uniquement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consulate</source>
        <translation>Consulat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Area radius</source>
        <translation>Rayon de la zone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre&amp;view</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;h2&gt;Reports&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Rapports&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>The current consulate</source>
        <translation>Le consulat actuel</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Making the report…</source>
        <translation>Préparation du rapport…</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <location filename="../../diaspora_desk/ui/visits/results_panel.py" line="+75"/>
        <source>Walk-ins served without taking names</source>
        <translation>Servis sans rendez-vous et sans relevé du nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save walk-ins</source>
        <translation>Enregistrer les passages sans rendez-vous</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>What must be done</source>
        <translation>Ce qui doit être fait</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add follow-up</source>
        <translation>Ajouter un suivi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark done / reopen</source>
        <translation>Marquer comme fait / rouvrir</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&lt;b&gt;Follow-ups&lt;/b&gt; (saved at once)</source>
        <translation>&lt;b&gt;Suivis&lt;/b&gt; (enregistrés immédiatement)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delivered {delivered} services: {booked} booked, {walk_ins} walk-ins; {new} new registrations; {skills} skills records; {open} follow-ups open.</source>
        <translation>Services rendus : {delivered} ({booked} sur rendez-vous, {walk_ins} sans rendez-vous) ; {new} nouvelles immatriculations ; {skills} fiches de compétences ; {open} suivis en cours.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Follow-up {field}: {message}</source>
        <translation>Suivi {field} : {message}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Select a follow-up first.</source>
        <translation>Sélectionnez d&apos;abord un suivi.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../diaspora_desk/ui/campaigns/review_page.py" line="+64"/>
        <source>Whose reply: type part of a name, a phone or an e-mail</source>
        <translation>À qui est la réponse : tapez une partie d&apos;un nom, un téléphone ou un courriel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave empty to keep the person the reply was matched to.</source>
        <translation>Laissez vide pour garder la personne à laquelle la réponse a été rattachée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assign</source>
        <translation>Affecter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss</source>
        <translation>Écarter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No reply waiting for review.&lt;br&gt;Imported poll replies that could not be matched to a person or read as answers come here (import them with &lt;code&gt;diaspora-desk import replies&lt;/code&gt;).</source>
        <translation>Aucune réponse en attente d&apos;examen.&lt;br&gt;Les réponses aux sondages importées qui n&apos;ont pu être rattachées à une personne ou lues comme des réponses apparaissent ici (importez-les avec &lt;code&gt;diaspora-desk import replies&lt;/code&gt;).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>(read from the text)</source>
        <translation>(d&apos;après le texte)</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Reply assigned and counted.</source>
        <translation>Réponse attribuée et comptée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply assigned: an opt-out, consent to contact withdrawn.</source>
        <translation>Réponse attribuée : une désinscription, consentement au contact retiré.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply assigned; its answer could not be read: choose the answer.</source>
        <translation>Réponse attribuée ; sa réponse n&apos;a pas pu être lue : choisissez la réponse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply assigned.</source>
        <translation>Réponse attribuée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} replies to review</source>
        <translation>{n} réponses à examiner</translation>
    </message>
</context>
<context>
    <name>SegmentEditor</name>
    <message>
        <location filename="../../diaspora_desk/ui/campaigns/segment_editor.py" line="+97"/>
        <source>Type a country, e.g. Mexico (none: every country)</source>
        <translation>Saisissez un pays, p. ex. Mexique (aucun : tous les pays)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a town of the chosen countries</source>
        <translation>Saisissez une localité des pays choisis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a language, e.g. Spanish</source>
        <translation>Saisissez une langue, par ex. espagnol</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type an occupation group, e.g. nurses</source>
        <translation>Saisissez un groupe de professions, p. ex. infirmiers</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Also send to associations in these countries and towns (through their own contacts)</source>
        <translation>Envoyer aussi aux associations de ces pays et localités (par leurs propres coordonnées)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>None ticked: associations of every type</source>
        <translation>Aucun coché : associations de tous types</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Host countries</source>
        <translation>Pays de résidence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Towns</source>
        <translation>Localités</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occupations</source>
        <translation>Professions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members of</source>
        <translation>Membres de</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Associations</source>
        <translation>Associations</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Associations in the segment: {n}</source>
        <translation>Associations dans le segment : {n}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{channel} — associations reachable: {n}</source>
        <translation>{channel} — associations joignables : {n}</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Age from</source>
        <translation>Âge à partir de</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Association types</source>
        <translation>Types d&apos;association</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>any</source>
        <translation>tous</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Counting…</source>
        <translation>Comptage…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{n} people in the segment; {c} consent to campaigns</source>
        <translation>{n} personnes dans le segment ; {c} consentent aux campagnes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Left out: {a} without consent, {b} opted out</source>
        <translation>Exclues : {a} sans consentement, {b} désinscrites</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{channel}: {n} reachable</source>
        <translation>{channel} : {n} joignables</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+12"/>
        <source>({m} without the contact detail)</source>
        <translation>({m} sans la coordonnée requise)</translation>
    </message>
</context>
<context>
    <name>ServicesTable</name>
    <message>
        <location filename="../../diaspora_desk/ui/visits/visit_parts.py" line="-179"/>
        <source>Service offered</source>
        <translation>Service proposé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>People per hour</source>
        <translation>Personnes par heure</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>To bring: {documents}</source>
        <translation>À apporter : {documents}</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../diaspora_desk/ui/setup_dialog.py" line="+49"/>
        <source>Welcome to Diaspora Desk</source>
        <translation>Bienvenue dans Diaspora Desk</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This database is empty. Tell Diaspora Desk which country you serve and where, or open the demo consulate to look around first.</source>
        <translation>Cette base de données est vide. Indiquez à Diaspora Desk quel pays vous servez et depuis où, ou ouvrez d&apos;abord le consulat de démonstration pour découvrir l&apos;application.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>e.g. Consulate General in …</source>
        <translation>par ex. Consulat général à …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>City where the consulate is</source>
        <translation>Ville où se trouve le consulat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your name, as it should appear in the audit trail</source>
        <translation>Votre nom, tel qu&apos;il doit figurer dans le journal d&apos;audit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Origin country *</source>
        <translation>Pays d&apos;origine *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consulate name *</source>
        <translation>Nom du consulat *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host country *</source>
        <translation>Pays de résidence *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consulate city *</source>
        <translation>Ville du consulat *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jurisdiction</source>
        <translation>Circonscription</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Officer *</source>
        <translation>Agent *</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open the demo instead</source>
        <translation>Ouvrir plutôt la démonstration</translation>
    </message>
</context>
<context>
    <name>SkillsDashboard</name>
    <message>
        <location filename="../../diaspora_desk/ui/people/dashboard.py" line="+27"/>
        <source>ISCO-08 sub-major group</source>
        <translation>Sous-grand groupe de la CITP-08</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highest ISCED level</source>
        <translation>Niveau CITE le plus élevé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host city</source>
        <translation>Ville de résidence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skills summary PDF…</source>
        <translation>Synthèse des compétences en PDF…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Counting the skills inventory…</source>
        <translation>Décompte de l&apos;inventaire des compétences…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{n} people in the skills inventory (with their consent). {available} available within the next 12 months.</source>
        <translation>{n} personnes dans l&apos;inventaire des compétences (avec leur consentement). {available} disponibles dans les 12 prochains mois.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Save skills summary</source>
        <translation>Enregistrer la synthèse des compétences</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Writing the skills summary…</source>
        <translation>Rédaction de la synthèse des compétences…</translation>
    </message>
</context>
<context>
    <name>SkillsForm</name>
    <message>
        <location filename="../../diaspora_desk/ui/people/skills_form.py" line="+53"/>
        <source>&apos;{text}&apos; is not a whole number</source>
        <translation>« {text} » n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Type any occupation name (ESCO), e.g. nurse, welder</source>
        <translation>Saisissez n&apos;importe quel nom de profession (ESCO), par ex. infirmier, soudeur</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>ISCO-08 unit group</source>
        <translation>Groupe de base de la CITP-08</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Years</source>
        <translation>Années</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Field of study</source>
        <translation>Domaine d&apos;études</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Education level (ISCED)</source>
        <translation>Niveau d&apos;études (CITE)</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>{field}: write the date</source>
        <translation>{field} : indiquez la date</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Recognised at home</source>
        <translation>Reconnu dans le pays d&apos;origine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type a language, e.g. Spanish</source>
        <translation>Saisissez une langue, par ex. espagnol</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Licence or registration</source>
        <translation>Licence ou inscription à un ordre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issuer</source>
        <translation>Émetteur</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <location line="+109"/>
        <source>Valid until</source>
        <translation>Valable jusqu&apos;au</translation>
    </message>
    <message>
        <location line="-106"/>
        <location line="+114"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+113"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>free tags, comma-separated</source>
        <translation>étiquettes libres, séparées par des virgules</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>derived from the occupation unless you set it</source>
        <translation>déduit de la profession, sauf si vous l&apos;indiquez</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find occupation</source>
        <translation>Rechercher une profession</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occupations</source>
        <translation>Professions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qualifications</source>
        <translation>Diplômes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages (CEFR)</source>
        <translation>Langues (CECRL)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licences</source>
        <translation>Licences</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Availability</source>
        <translation>Disponibilité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skill tags</source>
        <translation>Étiquettes de compétences</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>choose a language from the list</source>
        <translation>choisissez une langue dans la liste</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <location filename="../../diaspora_desk/ui/help.py" line="+31"/>
        <source>Diaspora Desk — user guide</source>
        <translation>Diaspora Desk — guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The user guide could not be found: {path}</source>
        <translation>Le guide de l&apos;utilisateur est introuvable : {path}</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <location filename="../../diaspora_desk/ui/visits/visit_dialog.py" line="+72"/>
        <source>Edit mobile visit</source>
        <translation>Modifier le consulat mobile</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New mobile visit</source>
        <translation>Nouveau consulat mobile</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Results and follow-ups</source>
        <translation>Résultats et suivis</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Empty: “Mobile consulate in &lt;town&gt;”</source>
        <translation>Vide : « Consulat mobile à &lt;localité&gt; »</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Town of the visit; start typing</source>
        <translation>Localité de la visite ; commencez à saisir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. parish hall, community centre</source>
        <translation>par ex. salle paroissiale, centre communautaire</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. a church, a school, a local NGO</source>
        <translation>par ex. une église, une école, une ONG locale</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{n} minutes</source>
        <translation>{n} minutes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Problems people raised at the visit</source>
        <translation>Problèmes soulevés par les personnes lors de la visite</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sent by *</source>
        <translation>Envoyé par *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country *</source>
        <translation>Pays *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Town *</source>
        <translation>Localité *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Venue</source>
        <translation>Lieu de la visite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host association</source>
        <translation>Association d&apos;accueil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host partner</source>
        <translation>Partenaire d&apos;accueil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First day *</source>
        <translation>Premier jour *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day *</source>
        <translation>Dernier jour *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens at</source>
        <translation>Ouvre à</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closes at</source>
        <translation>Ferme à</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appointment length</source>
        <translation>Durée du rendez-vous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Equipment (tick when packed)</source>
        <translation>Matériel (cochez une fois emballé)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practices addressed</source>
        <translation>Pratiques traitées</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Issues raised</source>
        <translation>Problèmes soulevés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Services and team</source>
        <translation>Services et équipe</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Equipment and practices</source>
        <translation>Matériel et pratiques</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Issues and notes</source>
        <translation>Problèmes et notes</translation>
    </message>
</context>
<context>
    <name>VisitsArea</name>
    <message>
        <location filename="../../diaspora_desk/ui/visits/area.py" line="+27"/>
        <source>Visits</source>
        <translation>Visites</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planner</source>
        <translation>Planificateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consulates</source>
        <translation>Consulats</translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <location filename="../../diaspora_desk/ui/visits/visits_page.py" line="+68"/>
        <source>No visit matches this search and status.&lt;br&gt;{link}</source>
        <translation>Aucune visite ne correspond à cette recherche et à ce statut.&lt;br&gt;{link}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show every visit</source>
        <translation>Afficher toutes les visites</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No mobile visit planned yet.&lt;br&gt;Use &lt;b&gt;New visit…&lt;/b&gt;, or the &lt;b&gt;Planner&lt;/b&gt; tab to see which towns need one.</source>
        <translation>Aucune visite mobile planifiée pour l&apos;instant.&lt;br&gt;Utilisez &lt;b&gt;Nouvelle visite…&lt;/b&gt;, ou l&apos;onglet &lt;b&gt;Planificateur&lt;/b&gt; pour voir quelles localités en ont besoin.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Town or title</source>
        <translation>Localité ou titre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any status</source>
        <translation>Tout statut</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>New visit…</source>
        <translation>Nouvelle visite…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appointments…</source>
        <translation>Rendez-vous…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results…</source>
        <translation>Résultats…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Briefing PDF…</source>
        <translation>Note d&apos;information en PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visit report PDF…</source>
        <translation>Compte rendu de la visite en PDF…</translation>
    </message>
    <message numerus="yes">
        <location line="+65"/>
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n visite</numerusform>
            <numerusform>%n visites</numerusform>
        </translation>
    </message>
    <message>
        <location line="+54"/>
        <source>&lt;i&gt;Select a visit to see its plan.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Sélectionnez une visite pour voir son programme.&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Saved {title}</source>
        <translation>{title} enregistré</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Select a visit to print its briefing or report.</source>
        <translation>Sélectionnez une visite pour imprimer sa note d&apos;information ou son compte rendu.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Written to {path}</source>
        <translation>Enregistré dans {path}</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../diaspora_desk/ui/launch.py" line="+99"/>
        <source>Opening the database…</source>
        <translation>Ouverture de la base de données…</translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <location filename="../../diaspora_desk/ui/visits/planner_page.py" line="+11"/>
        <source>Nearest consulate: {name}, {km} km away.</source>
        <translation>Consulat le plus proche : {name}, à {km} km.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{people} people within reach ({all} including those counted for a higher-ranked site).</source>
        <translation>{people} personnes à portée ({all} en comptant celles déjà comptées pour un site mieux classé).</translation>
    </message>
    <message>
        <location filename="../../diaspora_desk/ui/visits/visits_page.py" line="+11"/>
        <source>Sent by {consulate}</source>
        <translation>Envoyé par {consulate}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{n} per hour</source>
        <translation>{n} par heure</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Equipment: {packed} of {total} packed</source>
        <translation>Matériel : {packed} sur {total} emballés</translation>
    </message>
</context>
<context>
    <name>self._bar</name>
    <message>
        <location filename="../../diaspora_desk/ui/undo.py" line="+56"/>
        <source>Undone.</source>
        <translation>Action annulée.</translation>
    </message>
</context>
<context>
    <name>self._form</name>
    <message>
        <location filename="../../diaspora_desk/ui/people/skills_form.py" line="+70"/>
        <source>row {row}: {error}</source>
        <translation>ligne {row} : {error}</translation>
    </message>
</context>
<context>
    <name>status_bar</name>
    <message>
        <location filename="../../diaspora_desk/ui/undo.py" line="-25"/>
        <source>Undo</source>
        <translation>Défaire</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../diaspora_desk/ui/launch.py" line="+86"/>
        <source>Demo cancelled; nothing was written.</source>
        <translation>Démonstration annulée ; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Creating the demo consulate…</source>
        <translation>Création du consulat de démonstration…</translation>
    </message>
    <message>
        <location filename="../../diaspora_desk/ui/trust/encrypt_notice.py" line="+35"/>
        <source>Not encrypted: encrypt…</source>
        <translation>Non chiffrée : chiffrer…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Anyone who copies this database file can read it. Encrypt it with a passphrase.</source>
        <translation>Toute personne qui copie ce fichier de base de données peut le lire. Chiffrez-le avec une phrase secrète.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The database is encrypted. Backup: {path}</source>
        <translation>La base de données est chiffrée. Sauvegarde : {path}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Encrypting the database…</source>
        <translation>Chiffrement de la base de données…</translation>
    </message>
</context>
</TS>
