<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ActivityPlanner</name>
    <message>
        <source>WhoId is the first matched contact; the call matched %L1 contacts</source>
        <translation>WhoId est le premier contact associé&#xa0;; l&apos;appel est associé à %L1 contacts</translation>
    </message>
    <message>
        <source>WhatId left empty: an activity on a lead cannot be related to an account or opportunity</source>
        <translation>WhatId laissé vide&#xa0;: une activité sur une piste ne peut pas être reliée à un compte ou à une opportunité</translation>
    </message>
    <message>
        <source>%1 left out: this org&apos;s %2 has no field by that name that can be set</source>
        <translation>%1 omis&#xa0;: dans cette org, %2 n&apos;a aucun champ modifiable de ce nom</translation>
    </message>
    <message>
        <source>ActivityDate is the call&apos;s date at its own UTC offset (%1)</source>
        <translation>ActivityDate est la date de l&apos;appel selon son propre décalage UTC (%1)</translation>
    </message>
    <message>
        <source>ActivityDate is the call&apos;s date in the recorded user&apos;s time zone (%1)</source>
        <translation>ActivityDate est la date de l&apos;appel dans le fuseau horaire de l&apos;utilisateur enregistré (%1)</translation>
    </message>
    <message>
        <source>ActivityDate is the call&apos;s date in UTC: the recorded user&apos;s time zone is not known (import User.TimeZoneSidKey to use it)</source>
        <translation>ActivityDate est la date de l&apos;appel en UTC&#xa0;: le fuseau horaire de l&apos;utilisateur enregistré n&apos;est pas connu (importez User.TimeZoneSidKey pour l&apos;utiliser)</translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>AuditReport</name>
    <message>
        <source>Ready: the integration user has everything the integration needs.</source>
        <translation>Prêt&#xa0;: l&apos;utilisateur d&apos;intégration a tout ce dont l&apos;intégration a besoin.</translation>
    </message>
    <message>
        <source>API access</source>
        <translation>Accès à l&apos;API</translation>
    </message>
    <message>
        <source>Importing CRM data</source>
        <translation>Importation des données CRM</translation>
    </message>
    <message>
        <source>User provisioning</source>
        <translation>Provisionnement des utilisateurs</translation>
    </message>
    <message>
        <source>Exporting calls as tasks</source>
        <translation>Export des appels en tâches</translation>
    </message>
    <message>
        <source>Exporting calls as events</source>
        <translation>Export des appels en événements</translation>
    </message>
    <message>
        <source>Exporting to the Conversation object</source>
        <translation>Export vers l&apos;objet Conversation</translation>
    </message>
    <message>
        <source>Deals and forecast</source>
        <translation>Deals et prévisions</translation>
    </message>
    <message>
        <source>Engage (only with an Engage license)</source>
        <translation>Engage (uniquement avec une licence Engage)</translation>
    </message>
    <message>
        <source>Licenses</source>
        <translation>Licences</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>non vérifié</translation>
    </message>
    <message>
        <source>Salesforce permission audit</source>
        <translation>Audit des autorisations Salesforce</translation>
    </message>
    <message>
        <source>User %1 in %2, checked %3</source>
        <translation>Utilisateur %1 dans %2, vérifié le %3</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Pourquoi c&apos;est important</translation>
    </message>
    <message>
        <source>What to change in Salesforce</source>
        <translation>Ce qu&apos;il faut changer dans Salesforce</translation>
    </message>
    <message numerus="yes">
        <source>%n required permission(s) missing: the integration will miss data or fail until they are added.</source>
        <translation>
            <numerusform>%n autorisation obligatoire manquante&#xa0;: l&apos;intégration manquera des données ou échouera tant qu&apos;elle n&apos;est pas ajoutée.</numerusform>
            <numerusform>%n autorisations obligatoires manquantes&#xa0;: l&apos;intégration manquera des données ou échouera tant qu&apos;elles ne sont pas ajoutées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No required permission missing, but %n check(s) could not be made: the user cannot read its own permission records (View Setup and Configuration).</source>
        <translation>
            <numerusform>Aucune autorisation obligatoire ne manque, mais %n vérification n&apos;a pas pu être faite&#xa0;: l&apos;utilisateur ne peut pas lire ses propres enregistrements d&apos;autorisation (Afficher la configuration).</numerusform>
            <numerusform>Aucune autorisation obligatoire ne manque, mais %n vérifications n&apos;ont pas pu être faites&#xa0;: l&apos;utilisateur ne peut pas lire ses propres enregistrements d&apos;autorisation (Afficher la configuration).</numerusform>
        </translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <source>recommended</source>
        <translation>recommandée</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultative</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>Importance</translation>
    </message>
    <message numerus="yes">
        <source>Ready. %n recommended permission(s) missing: see what each one adds.</source>
        <translation>
            <numerusform>Prêt. %n autorisation recommandée manquante&#xa0;: voyez ce qu&apos;elle apporte.</numerusform>
            <numerusform>Prêt. %n autorisations recommandées manquantes&#xa0;: voyez ce que chacune apporte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready. %n optional permission(s) missing: see what each one adds.</source>
        <translation>
            <numerusform>Prêt. %n autorisation facultative manquante&#xa0;: voyez ce qu&apos;elle apporte.</numerusform>
            <numerusform>Prêt. %n autorisations facultatives manquantes&#xa0;: voyez ce que chacune apporte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready. Missing: %1 and %2; see what each one adds.</source>
        <translation>Prêt. Il manque %1 et %2&#xa0;: voyez ce que chacune apporte.</translation>
    </message>
    <message numerus="yes">
        <source>%n recommended permission(s)</source>
        <translation>
            <numerusform>%n autorisation recommandée</numerusform>
            <numerusform>%n autorisations recommandées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n optional permission(s)</source>
        <translation>
            <numerusform>%n autorisation facultative</numerusform>
            <numerusform>%n autorisations facultatives</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CacheStore</name>
    <message>
        <source>The local cache refused a change: %1</source>
        <translation>Le cache local a refusé une modification&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot open the local cache %1: %2</source>
        <translation>Impossible d&apos;ouvrir le cache local %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot replace the local cache %1.</source>
        <translation>Impossible de remplacer le cache local %1.</translation>
    </message>
    <message>
        <source>The local cache has no table for %1.</source>
        <translation>Le cache local n&apos;a pas de table pour %1.</translation>
    </message>
    <message>
        <source>Rows for %1 arrived without their Id.</source>
        <translation>Des lignes de %1 sont arrivées sans leur Id.</translation>
    </message>
    <message>
        <source>The local cache cannot start a transaction: %1</source>
        <translation>Le cache local ne peut pas démarrer de transaction&#xa0;: %1</translation>
    </message>
    <message>
        <source>Storing %1 %2 failed: %3</source>
        <translation>L&apos;enregistrement de %1 %2 a échoué&#xa0;: %3</translation>
    </message>
    <message>
        <source>The local cache could not commit: %1</source>
        <translation>Le cache local n&apos;a pas pu valider&#xa0;: %1</translation>
    </message>
    <message>
        <source>Removing %1 %2 failed: %3</source>
        <translation>La suppression de %1 %2 a échoué&#xa0;: %3</translation>
    </message>
    <message>
        <source>Saving the import scope failed: %1</source>
        <translation>L&apos;enregistrement du périmètre d&apos;importation a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saving the import position failed: %1</source>
        <translation>L&apos;enregistrement de la position d&apos;importation a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot open the local cache: no file was given.</source>
        <translation>Impossible d&apos;ouvrir le cache local&#xa0;: aucun fichier n&apos;a été indiqué.</translation>
    </message>
    <message>
        <source>Cannot open the local cache for &quot;%1&quot;: that is not a Salesforce org id, so it cannot name a file.</source>
        <translation>Impossible d&apos;ouvrir le cache local pour «&#xa0;%1&#xa0;»&#xa0;: ce n&apos;est pas un ID d&apos;org Salesforce, il ne peut donc pas nommer un fichier.</translation>
    </message>
    <message>
        <source>Row %L1 of %2 has no Id; nothing of this batch was stored.</source>
        <translation>La ligne %L1 de %2 n&apos;a pas d&apos;Id&#xa0;; rien de ce lot n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Reading %1 from the local cache failed: %2</source>
        <translation>La lecture de %1 dans le cache local a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>Saving the import time failed: %1</source>
        <translation>L&apos;enregistrement de l&apos;heure d&apos;import a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>The local cache is not an SQLite database Callbridge can write to.</source>
        <translation>Le cache local n&apos;est pas une base SQLite dans laquelle Callbridge peut écrire.</translation>
    </message>
    <message>
        <source>Storing %1 failed: %2</source>
        <translation>L&apos;enregistrement de %1 a échoué&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>CallMatcher</name>
    <message>
        <source>Reading the local cache failed: %1</source>
        <translation>La lecture du cache local a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>The recorded user %1 is not among the cached Salesforce users: the activity would belong to the integration user</source>
        <translation>L&apos;utilisateur enregistré %1 ne figure pas parmi les utilisateurs Salesforce en cache&#xa0;: l&apos;activité appartiendrait à l&apos;utilisateur d&apos;intégration</translation>
    </message>
    <message>
        <source>Contact by email %1</source>
        <translation>Contact par l&apos;adresse e-mail %1</translation>
    </message>
    <message>
        <source>Lead by email %1 (no contact has it)</source>
        <translation>Piste par l&apos;adresse e-mail %1 (aucun contact ne l&apos;a)</translation>
    </message>
    <message>
        <source>Account of the matched contacts</source>
        <translation>Compte des contacts associés</translation>
    </message>
    <message numerus="yes">
        <source>Matched contacts belong to %n accounts; chose the one owned by a participant</source>
        <translation>
            <numerusform>Les contacts associés appartiennent à %n compte&#xa0;; choisi&#xa0;: celui d&apos;un participant</numerusform>
            <numerusform>Les contacts associés appartiennent à %n comptes&#xa0;; choisi&#xa0;: celui dont un participant est propriétaire</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Matched contacts belong to %n accounts; chose the one with the most matched contacts</source>
        <translation>
            <numerusform>Les contacts associés appartiennent à %n compte&#xa0;; choisi&#xa0;: celui qui a le plus de contacts associés</numerusform>
            <numerusform>Les contacts associés appartiennent à %n comptes&#xa0;; choisi&#xa0;: celui qui a le plus de contacts associés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Matched contacts belong to %n accounts; chose the first matched contact&apos;s</source>
        <translation>
            <numerusform>Les contacts associés appartiennent à %n compte&#xa0;; choisi&#xa0;: celui du premier contact associé</numerusform>
            <numerusform>Les contacts associés appartiennent à %n comptes&#xa0;; choisi&#xa0;: celui du premier contact associé</numerusform>
        </translation>
    </message>
    <message>
        <source>Account by domain %1 (one contact of that domain)</source>
        <translation>Compte par le domaine %1 (un contact de ce domaine)</translation>
    </message>
    <message>
        <source>Account by domain %1 (%L2 contacts of that domain)</source>
        <translation>Compte par le domaine %1 (%L2 contacts de ce domaine)</translation>
    </message>
    <message>
        <source>Account by website domain %1</source>
        <translation>Compte par le domaine du site web %1</translation>
    </message>
    <message>
        <source>No account: the call has no external participants</source>
        <translation>Aucun compte&#xa0;: l&apos;appel n&apos;a pas de participants externes</translation>
    </message>
    <message>
        <source>No account: only free-mail addresses (%1), which never match by domain</source>
        <translation>Aucun compte&#xa0;: uniquement des adresses de messagerie gratuite (%1), jamais associées par domaine</translation>
    </message>
    <message>
        <source>No account: no matched contact, and no contact or account website with the domain %1</source>
        <translation>Aucun compte&#xa0;: aucun contact associé, et aucun contact ni site web de compte avec le domaine %1</translation>
    </message>
    <message>
        <source>No open opportunity on the account</source>
        <translation>Aucune opportunité ouverte sur le compte</translation>
    </message>
    <message>
        <source>The account&apos;s one open opportunity</source>
        <translation>La seule opportunité ouverte du compte</translation>
    </message>
    <message numerus="yes">
        <source>%n open opportunities; chose the one owned by a participant</source>
        <translation>
            <numerusform>%n opportunité ouverte&#xa0;; choisie&#xa0;: celle d&apos;un participant</numerusform>
            <numerusform>%n opportunités ouvertes&#xa0;; choisie&#xa0;: celle dont un participant est propriétaire</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open opportunities, none owned by a participant; chose the most recently modified</source>
        <translation>
            <numerusform>%n opportunité ouverte, qui n&apos;appartient à aucun participant&#xa0;; choisie&#xa0;: la plus récemment modifiée</numerusform>
            <numerusform>%n opportunités ouvertes, aucune n&apos;appartient à un participant&#xa0;; choisie&#xa0;: la plus récemment modifiée</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallsReader</name>
    <message>
        <source>call %1</source>
        <translation>appel %1</translation>
    </message>
    <message>
        <source>call %1 (id &quot;%2&quot;)</source>
        <translation>appel %1 (id « %2 »)</translation>
    </message>
    <message>
        <source>missing; expected a string</source>
        <translation>manquant&#xa0;; une chaîne est attendue</translation>
    </message>
    <message>
        <source>expected a string, found %1</source>
        <translation>une chaîne est attendue, trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>empty; expected an ISO 8601 date-time such as 2026-03-02T15:04:05Z</source>
        <translation>vide&#xa0;; une date-heure ISO 8601 est attendue, par exemple 2026-03-02T15:04:05Z</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 date-time with a time zone; expected e.g. 2026-03-02T15:04:05Z</source>
        <translation>« %1 » n&apos;est pas une date-heure ISO 8601 avec fuseau horaire&#xa0;; attendu par exemple 2026-03-02T15:04:05Z</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address</source>
        <translation>« %1 » n&apos;est pas une adresse e-mail</translation>
    </message>
    <message>
        <source>missing; expected a whole number of seconds</source>
        <translation>manquant&#xa0;; un nombre entier de secondes est attendu</translation>
    </message>
    <message>
        <source>expected a whole number of seconds, 0 or more, found %1</source>
        <translation>un nombre entier de secondes, 0 ou plus, est attendu, trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of inbound, outbound, conference</source>
        <translation>« %1 » n&apos;est pas l&apos;une des valeurs inbound, outbound, conference</translation>
    </message>
    <message>
        <source>missing; expected an array of participants</source>
        <translation>manquant&#xa0;; un tableau de participants est attendu</translation>
    </message>
    <message>
        <source>expected an array of participants, found %1</source>
        <translation>un tableau de participants est attendu, trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>expected an object with email, name and affiliation, found %1</source>
        <translation>un objet avec email, name et affiliation est attendu, trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>missing; expected internal, external or unknown</source>
        <translation>manquant&#xa0;; internal, external ou unknown est attendu</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of internal, external, unknown</source>
        <translation>« %1 » n&apos;est pas l&apos;une des valeurs internal, external, unknown</translation>
    </message>
    <message>
        <source>expected an array of tracker names, found %1</source>
        <translation>un tableau de noms de trackers est attendu, trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>expected a tracker name, found %1</source>
        <translation>un nom de tracker est attendu, trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>expected true or false, found %1</source>
        <translation>true ou false est attendu, trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>unknown field; expected one of %1</source>
        <translation>champ inconnu&#xa0;; un de ceux-ci est attendu&#xa0;: %1</translation>
    </message>
    <message>
        <source>The calls file is not valid JSON: %1 at %2</source>
        <translation>Le fichier d&apos;appels n&apos;est pas du JSON valide&#xa0;: %1 à %2</translation>
    </message>
    <message>
        <source>call %1: expected an object, found %2</source>
        <translation>appel %1&#xa0;: un objet est attendu, trouvé&#xa0;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears more than once; every call needs its own id</source>
        <translation>« %1 » apparaît plus d&apos;une fois&#xa0;; chaque appel doit avoir son propre id</translation>
    </message>
    <message>
        <source>Stopped after %1 problems.</source>
        <translation>Arrêté après %1 problèmes.</translation>
    </message>
    <message>
        <source>Cannot read the calls file %1: %2</source>
        <translation>Impossible de lire le fichier d&apos;appels %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 seconds is longer than any call; the longest is %2 hours</source>
        <translation>%1 secondes dépassent la durée de tout appel&#xa0;; la durée maximale est de %2 heures</translation>
    </message>
    <message>
        <source>email %1</source>
        <translation>e-mail %1</translation>
    </message>
    <message>
        <source>email %1 (id &quot;%2&quot;)</source>
        <translation>e-mail %1 (id «&#xa0;%2&#xa0;»)</translation>
    </message>
    <message>
        <source>expected a number of seconds, 0 or more, found %1</source>
        <translation>un nombre de secondes, 0 ou plus, est attendu, trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>missing; expected an array of email addresses</source>
        <translation>manquant&#xa0;; un tableau d&apos;adresses e-mail est attendu</translation>
    </message>
    <message>
        <source>expected email addresses, found %1</source>
        <translation>des adresses e-mail sont attendues, trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The calls file must be a JSON array of calls, or an object with &quot;calls&quot; and &quot;emails&quot; arrays, found %1</source>
        <translation>Le fichier d&apos;appels doit être un tableau JSON d&apos;appels, ou un objet avec les tableaux &quot;calls&quot; et &quot;emails&quot;, trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>email %1: expected an object, found %2</source>
        <translation>e-mail %1&#xa0;: un objet est attendu, trouvé&#xa0;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears more than once; every call and email needs its own id</source>
        <translation>«&#xa0;%1&#xa0;» apparaît plus d&apos;une fois&#xa0;; chaque appel et chaque e-mail doit avoir son propre id</translation>
    </message>
    <message>
        <source>The calls file is not valid JSON: a string holds half of a surrogate pair (\uD800 to \uDFFF) or another escape that is no character</source>
        <translation>Le fichier d&apos;appels n&apos;est pas du JSON valide&#xa0;: une chaîne contient la moitié d&apos;une paire de substitution (\uD800 à \uDFFF) ou un autre échappement qui n&apos;est pas un caractère</translation>
    </message>
    <message>
        <source>The calls file is not valid JSON: a number is too large</source>
        <translation>Le fichier d&apos;appels n&apos;est pas du JSON valide&#xa0;: un nombre est trop grand</translation>
    </message>
    <message>
        <source>The calls file is not valid JSON: %1</source>
        <translation>Le fichier d&apos;appels n&apos;est pas du JSON valide&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ConfigError</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2; expected %3</source>
        <translation>%1&#xa0;: %2&#xa0;; attendu&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>ConfigReader</name>
    <message>
        <source>the file is not valid JSON (%1 at %2)</source>
        <translation>le fichier n&apos;est pas du JSON valide (%1 à %2)</translation>
    </message>
    <message>
        <source>a JSON object</source>
        <translation>un objet JSON</translation>
    </message>
    <message>
        <source>the document is %1</source>
        <translation>le document est %1</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>est manquant</translation>
    </message>
    <message>
        <source>the integer %1</source>
        <translation>l&apos;entier %1</translation>
    </message>
    <message>
        <source>is %1</source>
        <translation>est %1</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>un entier</translation>
    </message>
    <message>
        <source>version %1 was written by a newer Callbridge; this one reads up to version %2</source>
        <translation>la version %1 a été écrite par un Callbridge plus récent&#xa0;; celui-ci lit jusqu&apos;à la version %2</translation>
    </message>
    <message>
        <source>a document from this version of Callbridge or older (update Callbridge to open it)</source>
        <translation>un document de cette version de Callbridge ou d&apos;une plus ancienne (mettez Callbridge à jour pour l&apos;ouvrir)</translation>
    </message>
    <message>
        <source>%1 is not a schema version</source>
        <translation>%1 n&apos;est pas une version de schéma</translation>
    </message>
    <message>
        <source>an integer from 1 to %1</source>
        <translation>un entier de 1 à %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an environment</source>
        <translation>« %1 » n&apos;est pas un environnement</translation>
    </message>
    <message>
        <source>one of &quot;production&quot;, &quot;sandbox&quot;, &quot;mydomain&quot;, &quot;demo&quot;</source>
        <translation>l&apos;une des valeurs &quot;production&quot;, &quot;sandbox&quot;, &quot;mydomain&quot;, &quot;demo&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the production login host</source>
        <translation>« %1 » n&apos;est pas l&apos;hôte de connexion de production</translation>
    </message>
    <message>
        <source>https://login.salesforce.com (use &quot;mydomain&quot; for an org&apos;s own domain)</source>
        <translation>https://login.salesforce.com (utilisez &quot;mydomain&quot; pour le domaine propre d&apos;une org)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the sandbox login host</source>
        <translation>« %1 » n&apos;est pas l&apos;hôte de connexion des sandbox</translation>
    </message>
    <message>
        <source>https://test.salesforce.com (use &quot;mydomain&quot; for a sandbox&apos;s own domain)</source>
        <translation>https://test.salesforce.com (utilisez &quot;mydomain&quot; pour le domaine propre d&apos;une sandbox)</translation>
    </message>
    <message>
        <source>is empty, but a My Domain connection needs the org&apos;s domain</source>
        <translation>est vide, mais une connexion My Domain a besoin du domaine de l&apos;org</translation>
    </message>
    <message>
        <source>an https URL such as https://acme.my.salesforce.com</source>
        <translation>une URL https comme https://acme.my.salesforce.com</translation>
    </message>
    <message>
        <source>an integer from 1024 to 65535</source>
        <translation>un entier de 1024 à 65535</translation>
    </message>
    <message>
        <source>%1 is out of range</source>
        <translation>%1 est hors limites</translation>
    </message>
    <message>
        <source>an integer from 1024 to 65535 (lower ports need administrator rights)</source>
        <translation>un entier de 1024 à 65535 (les ports inférieurs exigent des droits d&apos;administrateur)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an object the integration imports</source>
        <translation>« %1 » n&apos;est pas un objet importé par l&apos;intégration</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>l&apos;un de %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field API name</source>
        <translation>« %1 » n&apos;est pas un nom d&apos;API de champ</translation>
    </message>
    <message>
        <source>letters, digits and underscores, starting with a letter</source>
        <translation>lettres, chiffres et traits de soulignement, en commençant par une lettre</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>« %1 » est indiqué deux fois</translation>
    </message>
    <message>
        <source>each field once</source>
        <translation>chaque champ une seule fois</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an activity type</source>
        <translation>« %1 » n&apos;est pas un type d&apos;activité</translation>
    </message>
    <message>
        <source>&quot;task&quot; or &quot;event&quot;</source>
        <translation>&quot;task&quot; ou &quot;event&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a mode</source>
        <translation>« %1 » n&apos;est pas un mode</translation>
    </message>
    <message>
        <source>&quot;allActive&quot; or &quot;selected&quot;</source>
        <translation>&quot;allActive&quot; ou &quot;selected&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Salesforce user id</source>
        <translation>« %1 » n&apos;est pas un id d&apos;utilisateur Salesforce</translation>
    </message>
    <message>
        <source>a 15- or 18-character id starting with 005</source>
        <translation>un id de 15 ou 18 caractères commençant par 005</translation>
    </message>
    <message>
        <source>is not a known setting</source>
        <translation>n&apos;est pas un paramètre connu</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>an array of strings</source>
        <translation>un tableau de chaînes</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an absolute URL</source>
        <translation>« %1 » n&apos;est pas une URL absolue</translation>
    </message>
    <message>
        <source>a URL such as https://host</source>
        <translation>une URL comme https://hote</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not on this computer, but the demo org runs locally</source>
        <translation>« %1 » n&apos;est pas sur cet ordinateur, mais l&apos;org de démonstration s&apos;exécute en local</translation>
    </message>
    <message>
        <source>a loopback URL (localhost or 127.0.0.1) or an empty string</source>
        <translation>une URL de bouclage (localhost ou 127.0.0.1) ou une chaîne vide</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not use https</source>
        <translation>« %1 » n&apos;utilise pas https</translation>
    </message>
    <message>
        <source>an https URL (plain http only for a host on this computer)</source>
        <translation>une URL https (http simple uniquement pour un hôte de cet ordinateur)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Salesforce id of this kind</source>
        <translation>« %1 » n&apos;est pas un id Salesforce de ce type</translation>
    </message>
    <message>
        <source>a 15- or 18-character id starting with %1, or an empty string</source>
        <translation>un id de 15 ou 18 caractères commençant par %1, ou une chaîne vide</translation>
    </message>
    <message>
        <source>a filter in the export filter language</source>
        <translation>un filtre dans le langage du filtre d&apos;export</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an export target</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une cible d&apos;export</translation>
    </message>
    <message>
        <source>&quot;activity&quot;, &quot;fullData&quot; or &quot;both&quot;</source>
        <translation>&quot;activity&quot;, &quot;fullData&quot; ou &quot;both&quot;</translation>
    </message>
</context>
<context>
    <name>ConfigStore</name>
    <message>
        <source>the file cannot be read (%1)</source>
        <translation>le fichier ne peut pas être lu (%1)</translation>
    </message>
    <message>
        <source>The config file %1 could not be read, so it was left as it is. Set it aside or fix it before saving.</source>
        <translation>Le fichier de configuration %1 n&apos;a pas pu être lu&#xa0;; il a été laissé tel quel. Mettez-le de côté ou corrigez-le avant d&apos;enregistrer.</translation>
    </message>
    <message>
        <source>Could not read %1 to back it up: %2</source>
        <translation>Impossible de lire %1 pour le sauvegarder&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ExportBudget</name>
    <message>
        <source>One API call; the org&apos;s daily allowance is unknown (connect to read its limits)</source>
        <translation>Un appel d&apos;API&#xa0;; le quota quotidien de l&apos;org est inconnu (connectez-vous pour lire ses limites)</translation>
    </message>
    <message>
        <source>%L1 API calls; the org&apos;s daily allowance is unknown (connect to read its limits)</source>
        <translation>%L1 appels d&apos;API&#xa0;; le quota quotidien de l&apos;org est inconnu (connectez-vous pour lire ses limites)</translation>
    </message>
    <message>
        <source>%L1 API calls against %L2 remaining today (daily allowance %L3)</source>
        <comment>1 is a count of 0, 2 or more; see the one-call form</comment>
        <translation>%L1 appels d&apos;API sur %L2 restants aujourd&apos;hui (quota quotidien %L3)</translation>
    </message>
    <message>
        <source>a backfill of these calls fits in one day at %1% of the daily allowance</source>
        <translation>un rattrapage de ces appels tient en un jour à %1 % du quota quotidien</translation>
    </message>
    <message>
        <source>a backfill of these calls takes %L1 days at %2% of the daily allowance</source>
        <translation>un rattrapage de ces appels prend %L1 jours à %2 % du quota quotidien</translation>
    </message>
</context>
<context>
    <name>ExportLedger</name>
    <message>
        <source>The export ledger could not be created: %1</source>
        <translation>Le journal d&apos;export n&apos;a pas pu être créé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The export of call %1 could not be recorded: %2</source>
        <translation>L&apos;export de l&apos;appel %1 n&apos;a pas pu être journalisé&#xa0;: %2</translation>
    </message>
    <message>
        <source>The export of call %1 could not be forgotten: %2</source>
        <translation>L&apos;export de l&apos;appel %1 n&apos;a pas pu être retiré du journal&#xa0;: %2</translation>
    </message>
    <message>
        <source>The export ledger could not be written: %1</source>
        <translation>Le journal d&apos;export n&apos;a pas pu être écrit&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ExportPreview</name>
    <message>
        <source>Deleted on the platform: its %1 %2 will be deleted from Salesforce</source>
        <translation>Supprimé sur la plateforme&#xa0;: son %1 %2 sera supprimé de Salesforce</translation>
    </message>
    <message>
        <source>Deleted on the platform: the activity it exported under the saved filter will be deleted from Salesforce</source>
        <translation>Supprimé sur la plateforme&#xa0;: l&apos;activité exportée avec le filtre enregistré sera supprimée de Salesforce</translation>
    </message>
    <message>
        <source>Deleted on the platform; it was never exported, so nothing is deleted</source>
        <translation>Supprimé sur la plateforme&#xa0;; il n&apos;a jamais été exporté, rien n&apos;est donc supprimé</translation>
    </message>
    <message>
        <source>Exports: there is no filter, so every call exports</source>
        <translation>Exporté&#xa0;: il n&apos;y a pas de filtre, donc chaque appel est exporté</translation>
    </message>
    <message>
        <source>Exports: passes the filter</source>
        <translation>Exporté&#xa0;: passe le filtre</translation>
    </message>
    <message>
        <source>(already sent as %1 %2; reprocessing updates it)</source>
        <translation>(déjà envoyé comme %1 %2&#xa0;; un retraitement le met à jour)</translation>
    </message>
    <message>
        <source>Filtered out: %1</source>
        <translation>Exclu par le filtre&#xa0;: %1</translation>
    </message>
    <message>
        <source>%L1 of %L2 calls will export</source>
        <translation>%L1 appels sur %L2 seront exportés</translation>
    </message>
    <message>
        <source>Captured email: logging captured emails as tasks is off</source>
        <translation>E-mail capturé&#xa0;: la consignation des e-mails capturés en tâches est désactivée</translation>
    </message>
</context>
<context>
    <name>FieldPolicy</name>
    <message>
        <source>%1 is a compound %2 field, which cannot be imported. Its parts (%3) are ordinary fields and can be chosen one by one.</source>
        <translation>%1 est un champ composé de type %2, qui ne peut pas être importé. Ses parties (%3) sont des champs ordinaires et peuvent être choisies une à une.</translation>
    </message>
    <message>
        <source>Encrypted fields cannot be imported.</source>
        <translation>Les champs chiffrés ne peuvent pas être importés.</translation>
    </message>
    <message>
        <source>Multi-select picklists cannot be imported.</source>
        <translation>Les listes de sélection multiple ne peuvent pas être importées.</translation>
    </message>
    <message>
        <source>Fields of type %1 cannot be imported.</source>
        <translation>Les champs de type %1 ne peuvent pas être importés.</translation>
    </message>
    <message>
        <source>A reference to %1, which the integration does not import (a complex reference).</source>
        <translation>Une référence à %1, que l&apos;intégration n&apos;importe pas (une référence complexe).</translation>
    </message>
    <message>
        <source>Formula: changing a formula&apos;s inputs does not update SystemModstamp, so the imported value can go stale until the record changes otherwise.</source>
        <translation>Formule&#xa0;: modifier les entrées d&apos;une formule ne met pas à jour SystemModstamp&#xa0;; la valeur importée peut donc être périmée jusqu&apos;à ce que l&apos;enregistrement change autrement.</translation>
    </message>
    <message>
        <source>Rich text: imported as plain text.</source>
        <translation>Texte enrichi&#xa0;: importé en texte brut.</translation>
    </message>
    <message>
        <source>Long text: trimmed to %L1 characters on import.</source>
        <translation>Texte long&#xa0;: tronqué à %L1 caractères à l&apos;importation.</translation>
    </message>
    <message>
        <source>Reference: not searchable.</source>
        <translation>Référence&#xa0;: non recherchable.</translation>
    </message>
    <message>
        <source>The integration user cannot read this field (field-level security). It is required: the integration cannot work until the user can read it — see Permissions.</source>
        <translation>L&apos;utilisateur d&apos;intégration ne peut pas lire ce champ (sécurité au niveau du champ). Il est obligatoire&#xa0;: l&apos;intégration ne fonctionnera pas tant que l&apos;utilisateur ne pourra pas le lire – voir Autorisations.</translation>
    </message>
    <message>
        <source>The integration user cannot read this field (field-level security).</source>
        <translation>L&apos;utilisateur d&apos;intégration ne peut pas lire ce champ (sécurité au niveau du champ).</translation>
    </message>
    <message>
        <source>compound field: choose its parts</source>
        <translation>champ composé&#xa0;: choisissez ses parties</translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>chiffré</translation>
    </message>
    <message>
        <source>multi-select picklist</source>
        <translation>liste de sélection multiple</translation>
    </message>
    <message>
        <source>type %1</source>
        <translation>type %1</translation>
    </message>
    <message>
        <source>complex reference</source>
        <translation>référence complexe</translation>
    </message>
    <message>
        <source>field-level security; required: see Permissions</source>
        <translation>sécurité au niveau du champ&#xa0;; obligatoire&#xa0;: voir Autorisations</translation>
    </message>
    <message>
        <source>field-level security</source>
        <translation>sécurité au niveau du champ</translation>
    </message>
</context>
<context>
    <name>FilterEvaluator</name>
    <message>
        <source>the call matched no account</source>
        <translation>l&apos;appel n&apos;a été associé à aucun compte</translation>
    </message>
    <message>
        <source>the call matched no open opportunity</source>
        <translation>l&apos;appel n&apos;a été associé à aucune opportunité ouverte</translation>
    </message>
    <message>
        <source>the call lasted %1</source>
        <translation>l&apos;appel a duré %1</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1 est %2</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 est vide</translation>
    </message>
    <message>
        <source> and %L1 more</source>
        <translation> et %L1 de plus</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>none of these holds: %1</source>
        <translation>aucune de ces conditions n&apos;est vraie&#xa0;: %1</translation>
    </message>
    <message>
        <source>excluded because %1 holds</source>
        <translation>exclu parce que %1 est vrai</translation>
    </message>
</context>
<context>
    <name>FilterParser</name>
    <message>
        <source>unexpected character &apos;%1&apos;</source>
        <translation>caractère inattendu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unterminated text; add the closing %1</source>
        <translation>texte non terminé&#xa0;; ajoutez le %1 fermant</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid date</source>
        <translation>&apos;%1&apos; n&apos;est pas une date valide</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid date and time</source>
        <translation>&apos;%1&apos; n&apos;est pas une date et heure valide</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number, a duration (30m, 1h30m, 90s), a date (2026-03-01) or a date and time (2026-03-01T09:00:00Z)</source>
        <translation>&apos;%1&apos; n&apos;est ni un nombre, ni une durée (30m, 1h30m, 90s), ni une date (2026-03-01), ni une date et heure (2026-03-01T09:00:00Z)</translation>
    </message>
    <message>
        <source>the end of the filter</source>
        <translation>la fin du filtre</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not apply to %2 (%3); use %4</source>
        <translation>&apos;%1&apos; ne s&apos;applique pas à %2 (%3)&#xa0;; utilisez %4</translation>
    </message>
    <message>
        <source>text in double quotes</source>
        <translation>du texte entre guillemets doubles</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>a duration such as 30m or 90s, or a number of seconds</source>
        <translation>une durée comme 30m ou 90s, ou un nombre de secondes</translation>
    </message>
    <message>
        <source>a date such as 2026-03-01 or 2026-03-01T09:00:00Z</source>
        <translation>une date comme 2026-03-01 ou 2026-03-01T09:00:00Z</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>%1 is %2; compare it with %3, not %4</source>
        <translation>%1 est %2&#xa0;; comparez-le avec %3, pas avec %4</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a value of %2; expected one of %3</source>
        <translation>« %1 » n&apos;est pas une valeur de %2&#xa0;; attendu&#xa0;: l&apos;une de %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid regular expression: %2</source>
        <translation>« %1 » n&apos;est pas une expression régulière valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>&apos;)&apos; has no matching &apos;(&apos;</source>
        <translation>&apos;)&apos; n&apos;a pas de &apos;(&apos; correspondante</translation>
    </message>
    <message>
        <source>expected &apos;and&apos;, &apos;or&apos; or the end of the filter, found %1</source>
        <translation>&apos;and&apos;, &apos;or&apos; ou la fin du filtre attendu, trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>expected a condition after &apos;%1&apos;</source>
        <translation>une condition est attendue après &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected a condition inside the parentheses</source>
        <translation>une condition est attendue entre les parenthèses</translation>
    </message>
    <message>
        <source>expected &apos;)&apos; to close the &apos;(&apos; at column %1, found %2</source>
        <translation>&apos;)&apos; est attendue pour fermer la &apos;(&apos; de la colonne %1, trouvé&#xa0;: %2</translation>
    </message>
    <message>
        <source>expected a field name, found %1</source>
        <translation>un nom de champ est attendu, trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos;: it is not an imported field (choose it under Fields)</source>
        <translation>champ inconnu &apos;%1&apos;&#xa0;: ce n&apos;est pas un champ importé (choisissez-le sous Champs)</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos;: it is not an imported field; did you mean &apos;%2&apos;?</source>
        <translation>champ inconnu &apos;%1&apos;&#xa0;: ce n&apos;est pas un champ importé&#xa0;; vouliez-vous dire &apos;%2&apos;&#xa0;?</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos;</source>
        <translation>champ inconnu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos;; did you mean &apos;%2&apos;?</source>
        <translation>champ inconnu &apos;%1&apos;&#xa0;; vouliez-vous dire &apos;%2&apos;&#xa0;?</translation>
    </message>
    <message>
        <source>expected an operator after &apos;%1&apos; (=, !=, &lt;, &lt;=, &gt;, &gt;=, in, contains, matches, exists), found %2</source>
        <translation>un opérateur est attendu après &apos;%1&apos; (=, !=, &lt;, &lt;=, &gt;, &gt;=, in, contains, matches, exists), trouvé&#xa0;: %2</translation>
    </message>
    <message>
        <source>expected a value after &apos;%1&apos;, found &apos;%2&apos; (text goes in double quotes: &quot;%2&quot;)</source>
        <translation>une valeur est attendue après &apos;%1&apos;, trouvé&#xa0;: &apos;%2&apos; (le texte se met entre guillemets doubles&#xa0;: &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>a list goes with &apos;in&apos; only, not after &apos;%1&apos;</source>
        <translation>une liste ne va qu&apos;avec &apos;in&apos;, pas après &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected a value after &apos;%1&apos;</source>
        <translation>une valeur est attendue après &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected a value after &apos;in&apos;</source>
        <translation>une valeur est attendue après &apos;in&apos;</translation>
    </message>
    <message>
        <source>expected a list such as [&quot;a&quot;, &quot;b&quot;] after &apos;in&apos;, found %1</source>
        <translation>une liste comme [&quot;a&quot;, &quot;b&quot;] est attendue après &apos;in&apos;, trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>expected a value in the list; an empty list matches nothing</source>
        <translation>une valeur est attendue dans la liste&#xa0;; une liste vide ne correspond à rien</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; in the list opened at column %1, found %2</source>
        <translation>&apos;,&apos; ou &apos;]&apos; est attendu dans la liste ouverte à la colonne %1, trouvé&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 %2: expected a value</source>
        <translation>%1 %2&#xa0;: une valeur est attendue</translation>
    </message>
    <message>
        <source>column %1: %2</source>
        <translation>colonne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is longer than any call; the longest duration is %2h</source>
        <translation>&apos;%1&apos; dépasse la durée de tout appel&#xa0;; la durée maximale est %2h</translation>
    </message>
    <message>
        <source>the filter nests deeper than %1 levels</source>
        <translation>le filtre imbrique plus de %1 niveaux</translation>
    </message>
</context>
<context>
    <name>FilterSchema</name>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>one of a fixed set of values</source>
        <translation>une valeur parmi un ensemble fixe</translation>
    </message>
    <message>
        <source>a list of text</source>
        <translation>une liste de textes</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>a duration</source>
        <translation>une durée</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>une date</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Recorded user&apos;s email</source>
        <translation>E-mail de l&apos;utilisateur enregistré</translation>
    </message>
    <message>
        <source>Participant email addresses</source>
        <translation>Adresses e-mail des participants</translation>
    </message>
    <message>
        <source>Participant email domains</source>
        <translation>Domaines e-mail des participants</translation>
    </message>
    <message>
        <source>Number of external participants</source>
        <translation>Nombre de participants externes</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>Trackers</source>
        <translation>Trackers</translation>
    </message>
</context>
<context>
    <name>InputFile</name>
    <message>
        <source>it is a folder, not a file</source>
        <translation>c&apos;est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>it is not a regular file but a device, a pipe or a socket</source>
        <translation>ce n&apos;est pas un fichier ordinaire mais un périphérique, un tube ou un socket</translation>
    </message>
    <message>
        <source>it is larger than the limit of %1</source>
        <translation>il dépasse la limite de %1</translation>
    </message>
</context>
<context>
    <name>JsonText</name>
    <message>
        <source>a boolean</source>
        <translation>un booléen</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
</context>
<context>
    <name>LoginUrls</name>
    <message>
        <source>Enter your org&apos;s My Domain URL, such as https://acme.my.salesforce.com.</source>
        <translation>Saisissez l&apos;URL My Domain de votre org, par exemple https://acme.my.salesforce.com.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a URL.</source>
        <translation>« %1 » n&apos;est pas une URL.</translation>
    </message>
    <message>
        <source>The My Domain URL must start with https://.</source>
        <translation>L&apos;URL My Domain doit commencer par https://.</translation>
    </message>
    <message>
        <source>%1 is not a Salesforce domain (…my.salesforce.com). If your org really is reached through its own domain, tick &quot;custom host&quot;.</source>
        <translation>%1 n&apos;est pas un domaine Salesforce (…my.salesforce.com). Si votre org est vraiment accessible par son propre domaine, cochez « Hôte personnalisé ».</translation>
    </message>
</context>
<context>
    <name>LoopbackRedirectListener</name>
    <message>
        <source>Callbridge</source>
        <translation>Callbridge</translation>
    </message>
    <message>
        <source>Port %1 is already in use by another program (the Salesforce CLI uses 1717 too). Close that program, or choose another port and add http://localhost:%2%3 to the app&apos;s callback URLs.</source>
        <translation>Le port %1 est déjà utilisé par un autre programme (Salesforce CLI utilise aussi 1717). Fermez ce programme, ou choisissez un autre port et ajoutez http://localhost:%2%3 aux URL de rappel de l&apos;application.</translation>
    </message>
    <message>
        <source>Cannot listen on port %1: %2</source>
        <translation>Impossible d&apos;écouter sur le port %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Callbridge ignored this request: it is not from this login. If you are connecting Callbridge to Salesforce, finish the login in the browser tab that Callbridge opened.</source>
        <translation>Callbridge a ignoré cette requête&#xa0;: elle ne vient pas de cette connexion. Si vous connectez Callbridge à Salesforce, terminez la connexion dans l&apos;onglet du navigateur ouvert par Callbridge.</translation>
    </message>
    <message>
        <source>Callbridge received the answer from Salesforce and comes back to the front to finish. You can close this tab. If Callbridge&apos;s window is not in front, switch to it.</source>
        <translation>Callbridge a reçu la réponse de Salesforce et revient au premier plan pour terminer. Vous pouvez fermer cet onglet. Si la fenêtre de Callbridge n&apos;est pas au premier plan, passez-y.</translation>
    </message>
</context>
<context>
    <name>OAuthProblems</name>
    <message>
        <source>Salesforce allows the client credentials flow only on the org&apos;s own My Domain login URL, never on login.salesforce.com or test.salesforce.com. Use https://&lt;your domain&gt;.my.salesforce.com (a sandbox: https://&lt;your domain&gt;--&lt;sandbox&gt;.sandbox.my.salesforce.com); Setup &gt; My Domain shows it.</source>
        <translation>Salesforce n&apos;autorise le flux d&apos;identifiants client que sur l&apos;URL de connexion My Domain propre à l&apos;org, jamais sur login.salesforce.com ni test.salesforce.com. Utilisez https://&lt;votre domaine&gt;.my.salesforce.com (pour une sandbox&#xa0;: https://&lt;votre domaine&gt;--&lt;sandbox&gt;.sandbox.my.salesforce.com)&#xa0;; Setup &gt; My Domain l&apos;affiche.</translation>
    </message>
    <message>
        <source>%1 cannot be used here. %2</source>
        <translation>Impossible d&apos;utiliser %1 ici. %2</translation>
    </message>
    <message>
        <source>Salesforce granted no refresh token, so this connection lasts until Callbridge quits. Add the scope &quot;Perform requests at any time (refresh_token, offline_access)&quot; to the app (Setup &gt; External Client App Manager &gt; the app &gt; Edit Settings &gt; OAuth Settings &gt; Selected OAuth Scopes), then connect again.</source>
        <translation>Salesforce n&apos;a accordé aucun jeton d&apos;actualisation&#xa0;; cette connexion dure donc jusqu&apos;à la fermeture de Callbridge. Ajoutez la portée «&#xa0;Perform requests at any time (refresh_token, offline_access)&#xa0;» à l&apos;application (Setup &gt; External Client App Manager &gt; l&apos;application &gt; Edit Settings &gt; OAuth Settings &gt; Selected OAuth Scopes), puis connectez-vous à nouveau.</translation>
    </message>
    <message>
        <source>Salesforce does not know this consumer key in this org. Copy it again from Setup &gt; External Client App Manager &gt; the app &gt; Settings &gt; OAuth Settings &gt; Consumer Key and Secret. The platform&apos;s app must be installed in this org first (Setup &gt; Installed Packages).</source>
        <translation>Salesforce ne connaît pas cette clé du consommateur dans cette org. Copiez-la à nouveau depuis Setup &gt; External Client App Manager &gt; l&apos;application &gt; Settings &gt; OAuth Settings &gt; Consumer Key and Secret. L&apos;application de la plateforme doit d&apos;abord être installée dans cette org (Setup &gt; Installed Packages).</translation>
    </message>
    <message>
        <source>The consumer secret is missing or wrong. Enter the app&apos;s consumer secret on the Salesforce app page (Setup &gt; External Client App Manager &gt; the app &gt; Settings &gt; OAuth Settings &gt; Consumer Key and Secret), or, for an app that must work without one, turn off &quot;Require Secret for Web Server Flow&quot; and &quot;Require Secret for Refresh Token Flow&quot; in the app&apos;s OAuth settings.</source>
        <translation>Le secret du consommateur est absent ou erroné. Saisissez le secret du consommateur de l&apos;application sur la page «&#xa0;Application Salesforce&#xa0;» (Setup &gt; External Client App Manager &gt; l&apos;application &gt; Settings &gt; OAuth Settings &gt; Consumer Key and Secret) ou, pour une application qui doit fonctionner sans secret, désactivez «&#xa0;Require Secret for Web Server Flow&#xa0;» et «&#xa0;Require Secret for Refresh Token Flow&#xa0;» dans les paramètres OAuth de l&apos;application.</translation>
    </message>
    <message>
        <source>The app&apos;s Permitted Users policy is &quot;Admin approved users are pre-authorized&quot; and this user is not approved. In Setup &gt; External Client App Manager &gt; the app &gt; Policies &gt; App Policies, select the user&apos;s profile or a permission set assigned to the user.</source>
        <translation>La stratégie Permitted Users de l&apos;application est «&#xa0;Admin approved users are pre-authorized&#xa0;» et cet utilisateur n&apos;est pas approuvé. Dans Setup &gt; External Client App Manager &gt; l&apos;application &gt; Policies &gt; App Policies, sélectionnez le profil de l&apos;utilisateur ou un ensemble d&apos;autorisations qui lui est attribué.</translation>
    </message>
    <message>
        <source>The app is not installed in this org. Install the platform&apos;s package (Setup &gt; Installed Packages), or, for an app created in this org, log in through the org&apos;s My Domain.</source>
        <translation>L&apos;application n&apos;est pas installée dans cette org. Installez le package de la plateforme (Setup &gt; Installed Packages) ou, pour une application créée dans cette org, connectez-vous via le My Domain de l&apos;org.</translation>
    </message>
    <message>
        <source>An administrator blocked the app in this org. Unblock it in Setup &gt; Connected Apps OAuth Usage.</source>
        <translation>Un administrateur a bloqué l&apos;application dans cette org. Débloquez-la dans Setup &gt; Connected Apps OAuth Usage.</translation>
    </message>
    <message>
        <source>Salesforce refused this computer&apos;s IP address. In Setup &gt; External Client App Manager &gt; the app &gt; Policies &gt; OAuth Policies, set IP Relaxation to &quot;Relax IP restrictions&quot;, or add this network to the Login IP Ranges of the user&apos;s profile.</source>
        <translation>Salesforce a refusé l&apos;adresse IP de cet ordinateur. Dans Setup &gt; External Client App Manager &gt; l&apos;application &gt; Policies &gt; OAuth Policies, réglez IP Relaxation sur «&#xa0;Relax IP restrictions&#xa0;», ou ajoutez ce réseau aux Login IP Ranges du profil de l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Callbridge&apos;s callback URL is %1, and the app does not list it. In Setup &gt; External Client App Manager &gt; the app &gt; Settings &gt; OAuth Settings, the Callback URL must be exactly %1 (or choose the callback port the app lists).</source>
        <translation>L&apos;URL de rappel de Callbridge est %1, et elle ne figure pas dans la liste de l&apos;application. Dans Setup &gt; External Client App Manager &gt; l&apos;application &gt; Settings &gt; OAuth Settings, le champ Callback URL doit être exactement %1 (ou choisissez le port de rappel qui figure dans la liste de l&apos;application).</translation>
    </message>
    <message>
        <source>http://localhost:&lt;port&gt;/OauthRedirect</source>
        <translation>http://localhost:&lt;port&gt;/OauthRedirect</translation>
    </message>
    <message>
        <source>Access was denied on Salesforce&apos;s page. Start again and choose Allow.</source>
        <translation>L&apos;accès a été refusé sur la page de Salesforce. Recommencez et choisissez «&#xa0;Allow&#xa0;» (Autoriser).</translation>
    </message>
    <message>
        <source>The app requires PKCE and the code challenge did not arrive; start the login again.</source>
        <translation>L&apos;application exige PKCE et le code challenge n&apos;est pas arrivé&#xa0;; relancez la connexion.</translation>
    </message>
    <message>
        <source>The app does not offer the scopes asked for. Its Selected OAuth Scopes need &quot;Manage user data via APIs (api)&quot; and &quot;Perform requests at any time (refresh_token, offline_access)&quot;.</source>
        <translation>L&apos;application ne propose pas les portées demandées. Ses Selected OAuth Scopes doivent contenir «&#xa0;Manage user data via APIs (api)&#xa0;» et «&#xa0;Perform requests at any time (refresh_token, offline_access)&#xa0;».</translation>
    </message>
    <message>
        <source>The user is deactivated. Reactivate the user in Setup &gt; Users, or connect as another user.</source>
        <translation>L&apos;utilisateur est désactivé. Réactivez-le dans Setup &gt; Users, ou connectez-vous avec un autre utilisateur.</translation>
    </message>
    <message>
        <source>The saved sign-in no longer works: it was revoked, it expired under the app&apos;s refresh token policy, or a rotated one was used twice. Connect again in the browser. To keep sign-ins, set the app&apos;s Refresh Token Policy to &quot;Refresh token is valid until revoked&quot; (Policies &gt; OAuth Policies).</source>
        <translation>La connexion enregistrée ne fonctionne plus&#xa0;: elle a été révoquée, elle a expiré selon la stratégie de jeton d&apos;actualisation de l&apos;application, ou une connexion renouvelée a été utilisée deux fois. Connectez-vous à nouveau dans le navigateur. Pour conserver les connexions, réglez la Refresh Token Policy de l&apos;application sur «&#xa0;Refresh token is valid until revoked&#xa0;» (Policies &gt; OAuth Policies).</translation>
    </message>
    <message>
        <source>Salesforce refused the login (%1: %2).</source>
        <translation>Salesforce a refusé la connexion (%1&#xa0;: %2).</translation>
    </message>
</context>
<context>
    <name>PermissionEvaluator</name>
    <message>
        <source>API Enabled</source>
        <translation>API activée</translation>
    </message>
    <message>
        <source>View All Users</source>
        <translation>Afficher tous les utilisateurs</translation>
    </message>
    <message>
        <source>View Setup and Configuration</source>
        <translation>Afficher la configuration</translation>
    </message>
    <message>
        <source>Edit Tasks</source>
        <translation>Modifier les tâches</translation>
    </message>
    <message>
        <source>Edit Events</source>
        <translation>Modifier les événements</translation>
    </message>
    <message>
        <source>Access Activities</source>
        <translation>Accéder aux activités</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lire</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>View All</source>
        <translation>Afficher tout</translation>
    </message>
    <message>
        <source>Modify All</source>
        <translation>Modifier tout</translation>
    </message>
    <message>
        <source>Without View All Records the user sees only the records its role and sharing rules allow: calls are not matched to the records it cannot see.</source>
        <translation>Sans « Afficher tous les enregistrements », l&apos;utilisateur ne voit que les enregistrements que son rôle et les règles de partage autorisent&#xa0;: les appels ne sont pas associés aux enregistrements qu&apos;il ne voit pas.</translation>
    </message>
    <message>
        <source>Nothing works without API access.</source>
        <translation>Rien ne fonctionne sans accès à l&apos;API.</translation>
    </message>
    <message>
        <source>The import misses this data, so calls are not matched to it.</source>
        <translation>L&apos;importation manque ces données, donc les appels ne leur sont pas associés.</translation>
    </message>
    <message>
        <source>User provisioning cannot read every user and the manager hierarchy.</source>
        <translation>Le provisionnement des utilisateurs ne peut pas lire tous les utilisateurs ni la hiérarchie des responsables.</translation>
    </message>
    <message>
        <source>Calls cannot be exported as tasks.</source>
        <translation>Les appels ne peuvent pas être exportés en tâches.</translation>
    </message>
    <message>
        <source>Calls cannot be exported as events.</source>
        <translation>Les appels ne peuvent pas être exportés en événements.</translation>
    </message>
    <message>
        <source>Calls cannot be pushed to the Conversation object (is the managed package installed?).</source>
        <translation>Les appels ne peuvent pas être envoyés vers l&apos;objet Conversation (le package géré est-il installé&#xa0;?).</translation>
    </message>
    <message>
        <source>Deal boards and forecasts lack team members, splits or products.</source>
        <translation>Il manque aux tableaux de deals et aux prévisions les membres d&apos;équipe, les répartitions ou les produits.</translation>
    </message>
    <message>
        <source>Engage cannot update these records.</source>
        <translation>Engage ne peut pas mettre à jour ces enregistrements.</translation>
    </message>
    <message>
        <source>The recommended integration setup is not in place.</source>
        <translation>La configuration d&apos;intégration recommandée n&apos;est pas en place.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Setup &gt; Permission Sets &gt; %1 &gt; Object Settings &gt; %2 &gt; %3</source>
        <translation>Configuration &gt; Ensembles d&apos;autorisations &gt; %1 &gt; Paramètres d&apos;objet &gt; %2 &gt; %3</translation>
    </message>
    <message>
        <source>Setup &gt; Permission Sets &gt; %1 &gt; System Permissions &gt; Access Activities and %2</source>
        <translation>Configuration &gt; Ensembles d&apos;autorisations &gt; %1 &gt; Autorisations système &gt; Accéder aux activités et %2</translation>
    </message>
    <message>
        <source>%1 is not visible to the user: the package is not installed, or the user has no access to it.</source>
        <translation>%1 n&apos;est pas visible par l&apos;utilisateur&#xa0;: le package n&apos;est pas installé, ou l&apos;utilisateur n&apos;y a pas accès.</translation>
    </message>
    <message>
        <source>The user cannot see %1 at all.</source>
        <translation>L&apos;utilisateur ne voit pas du tout %1.</translation>
    </message>
    <message>
        <source>Granted by %1.</source>
        <translation>Accordé par %1.</translation>
    </message>
    <message>
        <source>The user does not have %1 on %2.</source>
        <translation>L&apos;utilisateur n&apos;a pas %1 sur %2.</translation>
    </message>
    <message numerus="yes">
        <source>It sees %Ln of the %1 records; how many exist, only a user with View All can tell.</source>
        <translation>
            <numerusform>Il voit %Ln des enregistrements %1&#xa0;; combien il en existe, seul un utilisateur avec « Afficher tout » peut le dire.</numerusform>
            <numerusform>Il voit %Ln des enregistrements %1&#xa0;; combien il en existe, seul un utilisateur avec « Afficher tout » peut le dire.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not checked: reading the permission records needs View Setup and Configuration.</source>
        <translation>Non vérifié&#xa0;: lire les enregistrements d&apos;autorisations exige « Afficher la configuration ».</translation>
    </message>
    <message numerus="yes">
        <source>The user sees %Ln %1 records.</source>
        <translation>
            <numerusform>L&apos;utilisateur voit %Ln enregistrement %1.</numerusform>
            <numerusform>L&apos;utilisateur voit %Ln enregistrements %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Setup &gt; Permission Sets &gt; %1 &gt; System Permissions &gt; %2</source>
        <translation>Configuration &gt; Ensembles d&apos;autorisations &gt; %1 &gt; Autorisations système &gt; %2</translation>
    </message>
    <message>
        <source>The API answered this audit.</source>
        <translation>L&apos;API a répondu à cet audit.</translation>
    </message>
    <message>
        <source>Neither the profile nor any assigned permission set grants %1.</source>
        <translation>Ni le profil ni aucun ensemble d&apos;autorisations attribué n&apos;accorde %1.</translation>
    </message>
    <message>
        <source>Required fields readable (%1)</source>
        <translation>Champs obligatoires lisibles (%1)</translation>
    </message>
    <message>
        <source>Every required field is readable.</source>
        <translation>Chaque champ obligatoire est lisible.</translation>
    </message>
    <message>
        <source>Field-level security hides %1.</source>
        <translation>La sécurité au niveau du champ masque %1.</translation>
    </message>
    <message>
        <source>The integration reads these fields itself; it cannot work without them.</source>
        <translation>L&apos;intégration lit ces champs elle-même&#xa0;; elle ne peut pas fonctionner sans eux.</translation>
    </message>
    <message>
        <source>Setup &gt; Permission Sets &gt; %1 &gt; Object Settings &gt; %2 &gt; Field Permissions &gt; Read Access on %3</source>
        <translation>Configuration &gt; Ensembles d&apos;autorisations &gt; %1 &gt; Paramètres d&apos;objet &gt; %2 &gt; Autorisations de champ &gt; Accès en lecture sur %3</translation>
    </message>
    <message>
        <source>User license: %1</source>
        <translation>Licence utilisateur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Permission set license: %1</source>
        <translation>Licence d&apos;ensemble d&apos;autorisations&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not checked: reading the profile needs View Setup and Configuration.</source>
        <translation>Non vérifié&#xa0;: lire le profil exige « Afficher la configuration ».</translation>
    </message>
    <message>
        <source>%1 is on a full Salesforce license, usually a real person. If the user who connects the integration is deactivated, the integration disconnects: use a dedicated integration user that will not be deactivated.</source>
        <translation>%1 a une licence Salesforce complète, généralement une vraie personne. Si l&apos;utilisateur qui connecte l&apos;intégration est désactivé, l&apos;intégration se déconnecte&#xa0;: utilisez un utilisateur d&apos;intégration dédié qui ne sera pas désactivé.</translation>
    </message>
    <message>
        <source>The user&apos;s license is %1.</source>
        <translation>La licence de l&apos;utilisateur est %1.</translation>
    </message>
    <message>
        <source>Setup &gt; Users &gt; New User: User License &quot;Salesforce Integration&quot;, Profile &quot;Minimum Access - API Only Integrations&quot;</source>
        <translation>Configuration &gt; Utilisateurs &gt; Nouvel utilisateur&#xa0;: Licence utilisateur « Salesforce Integration », Profil « Minimum Access - API Only Integrations »</translation>
    </message>
    <message>
        <source>Not checked: reading license assignments needs View Setup and Configuration or Assign Permission Sets.</source>
        <translation>Non vérifié&#xa0;: lire les attributions de licences exige « Afficher la configuration » ou « Attribuer des ensembles d&apos;autorisations ».</translation>
    </message>
    <message>
        <source>The user has no %1 permission set license.</source>
        <translation>L&apos;utilisateur n&apos;a pas de licence d&apos;ensemble d&apos;autorisations %1.</translation>
    </message>
    <message>
        <source>Setup &gt; Users &gt; %1 &gt; Permission Set License Assignments &gt; Edit Assignments &gt; %2</source>
        <translation>Configuration &gt; Utilisateurs &gt; %1 &gt; Attributions de licences d&apos;ensemble d&apos;autorisations &gt; Modifier les attributions &gt; %2</translation>
    </message>
    <message>
        <source>The Salesforce API Integration license grants the system permissions tasks and events need; the Salesforce Integration license makes an API-only user that is not a person.</source>
        <translation>La licence Salesforce API Integration accorde les autorisations système dont les tâches et les événements ont besoin&#xa0;; la licence Salesforce Integration crée un utilisateur API uniquement, qui n&apos;est pas une personne.</translation>
    </message>
    <message>
        <source>&lt;your integration permission set&gt;</source>
        <translation>&lt;votre ensemble d&apos;autorisations d&apos;intégration&gt;</translation>
    </message>
</context>
<context>
    <name>PermissionFixLine</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: Read Access</source>
        <translation>%1&#xa0;: Accès en lecture</translation>
    </message>
    <message>
        <source>Permission set license: %1</source>
        <translation>Licence d&apos;ensemble d&apos;autorisations&#xa0;: %1</translation>
    </message>
    <message>
        <source>Permission set assigned: %1</source>
        <translation>Ensemble d&apos;autorisations attribué&#xa0;: %1</translation>
    </message>
    <message>
        <source>fixes %1</source>
        <translation>corrige %1</translation>
    </message>
    <message>
        <source>required by Salesforce for %1</source>
        <translation>exigé par Salesforce pour %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Setup &gt; Permission Sets &gt; %1 &gt; System Permissions &gt; %2</source>
        <translation>Configuration &gt; Ensembles d&apos;autorisations &gt; %1 &gt; Autorisations système &gt; %2</translation>
    </message>
    <message>
        <source>Setup &gt; Permission Sets &gt; %1 &gt; Object Settings &gt; %2 &gt; %3</source>
        <translation>Configuration &gt; Ensembles d&apos;autorisations &gt; %1 &gt; Paramètres d&apos;objet &gt; %2 &gt; %3</translation>
    </message>
    <message>
        <source>Setup &gt; Permission Sets &gt; %1 &gt; Object Settings &gt; %2 &gt; Field Permissions &gt; %3 &gt; Read Access</source>
        <translation>Configuration &gt; Ensembles d&apos;autorisations &gt; %1 &gt; Paramètres d&apos;objet &gt; %2 &gt; Autorisations de champ &gt; %3 &gt; Accès en lecture</translation>
    </message>
    <message>
        <source>Setup &gt; Users &gt; %1 &gt; Permission Set License Assignments &gt; Edit Assignments &gt; %2</source>
        <translation>Configuration &gt; Utilisateurs &gt; %1 &gt; Attributions de licences d&apos;ensemble d&apos;autorisations &gt; Modifier les attributions &gt; %2</translation>
    </message>
    <message>
        <source>Setup &gt; Users &gt; %1 &gt; Permission Set Assignments &gt; Edit Assignments &gt; %2</source>
        <translation>Configuration &gt; Utilisateurs &gt; %1 &gt; Attributions d&apos;ensembles d&apos;autorisations &gt; Modifier les attributions &gt; %2</translation>
    </message>
</context>
<context>
    <name>PermissionFixPlan</name>
    <message>
        <source>%1: which of its fields need field permissions could not be read; audit again after the fix.</source>
        <translation>%1&#xa0;: impossible de lire lesquels de ses champs ont besoin d&apos;autorisations de champ&#xa0;; relancez l&apos;audit après la correction.</translation>
    </message>
    <message>
        <source>Created by Callbridge on %1 for %2: what the permission audit found missing.</source>
        <translation>Créé par Callbridge le %1 pour %2&#xa0;: ce que l&apos;audit des autorisations a trouvé manquant.</translation>
    </message>
    <message>
        <source>%1: not checked, so not in the fix.</source>
        <translation>%1&#xa0;: non vérifié, donc absent de la correction.</translation>
    </message>
    <message>
        <source>%1: %2 is not available to grant here (is the package installed, the feature enabled?); an admin can audit this user to include it.</source>
        <translation>%1&#xa0;: %2 ne peut pas être accordé ici (le package est-il installé, la fonctionnalité activée&#xa0;?)&#xa0;; un administrateur peut auditer cet utilisateur pour l&apos;inclure.</translation>
    </message>
    <message>
        <source>%1: a user license is chosen when the user is created; a permission set cannot change it.</source>
        <translation>%1&#xa0;: la licence utilisateur se choisit à la création de l&apos;utilisateur&#xa0;; un ensemble d&apos;autorisations ne peut pas la changer.</translation>
    </message>
    <message>
        <source>Nothing to fix: the audit found nothing missing that a permission set can grant.</source>
        <translation>Rien à corriger&#xa0;: l&apos;audit n&apos;a rien trouvé de manquant qu&apos;un ensemble d&apos;autorisations puisse accorder.</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1&#xa0;: %2 → %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Checklist: the fix by hand</source>
        <translation>Liste de contrôle&#xa0;: la correction à la main</translation>
    </message>
</context>
<context>
    <name>PermissionSetMetadata</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
</context>
<context>
    <name>ProvisioningPlan</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Manager email</source>
        <translation>E-mail du responsable</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>SalesforceError</name>
    <message>
        <source>HTTP status %1</source>
        <translation>Statut HTTP %1</translation>
    </message>
    <message>
        <source>Could not reach Salesforce: %1</source>
        <translation>Impossible de joindre Salesforce&#xa0;: %1</translation>
    </message>
    <message>
        <source>Salesforce did not answer in time.</source>
        <translation>Salesforce n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Refused to send a request over plain http to %1: Salesforce is only reached over https.</source>
        <translation>Envoi d&apos;une requête en http simple vers %1 refusé&#xa0;: Salesforce n&apos;est joint qu&apos;en https.</translation>
    </message>
    <message>
        <source>The secure connection to Salesforce failed: %1</source>
        <translation>La connexion sécurisée à Salesforce a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>The Salesforce session expired and could not be renewed.</source>
        <translation>La session Salesforce a expiré et n&apos;a pas pu être renouvelée.</translation>
    </message>
    <message>
        <source>Salesforce no longer accepts this connection (%1). Reconnect to continue; your setup is kept.</source>
        <translation>Salesforce n&apos;accepte plus cette connexion (%1). Reconnectez-vous pour continuer&#xa0;; votre configuration est conservée.</translation>
    </message>
    <message>
        <source>The org has used up its daily API requests. Salesforce counts them over a rolling 24 hours; try again later.</source>
        <translation>L&apos;org a épuisé ses requêtes d&apos;API quotidiennes. Salesforce les compte sur 24 heures glissantes&#xa0;; réessayez plus tard.</translation>
    </message>
    <message>
        <source>Salesforce sent an answer Callbridge could not read: %1</source>
        <translation>Salesforce a envoyé une réponse que Callbridge n&apos;a pas pu lire&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 received nothing for %2 s</source>
        <translation>%1 n&apos;a rien reçu pendant %2&#xa0;s</translation>
    </message>
    <message>
        <source>%1 was not answered in full within %2 s</source>
        <translation>%1 n&apos;a pas reçu de réponse complète en %2&#xa0;s</translation>
    </message>
    <message>
        <source>Salesforce did not answer in time: %1.</source>
        <translation>Salesforce n&apos;a pas répondu à temps&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Salesforce answered with a redirect to %1; Callbridge does not follow redirects with your credentials.</source>
        <translation>Salesforce a répondu par une redirection vers %1&#xa0;; Callbridge ne suit pas les redirections avec vos identifiants.</translation>
    </message>
    <message>
        <source>Salesforce pointed Callbridge to %1, which is not on the org&apos;s instance; Callbridge does not send your credentials anywhere else.</source>
        <translation>Salesforce a renvoyé Callbridge vers %1, qui n&apos;est pas sur l&apos;instance de l&apos;org&#xa0;; Callbridge n&apos;envoie vos identifiants nulle part ailleurs.</translation>
    </message>
    <message>
        <source>The request was too long for Salesforce (HTTP %1): its address and headers may take 16,384 bytes</source>
        <translation>La requête était trop longue pour Salesforce (HTTP %1)&#xa0;: son adresse et ses en-têtes ne peuvent pas dépasser 16&#xa0;384 octets au total</translation>
    </message>
    <message>
        <source>Salesforce is running too many long requests for this org at once (%1). This clears within seconds to minutes; try again shortly.</source>
        <translation>Salesforce exécute trop de requêtes longues à la fois pour cette org (%1). Cela se résorbe en quelques secondes à quelques minutes&#xa0;; réessayez sous peu.</translation>
    </message>
</context>
<context>
    <name>SetupStep</name>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Autorisations</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Champs</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Export filter</source>
        <translation>Filtre d&apos;export</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Connect to your Salesforce org (production, sandbox or My Domain) with OAuth, as a dedicated integration user.</source>
        <translation>Connectez-vous à votre org Salesforce (production, sandbox ou My Domain) avec OAuth, en tant qu&apos;utilisateur d&apos;intégration dédié.</translation>
    </message>
    <message>
        <source>Check the integration user&apos;s object, field and system permissions against what the integration needs.</source>
        <translation>Vérifiez les autorisations d&apos;objet, de champ et système de l&apos;utilisateur d&apos;intégration par rapport aux besoins de l&apos;intégration.</translation>
    </message>
    <message>
        <source>Choose which Salesforce fields are imported: required fields stay selected, unsupported ones cannot be chosen.</source>
        <translation>Choisissez les champs Salesforce importés&#xa0;: les champs obligatoires restent sélectionnés, les champs non pris en charge ne peuvent pas être choisis.</translation>
    </message>
    <message>
        <source>Import the Salesforce users with their manager hierarchy and choose who is recorded.</source>
        <translation>Importez les utilisateurs Salesforce avec leur hiérarchie de responsables et choisissez qui est enregistré.</translation>
    </message>
    <message>
        <source>Decide which recorded calls are exported to Salesforce.</source>
        <translation>Décidez quels appels enregistrés sont exportés vers Salesforce.</translation>
    </message>
    <message>
        <source>See which calls will export and which records each one attaches to, before anything is sent.</source>
        <translation>Voyez quels appels seront exportés et à quels enregistrements chacun se rattache, avant tout envoi.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Use a dedicated integration user.&lt;/b&gt; The integration can read and change whatever the connecting user can. If that user is deactivated, the integration disconnects, so connect as a user that is not a real person in the company and will not be deactivated.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Licenses.&lt;/b&gt; Salesforce offers integration licenses: the &lt;i&gt;Salesforce Integration&lt;/i&gt; user license makes an API-only user for reading data, and the &lt;i&gt;Salesforce API Integration&lt;/i&gt; permission set license adds the system permissions that creating tasks and events needs.&lt;/p&gt;&lt;p&gt;&lt;b&gt;OAuth.&lt;/b&gt; Callbridge signs in through Salesforce&apos;s own login page. It never sees the password; it keeps only the refresh token, in this computer&apos;s keychain.&lt;/p&gt;&lt;p&gt;&lt;b&gt;One org at a time.&lt;/b&gt; Production or a sandbox, never both: calls go to the org that is connected now.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Utilisez un utilisateur d&apos;intégration dédié.&lt;/b&gt; L&apos;intégration peut lire et modifier tout ce que l&apos;utilisateur connecté peut lire et modifier. Si cet utilisateur est désactivé, l&apos;intégration se déconnecte&#xa0;: connectez-vous donc avec un utilisateur qui n&apos;est pas une vraie personne de l&apos;entreprise et ne sera pas désactivé.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Licences.&lt;/b&gt; Salesforce propose des licences d&apos;intégration&#xa0;: la licence utilisateur &lt;i&gt;Salesforce Integration&lt;/i&gt; crée un utilisateur API uniquement pour lire les données, et la licence d&apos;ensemble d&apos;autorisations &lt;i&gt;Salesforce API Integration&lt;/i&gt; ajoute les autorisations système nécessaires pour créer des tâches et des événements.&lt;/p&gt;&lt;p&gt;&lt;b&gt;OAuth.&lt;/b&gt; Callbridge se connecte par la page de connexion de Salesforce elle-même. Il ne voit jamais le mot de passe&#xa0;; il ne garde que le jeton d&apos;actualisation, dans le trousseau de cet ordinateur.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Une seule org à la fois.&lt;/b&gt; La production ou une sandbox, jamais les deux&#xa0;: les appels vont vers l&apos;org connectée en ce moment.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Salesforce separates what a user can &lt;i&gt;do&lt;/i&gt; from what it can &lt;i&gt;see&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Do:&lt;/b&gt; object and field permissions, from the profile (one per user) and permission sets (added on top). The integration needs Read on Account, Contact, Lead, Opportunity and User, API Enabled and View All Users; exporting calls needs Access Activities and Edit Tasks or Edit Events.&lt;/p&gt;&lt;p&gt;&lt;b&gt;See:&lt;/b&gt; the role and sharing rules. With Read alone the user sees only the records its role allows, and calls are not matched to the others. &lt;i&gt;View All&lt;/i&gt; on an object overrides the role for that object.&lt;/p&gt;&lt;p&gt;If you use task record types, give the integration user access to them too.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Salesforce distingue ce qu&apos;un utilisateur peut &lt;i&gt;faire&lt;/i&gt; de ce qu&apos;il peut &lt;i&gt;voir&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Faire&#xa0;:&lt;/b&gt; les autorisations d&apos;objet et de champ, issues du profil (un par utilisateur) et des ensembles d&apos;autorisations (ajoutés par-dessus). L&apos;intégration a besoin de Lire sur Compte, Contact, Piste, Opportunité et Utilisateur, d&apos;« API activée » et d&apos;« Afficher tous les utilisateurs »&#xa0;; l&apos;export des appels a besoin d&apos;« Accéder aux activités » et de « Modifier les tâches » ou « Modifier les événements ».&lt;/p&gt;&lt;p&gt;&lt;b&gt;Voir&#xa0;:&lt;/b&gt; le rôle et les règles de partage. Avec Lire seul, l&apos;utilisateur ne voit que les enregistrements que son rôle autorise, et les appels ne sont pas associés aux autres. &lt;i&gt;Afficher tout&lt;/i&gt; sur un objet prime sur le rôle pour cet objet.&lt;/p&gt;&lt;p&gt;Si vous utilisez des types d&apos;enregistrement de tâche, donnez-y aussi accès à l&apos;utilisateur d&apos;intégration.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Required&lt;/b&gt; fields are read by the integration itself (ids, emails, owners, modification stamps): they cannot be deselected, and the integration does not work if the user cannot read them. &lt;b&gt;Recommended&lt;/b&gt; fields make filters, deal boards and matching better. Any other supported field can be added.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Not supported:&lt;/b&gt; multi-select picklists, address and location (compound) fields, and encrypted fields. Long text is trimmed to 10,000 characters. References to users are supported; references to objects the integration does not import are not.&lt;/p&gt;&lt;p&gt;A formula field is imported as its result type. Changing a formula&apos;s inputs elsewhere does not mark the record as modified, so its value can lag until the record changes.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Les champs &lt;b&gt;obligatoires&lt;/b&gt; sont lus par l&apos;intégration elle-même (ids, adresses e-mail, propriétaires, horodatages de modification)&#xa0;: ils ne peuvent pas être désélectionnés, et l&apos;intégration ne fonctionne pas si l&apos;utilisateur ne peut pas les lire. Les champs &lt;b&gt;recommandés&lt;/b&gt; améliorent les filtres, les tableaux de deals et l&apos;association. Tout autre champ pris en charge peut être ajouté.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Non pris en charge&#xa0;:&lt;/b&gt; les listes de sélection multiple, les champs d&apos;adresse et de géolocalisation (composés) et les champs chiffrés. Le texte long est tronqué à 10 000 caractères. Les références aux utilisateurs sont prises en charge&#xa0;; les références à des objets que l&apos;intégration n&apos;importe pas ne le sont pas.&lt;/p&gt;&lt;p&gt;Un champ de formule est importé selon son type de résultat. Modifier ailleurs les entrées d&apos;une formule ne marque pas l&apos;enregistrement comme modifié&#xa0;; sa valeur peut donc être en retard jusqu&apos;à ce que l&apos;enregistrement change.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Provisioning reads every Salesforce user&apos;s name, email, title and manager, and builds the team structure from the manager hierarchy.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Recorded users&lt;/b&gt; are the people whose calls are recorded. Opportunities are imported only for recorded users&apos; deals, so choosing who is recorded also decides which opportunities are imported.&lt;/p&gt;&lt;p&gt;Problems in the hierarchy (a manager who is inactive or not imported, a loop, two users with one email) are marked on the user they affect; provisioning places each user under the nearest active manager.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Le provisionnement lit le nom, l&apos;adresse e-mail, le titre et le responsable de chaque utilisateur Salesforce, et construit la structure des équipes à partir de la hiérarchie des responsables.&lt;/p&gt;&lt;p&gt;Les &lt;b&gt;utilisateurs enregistrés&lt;/b&gt; sont les personnes dont les appels sont enregistrés. Les opportunités ne sont importées que pour les deals des utilisateurs enregistrés&#xa0;; choisir qui est enregistré décide donc aussi quelles opportunités sont importées.&lt;/p&gt;&lt;p&gt;Les problèmes de hiérarchie (un responsable inactif ou non importé, une boucle, deux utilisateurs avec la même adresse e-mail) sont signalés sur l&apos;utilisateur concerné&#xa0;; le provisionnement place chaque utilisateur sous le responsable actif le plus proche.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Only calls that pass the filter are exported. An empty filter exports every call.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Past calls.&lt;/b&gt; A new filter applies to new calls and to past calls when they are reprocessed: a tracker newly applies to the call, or a participant&apos;s Salesforce data changes. A past call the old filter excluded is then exported if it passes the new one.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Tasks or events.&lt;/b&gt; A task is a logged call with a status and an outcome; an event is a meeting with a start and an end on the calendar. Smart trackers can be added to the description.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Seuls les appels qui passent le filtre sont exportés. Un filtre vide exporte chaque appel.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Appels passés.&lt;/b&gt; Un nouveau filtre s&apos;applique aux nouveaux appels et aux appels passés lorsqu&apos;ils sont retraités&#xa0;: un tracker s&apos;applique nouvellement à l&apos;appel, ou les données Salesforce d&apos;un participant changent. Un appel passé que l&apos;ancien filtre excluait est alors exporté s&apos;il passe le nouveau.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Tâches ou événements.&lt;/b&gt; Une tâche est un appel consigné avec un statut et un résultat&#xa0;; un événement est une réunion avec un début et une fin dans le calendrier. Les smart trackers peuvent être ajoutés à la description.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Matching.&lt;/b&gt; Participants are matched to contacts and leads by email address, and to an account by the contacts&apos; account or the email domain (free-mail domains never match). The call goes to the account&apos;s open opportunity; with several, to the one owned by a participant, else the most recently modified.&lt;/p&gt;&lt;p&gt;&lt;b&gt;API usage.&lt;/b&gt; Each exported call costs one API request. The first export of past calls, or a tracker change that touches many calls, causes a spike.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Deletion.&lt;/b&gt; A call deleted on the platform, by hand or by the retention policy, is deleted from Salesforce too.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Association.&lt;/b&gt; Les participants sont associés aux contacts et aux pistes par adresse e-mail, et à un compte par le compte des contacts ou par le domaine de messagerie (les domaines de messagerie gratuite ne sont jamais associés). L&apos;appel va vers l&apos;opportunité ouverte du compte&#xa0;; s&apos;il y en a plusieurs, vers celle d&apos;un participant, sinon vers la plus récemment modifiée.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Consommation d&apos;API.&lt;/b&gt; Chaque appel exporté coûte une requête d&apos;API. Le premier export des appels passés, ou un changement de tracker qui touche de nombreux appels, provoque un pic.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Suppression.&lt;/b&gt; Un appel supprimé sur la plateforme, à la main ou par la politique de conservation, est aussi supprimé de Salesforce.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>SqliteRows</name>
    <message>
        <source>The local cache is not an SQLite database.</source>
        <translation>Le cache local n&apos;est pas une base SQLite.</translation>
    </message>
    <message>
        <source>Reading the local cache failed: %1</source>
        <translation>La lecture du cache local a échoué&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Production</source>
        <translation>Production</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>My Domain</source>
        <translation>My Domain</translation>
    </message>
    <message>
        <source>Demo org</source>
        <translation>Org de démonstration</translation>
    </message>
</context>
<context>
    <name>UserHierarchy</name>
    <message>
        <source>Manager %1 is not among the imported users.</source>
        <translation>Le responsable %1 ne figure pas parmi les utilisateurs importés.</translation>
    </message>
    <message>
        <source>Manager %1 is inactive.</source>
        <translation>Le responsable %1 est inactif.</translation>
    </message>
    <message>
        <source>The manager chain loops back to this user.</source>
        <translation>La chaîne des responsables revient à cet utilisateur.</translation>
    </message>
    <message>
        <source>Another user has the email address %1.</source>
        <translation>Un autre utilisateur a l&apos;adresse e-mail %1.</translation>
    </message>
</context>
<context>
    <name>callbridge::BrowserSignIn</name>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
</context>
<context>
    <name>callbridge::BulkQueryStream</name>
    <message>
        <source>a Bulk API query job was created without an id</source>
        <translation>une tâche de requête Bulk API a été créée sans id</translation>
    </message>
    <message>
        <source>a Bulk API query job in an unknown state &quot;%1&quot;</source>
        <translation>une tâche de requête Bulk API dans un état inconnu « %1 »</translation>
    </message>
    <message>
        <source>the CSV parser could not start</source>
        <translation>l&apos;analyseur CSV n&apos;a pas pu démarrer</translation>
    </message>
    <message>
        <source>Bulk API results for job %1 are not valid CSV after row %L2: %3</source>
        <translation>Les résultats Bulk API de la tâche %1 ne sont pas du CSV valide après la ligne %L2&#xa0;: %3</translation>
    </message>
    <message>
        <source>row %L1 has %L2 fields, the header %L3</source>
        <translation>la ligne %L1 a %L2 champs, l&apos;en-tête %L3</translation>
    </message>
    <message>
        <source>a Bulk API query job was created with the id &quot;%1&quot;, which is not a Salesforce id</source>
        <translation>une tâche de requête Bulk API a été créée avec l&apos;ID «&#xa0;%1&#xa0;», qui n&apos;est pas un ID Salesforce</translation>
    </message>
    <message>
        <source>the results of Bulk API job %1 are not CSV (Content-Type: %2)</source>
        <translation>les résultats de la tâche Bulk API %1 ne sont pas du CSV (Content-Type&#xa0;: %2)</translation>
    </message>
    <message>
        <source>the results of Bulk API job %1 held %L2 rows, but the job processed %L3</source>
        <translation>les résultats de la tâche Bulk API %1 contenaient %L2 lignes, mais la tâche en a traité %L3</translation>
    </message>
    <message>
        <source>Bulk API results for job %1 do not fit their header: %2</source>
        <translation>Les résultats Bulk API de la tâche %1 ne correspondent pas à leur en-tête&#xa0;: %2</translation>
    </message>
    <message>
        <source>Bulk API query job %1 was still %2 after %L3 s</source>
        <translation>La tâche de requête Bulk API %1 était encore à l&apos;état %2 après %L3 s</translation>
    </message>
</context>
<context>
    <name>callbridge::CallExportRun</name>
    <message>
        <source>Stopped to stay within the API budget: %L1 of the %L2 requests allowed (%3% of the %L4 remaining today). What is left is exported on the next run.</source>
        <translation>Arrêté pour rester dans le budget d&apos;API&#xa0;: %L1 des %L2 requêtes autorisées (%3 % des %L4 restantes aujourd&apos;hui). Le reste est exporté à la prochaine exécution.</translation>
    </message>
    <message>
        <source>Looking up what the org holds for these calls failed: %1</source>
        <translation>La recherche de ce que l&apos;org contient pour ces appels a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>The call&apos;s %1 records are more than one composite graph can hold.</source>
        <translation>Les %1 enregistrements de l&apos;appel dépassent ce qu&apos;un graphe composite peut contenir.</translation>
    </message>
    <message>
        <source>Salesforce&apos;s answer did not mention this call.</source>
        <translation>La réponse de Salesforce ne mentionnait pas cet appel.</translation>
    </message>
</context>
<context>
    <name>callbridge::ConfigDocument</name>
    <message>
        <source>the file cannot be read (%1)</source>
        <translation>le fichier ne peut pas être lu (%1)</translation>
    </message>
</context>
<context>
    <name>callbridge::ConnectionManager</name>
    <message>
        <source>There is no saved connection to reconnect. Connect to Salesforce first.</source>
        <translation>Il n&apos;y a pas de connexion enregistrée à rétablir. Connectez-vous d&apos;abord à Salesforce.</translation>
    </message>
    <message>
        <source>The keychain holds no sign-in for this org. Connect again.</source>
        <translation>Le trousseau ne contient aucune connexion pour cette org. Connectez-vous à nouveau.</translation>
    </message>
    <message>
        <source>The sign-in could not be read from the keychain: %1</source>
        <translation>La connexion n&apos;a pas pu être lue dans le trousseau&#xa0;: %1</translation>
    </message>
    <message>
        <source>Connected, but Salesforce did not show the organization and the user. Check that the user has API Enabled.</source>
        <translation>Connecté, mais Salesforce n&apos;a pas indiqué l&apos;organisation ni l&apos;utilisateur. Vérifiez que l&apos;utilisateur a « API activée ».</translation>
    </message>
    <message>
        <source>No keychain is available on this computer, so the connection lasts until Callbridge quits. Callbridge never stores the sign-in anywhere else.</source>
        <translation>Aucun trousseau n&apos;est disponible sur cet ordinateur&#xa0;; la connexion dure donc jusqu&apos;à la fermeture de Callbridge. Callbridge n&apos;enregistre jamais la connexion ailleurs.</translation>
    </message>
    <message>
        <source>The sign-in could not be stored in the keychain (%1), so the connection lasts until Callbridge quits.</source>
        <translation>La connexion n&apos;a pas pu être enregistrée dans le trousseau (%1)&#xa0;; elle dure donc jusqu&apos;à la fermeture de Callbridge.</translation>
    </message>
    <message>
        <source>Salesforce refused the client credentials (%1: %2). Check the consumer key (--client-id), the consumer secret (CALLBRIDGE_CLIENT_SECRET), and that the app enables the client credentials flow with a run-as user.</source>
        <translation>Salesforce a refusé les identifiants client (%1&#xa0;: %2). Vérifiez la clé du consommateur (--client-id), le secret du consommateur (CALLBRIDGE_CLIENT_SECRET) et que l&apos;application active le flux d&apos;identifiants client avec un utilisateur d&apos;exécution.</translation>
    </message>
    <message>
        <source>Salesforce answered with the organization id &quot;%1&quot;, which is not a Salesforce org id (15 or 18 letters and digits starting with 00D). Callbridge did not connect.</source>
        <translation>Salesforce a répondu avec l&apos;ID d&apos;organisation «&#xa0;%1&#xa0;», qui n&apos;est pas un ID d&apos;org Salesforce (15 ou 18 lettres et chiffres commençant par 00D). Callbridge ne s&apos;est pas connecté.</translation>
    </message>
    <message>
        <source>Salesforce answered with the user id &quot;%1&quot;, which is not a Salesforce user id (15 or 18 letters and digits starting with 005). Callbridge did not connect.</source>
        <translation>Salesforce a répondu avec l&apos;ID utilisateur «&#xa0;%1&#xa0;», qui n&apos;est pas un ID utilisateur Salesforce (15 ou 18 lettres et chiffres commençant par 005). Callbridge ne s&apos;est pas connecté.</translation>
    </message>
    <message>
        <source>Salesforce replaced the sign-in, and the new one could not be stored in the keychain (%1), so the connection lasts until Callbridge quits.</source>
        <translation>Salesforce a remplacé la connexion, et la nouvelle n&apos;a pas pu être enregistrée dans le trousseau (%1)&#xa0;; la connexion dure donc jusqu&apos;à la fermeture de Callbridge.</translation>
    </message>
    <message>
        <source>%1 refused the client credentials flow. %2</source>
        <translation>%1 a refusé le flux d&apos;identifiants client. %2</translation>
    </message>
    <message>
        <source>The consumer secret could not be read from the keychain: %1</source>
        <translation>Le secret du consommateur n&apos;a pas pu être lu dans le trousseau&#xa0;: %1</translation>
    </message>
    <message>
        <source>The consumer secret could not be stored in the keychain (%1), so the connection lasts until Callbridge quits.</source>
        <translation>Le secret du consommateur n&apos;a pas pu être enregistré dans le trousseau (%1)&#xa0;; la connexion dure donc jusqu&apos;à la fermeture de Callbridge.</translation>
    </message>
</context>
<context>
    <name>callbridge::ExportWorkspace</name>
    <message>
        <source>No org is connected.</source>
        <translation>Aucune org n&apos;est connectée.</translation>
    </message>
</context>
<context>
    <name>callbridge::FieldCatalogLoader</name>
    <message>
        <source>the describe request answered without any result</source>
        <translation>la requête describe a répondu sans aucun résultat</translation>
    </message>
    <message>
        <source>the describe request answered without %1</source>
        <translation>la requête describe a répondu sans %1</translation>
    </message>
</context>
<context>
    <name>callbridge::ImportOperation</name>
    <message>
        <source>Connect to Salesforce first.</source>
        <translation>Connectez-vous d&apos;abord à Salesforce.</translation>
    </message>
    <message>
        <source>Import cancelled before it read anything.</source>
        <translation>Importation annulée avant toute lecture.</translation>
    </message>
    <message>
        <source>Reading the fields failed: %1</source>
        <translation>La lecture des champs a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 is not an object Callbridge imports, or the integration user cannot read it</source>
        <translation>%1 n&apos;est pas un objet importé par Callbridge, ou l&apos;utilisateur d&apos;intégration ne peut pas le lire</translation>
    </message>
    <message>
        <source>Salesforce did not describe %1: %2</source>
        <translation>Salesforce n&apos;a pas décrit %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Waiting for Salesforce: %1 (%L2 s)</source>
        <translation>En attente de Salesforce&#xa0;: %1 (%L2&#xa0;s)</translation>
    </message>
</context>
<context>
    <name>callbridge::ImportRun</name>
    <message>
        <source>The local cache could not prepare %1: %2</source>
        <translation>Le cache local n&apos;a pas pu préparer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Import cancelled before it read anything.</source>
        <translation>Importation annulée avant toute lecture.</translation>
    </message>
    <message>
        <source>Import finished in %L1 s: %L2 records stored, %L3 removed, %L4 API requests.</source>
        <translation>Importation terminée en %L1 s&#xa0;: %L2 enregistrements stockés, %L3 supprimés, %L4 requêtes d&apos;API.</translation>
    </message>
    <message>
        <source>The API budget is spent.</source>
        <translation>Le budget d&apos;API est épuisé.</translation>
    </message>
    <message>
        <source>Needs about %L1 API requests; the budget has %L2 left.</source>
        <translation>Il faut environ %L1 requêtes d&apos;API&#xa0;; il en reste %L2 dans le budget.</translation>
    </message>
    <message>
        <source>Import cancelled. What was read is kept; the next import continues from there.</source>
        <translation>Importation annulée. Ce qui a été lu est conservé&#xa0;; la prochaine importation reprendra à partir de là.</translation>
    </message>
    <message>
        <source>Salesforce&apos;s daily API limit is reached, so the import stopped. What was read is kept. Salesforce counts requests over a rolling 24 hours: run the import again later, by %1 at the latest, and it continues where it stopped.</source>
        <translation>La limite quotidienne d&apos;API de Salesforce est atteinte, l&apos;importation s&apos;est donc arrêtée. Ce qui a été lu est conservé. Salesforce compte les requêtes sur 24 heures glissantes&#xa0;: relancez l&apos;importation plus tard, au plus tard le %1, et elle reprendra là où elle s&apos;est arrêtée.</translation>
    </message>
    <message>
        <source>The import stopped at %1: %2 What was read is kept; the next import continues from there.</source>
        <translation>L&apos;importation s&apos;est arrêtée à %1&#xa0;: %2 Ce qui a été lu est conservé&#xa0;; la prochaine importation reprendra à partir de là.</translation>
    </message>
    <message>
        <source>Stopped to stay within the API budget: %L1 of the %L2 requests allowed (%3% of the %L4 remaining today). What was read is kept. Salesforce frees requests over a rolling 24 hours: run the import again later, by %5 at the latest, and it continues where it stopped.</source>
        <translation>Arrêtée pour rester dans le budget d&apos;API&#xa0;: %L1 des %L2 requêtes autorisées (%3 % des %L4 restantes aujourd&apos;hui). Ce qui a été lu est conservé. Salesforce libère les requêtes sur 24 heures glissantes&#xa0;: relancez l&apos;importation plus tard, au plus tard le %5, et elle reprendra là où elle s&apos;est arrêtée.</translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation>Importation annulée.</translation>
    </message>
    <message>
        <source>The org has no API requests to spare today (%L1 remaining), so the import did not start reading. What was read before is kept. Salesforce frees requests over a rolling 24 hours: run the import again later, by %2 at the latest, and it continues where it stopped.</source>
        <translation>L&apos;org n&apos;a plus de requêtes API disponibles aujourd&apos;hui (%L1 restantes), l&apos;import n&apos;a donc pas commencé la lecture. Ce qui a été lu auparavant est conservé. Salesforce libère les requêtes sur 24 heures glissantes&#xa0;: relancez l&apos;import plus tard, au plus tard à %2, et il reprendra là où il s&apos;est arrêté.</translation>
    </message>
</context>
<context>
    <name>callbridge::ImportWriter</name>
    <message>
        <source>The local cache could not be opened for writing.</source>
        <translation>Le cache local n&apos;a pas pu être ouvert en écriture.</translation>
    </message>
</context>
<context>
    <name>callbridge::OAuthAuthorization</name>
    <message numerus="yes">
        <source>No answer came back from the browser within %n minute(s). Start again when you are ready to log in.</source>
        <translation>
            <numerusform>Aucune réponse du navigateur en %n minute. Recommencez quand vous serez prêt à vous connecter.</numerusform>
            <numerusform>Aucune réponse du navigateur en %n minutes. Recommencez quand vous serez prêt à vous connecter.</numerusform>
        </translation>
    </message>
    <message>
        <source>The login URL %1 does not use https.</source>
        <translation>L&apos;URL de connexion %1 n&apos;utilise pas https.</translation>
    </message>
    <message>
        <source>Connecting was cancelled.</source>
        <translation>La connexion a été annulée.</translation>
    </message>
    <message>
        <source>Salesforce&apos;s answer carried no authorization code.</source>
        <translation>La réponse de Salesforce ne contenait pas de code d&apos;autorisation.</translation>
    </message>
    <message>
        <source>Could not reach Salesforce to finish the login: %1</source>
        <translation>Impossible de joindre Salesforce pour terminer la connexion&#xa0;: %1</translation>
    </message>
    <message>
        <source>Salesforce refused the login: %1</source>
        <translation>Salesforce a refusé la connexion&#xa0;: %1</translation>
    </message>
    <message>
        <source>Access was denied in the browser, so Callbridge is not connected. Start again and choose Allow.</source>
        <translation>L&apos;accès a été refusé dans le navigateur&#xa0;; Callbridge n&apos;est donc pas connecté. Recommencez et choisissez «&#xa0;Allow&#xa0;» (Autoriser).</translation>
    </message>
</context>
<context>
    <name>callbridge::ObjectImport</name>
    <message>
        <source>The local cache could not store %1: %2</source>
        <translation>Le cache local n&apos;a pas pu stocker %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>row %L1 of a page has the Id &quot;%2&quot;, which is not a Salesforce id; the page was not stored</source>
        <translation>la ligne %L1 d&apos;une page a l&apos;Id «&#xa0;%2&#xa0;», qui n&apos;est pas un ID Salesforce&#xa0;; la page n&apos;a pas été enregistrée</translation>
    </message>
</context>
<context>
    <name>callbridge::PermissionAudit</name>
    <message>
        <source>Reading the user&apos;s permissions…</source>
        <translation>Lecture des autorisations de l&apos;utilisateur…</translation>
    </message>
    <message>
        <source>Reading field access and visible records…</source>
        <translation>Lecture de l&apos;accès aux champs et des enregistrements visibles…</translation>
    </message>
    <message>
        <source>Auditing another user reads its permission records, which needs View Setup and Configuration.</source>
        <translation>L&apos;audit d&apos;un autre utilisateur lit ses enregistrements d&apos;autorisations, ce qui exige «&#xa0;Afficher la configuration&#xa0;».</translation>
    </message>
</context>
<context>
    <name>callbridge::PermissionFixApply</name>
    <message>
        <source>%1 (sandbox)</source>
        <translation>%1 (sandbox)</translation>
    </message>
    <message>
        <source>%1 (production)</source>
        <translation>%1 (production)</translation>
    </message>
    <message>
        <source>Reading the permission set…</source>
        <translation>Lecture de l&apos;ensemble d&apos;autorisations…</translation>
    </message>
    <message>
        <source>%1 → yes</source>
        <translation>%1 → oui</translation>
    </message>
    <message>
        <source>Created the permission set %1 (%2)</source>
        <translation>Ensemble d&apos;autorisations %1 (%2) créé</translation>
    </message>
    <message>
        <source>%1: %2 → yes</source>
        <translation>%1&#xa0;: %2 → oui</translation>
    </message>
    <message>
        <source>%1: Read Access → yes</source>
        <translation>%1&#xa0;: Accès en lecture → oui</translation>
    </message>
    <message>
        <source>Assigned the permission set license %1 to %2</source>
        <translation>Licence d&apos;ensemble d&apos;autorisations %1 attribuée à %2</translation>
    </message>
    <message>
        <source>Assigned %1 to %2</source>
        <translation>%1 attribué à %2</translation>
    </message>
    <message>
        <source>Changing the permission set…</source>
        <translation>Modification de l&apos;ensemble d&apos;autorisations…</translation>
    </message>
</context>
<context>
    <name>callbridge::QueryStream</name>
    <message>
        <source>a query page without records or done</source>
        <translation>une page de requête sans records ni done</translation>
    </message>
</context>
<context>
    <name>callbridge::RestReply</name>
    <message>
        <source>%1 at byte %2</source>
        <translation>%1 à l&apos;octet %2</translation>
    </message>
</context>
<context>
    <name>callbridge::SalesforceSession</name>
    <message>
        <source>no refresh token</source>
        <translation>pas de jeton d&apos;actualisation</translation>
    </message>
</context>
<context>
    <name>callbridge::TestExport</name>
    <message>
        <source>Salesforce refused the activity: %1</source>
        <translation>Salesforce a refusé l&apos;activité&#xa0;: %1</translation>
    </message>
    <message>
        <source>Salesforce did not delete %1: %2</source>
        <translation>Salesforce n&apos;a pas supprimé %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the user cannot create it</source>
        <translation>l&apos;utilisateur ne peut pas le créer</translation>
    </message>
    <message>
        <source>Could not read which %1 fields this org accepts: %2</source>
        <translation>Impossible de lire quels champs %1 cette org accepte&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>callbridge::cli</name>
    <message>
        <source>Print the findings as JSON.</source>
        <translation>Afficher les constats en JSON.</translation>
    </message>
    <message>
        <source>Check for exporting calls as task or event (default: from the setup).</source>
        <translation>Vérifier pour l&apos;export des appels en task ou en event (par défaut&#xa0;: selon la configuration).</translation>
    </message>
    <message>
        <source>Also write an HTML report to FILE.</source>
        <translation>Écrire aussi un rapport HTML dans FICHIER.</translation>
    </message>
    <message>
        <source>--activity-type: expected task or event, got &quot;%1&quot;</source>
        <translation>--activity-type&#xa0;: task ou event attendu, reçu « %1 »</translation>
    </message>
    <message>
        <source>The audit failed: %1</source>
        <translation>L&apos;audit a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Correction&#xa0;: %1</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>État&#xa0;: %1</translation>
    </message>
    <message>
        <source>Show the Salesforce connection. Uses the saved connection (its sign-in is in the keychain), or the client credentials flow with --login-url and --client-id and the consumer secret in the environment variable CALLBRIDGE_CLIENT_SECRET (never on the command line).</source>
        <translation>Afficher la connexion Salesforce. Utilise la connexion enregistrée (ses identifiants sont dans le trousseau) ou le flux client credentials avec --login-url et --client-id et le secret du consommateur dans la variable d&apos;environnement CALLBRIDGE_CLIENT_SECRET (jamais sur la ligne de commande).</translation>
    </message>
    <message>
        <source>Check and print the connection state.</source>
        <translation>Vérifier et afficher l&apos;état de la connexion.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Afficher en JSON.</translation>
    </message>
    <message>
        <source>usage: callbridge-cli connect --status [--json] [--config FILE] [--login-url URL --client-id ID]</source>
        <translation>usage&#xa0;: callbridge-cli connect --status [--json] [--config FICHIER] [--login-url URL --client-id ID]</translation>
    </message>
    <message>
        <source>no saved connection in %1</source>
        <translation>aucune connexion enregistrée dans %1</translation>
    </message>
    <message>
        <source>selected</source>
        <translation>sélectionné</translation>
    </message>
    <message>
        <source>not selected</source>
        <translation>non sélectionné</translation>
    </message>
    <message>
        <source>Classify the imported objects&apos; fields as required, recommended, optional, unsupported or inaccessible: from describe responses saved as files, or live from the connected org.</source>
        <translation>Classer les champs des objets importés en obligatoires, recommandés, facultatifs, non pris en charge ou inaccessibles&#xa0;: à partir de réponses describe enregistrées dans des fichiers, ou en direct depuis l&apos;org connectée.</translation>
    </message>
    <message>
        <source>A saved sobjects/{Object}/describe response. Repeatable.</source>
        <translation>Une réponse sobjects/{Object}/describe enregistrée. Répétable.</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1&#xa0;: illisible&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: not a describe response (expected an object with &quot;name&quot; and &quot;fields&quot;)</source>
        <translation>%1&#xa0;: pas une réponse describe (un objet avec &quot;name&quot; et &quot;fields&quot; est attendu)</translation>
    </message>
    <message>
        <source>Reading the describes failed: %1</source>
        <translation>La lecture des describes a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Bring the local cache up to date with the org: the selected fields of the imported objects, incrementally after the first run. Exit code 1 when the import did not finish.</source>
        <translation>Mettre le cache local à jour avec l&apos;org&#xa0;: les champs sélectionnés des objets importés, de façon incrémentale après la première exécution. Code de sortie 1 si l&apos;importation ne s&apos;est pas terminée.</translation>
    </message>
    <message>
        <source>Print per-object counts as JSON.</source>
        <translation>Afficher les comptages par objet en JSON.</translation>
    </message>
    <message>
        <source>Import only these objects (comma-separated API names).</source>
        <translation>N&apos;importer que ces objets (noms d&apos;API séparés par des virgules).</translation>
    </message>
    <message>
        <source>Forget the cached rows and read everything again.</source>
        <translation>Oublier les lignes en cache et tout relire.</translation>
    </message>
    <message>
        <source>Whose opportunities to import: all (every active user) or a comma-separated list of emails. Default: the recorded users chosen in the app.</source>
        <translation>Les opportunités de qui importer&#xa0;: all (chaque utilisateur actif) ou une liste d&apos;adresses e-mail séparées par des virgules. Par défaut&#xa0;: les utilisateurs enregistrés choisis dans l&apos;application.</translation>
    </message>
    <message>
        <source>The share of the org&apos;s remaining daily API requests the import may use, in percent (default 50).</source>
        <translation>La part des requêtes d&apos;API quotidiennes restantes de l&apos;org que l&apos;importation peut utiliser, en pourcentage (50 par défaut).</translation>
    </message>
    <message>
        <source>--budget: expected a percentage above 0 and up to 100, got &quot;%1&quot;</source>
        <translation>--budget&#xa0;: un pourcentage supérieur à 0 et jusqu&apos;à 100 est attendu, reçu « %1 »</translation>
    </message>
    <message>
        <source>--recorded-users: &quot;%1&quot; is neither &quot;all&quot; nor an email address</source>
        <translation>--recorded-users&#xa0;: « %1 » n&apos;est ni &quot;all&quot; ni une adresse e-mail</translation>
    </message>
    <message>
        <source>--recorded-users: expected all or a comma-separated list of emails</source>
        <translation>--recorded-users&#xa0;: all ou une liste d&apos;adresses e-mail séparées par des virgules est attendu</translation>
    </message>
    <message>
        <source>%1: %L2 stored, %L3 removed (%4, %L5 requests)</source>
        <translation>%1&#xa0;: %L2 stockés, %L3 supprimés (%4, %L5 requêtes)</translation>
    </message>
    <message>
        <source>--fault %1: expected NAME=VALUE with a number, such as 503=0.2</source>
        <translation>--fault %1&#xa0;: NOM=VALEUR avec un nombre est attendu, par exemple 503=0.2</translation>
    </message>
    <message>
        <source>--fault %1: a rate is between 0 and 1</source>
        <translation>--fault %1&#xa0;: un taux est compris entre 0 et 1</translation>
    </message>
    <message>
        <source>Serve a local Salesforce org (orgsim) on 127.0.0.1 until interrupted.</source>
        <translation>Servir une org Salesforce locale (orgsim) sur 127.0.0.1 jusqu&apos;à interruption.</translation>
    </message>
    <message>
        <source>Port to listen on (0 picks a free one).</source>
        <translation>Port d&apos;écoute (0 en choisit un libre).</translation>
    </message>
    <message>
        <source>Generated data: none, small or large.</source>
        <translation>Données générées&#xa0;: none, small ou large.</translation>
    </message>
    <message>
        <source>Load exact records from a JSON file instead of generating them.</source>
        <translation>Charger des enregistrements exacts depuis un fichier JSON au lieu de les générer.</translation>
    </message>
    <message>
        <source>Delay every answer by N milliseconds.</source>
        <translation>Retarder chaque réponse de N millisecondes.</translation>
    </message>
    <message>
        <source>The daily API request limit.</source>
        <translation>La limite quotidienne de requêtes d&apos;API.</translation>
    </message>
    <message>
        <source>A callback URL the app accepts. Repeatable; default http://localhost:1717/OauthRedirect.</source>
        <translation>Une URL de rappel acceptée par l&apos;application. Répétable&#xa0;; par défaut http://localhost:1717/OauthRedirect.</translation>
    </message>
    <message>
        <source>Access token lifetime in seconds.</source>
        <translation>Durée de vie du jeton d&apos;accès en secondes.</translation>
    </message>
    <message>
        <source>Make every refresh token single-use.</source>
        <translation>Rendre chaque jeton d&apos;actualisation à usage unique.</translation>
    </message>
    <message>
        <source>Write the demo calls file (the platform&apos;s calls whose participants are this org&apos;s contacts, leads and reps) to FILE and exit.</source>
        <translation>Écrire le fichier d&apos;appels de démonstration (les appels de la plateforme dont les participants sont les contacts, pistes et commerciaux de cette org) dans FICHIER et quitter.</translation>
    </message>
    <message>
        <source>How many calls --write-calls writes (default 600).</source>
        <translation>Nombre d&apos;appels écrits par --write-calls (600 par défaut).</translation>
    </message>
    <message>
        <source>--%1: expected a whole number from %2 to %3, got &quot;%4&quot;</source>
        <translation>--%1&#xa0;: un nombre entier de %2 à %3 est attendu, reçu « %4 »</translation>
    </message>
    <message>
        <source>--scale: expected none, small or large, got &quot;%1&quot;</source>
        <translation>--scale&#xa0;: none, small ou large attendu, reçu « %1 »</translation>
    </message>
    <message>
        <source>orgsim takes no arguments, got &quot;%1&quot;</source>
        <translation>orgsim ne prend pas d&apos;arguments, reçu « %1 »</translation>
    </message>
    <message>
        <source>Preview the call export: for each call, whether it exports and why not, the contacts, leads, account and opportunity it matches in the local cache, the activity it would create and its API cost. Nothing is sent. Exit code 2 for a bad calls file or filter.</source>
        <translation>Aperçu de l&apos;export des appels&#xa0;: pour chaque appel, s&apos;il est exporté et sinon pourquoi, les contacts, pistes, compte et opportunité auxquels il correspond dans le cache local, l&apos;activité qu&apos;il créerait et son coût en API. Rien n&apos;est envoyé. Code de sortie 2 pour un fichier d&apos;appels ou un filtre incorrect.</translation>
    </message>
    <message>
        <source>Print one JSON object per call, as a JSON array.</source>
        <translation>Afficher un objet JSON par appel, sous forme de tableau JSON.</translation>
    </message>
    <message>
        <source>The platform&apos;s calls file: a JSON array of calls, or an object with &quot;calls&quot; and &quot;emails&quot; (docs/calls-file.md).</source>
        <translation>Le fichier d&apos;appels de la plateforme&#xa0;: un tableau JSON d&apos;appels, ou un objet avec &quot;calls&quot; et &quot;emails&quot; (docs/calls-file.md).</translation>
    </message>
    <message>
        <source>The export filter to preview; default: the saved one. Calls it changes against the saved filter are marked.</source>
        <translation>Le filtre d&apos;export à prévisualiser&#xa0;; par défaut&#xa0;: celui enregistré. Les appels qu&apos;il change par rapport au filtre enregistré sont signalés.</translation>
    </message>
    <message>
        <source>--calls FILE is required</source>
        <translation>--calls FICHIER est obligatoire</translation>
    </message>
    <message>
        <source>No local cache yet for this org: nothing will match. Run &apos;callbridge-cli import&apos; first.</source>
        <translation>Pas encore de cache local pour cette org&#xa0;: rien ne sera associé. Exécutez d&apos;abord &apos;callbridge-cli import&apos;.</translation>
    </message>
    <message>
        <source>The saved filter is not valid: %1</source>
        <translation>Le filtre enregistré n&apos;est pas valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>--filter: %1</source>
        <translation>--filter&#xa0;: %1</translation>
    </message>
    <message>
        <source>%L1 to delete, %L2 API calls; against the saved filter %L3 would start and %L4 stop exporting</source>
        <translation>%L1 à supprimer, %L2 appels d&apos;API&#xa0;; par rapport au filtre enregistré, %L3 commenceraient et %L4 cesseraient d&apos;être exportés</translation>
    </message>
    <message>
        <source>--objects: %1</source>
        <translation>--objects&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not connected to an org: nothing will match. Connect in the app first, or use --login-url and --client-id.</source>
        <translation>Connecté à aucune org&#xa0;: rien ne sera associé. Connectez-vous d&apos;abord dans l&apos;application, ou utilisez --login-url et --client-id.</translation>
    </message>
    <message>
        <source>the file cannot be read (%1)</source>
        <translation>le fichier ne peut pas être lu (%1)</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>valide</translation>
    </message>
    <message>
        <source>Work with an integration config document.</source>
        <translation>Travailler avec un document de configuration de l&apos;intégration.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Afficher le résultat en JSON.</translation>
    </message>
    <message>
        <source>Check a config file and list its errors.</source>
        <translation>Vérifier un fichier de configuration et lister ses erreurs.</translation>
    </message>
    <message>
        <source>usage: callbridge-cli config validate FILE [--json]</source>
        <translation>usage&#xa0;: callbridge-cli config validate FICHIER [--json]</translation>
    </message>
    <message>
        <source>%1: not valid JSON at character %L2: %3</source>
        <translation>%1&#xa0;: JSON non valide au caractère %L2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: the describe failed: %2</source>
        <translation>%1&#xa0;: le describe a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>Callbridge command line: headless, scriptable, JSON output with --json.
Exit codes: 0 ok, 1 findings or failure, 2 usage error.</source>
        <translation>Ligne de commande Callbridge&#xa0;: sans interface, scriptable, sortie JSON avec --json.
Codes de sortie&#xa0;: 0 correct, 1 constats ou échec, 2 erreur d&apos;usage.</translation>
    </message>
    <message>
        <source>Print results as JSON on stdout.</source>
        <translation>Afficher les résultats en JSON sur la sortie standard.</translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation>La commande à exécuter.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.

%2</source>
        <translation>Commande inconnue « %1 ».

%2</translation>
    </message>
    <message>
        <source>--fault %1: unknown fault &quot;%2&quot;; expected 500, 503, 503-next, lock, drop, expire-after, concurrent, concurrent-next, bulk-fail-next or shrink-pages</source>
        <translation>--fault %1&#xa0;: type de panne inconnu «&#xa0;%2&#xa0;»&#xa0;; valeurs attendues&#xa0;: 500, 503, 503-next, lock, drop, expire-after, concurrent, concurrent-next, bulk-fail-next ou shrink-pages</translation>
    </message>
    <message>
        <source>Inject a fault: 500=RATE, 503=RATE, 503-next=N, lock=RATE, drop=RATE, expire-after=N, concurrent=RATE, concurrent-next=N, bulk-fail-next=N or shrink-pages=RATE. Repeatable.</source>
        <translation>Injecter une panne&#xa0;: 500=RATE, 503=RATE, 503-next=N, lock=RATE, drop=RATE, expire-after=N, concurrent=RATE, concurrent-next=N, bulk-fail-next=N ou shrink-pages=RATE. Répétable.</translation>
    </message>
    <message>
        <source>Serve the app as a new External Client App is set up by default: the consumer secret required for the web server and refresh token flows (default: the platform&apos;s packaged app, which requires none).</source>
        <translation>Servir l&apos;application telle qu&apos;une nouvelle External Client App est configurée par défaut&#xa0;: secret du consommateur exigé pour les flux serveur web et jeton d&apos;actualisation (par défaut&#xa0;: l&apos;application packagée de la plateforme, qui n&apos;en exige aucun).</translation>
    </message>
    <message>
        <source>Audit (and fix) this user instead of the connected one: an admin fixing the integration user.</source>
        <translation>Auditer (et corriger) cet utilisateur au lieu de l&apos;utilisateur connecté&#xa0;: pour un administrateur qui corrige l&apos;utilisateur d&apos;intégration.</translation>
    </message>
    <message>
        <source>Write the fix, a permission set granting exactly what is missing, as metadata to DIR (package.xml, permissionsets/), with the list of changes.</source>
        <translation>Écrire la correction, un ensemble d&apos;autorisations qui accorde exactement ce qui manque, en métadonnées dans DIR (package.xml, permissionsets/), avec la liste des modifications.</translation>
    </message>
    <message>
        <source>Create or update that permission set in Salesforce, assign it, then audit again. Exit code 1 when findings remain.</source>
        <translation>Créer ou mettre à jour cet ensemble d&apos;autorisations dans Salesforce, l&apos;attribuer, puis relancer l&apos;audit. Code de sortie 1 s&apos;il reste des constats.</translation>
    </message>
    <message>
        <source>Confirm --apply: change the org&apos;s permissions.</source>
        <translation>Confirmer --apply&#xa0;: modifier les autorisations de l&apos;org.</translation>
    </message>
    <message>
        <source>Include the Engage extras in the fix.</source>
        <translation>Inclure les compléments Engage dans la correction.</translation>
    </message>
    <message>
        <source>--yes confirms --apply; give --apply too.</source>
        <translation>--yes confirme --apply&#xa0;; indiquez aussi --apply.</translation>
    </message>
    <message>
        <source>Cannot look up the user: %1</source>
        <translation>Impossible de rechercher l&apos;utilisateur&#xa0;: %1</translation>
    </message>
    <message>
        <source>There is no user %1 in this org.</source>
        <translation>Il n&apos;y a pas d&apos;utilisateur %1 dans cette org.</translation>
    </message>
    <message>
        <source>The fix for %1:</source>
        <translation>La correction pour %1&#xa0;:</translation>
    </message>
    <message>
        <source>Wrote the permission set %1 as metadata to %2 (deploy it with: sf project deploy start --manifest %3).</source>
        <translation>L&apos;ensemble d&apos;autorisations %1 a été écrit en métadonnées dans %2 (déployez-le avec&#xa0;: sf project deploy start --manifest %3).</translation>
    </message>
    <message>
        <source>--apply changes permissions in %1 for %2: add --yes to confirm.</source>
        <translation>--apply modifie des autorisations dans %1 pour %2&#xa0;: ajoutez --yes pour confirmer.</translation>
    </message>
    <message>
        <source>The fix was not applied in %1: %2</source>
        <translation>La correction n&apos;a pas été appliquée dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Nothing changed in %1.</source>
        <translation>Rien n&apos;a été modifié dans %1.</translation>
    </message>
    <message>
        <source>Changed in %1:</source>
        <translation>Modifié dans %1&#xa0;:</translation>
    </message>
    <message>
        <source>Export the calls the saved filter passes that are new or changed since the last run: their activity and their full call data (the Conversation object and its records), as the setup&apos;s export target says; calls deleted on the platform are removed. A run stopped midway resumes where it stopped. Exit code 1 when a call failed (it is tried again next run).</source>
        <translation>Exporter les appels qui passent le filtre enregistré et sont nouveaux ou modifiés depuis la dernière exécution&#xa0;: leur activité et leurs données d&apos;appel complètes (l&apos;objet Conversation et ses enregistrements), selon la cible d&apos;export de la configuration&#xa0;; les appels supprimés sur la plateforme sont retirés. Une exécution arrêtée en cours de route reprend là où elle s&apos;est arrêtée. Code de sortie 1 si un appel a échoué (il est retenté à la prochaine exécution).</translation>
    </message>
    <message>
        <source>Print the calls and their outcome as JSON.</source>
        <translation>Afficher les appels et leur résultat en JSON.</translation>
    </message>
    <message>
        <source>Show what the run would write and what it costs; send nothing.</source>
        <translation>Afficher ce que l&apos;exécution écrirait et ce qu&apos;elle coûte&#xa0;; ne rien envoyer.</translation>
    </message>
    <message>
        <source>Confirm that the run writes to a production org (its users see the records).</source>
        <translation>Confirmer que l&apos;exécution écrit dans une org de production (ses utilisateurs voient les enregistrements).</translation>
    </message>
    <message>
        <source>The share of the org&apos;s remaining daily API requests the export may use, in percent (default 50).</source>
        <translation>La part des requêtes d&apos;API quotidiennes restantes de l&apos;org que l&apos;export peut utiliser, en pourcentage (50 par défaut).</translation>
    </message>
    <message>
        <source>%L1 calls to export (%L2 records), about %L3 API calls</source>
        <translation>%L1 appels à exporter (%L2 enregistrements), environ %L3 appels d&apos;API</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>supprimer</translation>
    </message>
    <message>
        <source>write</source>
        <translation>écrire</translation>
    </message>
    <message>
        <source>%1 is a production org: the export creates real records its users can see. Add --production to confirm.</source>
        <translation>%1 est une org de production&#xa0;: l&apos;export crée de vrais enregistrements que ses utilisateurs peuvent voir. Ajoutez --production pour confirmer.</translation>
    </message>
    <message>
        <source>%L1 of %L2 calls</source>
        <translation>%L1 appels sur %L2</translation>
    </message>
    <message>
        <source>%L1 written, %L2 removed, %L3 failed, %L4 API calls</source>
        <translation>%L1 écrits, %L2 supprimés, %L3 en échec, %L4 appels d&apos;API</translation>
    </message>
    <message>
        <source>Check the integration user&apos;s permissions against what the integration needs. Exit code 1 when a required permission is missing.</source>
        <translation>Vérifie les autorisations de l&apos;utilisateur d&apos;intégration par rapport aux besoins de l&apos;intégration. Code de sortie 1 s&apos;il manque une autorisation obligatoire.</translation>
    </message>
    <message>
        <source>Commands:
  config validate FILE   Check an integration config document.
  audit                  Check the integration user&apos;s permissions (exit 1 when a required one is missing).
  connect --status       Show (and check) the Salesforce connection.
  fields                 Classify the imported objects&apos; fields (--describe FILE, or live).
  import                 Bring the local cache up to date (--objects, --full, --recorded-users).
  preview --calls FILE   Which calls export, to which records (--filter EXPR, --json).
  export --calls FILE    Export new and changed calls to the org (--dry-run, --json).
  orgsim [options]       Serve a local Salesforce org for demos and tests.

Run &apos;callbridge-cli COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>Commandes&#xa0;:
  config validate FICHIER  Vérifier un document de configuration de l&apos;intégration.
  audit                    Vérifier les autorisations de l&apos;utilisateur d&apos;intégration (sortie 1 s&apos;il en manque une obligatoire).
  connect --status         Afficher (et vérifier) la connexion Salesforce.
  fields                   Classer les champs des objets importés (--describe FICHIER, ou en direct).
  import                   Mettre le cache local à jour (--objects, --full, --recorded-users).
  preview --calls FICHIER  Quels appels sont exportés, vers quels enregistrements (--filter EXPR, --json).
  export --calls FICHIER   Exporter les appels nouveaux et modifiés vers l&apos;org (--dry-run, --json).
  orgsim [options]         Servir une org Salesforce locale pour les démos et les tests.

Exécutez &apos;callbridge-cli COMMANDE --help&apos; pour les options d&apos;une commande.</translation>
    </message>
    <message>
        <source>Could not read which activity fields this org accepts: %1</source>
        <translation>Impossible de lire quels champs d&apos;activité cette org accepte&#xa0;: %1</translation>
    </message>
    <message>
        <source>How many contacts the generated org holds (default: the scale&apos;s, 400 small, 1,000,000 large).</source>
        <translation>Nombre de contacts de l&apos;org générée (par défaut&#xa0;: celui de la taille, 400 pour small, 1 000 000 pour large).</translation>
    </message>
</context>
<context>
    <name>callbridge::cli::CliSession</name>
    <message>
        <source>The setup file (default: the app&apos;s own).</source>
        <translation>Le fichier de configuration (par défaut&#xa0;: celui de l&apos;application).</translation>
    </message>
    <message>
        <source>The consumer key of the app Callbridge signs in through.</source>
        <translation>La clé du consommateur de l&apos;application par laquelle Callbridge se connecte.</translation>
    </message>
    <message>
        <source>%1 is not a valid setup file; check it with &apos;callbridge-cli config validate %1&apos;.</source>
        <translation>%1 n&apos;est pas un fichier de configuration valide&#xa0;; vérifiez-le avec &apos;callbridge-cli config validate %1&apos;.</translation>
    </message>
    <message>
        <source>--login-url and --client-id go together.</source>
        <translation>--login-url et --client-id vont ensemble.</translation>
    </message>
    <message>
        <source>Set the consumer secret in the environment variable CALLBRIDGE_CLIENT_SECRET.</source>
        <translation>Définissez le secret du consommateur dans la variable d&apos;environnement CALLBRIDGE_CLIENT_SECRET.</translation>
    </message>
    <message>
        <source>--login-url: &quot;%1&quot; must be an https URL (http only for this computer).</source>
        <translation>--login-url&#xa0;: « %1 » doit être une URL https (http uniquement pour cet ordinateur).</translation>
    </message>
    <message>
        <source>Not connected: connect in the app first, or use --login-url and --client-id.</source>
        <translation>Non connecté&#xa0;: connectez-vous d&apos;abord dans l&apos;application, ou utilisez --login-url et --client-id.</translation>
    </message>
    <message>
        <source>Could not connect: %1</source>
        <translation>Connexion impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Log in here with the client credentials flow (secret in CALLBRIDGE_CLIENT_SECRET): the org&apos;s My Domain URL, never login.salesforce.com or test.salesforce.com.</source>
        <translation>Se connecter ici avec le flux d&apos;identifiants client (secret dans CALLBRIDGE_CLIENT_SECRET)&#xa0;: l&apos;URL My Domain de l&apos;org, jamais login.salesforce.com ni test.salesforce.com.</translation>
    </message>
    <message>
        <source>--login-url: %1</source>
        <translation>--login-url&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>callbridge::orgsim::OrgSimServer</name>
    <message>
        <source>orgsim could not listen on 127.0.0.1:%1 (the port may be in use)</source>
        <translation>orgsim n&apos;a pas pu écouter sur 127.0.0.1:%1 (le port est peut-être occupé)</translation>
    </message>
    <message>
        <source>orgsim could not listen on a second port of 127.0.0.1 for the instance</source>
        <translation>orgsim n&apos;a pas pu écouter sur un second port de 127.0.0.1 pour l&apos;instance</translation>
    </message>
</context>
<context>
    <name>callbridge::ui::AboutDialog</name>
    <message>
        <source>GNU LGPL version 3</source>
        <translation>GNU LGPL version 3</translation>
    </message>
    <message>
        <source>the application framework: windows, networking, SQL, JSON</source>
        <translation>le framework applicatif&#xa0;: fenêtres, réseau, SQL, JSON</translation>
    </message>
    <message>
        <source>BSD 3-clause license</source>
        <translation>licence BSD à 3 clauses</translation>
    </message>
    <message>
        <source>keeps the Salesforce sign-in in the system keychain</source>
        <translation>conserve la connexion Salesforce dans le trousseau du système</translation>
    </message>
    <message>
        <source>GNU LGPL version 2.1 or later</source>
        <translation>GNU LGPL version 2.1 ou ultérieure</translation>
    </message>
    <message>
        <source>reads Bulk API results (CSV)</source>
        <translation>lit les résultats de la Bulk API (CSV)</translation>
    </message>
    <message>
        <source>public domain</source>
        <translation>domaine public</translation>
    </message>
    <message>
        <source>the local cache, through Qt SQL</source>
        <translation>le cache local, via Qt SQL</translation>
    </message>
    <message>
        <source>Callbridge is built on these components, each under its own license:</source>
        <translation>Callbridge repose sur ces composants, chacun sous sa propre licence&#xa0;:</translation>
    </message>
    <message>
        <source>The LGPL libraries are linked dynamically, so you can replace them with your own builds. Their sources are available from the addresses above.</source>
        <translation>Les bibliothèques LGPL sont liées dynamiquement&#xa0;; vous pouvez donc les remplacer par vos propres versions. Leurs sources sont disponibles aux adresses ci-dessus.</translation>
    </message>
    <message>
        <source>About Callbridge</source>
        <translation>À propos de Callbridge</translation>
    </message>
    <message>
        <source>The administrator&apos;s console for the Salesforce integration of your call recorder.</source>
        <translation>La console d&apos;administration de l&apos;intégration Salesforce de votre enregistreur d&apos;appels.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Compilé avec Qt %1, exécuté avec Qt %2.</translation>
    </message>
    <message>
        <source>Copyright 2026 Callbridge. All rights reserved.</source>
        <translation>Copyright 2026 Callbridge. Tous droits réservés.</translation>
    </message>
    <message>
        <source>Callbridge is provided to the customers of the call recording platform to administer their Salesforce integration. It may not be redistributed or modified without written permission.</source>
        <translation>Callbridge est fourni aux clients de la plateforme d&apos;enregistrement d&apos;appels pour administrer leur intégration Salesforce. Il ne peut être redistribué ni modifié sans autorisation écrite.</translation>
    </message>
    <message>
        <source>&amp;License</source>
        <translation>&amp;Licence</translation>
    </message>
    <message>
        <source>&amp;Third-party software</source>
        <translation>Logiciels &amp;tiers</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Third-party software</source>
        <translation>Logiciels tiers</translation>
    </message>
    <message>
        <source>Apache License 2.0</source>
        <translation>licence Apache 2.0</translation>
    </message>
    <message>
        <source>reads calls files (JSON)</source>
        <translation>lit les fichiers d&apos;appels (JSON)</translation>
    </message>
</context>
<context>
    <name>callbridge::ui::AuthorizePage</name>
    <message>
        <source>&amp;Open the login page again</source>
        <translation>R&amp;ouvrir la page de connexion</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Log in to Salesforce</source>
        <translation>Se connecter à Salesforce</translation>
    </message>
    <message>
        <source>Waiting for the browser</source>
        <translation>En attente du navigateur</translation>
    </message>
    <message>
        <source>The demo org is not available.</source>
        <translation>L&apos;org de démonstration n&apos;est pas disponible.</translation>
    </message>
    <message>
        <source>Starting the demo org…</source>
        <translation>Démarrage de l&apos;org de démonstration…</translation>
    </message>
    <message>
        <source>Salesforce answered. Finishing the connection…</source>
        <translation>Salesforce a répondu. Finalisation de la connexion…</translation>
    </message>
    <message>
        <source>Checking the organization and the user…</source>
        <translation>Vérification de l&apos;organisation et de l&apos;utilisateur…</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Connecté.</translation>
    </message>
    <message>
        <source>Opening the browser…</source>
        <translation>Ouverture du navigateur…</translation>
    </message>
    <message>
        <source>Waiting for you to log in and allow access in the browser…

If Salesforce shows &quot;redirect_uri_mismatch&quot;, the app&apos;s Callback URL is not %1: enter exactly that in the app&apos;s OAuth settings, or go back and choose the port the app lists.</source>
        <translation>En attente de votre connexion et de l&apos;autorisation d&apos;accès dans le navigateur…

Si Salesforce affiche «&#xa0;redirect_uri_mismatch&#xa0;», la Callback URL de l&apos;application n&apos;est pas %1&#xa0;: saisissez exactement cette adresse dans les paramètres OAuth de l&apos;application, ou revenez en arrière et choisissez le port qui figure dans la liste de l&apos;application.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>In the browser, log in to Salesforce as the integration user and allow access.</source>
        <translation>Dans le navigateur, connectez-vous à Salesforce en tant qu&apos;utilisateur d&apos;intégration et autorisez l&apos;accès.</translation>
    </message>
    <message>
        <source>Login page address</source>
        <translation>Adresse de la page de connexion</translation>
    </message>
    <message>
        <source>Copy the login page address</source>
        <translation>Copier l&apos;adresse de la page de connexion</translation>
    </message>
    <message>
        <source>&amp;Login page:</source>
        <translation>Page de &amp;connexion&#xa0;:</translation>
    </message>
    <message>
        <source>No answer from the browser yet.

If no login page opened, copy the address below into a browser on this computer, log in as the integration user and allow access. If the browser shows an error from Salesforce, go back and correct the app&apos;s settings. Callbridge keeps waiting; Cancel stops connecting.</source>
        <translation>Pas encore de réponse du navigateur.

Si aucune page de connexion ne s&apos;est ouverte, copiez l&apos;adresse ci-dessous dans un navigateur sur cet ordinateur, connectez-vous en tant qu&apos;utilisateur d&apos;intégration et autorisez l&apos;accès. Si le navigateur affiche une erreur de Salesforce, revenez en arrière et corrigez les paramètres de l&apos;application. Callbridge continue d&apos;attendre&#xa0;; Annuler arrête la connexion.</translation>
    </message>
    <message numerus="yes">
        <source>Callbridge still could not open a browser (%n attempt(s)).</source>
        <translation>
            <numerusform>Callbridge n&apos;a toujours pas pu ouvrir de navigateur (%n tentative).</numerusform>
            <numerusform>Callbridge n&apos;a toujours pas pu ouvrir de navigateur (%n tentatives).</numerusform>
        </translation>
    </message>
    <message>
        <source>Callbridge could not open a browser.</source>
        <translation>Callbridge n&apos;a pas pu ouvrir de navigateur.</translation>
    </message>
    <message>
        <source>

Copy the login page&apos;s address below into a browser on this computer, log in as the integration user and allow access. Callbridge waits for the answer on this computer (it cannot come to another one).</source>
        <translation>

Copiez l&apos;adresse de la page de connexion ci-dessous dans un navigateur sur cet ordinateur, connectez-vous en tant qu&apos;utilisateur d&apos;intégration et autorisez l&apos;accès. Callbridge attend la réponse sur cet ordinateur (elle ne peut pas arriver sur un autre).</translation>
    </message>
    <message numerus="yes">
        <source>Callbridge asked your browser to open the login page again (%n time(s) so far). Look for it among the browser&apos;s windows and tabs.

If none opened, copy the address below into a browser on this computer.</source>
        <translation>
            <numerusform>Callbridge a demandé à votre navigateur de rouvrir la page de connexion (%n fois jusqu&apos;ici). Cherchez-la parmi les fenêtres et onglets du navigateur.

Si aucune ne s&apos;est ouverte, copiez l&apos;adresse ci-dessous dans un navigateur sur cet ordinateur.</numerusform>
            <numerusform>Callbridge a demandé à votre navigateur de rouvrir la page de connexion (%n fois jusqu&apos;ici). Cherchez-la parmi les fenêtres et onglets du navigateur.

Si aucune ne s&apos;est ouverte, copiez l&apos;adresse ci-dessous dans un navigateur sur cet ordinateur.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>callbridge::ui::CachedDataNote</name>
    <message>
        <source>Cached from %1 on %2 — not connected. Connect on the Connection step to reload from Salesforce.</source>
        <translation>En cache depuis %1 le %2 — non connecté. Connectez-vous à l&apos;étape Connexion pour recharger depuis Salesforce.</translation>
    </message>
    <message>
        <source>Cached from %1 — not connected. Connect on the Connection step to reload from Salesforce.</source>
        <translation>En cache depuis %1 — non connecté. Connectez-vous à l&apos;étape Connexion pour recharger depuis Salesforce.</translation>
    </message>
</context>
<context>
    <name>callbridge::ui::ConfigErrorsDialog</name>
    <message>
        <source>The saved setup cannot be read</source>
        <translation>La configuration enregistrée ne peut pas être lue</translation>
    </message>
    <message>
        <source>The setup file cannot be imported</source>
        <translation>Le fichier de configuration ne peut pas être importé</translation>
    </message>
    <message>
        <source>Callbridge could not read its setup file:
%1

The file has been left as it is. You can set it aside (it is renamed, not deleted) and start with a new setup, or quit and fix it.</source>
        <translation>Callbridge n&apos;a pas pu lire son fichier de configuration&#xa0;:
%1

Le fichier a été laissé tel quel. Vous pouvez le mettre de côté (il est renommé, pas supprimé) et commencer une nouvelle configuration, ou quitter et le corriger.</translation>
    </message>
    <message>
        <source>%1 is not a valid Callbridge setup. Nothing was changed.</source>
        <translation>%1 n&apos;est pas une configuration Callbridge valide. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Problèmes trouvés</translation>
    </message>
    <message>
        <source>Set aside and start new</source>
        <translation>Mettre de côté et recommencer</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
</context>
<context>
    <name>callbridge::ui::ConnectWizard</name>
    <message>
        <source>Connect to Salesforce</source>
        <translation>Se connecter à Salesforce</translation>
    </message>
</context>
<context>
    <name>callbridge::ui::ConnectedAppPage</name>
    <message>
        <source>Consumer key</source>
        <translation>Clé du consommateur</translation>
    </message>
    <message>
        <source>Callback port</source>
        <translation>Port de rappel</translation>
    </message>
    <message>
        <source>Consumer &amp;key:</source>
        <translation>&amp;Clé du consommateur&#xa0;:</translation>
    </message>
    <message>
        <source>Callback &amp;port:</source>
        <translation>&amp;Port de rappel&#xa0;:</translation>
    </message>
    <message>
        <source>Callback URL:</source>
        <translation>URL de rappel&#xa0;:</translation>
    </message>
    <message>
        <source>Salesforce app</source>
        <translation>Application Salesforce</translation>
    </message>
    <message>
        <source>The app in your org that Callbridge signs in through.</source>
        <translation>L&apos;application de votre org par laquelle Callbridge se connecte.</translation>
    </message>
    <message>
        <source>The platform&apos;s app is &amp;installed in the org (from its package)</source>
        <translation>L&apos;application de la plateforme est &amp;installée dans l&apos;org (depuis son package)</translation>
    </message>
    <message>
        <source>C&amp;reate an External Client App</source>
        <translation>C&amp;réer une External Client App</translation>
    </message>
    <message>
        <source>Consumer secret</source>
        <translation>Secret du consommateur</translation>
    </message>
    <message>
        <source>only if the app requires it</source>
        <translation>seulement si l&apos;application l&apos;exige</translation>
    </message>
    <message>
        <source>Consumer &amp;secret:</source>
        <translation>S&amp;ecret du consommateur&#xa0;:</translation>
    </message>
    <message>
        <source>Copy the app&apos;s consumer key from Setup &gt; &lt;i&gt;External Client App Manager&lt;/i&gt; (or &lt;i&gt;App Manager&lt;/i&gt; for a connected app) &gt; the app &gt; &lt;i&gt;Settings&lt;/i&gt; &gt; &lt;i&gt;OAuth Settings&lt;/i&gt; &gt; &lt;b&gt;Consumer Key and Secret&lt;/b&gt;. Enter the consumer secret too if the app requires one.</source>
        <translation>Copiez la clé du consommateur de l&apos;application depuis Setup &gt; &lt;i&gt;External Client App Manager&lt;/i&gt; (ou &lt;i&gt;App Manager&lt;/i&gt; pour une application connectée) &gt; l&apos;application &gt; &lt;i&gt;Settings&lt;/i&gt; &gt; &lt;i&gt;OAuth Settings&lt;/i&gt; &gt; &lt;b&gt;Consumer Key and Secret&lt;/b&gt;. Saisissez aussi le secret du consommateur si l&apos;application en exige un.</translation>
    </message>
    <message>
        <source>Its OAuth policies must admit the integration user: &lt;i&gt;Permitted Users&lt;/i&gt; &lt;b&gt;Admin approved users are pre-authorized&lt;/b&gt; with the user&apos;s profile or permission set selected, or &lt;b&gt;All users may self-authorize&lt;/b&gt;.</source>
        <translation>Ses stratégies OAuth doivent admettre l&apos;utilisateur d&apos;intégration&#xa0;: &lt;i&gt;Permitted Users&lt;/i&gt; &lt;b&gt;Admin approved users are pre-authorized&lt;/b&gt; avec le profil ou l&apos;ensemble d&apos;autorisations de l&apos;utilisateur sélectionné, ou &lt;b&gt;All users may self-authorize&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>1. In Setup, enter &lt;i&gt;External Client App Manager&lt;/i&gt; in Quick Find, open it and click &lt;b&gt;New External Client App&lt;/b&gt;. Give a name and a contact email, and set &lt;i&gt;Distribution State&lt;/i&gt; to &lt;b&gt;Local&lt;/b&gt;.</source>
        <translation>1. Dans Setup, saisissez &lt;i&gt;External Client App Manager&lt;/i&gt; dans Quick Find, ouvrez-le et cliquez sur &lt;b&gt;New External Client App&lt;/b&gt;. Indiquez un nom et une adresse e-mail de contact, et réglez &lt;i&gt;Distribution State&lt;/i&gt; sur &lt;b&gt;Local&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>2. Under &lt;i&gt;API (Enable OAuth Settings)&lt;/i&gt;, tick &lt;b&gt;Enable OAuth&lt;/b&gt; and enter this &lt;i&gt;Callback URL&lt;/i&gt;:</source>
        <translation>2. Sous &lt;i&gt;API (Enable OAuth Settings)&lt;/i&gt;, cochez &lt;b&gt;Enable OAuth&lt;/b&gt; et saisissez cette &lt;i&gt;Callback URL&lt;/i&gt;&#xa0;:</translation>
    </message>
    <message>
        <source>Copy the callback URL</source>
        <translation>Copier l&apos;URL de rappel</translation>
    </message>
    <message>
        <source>3. &lt;i&gt;OAuth Scopes&lt;/i&gt;: add &lt;b&gt;Manage user data via APIs (api)&lt;/b&gt; and &lt;b&gt;Perform requests at any time (refresh_token, offline_access)&lt;/b&gt;.</source>
        <translation>3. &lt;i&gt;OAuth Scopes&lt;/i&gt;&#xa0;: ajoutez &lt;b&gt;Manage user data via APIs (api)&lt;/b&gt; et &lt;b&gt;Perform requests at any time (refresh_token, offline_access)&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Copy the scope names</source>
        <translation>Copier les noms des portées</translation>
    </message>
    <message>
        <source>4. &lt;i&gt;Security&lt;/i&gt;: keep &lt;b&gt;Require Proof Key for Code Exchange (PKCE)&lt;/b&gt; ticked. Keep &lt;b&gt;Require Secret for Web Server Flow&lt;/b&gt; and &lt;b&gt;Require Secret for Refresh Token Flow&lt;/b&gt; ticked and enter the consumer secret below, or untick both to connect without a secret. Click &lt;b&gt;Create&lt;/b&gt;.</source>
        <translation>4. &lt;i&gt;Security&lt;/i&gt;&#xa0;: laissez &lt;b&gt;Require Proof Key for Code Exchange (PKCE)&lt;/b&gt; coché. Laissez &lt;b&gt;Require Secret for Web Server Flow&lt;/b&gt; et &lt;b&gt;Require Secret for Refresh Token Flow&lt;/b&gt; cochés et saisissez le secret du consommateur ci-dessous, ou décochez les deux pour vous connecter sans secret. Cliquez sur &lt;b&gt;Create&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>5. On the app&apos;s &lt;i&gt;Policies&lt;/i&gt; tab click &lt;b&gt;Edit&lt;/b&gt;. &lt;i&gt;OAuth Policies&lt;/i&gt;: &lt;i&gt;Permitted Users&lt;/i&gt; &lt;b&gt;Admin approved users are pre-authorized&lt;/b&gt;, then under &lt;i&gt;App Policies&lt;/i&gt; select the integration user&apos;s profile or permission set; &lt;i&gt;IP Relaxation&lt;/i&gt; &lt;b&gt;Relax IP restrictions&lt;/b&gt; (Callbridge runs on your computer, outside the org&apos;s trusted IP ranges); &lt;i&gt;Refresh Token Policy&lt;/i&gt; &lt;b&gt;Refresh token is valid until revoked&lt;/b&gt;. Save.</source>
        <translation>5. Dans l&apos;onglet &lt;i&gt;Policies&lt;/i&gt; de l&apos;application, cliquez sur &lt;b&gt;Edit&lt;/b&gt;. &lt;i&gt;OAuth Policies&lt;/i&gt;&#xa0;: &lt;i&gt;Permitted Users&lt;/i&gt; &lt;b&gt;Admin approved users are pre-authorized&lt;/b&gt;, puis sous &lt;i&gt;App Policies&lt;/i&gt;, sélectionnez le profil ou l&apos;ensemble d&apos;autorisations de l&apos;utilisateur d&apos;intégration&#xa0;; &lt;i&gt;IP Relaxation&lt;/i&gt; &lt;b&gt;Relax IP restrictions&lt;/b&gt; (Callbridge s&apos;exécute sur votre ordinateur, hors des plages d&apos;adresses IP de confiance de l&apos;org)&#xa0;; &lt;i&gt;Refresh Token Policy&lt;/i&gt; &lt;b&gt;Refresh token is valid until revoked&lt;/b&gt;. Enregistrez.</translation>
    </message>
    <message>
        <source>6. On the &lt;i&gt;Settings&lt;/i&gt; tab, &lt;i&gt;OAuth Settings&lt;/i&gt; &gt; &lt;b&gt;Consumer Key and Secret&lt;/b&gt;: copy both into the fields below. A new app can take a few minutes before Salesforce accepts it.</source>
        <translation>6. Dans l&apos;onglet &lt;i&gt;Settings&lt;/i&gt;, &lt;i&gt;OAuth Settings&lt;/i&gt; &gt; &lt;b&gt;Consumer Key and Secret&lt;/b&gt;&#xa0;: copiez les deux valeurs dans les champs ci-dessous. Une nouvelle application peut mettre quelques minutes avant d&apos;être acceptée par Salesforce.</translation>
    </message>
    <message>
        <source>The demo org has the platform&apos;s app installed already.</source>
        <translation>L&apos;application de la plateforme est déjà installée dans l&apos;org de démonstration.</translation>
    </message>
    <message>
        <source>1717 is the port the Salesforce CLI uses; any free port works if the app lists its callback URL.</source>
        <translation>1717 est le port qu&apos;utilise Salesforce CLI&#xa0;; n&apos;importe quel port libre convient si son URL de rappel figure dans la liste de l&apos;application.</translation>
    </message>
</context>
<context>
    <name>callbridge::ui::ConnectionPage</name>
    <message>
        <source>&amp;Connect…</source>
        <translation>Se &amp;connecter…</translation>
    </message>
    <message>
        <source>&amp;Reconnect</source>
        <translation>Se &amp;reconnecter</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Connecté.</translation>
    </message>
    <message>
        <source>Connected for this session only. %1</source>
        <translation>Connecté pour cette session uniquement. %1</translation>
    </message>
    <message>
        <source>%1 · %2
as %3 · %4
API %5</source>
        <translation>%1 · %2
en tant que %3 · %4
API %5</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Not connected. %1</source>
        <translation>Non connecté. %1</translation>
    </message>
    <message>
        <source>Not connected. Connect to your Salesforce org to begin.</source>
        <translation>Non connecté. Connectez-vous à votre org Salesforce pour commencer.</translation>
    </message>
    <message>
        <source>Saved connection: %1 · %2</source>
        <translation>Connexion enregistrée&#xa0;: %1 · %2</translation>
    </message>
    <message>
        <source>Disconnect from Salesforce?</source>
        <translation>Se déconnecter de Salesforce&#xa0;?</translation>
    </message>
    <message>
        <source>Callbridge revokes its access at Salesforce and deletes the sign-in from the keychain. Your setup (fields, filter, users) is kept.</source>
        <translation>Callbridge révoque son accès chez Salesforce et supprime la connexion du trousseau. Votre configuration (champs, filtre, utilisateurs) est conservée.</translation>
    </message>
    <message>
        <source>Could not save the connection</source>
        <translation>La connexion n&apos;a pas pu être enregistrée</translation>
    </message>
    <message>
        <source>Not connected. The demo org starts fresh each time Callbridge starts, so the connection to the previous one ended when Callbridge quit. Your setup is kept: Reconnect logs in to the new demo org in the browser.</source>
        <translation>Non connecté. L&apos;org de démonstration repart de zéro à chaque démarrage de Callbridge&#xa0;: la connexion à la précédente a pris fin à la fermeture de Callbridge. Votre configuration est conservée&#xa0;: Se reconnecter vous connecte à la nouvelle org de démonstration dans le navigateur.</translation>
    </message>
</context>
<context>
    <name>callbridge::ui::EnvironmentPage</name>
    <message>
        <source>Custom host (the org is reached through its own domain)</source>
        <translation>Hôte personnalisé (l&apos;org est accessible par son propre domaine)</translation>
    </message>
    <message>
        <source>Where is your Salesforce org?</source>
        <translation>Où se trouve votre org Salesforce&#xa0;?</translation>
    </message>
    <message>
        <source>Only one org is connected at a time: production or a sandbox, never both.</source>
        <translation>Une seule org est connectée à la fois&#xa0;: la production ou une sandbox, jamais les deux.</translation>
    </message>
    <message>
        <source>&amp;Production (login.salesforce.com)</source>
        <translation>&amp;Production (login.salesforce.com)</translation>
    </message>
    <message>
        <source>&amp;Sandbox (test.salesforce.com)</source>
        <translation>&amp;Sandbox (test.salesforce.com)</translation>
    </message>
    <message>
        <source>&amp;My Domain</source>
        <translation>&amp;My Domain</translation>
    </message>
    <message>
        <source>&amp;Demo org (a local Salesforce org with sample data, on this computer)</source>
        <translation>Org de &amp;démonstration (une org Salesforce locale avec des données d&apos;exemple, sur cet ordinateur)</translation>
    </message>
    <message>
        <source>My Domain URL</source>
        <translation>URL My Domain</translation>
    </message>
    <message>
        <source>Custom host</source>
        <translation>Hôte personnalisé</translation>
    </message>
    <message>
        <source>&lt;b&gt;Connect as a dedicated integration user.&lt;/b&gt; Callbridge, and the integration, can access whatever the connecting user can. If that user is deactivated, the integration disconnects — so use a user that is not a real person in the company and will not be deactivated, ideally on the Salesforce Integration license.</source>
        <translation>&lt;b&gt;Connectez-vous avec un utilisateur d&apos;intégration dédié.&lt;/b&gt; Callbridge, et l&apos;intégration, peuvent accéder à tout ce à quoi l&apos;utilisateur connecté a accès. Si cet utilisateur est désactivé, l&apos;intégration se déconnecte&#xa0;: utilisez donc un utilisateur qui n&apos;est pas une vraie personne de l&apos;entreprise et ne sera pas désactivé, idéalement avec la licence Salesforce Integration.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the callback URL</source>
        <translation>Copier l&apos;URL de rappel</translation>
    </message>
    <message>
        <source>Callbridge signs in through the platform&apos;s app or an External Client App (the next page shows how to create one). The app&apos;s callback URL:</source>
        <translation>Callbridge se connecte via l&apos;application de la plateforme ou une External Client App (la page suivante explique comment en créer une). L&apos;URL de rappel de l&apos;application&#xa0;:</translation>
    </message>
</context>
<context>
    <name>callbridge::ui::ExportFilterPage</name>
    <message>
        <source>As a &amp;Task (a logged call)</source>
        <translation>En &amp;tâche (un appel consigné)</translation>
    </message>
    <message>
        <source>As an &amp;Event (a meeting on the calendar)</source>
        <translation>En &amp;événement (une réunion dans le calendrier)</translation>
    </message>
    <message>
        <source>Include &amp;smart trackers in the description</source>
        <translation>Inclure les &amp;smart trackers dans la description</translation>
    </message>
    <message>
        <source>Each exported call becomes</source>
        <translation>Chaque appel exporté devient</translation>
    </message>
    <message>
        <source>Only calls that pass the filter are exported. The filter applies to new calls, and to past calls when they are reprocessed (a tracker newly applies, or a participant&apos;s Salesforce data changes). An empty filter exports every call.</source>
        <translation>Seuls les appels qui passent le filtre sont exportés. Le filtre s&apos;applique aux nouveaux appels, et aux appels passés lorsqu&apos;ils sont retraités (un tracker s&apos;applique nouvellement, ou les données Salesforce d&apos;un participant changent). Un filtre vide exporte chaque appel.</translation>
    </message>
    <message>
        <source>&amp;Rules</source>
        <translation>&amp;Règles</translation>
    </message>
    <message>
        <source>Filter as text</source>
        <translation>Filtre sous forme de texte</translation>
    </message>
    <message>
        <source>For example: scope = &quot;external&quot; and duration &gt;= 5m and not trackers contains &quot;Internal&quot;</source>
        <translation>Par exemple&#xa0;: scope = &quot;external&quot; and duration &gt;= 5m and not trackers contains &quot;Internal&quot;</translation>
    </message>
    <message>
        <source>Fields: title, duration, direction, workspace, started, primaryUser, participants.email, participants.domain, externalParticipants, scope, trackers, account.&lt;Field&gt;, opportunity.&lt;Field&gt;. Operators: = != &lt; &lt;= &gt; &gt;= in [..] contains matches exists; and, or, not, parentheses. Values: &quot;text&quot;, 12, 30m, 90s, 2026-03-01, true.</source>
        <translation>Champs&#xa0;: title, duration, direction, workspace, started, primaryUser, participants.email, participants.domain, externalParticipants, scope, trackers, account.&lt;Champ&gt;, opportunity.&lt;Champ&gt;. Opérateurs&#xa0;: = != &lt; &lt;= &gt; &gt;= in [..] contains matches exists&#xa0;; and, or, not, parenthèses. Valeurs&#xa0;: &quot;texte&quot;, 12, 30m, 90s, 2026-03-01, true.</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Texte</translation>
    </message>
    <message>
        <source>Filter editor</source>
        <translation>Éditeur de filtre</translation>
    </message>
    <message>
        <source>Filter check</source>
        <translation>Vérification du filtre</translation>
    </message>
    <message>
        <source>No filter: every call exports.</source>
        <translation>Aucun filtre&#xa0;: chaque appel est exporté.</translation>
    </message>
    <message>
        <source>✔ The filter is valid.</source>
        <translation>✔ Le filtre est valide.</translation>
    </message>
    <message>
        <source>✖ %1</source>
        <translation>✖ %1</translation>
    </message>
    <message>
        <source>Filter rules</source>
        <translation>Règles du filtre</translation>
    </message>
    <message>
        <source>Log captured e&amp;mails as tasks</source>
        <translation>Consigner les e-&amp;mails capturés en tâches</translation>
    </message>
    <message>
        <source>Activity only</source>
        <translation>Activité uniquement</translation>
    </message>
    <message>
        <source>Full call data only</source>
        <translation>Données d&apos;appel complètes uniquement</translation>
    </message>
    <message>
        <source>Activity and full call data</source>
        <translation>Activité et données d&apos;appel complètes</translation>
    </message>
    <message>
        <source>Full call data goes to the call-recording package&apos;s Conversation object, with its participants, trackers and related records; the activity can stay on beside it.</source>
        <translation>Les données d&apos;appel complètes vont dans l&apos;objet Conversation du package d&apos;enregistrement d&apos;appels, avec ses participants, ses trackers et les enregistrements liés&#xa0;; l&apos;activité peut être conservée à côté.</translation>
    </message>
    <message>
        <source>Write to Salesforce:</source>
        <translation>Écrire dans Salesforce&#xa0;:</translation>
    </message>
    <message>
        <source>Write to Salesforce</source>
        <translation>Écrire dans Salesforce</translation>
    </message>
</context>
<context>
    <name>callbridge::ui::ExportRunDialog</name>
    <message>
        <source>&amp;Start export</source>
        <translation>&amp;Démarrer l&apos;export</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Export calls</source>
        <translation>Exporter les appels</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progression de l&apos;export</translation>
    </message>
    <message>
        <source>Calls that failed</source>
        <translation>Appels en échec</translation>
    </message>
    <message>
        <source>Calls that fail are listed here and tried again on the next run.</source>
        <translation>Les appels en échec sont listés ici et retentés à la prochaine exécution.</translation>
    </message>
    <message>
        <source>The saved filter is not valid: %1</source>
        <translation>Le filtre enregistré n&apos;est pas valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>Working out what to export…</source>
        <translation>Détermination de ce qu&apos;il faut exporter…</translation>
    </message>
    <message>
        <source>The org has %L1 of %L2 daily API requests left.</source>
        <translation>L&apos;org dispose encore de %L1 requêtes d&apos;API quotidiennes sur %L2.</translation>
    </message>
    <message>
        <source>Nothing to export: every call the filter passes is in Salesforce as it is now.</source>
        <translation>Rien à exporter&#xa0;: chaque appel qui passe le filtre est à jour dans Salesforce.</translation>
    </message>
    <message>
        <source>%L1 calls to write or update (%L2 records) and %L3 to remove, in about %L4 API calls.</source>
        <translation>%L1 appels à écrire ou à mettre à jour (%L2 enregistrements) et %L3 à supprimer, en environ %L4 appels d&apos;API.</translation>
    </message>
    <message>
        <source>Export to a production org?</source>
        <translation>Exporter vers une org de production&#xa0;?</translation>
    </message>
    <message>
        <source>%1 is a production org. The export creates real records that its users can see. Export %L2 calls?</source>
        <translation>%1 est une org de production. L&apos;export crée de vrais enregistrements que ses utilisateurs peuvent voir. Exporter %L2 appels&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>%L1 written, %L2 removed, %L3 failed, %L4 API calls.</source>
        <translation>%L1 écrits, %L2 supprimés, %L3 en échec, %L4 appels d&apos;API.</translation>
    </message>
    <message>
        <source>Export finished: %1</source>
        <translation>Export terminé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Export stopped (%1): %2 What is left is exported on the next run.</source>
        <translation>Export arrêté (%1)&#xa0;: %2 Le reste est exporté à la prochaine exécution.</translation>
    </message>
    <message>
        <source>Could not read which activity fields this org accepts: %1</source>
        <translation>Impossible de lire quels champs d&apos;activité cette org accepte&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>callbridge::ui::FieldTreeModel</name>
    <message>
        <source>required</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <source>recommended</source>
        <translation>recommandé</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>unsupported</source>
        <translation>non pris en charge</translation>
    </message>
    <message>
        <source>cannot read</source>
        <translation>illisible</translation>
    </message>
    <message>
        <source>%1 of %2 selected</source>
        <translation>%1 sur %2 sélectionnés</translation>
    </message>
    <message>
        <source>%1 (formula)</source>
        <translation>%1 (formule)</translation>
    </message>
    <message>
        <source>Select %1</source>
        <translation>Sélectionner %1</translation>
    </message>
    <message>
        <source>Deselect %1</source>
        <translation>Désélectionner %1</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>API name</source>
        <translation>Nom d&apos;API</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>always imported</source>
        <translation>toujours importé</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>status — why</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Always imported: the integration reads this field itself.</source>
        <translation>Toujours importé&#xa0;: l&apos;intégration lit ce champ elle-même.</translation>
    </message>
    <message>
        <source>locked: %1</source>
        <translation>verrouillé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>callbridge::ui::FieldsPage</name>
    <message>
        <source>Restore &amp;recommended</source>
        <translation>Rétablir les &amp;recommandés</translation>
    </message>
    <message>
        <source>Re&amp;load from Salesforce</source>
        <translation>Re&amp;charger depuis Salesforce</translation>
    </message>
    <message>
        <source>Search fields by label or API name</source>
        <translation>Rechercher des champs par libellé ou nom d&apos;API</translation>
    </message>
    <message>
        <source>Search fields</source>
        <translation>Rechercher des champs</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Re&amp;do</source>
        <translation>Ré&amp;tablir</translation>
    </message>
    <message>
        <source>Fields by object</source>
        <translation>Champs par objet</translation>
    </message>
    <message>
        <source>Restore recommended</source>
        <translation>Rétablir les recommandés</translation>
    </message>
    <message>
        <source>Connect to Salesforce first: the fields come from the connected org.</source>
        <translation>Connectez-vous d&apos;abord à Salesforce&#xa0;: les champs viennent de l&apos;org connectée.</translation>
    </message>
    <message>
        <source>Reading the objects&apos; fields from Salesforce…</source>
        <translation>Lecture des champs des objets depuis Salesforce…</translation>
    </message>
    <message>
        <source>The fields could not be read: %1</source>
        <translation>Les champs n&apos;ont pas pu être lus&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 of %2 fields selected across %3 objects.</source>
        <translation>%1 champs sur %2 sélectionnés dans %3 objets.</translation>
    </message>
    <message>
        <source>⚠ Blocking: the integration user cannot read these required fields: %1. Fix it in Salesforce (see the Permissions step).</source>
        <translation>⚠ Bloquant&#xa0;: l&apos;utilisateur d&apos;intégration ne peut pas lire ces champs obligatoires&#xa0;: %1. Corrigez cela dans Salesforce (voir l&apos;étape Autorisations).</translation>
    </message>
    <message>
        <source>⚠ The setup selects fields the org does not show (deleted, renamed or hidden): %1. They stay in the setup until you deselect them.</source>
        <translation>⚠ La configuration sélectionne des champs que l&apos;org ne montre pas (supprimés, renommés ou masqués)&#xa0;: %1. Ils restent dans la configuration jusqu&apos;à ce que vous les désélectionniez.</translation>
    </message>
    <message>
        <source>The user cannot read these objects at all: %1.</source>
        <translation>L&apos;utilisateur ne peut pas lire du tout ces objets&#xa0;: %1.</translation>
    </message>
    <message>
        <source>⚠ Salesforce did not describe %1 (%2). Reload to try again.</source>
        <translation>⚠ Salesforce n&apos;a pas décrit %1 (%2). Rechargez pour réessayer.</translation>
    </message>
    <message>
        <source>Connect to Salesforce to reload the fields</source>
        <translation>Connectez-vous à Salesforce pour recharger les champs</translation>
    </message>
</context>
<context>
    <name>callbridge::ui::FilterConditionWidget</name>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparaison</translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation>Supprimer cette condition</translation>
    </message>
    <message>
        <source>values, separated by commas</source>
        <translation>valeurs séparées par des virgules</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>heures</translation>
    </message>
    <message>
        <source>true</source>
        <translation>vrai</translation>
    </message>
    <message>
        <source>false</source>
        <translation>faux</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>type a value</source>
        <translation>saisissez une valeur</translation>
    </message>
    <message>
        <source>choose a value</source>
        <translation>choisissez une valeur</translation>
    </message>
</context>
<context>
    <name>callbridge::ui::FilterGroupWidget</name>
    <message>
        <source>Export calls that match all of these</source>
        <translation>Exporter les appels qui remplissent toutes ces conditions</translation>
    </message>
    <message>
        <source>Export calls that match any of these</source>
        <translation>Exporter les appels qui remplissent l&apos;une de ces conditions</translation>
    </message>
    <message>
        <source>Export calls that match none of these</source>
        <translation>Exporter les appels qui ne remplissent aucune de ces conditions</translation>
    </message>
    <message>
        <source>How the conditions combine</source>
        <translation>Comment les conditions se combinent</translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation>Ajouter une condition</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation>Ajouter un groupe</translation>
    </message>
    <message>
        <source>All of these</source>
        <translation>Toutes ces conditions</translation>
    </message>
    <message>
        <source>Any of these</source>
        <translation>L&apos;une de ces conditions</translation>
    </message>
    <message>
        <source>None of these</source>
        <translation>Aucune de ces conditions</translation>
    </message>
    <message>
        <source>Remove this group</source>
        <translation>Supprimer ce groupe</translation>
    </message>
</context>
<context>
    <name>callbridge::ui::FilterRuleBuilder</name>
    <message>
        <source>is</source>
        <translation>est</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>n&apos;est pas</translation>
    </message>
    <message>
        <source>less than</source>
        <translation>inférieur à</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>au plus</translation>
    </message>
    <message>
        <source>more than</source>
        <translation>supérieur à</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>au moins</translation>
    </message>
    <message>
        <source>is one of</source>
        <translation>est l&apos;un de</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>contient</translation>
    </message>
    <message>
        <source>matches pattern</source>
        <translation>correspond au motif</translation>
    </message>
    <message>
        <source>has a value</source>
        <translation>a une valeur</translation>
    </message>
    <message>
        <source>The new condition on %1 has no value yet: type or choose one.</source>
        <translation>La nouvelle condition sur %1 n&apos;a pas encore de valeur&#xa0;: saisissez-en ou choisissez-en une.</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>Compte&#xa0;: %1</translation>
    </message>
    <message>
        <source>Opportunity: %1</source>
        <translation>Opportunité&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a field&apos;s label, then the name to write in a filter</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>callbridge::ui::ImportDialog</name>
    <message>
        <source>Import from Salesforce</source>
        <translation>Importer depuis Salesforce</translation>
    </message>
    <message>
        <source>Import progress by object</source>
        <translation>Progression de l&apos;importation par objet</translation>
    </message>
    <message>
        <source>Overall import progress</source>
        <translation>Progression globale de l&apos;importation</translation>
    </message>
    <message>
        <source>%p%</source>
        <translation>%p %</translation>
    </message>
    <message>
        <source>Reading which fields to import from %1…</source>
        <translation>Lecture des champs à importer depuis %1…</translation>
    </message>
    <message>
        <source>Importing the selected fields of %L1 objects into the local cache. You can keep working; Cancel keeps what was read, and the next import continues from there.</source>
        <translation>Importation des champs sélectionnés de %L1 objets dans le cache local. Vous pouvez continuer à travailler&#xa0;; Annuler conserve ce qui a été lu, et la prochaine importation reprendra à partir de là.</translation>
    </message>
    <message>
        <source>Stopping… what was read is kept.</source>
        <translation>Arrêt en cours… ce qui a été lu est conservé.</translation>
    </message>
</context>
<context>
    <name>callbridge::ui::ImportProgressModel</name>
    <message>
        <source>%L1 s</source>
        <translation>%L1 s</translation>
    </message>
    <message>
        <source>%L1 min</source>
        <translation>%L1 min</translation>
    </message>
    <message>
        <source>%L1 h %L2 min</source>
        <translation>%L1 h %L2 min</translation>
    </message>
    <message>
        <source>Bulk API</source>
        <translation>Bulk API</translation>
    </message>
    <message>
        <source>REST</source>
        <translation>REST</translation>
    </message>
    <message>
        <source>%L1 of %L2</source>
        <translation>%L1 sur %L2</translation>
    </message>
    <message>
        <source>%L1 so far</source>
        <translation>%L1 jusqu&apos;ici</translation>
    </message>
    <message>
        <source>%L1 records/s</source>
        <translation>%L1 enregistrements/s</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>encore %1</translation>
    </message>
    <message>
        <source>took %L1 s</source>
        <translation>a pris %L1 s</translation>
    </message>
    <message>
        <source>took %1</source>
        <translation>a pris %1</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Counting rows…</source>
        <translation>Comptage des lignes…</translation>
    </message>
    <message>
        <source>Reading changes…</source>
        <translation>Lecture des modifications…</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <source>Done: %L1 stored, %L2 removed</source>
        <translation>Terminé&#xa0;: %L1 stockés, %L2 supprimés</translation>
    </message>
    <message>
        <source>Done: %L1 stored</source>
        <translation>Terminé&#xa0;: %L1 stockés</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>Stopped; continues next time</source>
        <translation>Arrêté&#xa0;; reprendra la prochaine fois</translation>
    </message>
    <message>
        <source>Not started: %1</source>
        <translation>Non démarré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Read through</source>
        <translation>Lu via</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Débit</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Building indexes…</source>
        <translation>Création des index…</translation>
    </message>
</context>
<context>
    <name>callbridge::ui::MainWindow</name>
    <message>
        <source>Setup steps</source>
        <translation>Étapes de configuration</translation>
    </message>
    <message>
        <source>Connected to %1 as %2</source>
        <translation>Connecté à %1 en tant que %2</translation>
    </message>
    <message>
        <source>Connected to %1 for this session only</source>
        <translation>Connecté à %1 pour cette session uniquement</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Save setup</source>
        <translation>&amp;Enregistrer la configuration</translation>
    </message>
    <message>
        <source>&amp;Import setup…</source>
        <translation>&amp;Importer une configuration…</translation>
    </message>
    <message>
        <source>&amp;Export setup…</source>
        <translation>E&amp;xporter la configuration…</translation>
    </message>
    <message>
        <source>Open &amp;calls…</source>
        <translation>Ouvrir des &amp;appels…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Données</translation>
    </message>
    <message>
        <source>&amp;Import from Salesforce…</source>
        <translation>&amp;Importer depuis Salesforce…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Callbridge</source>
        <translation>À &amp;propos de Callbridge</translation>
    </message>
    <message>
        <source>API requests today: %L1 of %L2</source>
        <translation>Requêtes d&apos;API aujourd&apos;hui&#xa0;: %L1 sur %L2</translation>
    </message>
    <message>
        <source>Could not save the setup</source>
        <translation>La configuration n&apos;a pas pu être enregistrée</translation>
    </message>
    <message>
        <source>Setup saved</source>
        <translation>Configuration enregistrée</translation>
    </message>
    <message>
        <source>Import setup</source>
        <translation>Importer une configuration</translation>
    </message>
    <message>
        <source>Callbridge setup (*.json);;All files (*)</source>
        <translation>Configuration Callbridge (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Imported %1 — save to keep it</source>
        <translation>%1 importé – enregistrez pour le conserver</translation>
    </message>
    <message>
        <source>Export setup</source>
        <translation>Exporter la configuration</translation>
    </message>
    <message>
        <source>Callbridge setup (*.json)</source>
        <translation>Configuration Callbridge (*.json)</translation>
    </message>
    <message>
        <source>Could not export the setup</source>
        <translation>La configuration n&apos;a pas pu être exportée</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exporté vers %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>The setup has changes that are not saved. Save them?</source>
        <translation>La configuration a des modifications non enregistrées. Les enregistrer&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Help for this step</source>
        <translation>&amp;Aide sur cette étape</translation>
    </message>
    <message>
        <source>An import is open: close it first.</source>
        <translation>Une importation est ouverte&#xa0;: fermez-la d&apos;abord.</translation>
    </message>
    <message>
        <source>Restart Callbridge?</source>
        <translation>Redémarrer Callbridge&#xa0;?</translation>
    </message>
    <message>
        <source>The language and the data folder change when Callbridge starts again. Restart it now?</source>
        <translation>La langue et le dossier de données changent au prochain démarrage de Callbridge. Redémarrer maintenant&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>&amp;Redémarrer maintenant</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Plus &amp;tard</translation>
    </message>
    <message>
        <source>&amp;Export calls…</source>
        <translation>&amp;Exporter les appels…</translation>
    </message>
    <message>
        <source>Integration setup[*]</source>
        <translation>Configuration de l&apos;intégration[*]</translation>
    </message>
</context>
<context>
    <name>callbridge::ui::NotBuiltPage</name>
    <message>
        <source>This step is not available in this version of Callbridge yet.</source>
        <translation>Cette étape n&apos;est pas encore disponible dans cette version de Callbridge.</translation>
    </message>
</context>
<context>
    <name>callbridge::ui::PermissionFixDialog</name>
    <message>
        <source>C&amp;heck this user</source>
        <translation>&amp;Vérifier cet utilisateur</translation>
    </message>
    <message>
        <source>Include the &amp;Engage extras (Modify All on the CRM objects)</source>
        <translation>Inclure les compléments &amp;Engage («&#xa0;Modifier tout&#xa0;» sur les objets CRM)</translation>
    </message>
    <message>
        <source>E&amp;xport as metadata…</source>
        <translation>E&amp;xporter en métadonnées…</translation>
    </message>
    <message>
        <source>&amp;Apply in Salesforce…</source>
        <translation>A&amp;ppliquer dans Salesforce…</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Fix the integration user&apos;s permissions</source>
        <translation>Corriger les autorisations de l&apos;utilisateur d&apos;intégration</translation>
    </message>
    <message>
        <source>User to fix</source>
        <translation>Utilisateur à corriger</translation>
    </message>
    <message>
        <source>What the fix changes</source>
        <translation>Ce que la correction modifie</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Autorisation</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>There is no active user %1 in this org.</source>
        <translation>Il n&apos;y a pas d&apos;utilisateur actif %1 dans cette org.</translation>
    </message>
    <message>
        <source>The audit could not finish: %1</source>
        <translation>L&apos;audit n&apos;a pas pu se terminer&#xa0;: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Changed in %1:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Modifié dans %1&#xa0;:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Nothing needed changing in %1.</source>
        <translation>Rien n&apos;avait besoin d&apos;être modifié dans %1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Audited again:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Nouvel audit&#xa0;:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>%1: %2 Nothing to fix.</source>
        <translation>%1&#xa0;: %2 Rien à corriger.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 The permission set “%3” fixes it with the %n change(s) below.</source>
        <translation>
            <numerusform>%1&#xa0;: %2 L&apos;ensemble d&apos;autorisations «&#xa0;%3&#xa0;» corrige cela avec %n modification (voir ci-dessous).</numerusform>
            <numerusform>%1&#xa0;: %2 L&apos;ensemble d&apos;autorisations «&#xa0;%3&#xa0;» corrige cela avec %n modifications (voir ci-dessous).</numerusform>
        </translation>
    </message>
    <message>
        <source>You cannot apply it as %1 (it needs Manage Profiles and Permission Sets and Assign Permission Sets): export it and ask an admin.</source>
        <translation>Vous ne pouvez pas l&apos;appliquer en tant que %1 (cela exige «&#xa0;Gérer les profils et les ensembles d&apos;autorisations&#xa0;» et «&#xa0;Attribuer des ensembles d&apos;autorisations&#xa0;»)&#xa0;: exportez-le et demandez à un administrateur.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;This changes permissions in &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;It creates or updates the permission set “%2” (%3) with %n change(s) and assigns it to &lt;b&gt;%4&lt;/b&gt;. Nothing else is changed.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;Ceci modifie des autorisations dans &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;L&apos;ensemble d&apos;autorisations «&#xa0;%2&#xa0;» (%3) est créé ou mis à jour avec %n modification et attribué à &lt;b&gt;%4&lt;/b&gt;. Rien d&apos;autre n&apos;est modifié.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;Ceci modifie des autorisations dans &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;L&apos;ensemble d&apos;autorisations «&#xa0;%2&#xa0;» (%3) est créé ou mis à jour avec %n modifications et attribué à &lt;b&gt;%4&lt;/b&gt;. Rien d&apos;autre n&apos;est modifié.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>The fix was not applied in %1: %2</source>
        <translation>La correction n&apos;a pas été appliquée dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Auditing %1 again…</source>
        <translation>Nouvel audit de %1…</translation>
    </message>
    <message>
        <source>Export the permission set as metadata</source>
        <translation>Exporter l&apos;ensemble d&apos;autorisations en métadonnées</translation>
    </message>
    <message>
        <source>Could not export the permission set</source>
        <translation>L&apos;ensemble d&apos;autorisations n&apos;a pas pu être exporté</translation>
    </message>
    <message>
        <source>Wrote %1 and package.xml: deploy them with “sf project deploy start --manifest package.xml” or a change set.</source>
        <translation>%1 et package.xml ont été écrits&#xa0;: déployez-les avec «&#xa0;sf project deploy start --manifest package.xml&#xa0;» ou un ensemble de modifications.</translation>
    </message>
</context>
<context>
    <name>callbridge::ui::PermissionsPage</name>
    <message>
        <source>&amp;Re-check</source>
        <translation>&amp;Revérifier</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>&amp;Exporter le rapport…</translation>
    </message>
    <message>
        <source>Checking permissions</source>
        <translation>Vérification des autorisations</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Object permissions</source>
        <translation>Autorisations d&apos;objet</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lire</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>View All</source>
        <translation>Afficher tout</translation>
    </message>
    <message>
        <source>Modify All</source>
        <translation>Modifier tout</translation>
    </message>
    <message>
        <source>Export the permission report</source>
        <translation>Exporter le rapport d&apos;autorisations</translation>
    </message>
    <message>
        <source>HTML report (*.html)</source>
        <translation>Rapport HTML (*.html)</translation>
    </message>
    <message>
        <source>Connect to Salesforce first: the audit checks the connected user.</source>
        <translation>Connectez-vous d&apos;abord à Salesforce&#xa0;: l&apos;audit vérifie l&apos;utilisateur connecté.</translation>
    </message>
    <message>
        <source>The audit could not finish: %1</source>
        <translation>L&apos;audit n&apos;a pas pu se terminer&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;User %2 in %3.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Utilisateur %2 dans %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n to look at</source>
        <translation>
            <numerusform>%n à examiner</numerusform>
            <numerusform>%n à examiner</numerusform>
        </translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Select a finding to see what it breaks and what to change in Salesforce.</source>
        <translation>Sélectionnez un constat pour voir ce qu&apos;il empêche et ce qu&apos;il faut changer dans Salesforce.</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;br&gt;&lt;b&gt;What it breaks:&lt;/b&gt; %1</source>
        <translation>&lt;br&gt;&lt;br&gt;&lt;b&gt;Ce que cela empêche&#xa0;:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;What to change:&lt;/b&gt; %1</source>
        <translation>&lt;br&gt;&lt;b&gt;Ce qu&apos;il faut changer&#xa0;:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Could not export the report</source>
        <translation>Le rapport n&apos;a pas pu être exporté</translation>
    </message>
    <message>
        <source>&amp;Fix it for me…</source>
        <translation>&amp;Corriger pour moi…</translation>
    </message>
    <message>
        <source>A permission set that grants exactly what is missing: review it, export it, or create it in Salesforce.</source>
        <translation>Un ensemble d&apos;autorisations qui accorde exactement ce qui manque&#xa0;: vérifiez-le, exportez-le ou créez-le dans Salesforce.</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>Importance</translation>
    </message>
    <message>
        <source>Report saved</source>
        <translation>Rapport enregistré</translation>
    </message>
    <message>
        <source>The permission report was saved to %1.</source>
        <translation>Le rapport d&apos;autorisations a été enregistré dans %1.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
</context>
<context>
    <name>callbridge::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Language and logging</source>
        <translation>Langue et journalisation</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Langue du système (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Log detail</source>
        <translation>Niveau de détail du journal</translation>
    </message>
    <message>
        <source>Warnings and errors only</source>
        <translation>Avertissements et erreurs uniquement</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Detailed (for support; still without tokens or secrets)</source>
        <translation>Détaillé (pour le support&#xa0;; toujours sans jetons ni secrets)</translation>
    </message>
    <message>
        <source>Log &amp;detail:</source>
        <translation>&amp;Détail du journal&#xa0;:</translation>
    </message>
    <message>
        <source>Proxy for connections to Salesforce</source>
        <translation>Proxy pour les connexions à Salesforce</translation>
    </message>
    <message>
        <source>Use the &amp;system&apos;s proxy settings</source>
        <translation>Utiliser les paramètres proxy du &amp;système</translation>
    </message>
    <message>
        <source>&amp;No proxy</source>
        <translation>&amp;Aucun proxy</translation>
    </message>
    <message>
        <source>&amp;Manual:</source>
        <translation>&amp;Manuel&#xa0;:</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>Hôte du proxy</translation>
    </message>
    <message>
        <source>proxy.example.com</source>
        <translation>proxy.example.com</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Port du proxy</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port&#xa0;:</translation>
    </message>
    <message>
        <source>An HTTP proxy. The demo org, on this computer, is always reached directly.</source>
        <translation>Un proxy HTTP. L&apos;org de démonstration, sur cet ordinateur, est toujours jointe directement.</translation>
    </message>
    <message>
        <source>Data on this computer</source>
        <translation>Données sur cet ordinateur</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Dossier de données</translation>
    </message>
    <message>
        <source>Data &amp;folder:</source>
        <translation>Dossier de &amp;données&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>Modi&amp;fier…</translation>
    </message>
    <message>
        <source>Keep the setup, the cache and the logs in another folder</source>
        <translation>Conserver la configuration, le cache et les journaux dans un autre dossier</translation>
    </message>
    <message>
        <source>De&amp;fault</source>
        <translation>Par dé&amp;faut</translation>
    </message>
    <message>
        <source>Use the standard folder: %1</source>
        <translation>Utiliser le dossier standard&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Show the folder in use in the file manager</source>
        <translation>Afficher le dossier utilisé dans le gestionnaire de fichiers</translation>
    </message>
    <message>
        <source>&amp;Clear cached Salesforce data…</source>
        <translation>&amp;Effacer les données Salesforce en cache…</translation>
    </message>
    <message>
        <source>Remove the imported records and field lists; the next import reads everything again</source>
        <translation>Supprimer les enregistrements importés et les listes de champs&#xa0;; la prochaine importation relit tout</translation>
    </message>
    <message>
        <source>The language changes when Callbridge starts again.</source>
        <translation>La langue change au prochain démarrage de Callbridge.</translation>
    </message>
    <message>
        <source>Callbridge uses the new data folder from its next start; it does not move the files in %1.</source>
        <translation>Callbridge utilise le nouveau dossier de données à partir de son prochain démarrage&#xa0;; il ne déplace pas les fichiers de %1.</translation>
    </message>
    <message>
        <source>Choose the data folder</source>
        <translation>Choisir le dossier de données</translation>
    </message>
    <message>
        <source>Clear cached Salesforce data?</source>
        <translation>Effacer les données Salesforce en cache&#xa0;?</translation>
    </message>
    <message>
        <source>The imported records and field lists are removed from this computer. The setup is kept, and so is the record of test exports. The next import reads everything from Salesforce again, which uses API requests.</source>
        <translation>Les enregistrements importés et les listes de champs sont supprimés de cet ordinateur. La configuration est conservée, ainsi que le journal des exports de test. La prochaine importation relit tout depuis Salesforce, ce qui consomme des requêtes d&apos;API.</translation>
    </message>
</context>
<context>
    <name>callbridge::ui::PreviewModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Suppression</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>%1 (lead)</source>
        <translation>%1 (piste)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>delete %1 %2</source>
        <translation>supprimer %1 %2</translation>
    </message>
    <message>
        <source>starts exporting</source>
        <translation>commence à être exporté</translation>
    </message>
    <message>
        <source>stops exporting</source>
        <translation>cesse d&apos;être exporté</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Contacts and leads</source>
        <translation>Contacts et pistes</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Opportunité</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>API calls</source>
        <translation>Appels d&apos;API</translation>
    </message>
    <message>
        <source>With the edited filter</source>
        <translation>Avec le filtre modifié</translation>
    </message>
</context>
<context>
    <name>callbridge::ui::PreviewPage</name>
    <message>
        <source>&amp;Send to Salesforce</source>
        <translation>&amp;Envoyer à Salesforce</translation>
    </message>
    <message>
        <source>&amp;Delete from Salesforce</source>
        <translation>&amp;Supprimer de Salesforce</translation>
    </message>
    <message>
        <source>&amp;Open calls…</source>
        <translation>&amp;Ouvrir des appels…</translation>
    </message>
    <message>
        <source>Export totals</source>
        <translation>Totaux de l&apos;export</translation>
    </message>
    <message>
        <source>API budget</source>
        <translation>Budget d&apos;API</translation>
    </message>
    <message>
        <source>Changes against the saved filter</source>
        <translation>Changements par rapport au filtre enregistré</translation>
    </message>
    <message>
        <source>Search calls, reasons, records…</source>
        <translation>Rechercher des appels, motifs, enregistrements…</translation>
    </message>
    <message>
        <source>Search the preview</source>
        <translation>Rechercher dans l&apos;aperçu</translation>
    </message>
    <message>
        <source>All calls</source>
        <translation>Tous les appels</translation>
    </message>
    <message>
        <source>Calls that export</source>
        <translation>Appels exportés</translation>
    </message>
    <message>
        <source>Calls that do not export</source>
        <translation>Appels non exportés</translation>
    </message>
    <message>
        <source>Would start exporting</source>
        <translation>Commenceraient à être exportés</translation>
    </message>
    <message>
        <source>Would stop exporting</source>
        <translation>Cesseraient d&apos;être exportés</translation>
    </message>
    <message>
        <source>Deletes</source>
        <translation>Suppressions</translation>
    </message>
    <message>
        <source>Which calls to show</source>
        <translation>Quels appels afficher</translation>
    </message>
    <message>
        <source>Calls and what exporting does with them</source>
        <translation>Les appels et ce que l&apos;export en fait</translation>
    </message>
    <message>
        <source>Details of the selected call</source>
        <translation>Détails de l&apos;appel sélectionné</translation>
    </message>
    <message>
        <source>Test export result</source>
        <translation>Résultat de l&apos;export de test</translation>
    </message>
    <message>
        <source>Open the platform&apos;s calls</source>
        <translation>Ouvrir les appels de la plateforme</translation>
    </message>
    <message>
        <source>Calls (*.json);;All files (*)</source>
        <translation>Appels (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The calls file cannot be used</source>
        <translation>Le fichier d&apos;appels ne peut pas être utilisé</translation>
    </message>
    <message>
        <source>%1 has problems; nothing was loaded.</source>
        <translation>%1 comporte des problèmes&#xa0;; rien n&apos;a été chargé.</translation>
    </message>
    <message>
        <source>No calls loaded. Open the platform&apos;s calls file (a JSON array of calls) to preview the export.</source>
        <translation>Aucun appel chargé. Ouvrez le fichier d&apos;appels de la plateforme (un tableau JSON d&apos;appels) pour prévisualiser l&apos;export.</translation>
    </message>
    <message>
        <source>The filter is not valid: %1</source>
        <translation>Le filtre n&apos;est pas valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>Against the saved filter, on reprocessing: %L1 past calls would start exporting, %L2 would stop.</source>
        <translation>Par rapport au filtre enregistré, au retraitement&#xa0;: %L1 appels passés commenceraient à être exportés, %L2 cesseraient.</translation>
    </message>
    <message>
        <source>Connect to an org to send a test export.</source>
        <translation>Connectez-vous à une org pour envoyer un export de test.</translation>
    </message>
    <message>
        <source>Create this call&apos;s activity in the connected org (one API call)</source>
        <translation>Créer l&apos;activité de cet appel dans l&apos;org connectée (un appel d&apos;API)</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a call to see how it was matched and what it would create.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sélectionnez un appel pour voir comment il a été associé et ce qu&apos;il créerait.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Matching</source>
        <translation>Association</translation>
    </message>
    <message>
        <source>No contact or lead has %1</source>
        <translation>Aucun contact ni aucune piste n&apos;a %1</translation>
    </message>
    <message>
        <source>%1 fields</source>
        <translation>Champs de %1</translation>
    </message>
    <message>
        <source>Send to a production org?</source>
        <translation>Envoyer vers une org de production&#xa0;?</translation>
    </message>
    <message>
        <source>%1 is a production org. The test export creates a real %2 that its users can see (you can delete it again here). Send it?</source>
        <translation>%1 est une org de production. L&apos;export de test crée un vrai %2 que ses utilisateurs peuvent voir (vous pouvez le supprimer à nouveau ici). L&apos;envoyer&#xa0;?</translation>
    </message>
    <message>
        <source>The test export failed: %1</source>
        <translation>L&apos;export de test a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sending call %1…</source>
        <translation>Envoi de l&apos;appel %1…</translation>
    </message>
    <message>
        <source>Deleted %1 from Salesforce.</source>
        <translation>%1 supprimé de Salesforce.</translation>
    </message>
    <message>
        <source>The delete failed: %1</source>
        <translation>La suppression a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Deleting %1…</source>
        <translation>Suppression de %1…</translation>
    </message>
    <message numerus="yes">
        <source>Matching %Ln calls with the local cache…</source>
        <translation>
            <numerusform>Association de %Ln appel avec le cache local…</numerusform>
            <numerusform>Association de %Ln appels avec le cache local…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln calls from %1</source>
        <translation>
            <numerusform>%Ln appel de %1</numerusform>
            <numerusform>%Ln appels de %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deleted calls will be deleted from Salesforce.</source>
        <translation>
            <numerusform>%Ln appel supprimé sera supprimé de Salesforce.</numerusform>
            <numerusform>%Ln appels supprimés seront supprimés de Salesforce.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Full call data: %n record(s)</source>
        <translation>
            <numerusform>Données d&apos;appel complètes&#xa0;: %n enregistrement</numerusform>
            <numerusform>Données d&apos;appel complètes&#xa0;: %n enregistrements</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Back to the filter</source>
        <translation>&amp;Retour au filtre</translation>
    </message>
    <message>
        <source>The filter being edited</source>
        <translation>Le filtre en cours de modification</translation>
    </message>
    <message>
        <source>Go to the Export filter step, where the problem is</source>
        <translation>Aller à l&apos;étape Filtre d&apos;export, là où se trouve le problème</translation>
    </message>
    <message>
        <source>Double-click a call to open its details in a window of their own</source>
        <translation>Double-cliquez sur un appel pour ouvrir ses détails dans une fenêtre à part</translation>
    </message>
    <message>
        <source>Drag to share the room between the calls and the details</source>
        <translation>Faites glisser pour répartir l&apos;espace entre les appels et les détails</translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln calls shown</source>
        <translation>
            <numerusform>%L1 appel affiché sur %Ln</numerusform>
            <numerusform>%L1 appels affichés sur %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>The filter you are editing is not valid: %1. Until it is, this preview uses the last valid filter: %2</source>
        <translation>Le filtre que vous modifiez n&apos;est pas valide&#xa0;: %1. En attendant, cet aperçu utilise le dernier filtre valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>none (every call exports)</source>
        <translation>aucun (chaque appel est exporté)</translation>
    </message>
    <message>
        <source>Details of the call</source>
        <translation>Détails de l&apos;appel</translation>
    </message>
    <message>
        <source>Call: %1</source>
        <translation>Appel&#xa0;: %1</translation>
    </message>
    <message>
        <source>Created %1 %2 in Salesforce for call %3, assigned to you so that you can delete it.</source>
        <translation>%1 %2 créé dans Salesforce pour l&apos;appel %3, qui vous est attribué pour que vous puissiez le supprimer.</translation>
    </message>
    <message>
        <source>This call&apos;s activity is already in the org: delete it to send it again</source>
        <translation>L&apos;activité de cet appel est déjà dans l&apos;org&#xa0;: supprimez-la pour l&apos;envoyer à nouveau</translation>
    </message>
    <message>
        <source>Computing the preview</source>
        <translation>Calcul de l&apos;aperçu</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
</context>
<context>
    <name>callbridge::ui::StepHeader</name>
    <message>
        <source>Learn more</source>
        <translation>En savoir plus</translation>
    </message>
    <message>
        <source>What to know about this step (F1)</source>
        <translation>Ce qu&apos;il faut savoir sur cette étape (F1)</translation>
    </message>
    <message>
        <source>Learn more about %1</source>
        <translation>En savoir plus sur %1</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>À propos de %1</translation>
    </message>
</context>
<context>
    <name>callbridge::ui::SummaryPage</name>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation>Organisation&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (%2%3)</source>
        <translation>%1 (%2%3)</translation>
    </message>
    <message>
        <source>, sandbox</source>
        <translation>, sandbox</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Environnement&#xa0;:</translation>
    </message>
    <message>
        <source>Instance:</source>
        <translation>Instance&#xa0;:</translation>
    </message>
    <message>
        <source>API version:</source>
        <translation>Version de l&apos;API&#xa0;:</translation>
    </message>
    <message>
        <source>User license:</source>
        <translation>Licence utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>could not be read (needs View Setup and Configuration)</source>
        <translation>n&apos;a pas pu être lue (nécessite « Afficher la configuration »)</translation>
    </message>
    <message>
        <source>⚠ %1 has a full Salesforce license: it looks like a person&apos;s own account. If this user is ever deactivated, the integration disconnects. A dedicated integration user on the Salesforce Integration license is safer.</source>
        <translation>⚠ %1 a une licence Salesforce complète&#xa0;: cela ressemble au compte personnel de quelqu&apos;un. Si cet utilisateur est un jour désactivé, l&apos;intégration se déconnecte. Un utilisateur d&apos;intégration dédié avec la licence Salesforce Integration est plus sûr.</translation>
    </message>
    <message>
        <source>⚠ The user&apos;s license is %1, not Salesforce Integration.</source>
        <translation>⚠ La licence de l&apos;utilisateur est %1, pas Salesforce Integration.</translation>
    </message>
    <message>
        <source>⚠ Callbridge was connected to another org (%1). From now on calls go to %2; the previous connection is revoked when you finish.</source>
        <translation>⚠ Callbridge était connecté à une autre org (%1). Désormais, les appels vont vers %2&#xa0;; la connexion précédente est révoquée quand vous terminez.</translation>
    </message>
    <message>
        <source>Everything looks right. Finish to save the connection.</source>
        <translation>Tout semble correct. Terminez pour enregistrer la connexion.</translation>
    </message>
</context>
<context>
    <name>callbridge::ui::UserTreeModel</name>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <source>recorded</source>
        <translation>enregistré</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non enregistré</translation>
    </message>
    <message>
        <source>Name (recorded)</source>
        <translation>Nom (enregistré)</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
</context>
<context>
    <name>callbridge::ui::UsersPage</name>
    <message>
        <source>Record &amp;team</source>
        <translation>Enregistrer l&apos;&amp;équipe</translation>
    </message>
    <message>
        <source>&amp;Skip team</source>
        <translation>&amp;Ignorer l&apos;équipe</translation>
    </message>
    <message>
        <source>Record &amp;all active</source>
        <translation>Enregistrer &amp;tous les actifs</translation>
    </message>
    <message>
        <source>&amp;Export plan…</source>
        <translation>E&amp;xporter le plan…</translation>
    </message>
    <message>
        <source>Re&amp;load from Salesforce</source>
        <translation>Re&amp;charger depuis Salesforce</translation>
    </message>
    <message>
        <source>Search by name, email or title</source>
        <translation>Rechercher par nom, e-mail ou titre</translation>
    </message>
    <message>
        <source>Search users</source>
        <translation>Rechercher des utilisateurs</translation>
    </message>
    <message>
        <source>Record the selected user and everyone who reports to them</source>
        <translation>Enregistrer l&apos;utilisateur sélectionné et tous ceux qui dépendent de lui</translation>
    </message>
    <message>
        <source>Stop recording the selected user and everyone who reports to them</source>
        <translation>Ne plus enregistrer l&apos;utilisateur sélectionné ni tous ceux qui dépendent de lui</translation>
    </message>
    <message>
        <source>Record every active user, including users added to Salesforce later</source>
        <translation>Enregistrer chaque utilisateur actif, y compris ceux ajoutés plus tard à Salesforce</translation>
    </message>
    <message>
        <source>Save who provisioning would create, and under which manager, as a CSV file</source>
        <translation>Enregistrer dans un fichier CSV qui le provisionnement créerait, et sous quel responsable</translation>
    </message>
    <message>
        <source>Users by manager</source>
        <translation>Utilisateurs par responsable</translation>
    </message>
    <message>
        <source>Connect to Salesforce first: the users come from the connected org.</source>
        <translation>Connectez-vous d&apos;abord à Salesforce&#xa0;: les utilisateurs viennent de l&apos;org connectée.</translation>
    </message>
    <message>
        <source>Reading the users from Salesforce…</source>
        <translation>Lecture des utilisateurs depuis Salesforce…</translation>
    </message>
    <message>
        <source>Reading the users from Salesforce… %L1 of %L2</source>
        <translation>Lecture des utilisateurs depuis Salesforce… %L1 sur %L2</translation>
    </message>
    <message>
        <source>The users could not be read: %1</source>
        <translation>Les utilisateurs n&apos;ont pas pu être lus&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not export the plan</source>
        <translation>Le plan n&apos;a pas pu être exporté</translation>
    </message>
    <message>
        <source>Export provisioning plan</source>
        <translation>Exporter le plan de provisionnement</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Plan exported to %1.</source>
        <translation>Plan exporté vers %1.</translation>
    </message>
    <message>
        <source>Users: %L1. Every active user is recorded until you choose.</source>
        <translation>Utilisateurs&#xa0;: %L1. Chaque utilisateur actif est enregistré jusqu&apos;à ce que vous choisissiez.</translation>
    </message>
    <message>
        <source>Users: %L1. Recorded: %L2.</source>
        <translation>Utilisateurs&#xa0;: %L1. Enregistrés&#xa0;: %L2.</translation>
    </message>
    <message>
        <source>⚠ Users with hierarchy problems (a missing or inactive manager, a cycle, a shared email): %L1. Provisioning places them as shown.</source>
        <translation>⚠ Utilisateurs avec des problèmes de hiérarchie (un responsable manquant ou inactif, une boucle, une adresse e-mail partagée)&#xa0;: %L1. Le provisionnement les place comme indiqué.</translation>
    </message>
    <message>
        <source>Connect to Salesforce to reload the users</source>
        <translation>Connectez-vous à Salesforce pour recharger les utilisateurs</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Callbridge: set up, check and preview the Salesforce integration of your call recorder.</source>
        <translation>Callbridge&#xa0;: configurer, vérifier et prévisualiser l&apos;intégration Salesforce de votre enregistreur d&apos;appels.</translation>
    </message>
    <message>
        <source>Keep the setup, cache and logs in &lt;dir&gt; instead of the user&apos;s data folder.</source>
        <translation>Conserver la configuration, le cache et les journaux dans &lt;dir&gt; au lieu du dossier de données de l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Start the built-in demo org (a local Salesforce org with sample data).</source>
        <translation>Démarrer l&apos;org de démonstration intégrée (une org Salesforce locale avec des données d&apos;exemple).</translation>
    </message>
    <message>
        <source>The demo org could not start: %1</source>
        <translation>L&apos;org de démonstration n&apos;a pas pu démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>the demo org</source>
        <translation>l&apos;org de démonstration</translation>
    </message>
    <message>
        <source>Removed %L1 cached records.</source>
        <translation>%L1 enregistrements en cache supprimés.</translation>
    </message>
</context>
</TS>
