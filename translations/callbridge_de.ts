<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ActivityPlanner</name>
    <message>
        <source>WhoId is the first matched contact; the call matched %L1 contacts</source>
        <translation>WhoId ist der erste zugeordnete Kontakt; dem Anruf wurden %L1 Kontakte zugeordnet</translation>
    </message>
    <message>
        <source>WhatId left empty: an activity on a lead cannot be related to an account or opportunity</source>
        <translation>WhatId bleibt leer: Eine Aktivität zu einem Lead kann nicht mit einem Account oder einer Opportunity verknüpft werden</translation>
    </message>
    <message>
        <source>%1 left out: this org&apos;s %2 has no field by that name that can be set</source>
        <translation>%1 weggelassen: %2 hat in dieser Org kein setzbares Feld dieses Namens</translation>
    </message>
    <message>
        <source>ActivityDate is the call&apos;s date at its own UTC offset (%1)</source>
        <translation>ActivityDate ist das Datum des Anrufs bei seinem eigenen UTC-Versatz (%1)</translation>
    </message>
    <message>
        <source>ActivityDate is the call&apos;s date in the recorded user&apos;s time zone (%1)</source>
        <translation>ActivityDate ist das Datum des Anrufs in der Zeitzone des aufgezeichneten Benutzers (%1)</translation>
    </message>
    <message>
        <source>ActivityDate is the call&apos;s date in UTC: the recorded user&apos;s time zone is not known (import User.TimeZoneSidKey to use it)</source>
        <translation>ActivityDate ist das Datum des Anrufs in UTC: Die Zeitzone des aufgezeichneten Benutzers ist nicht bekannt (importieren Sie User.TimeZoneSidKey, um sie zu verwenden)</translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>AuditReport</name>
    <message>
        <source>Ready: the integration user has everything the integration needs.</source>
        <translation>Bereit: Der Integrationsbenutzer hat alles, was die Integration braucht.</translation>
    </message>
    <message>
        <source>API access</source>
        <translation>API-Zugriff</translation>
    </message>
    <message>
        <source>Importing CRM data</source>
        <translation>CRM-Daten importieren</translation>
    </message>
    <message>
        <source>User provisioning</source>
        <translation>Benutzerbereitstellung</translation>
    </message>
    <message>
        <source>Exporting calls as tasks</source>
        <translation>Anrufe als Aufgaben exportieren</translation>
    </message>
    <message>
        <source>Exporting calls as events</source>
        <translation>Anrufe als Ereignisse exportieren</translation>
    </message>
    <message>
        <source>Exporting to the Conversation object</source>
        <translation>In das Conversation-Objekt exportieren</translation>
    </message>
    <message>
        <source>Deals and forecast</source>
        <translation>Deals und Forecast</translation>
    </message>
    <message>
        <source>Engage (only with an Engage license)</source>
        <translation>Engage (nur mit einer Engage-Lizenz)</translation>
    </message>
    <message>
        <source>Licenses</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>Salesforce permission audit</source>
        <translation>Salesforce-Berechtigungsprüfung</translation>
    </message>
    <message>
        <source>User %1 in %2, checked %3</source>
        <translation>Benutzer %1 in %2, geprüft am %3</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Warum es wichtig ist</translation>
    </message>
    <message>
        <source>What to change in Salesforce</source>
        <translation>Was in Salesforce zu ändern ist</translation>
    </message>
    <message numerus="yes">
        <source>%n required permission(s) missing: the integration will miss data or fail until they are added.</source>
        <translation>
            <numerusform>%n erforderliche Berechtigung fehlt: Die Integration verpasst Daten oder schlägt fehl, bis sie hinzugefügt ist.</numerusform>
            <numerusform>%n erforderliche Berechtigungen fehlen: Die Integration verpasst Daten oder schlägt fehl, bis sie hinzugefügt sind.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No required permission missing, but %n check(s) could not be made: the user cannot read its own permission records (View Setup and Configuration).</source>
        <translation>
            <numerusform>Keine erforderliche Berechtigung fehlt, aber %n Prüfung war nicht möglich: Der Benutzer kann seine eigenen Berechtigungsdatensätze nicht lesen (Setup und Konfiguration anzeigen).</numerusform>
            <numerusform>Keine erforderliche Berechtigung fehlt, aber %n Prüfungen waren nicht möglich: Der Benutzer kann seine eigenen Berechtigungsdatensätze nicht lesen (Setup und Konfiguration anzeigen).</numerusform>
        </translation>
    </message>
    <message>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <source>recommended</source>
        <translation>empfohlen</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>Bedeutung</translation>
    </message>
    <message numerus="yes">
        <source>Ready. %n recommended permission(s) missing: see what each one adds.</source>
        <translation>
            <numerusform>Bereit. %n empfohlene Berechtigung fehlt: Sehen Sie, was sie bringt.</numerusform>
            <numerusform>Bereit. %n empfohlene Berechtigungen fehlen: Sehen Sie, was jede bringt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready. %n optional permission(s) missing: see what each one adds.</source>
        <translation>
            <numerusform>Bereit. %n optionale Berechtigung fehlt: Sehen Sie, was sie bringt.</numerusform>
            <numerusform>Bereit. %n optionale Berechtigungen fehlen: Sehen Sie, was jede bringt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready. Missing: %1 and %2; see what each one adds.</source>
        <translation>Bereit. Es fehlen %1 und %2: Sehen Sie, was jede bringt.</translation>
    </message>
    <message numerus="yes">
        <source>%n recommended permission(s)</source>
        <translation>
            <numerusform>%n empfohlene Berechtigung</numerusform>
            <numerusform>%n empfohlene Berechtigungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n optional permission(s)</source>
        <translation>
            <numerusform>%n optionale Berechtigung</numerusform>
            <numerusform>%n optionale Berechtigungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CacheStore</name>
    <message>
        <source>The local cache refused a change: %1</source>
        <translation>Der lokale Cache hat eine Änderung abgelehnt: %1</translation>
    </message>
    <message>
        <source>Cannot open the local cache %1: %2</source>
        <translation>Der lokale Cache %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot replace the local cache %1.</source>
        <translation>Der lokale Cache %1 kann nicht ersetzt werden.</translation>
    </message>
    <message>
        <source>The local cache has no table for %1.</source>
        <translation>Der lokale Cache hat keine Tabelle für %1.</translation>
    </message>
    <message>
        <source>Rows for %1 arrived without their Id.</source>
        <translation>Zeilen für %1 kamen ohne ihre Id an.</translation>
    </message>
    <message>
        <source>The local cache cannot start a transaction: %1</source>
        <translation>Der lokale Cache kann keine Transaktion beginnen: %1</translation>
    </message>
    <message>
        <source>Storing %1 %2 failed: %3</source>
        <translation>Speichern von %1 %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>The local cache could not commit: %1</source>
        <translation>Der lokale Cache konnte nicht festschreiben: %1</translation>
    </message>
    <message>
        <source>Removing %1 %2 failed: %3</source>
        <translation>Entfernen von %1 %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>Saving the import scope failed: %1</source>
        <translation>Speichern des Importumfangs fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Saving the import position failed: %1</source>
        <translation>Speichern der Importposition fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Cannot open the local cache: no file was given.</source>
        <translation>Der lokale Cache kann nicht geöffnet werden: Es wurde keine Datei angegeben.</translation>
    </message>
    <message>
        <source>Cannot open the local cache for &quot;%1&quot;: that is not a Salesforce org id, so it cannot name a file.</source>
        <translation>Der lokale Cache für „%1“ kann nicht geöffnet werden: Das ist keine Salesforce-Org-ID und kann daher keine Datei benennen.</translation>
    </message>
    <message>
        <source>Row %L1 of %2 has no Id; nothing of this batch was stored.</source>
        <translation>Zeile %L1 von %2 hat keine Id; nichts aus diesem Stapel wurde gespeichert.</translation>
    </message>
    <message>
        <source>Reading %1 from the local cache failed: %2</source>
        <translation>Das Lesen von %1 aus dem lokalen Cache ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Saving the import time failed: %1</source>
        <translation>Die Importzeit konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The local cache is not an SQLite database Callbridge can write to.</source>
        <translation>Der lokale Cache ist keine SQLite-Datenbank, in die Callbridge schreiben kann.</translation>
    </message>
    <message>
        <source>Storing %1 failed: %2</source>
        <translation>Speichern von %1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>CallMatcher</name>
    <message>
        <source>Reading the local cache failed: %1</source>
        <translation>Lesen des lokalen Caches fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The recorded user %1 is not among the cached Salesforce users: the activity would belong to the integration user</source>
        <translation>Der aufgezeichnete Benutzer %1 ist nicht unter den zwischengespeicherten Salesforce-Benutzern: Die Aktivität würde dem Integrationsbenutzer gehören</translation>
    </message>
    <message>
        <source>Contact by email %1</source>
        <translation>Kontakt über die E-Mail-Adresse %1</translation>
    </message>
    <message>
        <source>Lead by email %1 (no contact has it)</source>
        <translation>Lead über die E-Mail-Adresse %1 (kein Kontakt hat sie)</translation>
    </message>
    <message>
        <source>Account of the matched contacts</source>
        <translation>Account der zugeordneten Kontakte</translation>
    </message>
    <message numerus="yes">
        <source>Matched contacts belong to %n accounts; chose the one owned by a participant</source>
        <translation>
            <numerusform>Die zugeordneten Kontakte gehören zu %n Account; gewählt wurde der eines Teilnehmers</numerusform>
            <numerusform>Die zugeordneten Kontakte gehören zu %n Accounts; gewählt wurde der, der einem Teilnehmer gehört</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Matched contacts belong to %n accounts; chose the one with the most matched contacts</source>
        <translation>
            <numerusform>Die zugeordneten Kontakte gehören zu %n Account; gewählt wurde der mit den meisten zugeordneten Kontakten</numerusform>
            <numerusform>Die zugeordneten Kontakte gehören zu %n Accounts; gewählt wurde der mit den meisten zugeordneten Kontakten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Matched contacts belong to %n accounts; chose the first matched contact&apos;s</source>
        <translation>
            <numerusform>Die zugeordneten Kontakte gehören zu %n Account; gewählt wurde der des ersten zugeordneten Kontakts</numerusform>
            <numerusform>Die zugeordneten Kontakte gehören zu %n Accounts; gewählt wurde der des ersten zugeordneten Kontakts</numerusform>
        </translation>
    </message>
    <message>
        <source>Account by domain %1 (one contact of that domain)</source>
        <translation>Account über die Domain %1 (ein Kontakt dieser Domain)</translation>
    </message>
    <message>
        <source>Account by domain %1 (%L2 contacts of that domain)</source>
        <translation>Account über die Domain %1 (%L2 Kontakte dieser Domain)</translation>
    </message>
    <message>
        <source>Account by website domain %1</source>
        <translation>Account über die Website-Domain %1</translation>
    </message>
    <message>
        <source>No account: the call has no external participants</source>
        <translation>Kein Account: Der Anruf hat keine externen Teilnehmer</translation>
    </message>
    <message>
        <source>No account: only free-mail addresses (%1), which never match by domain</source>
        <translation>Kein Account: nur Freemail-Adressen (%1), die nie über die Domain zugeordnet werden</translation>
    </message>
    <message>
        <source>No account: no matched contact, and no contact or account website with the domain %1</source>
        <translation>Kein Account: kein zugeordneter Kontakt und kein Kontakt oder Account-Website mit der Domain %1</translation>
    </message>
    <message>
        <source>No open opportunity on the account</source>
        <translation>Keine offene Opportunity zum Account</translation>
    </message>
    <message>
        <source>The account&apos;s one open opportunity</source>
        <translation>Die einzige offene Opportunity des Accounts</translation>
    </message>
    <message numerus="yes">
        <source>%n open opportunities; chose the one owned by a participant</source>
        <translation>
            <numerusform>%n offene Opportunity; gewählt wurde die eines Teilnehmers</numerusform>
            <numerusform>%n offene Opportunities; gewählt wurde die, die einem Teilnehmer gehört</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open opportunities, none owned by a participant; chose the most recently modified</source>
        <translation>
            <numerusform>%n offene Opportunity, keine gehört einem Teilnehmer; gewählt wurde die zuletzt geänderte</numerusform>
            <numerusform>%n offene Opportunities, keine gehört einem Teilnehmer; gewählt wurde die zuletzt geänderte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallsReader</name>
    <message>
        <source>call %1</source>
        <translation>Anruf %1</translation>
    </message>
    <message>
        <source>call %1 (id &quot;%2&quot;)</source>
        <translation>Anruf %1 (id „%2“)</translation>
    </message>
    <message>
        <source>missing; expected a string</source>
        <translation>fehlt; erwartet wird eine Zeichenkette</translation>
    </message>
    <message>
        <source>expected a string, found %1</source>
        <translation>erwartet wird eine Zeichenkette, gefunden: %1</translation>
    </message>
    <message>
        <source>empty; expected an ISO 8601 date-time such as 2026-03-02T15:04:05Z</source>
        <translation>leer; erwartet wird ein ISO-8601-Zeitpunkt wie 2026-03-02T15:04:05Z</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 date-time with a time zone; expected e.g. 2026-03-02T15:04:05Z</source>
        <translation>„%1“ ist kein ISO-8601-Zeitpunkt mit Zeitzone; erwartet z. B. 2026-03-02T15:04:05Z</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address</source>
        <translation>„%1“ ist keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>missing; expected a whole number of seconds</source>
        <translation>fehlt; erwartet wird eine ganze Zahl von Sekunden</translation>
    </message>
    <message>
        <source>expected a whole number of seconds, 0 or more, found %1</source>
        <translation>erwartet wird eine ganze Zahl von Sekunden, 0 oder mehr, gefunden: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of inbound, outbound, conference</source>
        <translation>„%1“ ist keiner von inbound, outbound, conference</translation>
    </message>
    <message>
        <source>missing; expected an array of participants</source>
        <translation>fehlt; erwartet wird ein Array von Teilnehmern</translation>
    </message>
    <message>
        <source>expected an array of participants, found %1</source>
        <translation>erwartet wird ein Array von Teilnehmern, gefunden: %1</translation>
    </message>
    <message>
        <source>expected an object with email, name and affiliation, found %1</source>
        <translation>erwartet wird ein Objekt mit email, name und affiliation, gefunden: %1</translation>
    </message>
    <message>
        <source>missing; expected internal, external or unknown</source>
        <translation>fehlt; erwartet wird internal, external oder unknown</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of internal, external, unknown</source>
        <translation>„%1“ ist keiner von internal, external, unknown</translation>
    </message>
    <message>
        <source>expected an array of tracker names, found %1</source>
        <translation>erwartet wird ein Array von Tracker-Namen, gefunden: %1</translation>
    </message>
    <message>
        <source>expected a tracker name, found %1</source>
        <translation>erwartet wird ein Tracker-Name, gefunden: %1</translation>
    </message>
    <message>
        <source>expected true or false, found %1</source>
        <translation>erwartet wird true oder false, gefunden: %1</translation>
    </message>
    <message>
        <source>unknown field; expected one of %1</source>
        <translation>unbekanntes Feld; erwartet wird eines von %1</translation>
    </message>
    <message>
        <source>The calls file is not valid JSON: %1 at %2</source>
        <translation>Die Anrufdatei ist kein gültiges JSON: %1 bei %2</translation>
    </message>
    <message>
        <source>call %1: expected an object, found %2</source>
        <translation>Anruf %1: erwartet wird ein Objekt, gefunden: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears more than once; every call needs its own id</source>
        <translation>„%1“ kommt mehr als einmal vor; jeder Anruf braucht eine eigene id</translation>
    </message>
    <message>
        <source>Stopped after %1 problems.</source>
        <translation>Nach %1 Problemen abgebrochen.</translation>
    </message>
    <message>
        <source>Cannot read the calls file %1: %2</source>
        <translation>Die Anrufdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 seconds is longer than any call; the longest is %2 hours</source>
        <translation>%1 Sekunden sind länger als jeder Anruf; die Höchstdauer beträgt %2 Stunden</translation>
    </message>
    <message>
        <source>email %1</source>
        <translation>E-Mail %1</translation>
    </message>
    <message>
        <source>email %1 (id &quot;%2&quot;)</source>
        <translation>E-Mail %1 (id „%2“)</translation>
    </message>
    <message>
        <source>expected a number of seconds, 0 or more, found %1</source>
        <translation>erwartet wird eine Zahl von Sekunden, 0 oder mehr, gefunden: %1</translation>
    </message>
    <message>
        <source>missing; expected an array of email addresses</source>
        <translation>fehlt; erwartet wird ein Array von E-Mail-Adressen</translation>
    </message>
    <message>
        <source>expected email addresses, found %1</source>
        <translation>erwartet werden E-Mail-Adressen, gefunden: %1</translation>
    </message>
    <message>
        <source>The calls file must be a JSON array of calls, or an object with &quot;calls&quot; and &quot;emails&quot; arrays, found %1</source>
        <translation>Die Anrufdatei muss ein JSON-Array von Anrufen sein oder ein Objekt mit den Arrays &quot;calls&quot; und &quot;emails&quot;, gefunden: %1</translation>
    </message>
    <message>
        <source>email %1: expected an object, found %2</source>
        <translation>E-Mail %1: erwartet wird ein Objekt, gefunden: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears more than once; every call and email needs its own id</source>
        <translation>„%1“ kommt mehr als einmal vor; jeder Anruf und jede E-Mail braucht eine eigene id</translation>
    </message>
    <message>
        <source>The calls file is not valid JSON: a string holds half of a surrogate pair (\uD800 to \uDFFF) or another escape that is no character</source>
        <translation>Die Anrufdatei ist kein gültiges JSON: Eine Zeichenkette enthält ein halbes Surrogatpaar (\uD800 bis \uDFFF) oder eine andere Escape-Sequenz, die kein Zeichen ist</translation>
    </message>
    <message>
        <source>The calls file is not valid JSON: a number is too large</source>
        <translation>Die Anrufdatei ist kein gültiges JSON: Eine Zahl ist zu groß</translation>
    </message>
    <message>
        <source>The calls file is not valid JSON: %1</source>
        <translation>Die Anrufdatei ist kein gültiges JSON: %1</translation>
    </message>
</context>
<context>
    <name>ConfigError</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2; expected %3</source>
        <translation>%1: %2; erwartet %3</translation>
    </message>
</context>
<context>
    <name>ConfigReader</name>
    <message>
        <source>the file is not valid JSON (%1 at %2)</source>
        <translation>die Datei ist kein gültiges JSON (%1 bei %2)</translation>
    </message>
    <message>
        <source>a JSON object</source>
        <translation>ein JSON-Objekt</translation>
    </message>
    <message>
        <source>the document is %1</source>
        <translation>das Dokument ist %1</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>the integer %1</source>
        <translation>die Ganzzahl %1</translation>
    </message>
    <message>
        <source>is %1</source>
        <translation>ist %1</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>eine Ganzzahl</translation>
    </message>
    <message>
        <source>version %1 was written by a newer Callbridge; this one reads up to version %2</source>
        <translation>Version %1 wurde von einem neueren Callbridge geschrieben; dieses liest bis Version %2</translation>
    </message>
    <message>
        <source>a document from this version of Callbridge or older (update Callbridge to open it)</source>
        <translation>ein Dokument dieser oder einer älteren Callbridge-Version (aktualisieren Sie Callbridge, um es zu öffnen)</translation>
    </message>
    <message>
        <source>%1 is not a schema version</source>
        <translation>%1 ist keine Schemaversion</translation>
    </message>
    <message>
        <source>an integer from 1 to %1</source>
        <translation>eine Ganzzahl von 1 bis %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an environment</source>
        <translation>„%1“ ist keine Umgebung</translation>
    </message>
    <message>
        <source>one of &quot;production&quot;, &quot;sandbox&quot;, &quot;mydomain&quot;, &quot;demo&quot;</source>
        <translation>eines von &quot;production&quot;, &quot;sandbox&quot;, &quot;mydomain&quot;, &quot;demo&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the production login host</source>
        <translation>„%1“ ist nicht der Login-Host für Produktion</translation>
    </message>
    <message>
        <source>https://login.salesforce.com (use &quot;mydomain&quot; for an org&apos;s own domain)</source>
        <translation>https://login.salesforce.com (für die eigene Domain einer Org „mydomain“ verwenden)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the sandbox login host</source>
        <translation>„%1“ ist nicht der Login-Host für Sandboxes</translation>
    </message>
    <message>
        <source>https://test.salesforce.com (use &quot;mydomain&quot; for a sandbox&apos;s own domain)</source>
        <translation>https://test.salesforce.com (für die eigene Domain einer Sandbox „mydomain“ verwenden)</translation>
    </message>
    <message>
        <source>is empty, but a My Domain connection needs the org&apos;s domain</source>
        <translation>ist leer, aber eine My-Domain-Verbindung braucht die Domain der Org</translation>
    </message>
    <message>
        <source>an https URL such as https://acme.my.salesforce.com</source>
        <translation>eine https-URL wie https://acme.my.salesforce.com</translation>
    </message>
    <message>
        <source>an integer from 1024 to 65535</source>
        <translation>eine Ganzzahl von 1024 bis 65535</translation>
    </message>
    <message>
        <source>%1 is out of range</source>
        <translation>%1 liegt außerhalb des Bereichs</translation>
    </message>
    <message>
        <source>an integer from 1024 to 65535 (lower ports need administrator rights)</source>
        <translation>eine Ganzzahl von 1024 bis 65535 (niedrigere Ports erfordern Administratorrechte)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an object the integration imports</source>
        <translation>„%1“ ist kein Objekt, das die Integration importiert</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>eines von %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field API name</source>
        <translation>„%1“ ist kein API-Feldname</translation>
    </message>
    <message>
        <source>letters, digits and underscores, starting with a letter</source>
        <translation>Buchstaben, Ziffern und Unterstriche, beginnend mit einem Buchstaben</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>„%1“ ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>each field once</source>
        <translation>jedes Feld einmal</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an activity type</source>
        <translation>„%1“ ist kein Aktivitätstyp</translation>
    </message>
    <message>
        <source>&quot;task&quot; or &quot;event&quot;</source>
        <translation>&quot;task&quot; oder &quot;event&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a mode</source>
        <translation>„%1“ ist kein Modus</translation>
    </message>
    <message>
        <source>&quot;allActive&quot; or &quot;selected&quot;</source>
        <translation>&quot;allActive&quot; oder &quot;selected&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Salesforce user id</source>
        <translation>„%1“ ist keine Salesforce-Benutzer-Id</translation>
    </message>
    <message>
        <source>a 15- or 18-character id starting with 005</source>
        <translation>eine 15- oder 18-stellige Id, die mit 005 beginnt</translation>
    </message>
    <message>
        <source>is not a known setting</source>
        <translation>ist keine bekannte Einstellung</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>an array of strings</source>
        <translation>ein Array von Zeichenketten</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an absolute URL</source>
        <translation>„%1“ ist keine absolute URL</translation>
    </message>
    <message>
        <source>a URL such as https://host</source>
        <translation>eine URL wie https://host</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not on this computer, but the demo org runs locally</source>
        <translation>„%1“ liegt nicht auf diesem Computer, aber die Demo-Org läuft lokal</translation>
    </message>
    <message>
        <source>a loopback URL (localhost or 127.0.0.1) or an empty string</source>
        <translation>eine Loopback-URL (localhost oder 127.0.0.1) oder eine leere Zeichenkette</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not use https</source>
        <translation>„%1“ verwendet kein https</translation>
    </message>
    <message>
        <source>an https URL (plain http only for a host on this computer)</source>
        <translation>eine https-URL (einfaches http nur für einen Host auf diesem Computer)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Salesforce id of this kind</source>
        <translation>„%1“ ist keine Salesforce-Id dieser Art</translation>
    </message>
    <message>
        <source>a 15- or 18-character id starting with %1, or an empty string</source>
        <translation>eine 15- oder 18-stellige Id, die mit %1 beginnt, oder eine leere Zeichenkette</translation>
    </message>
    <message>
        <source>a filter in the export filter language</source>
        <translation>ein Filter in der Sprache des Exportfilters</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an export target</source>
        <translation>„%1“ ist kein Exportziel</translation>
    </message>
    <message>
        <source>&quot;activity&quot;, &quot;fullData&quot; or &quot;both&quot;</source>
        <translation>&quot;activity&quot;, &quot;fullData&quot; oder &quot;both&quot;</translation>
    </message>
</context>
<context>
    <name>ConfigStore</name>
    <message>
        <source>the file cannot be read (%1)</source>
        <translation>die Datei kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>The config file %1 could not be read, so it was left as it is. Set it aside or fix it before saving.</source>
        <translation>Die Konfigurationsdatei %1 konnte nicht gelesen werden und wurde unverändert gelassen. Legen Sie sie beiseite oder korrigieren Sie sie vor dem Speichern.</translation>
    </message>
    <message>
        <source>Could not read %1 to back it up: %2</source>
        <translation>%1 konnte für die Sicherung nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>ExportBudget</name>
    <message>
        <source>One API call; the org&apos;s daily allowance is unknown (connect to read its limits)</source>
        <translation>Ein API-Aufruf; das Tageskontingent der Org ist unbekannt (verbinden Sie sich, um ihre Limits zu lesen)</translation>
    </message>
    <message>
        <source>%L1 API calls; the org&apos;s daily allowance is unknown (connect to read its limits)</source>
        <translation>%L1 API-Aufrufe; das Tageskontingent der Org ist unbekannt (verbinden Sie sich, um ihre Limits zu lesen)</translation>
    </message>
    <message>
        <source>%L1 API calls against %L2 remaining today (daily allowance %L3)</source>
        <comment>1 is a count of 0, 2 or more; see the one-call form</comment>
        <translation>%L1 API-Aufrufe bei heute noch %L2 verfügbaren (Tageskontingent %L3)</translation>
    </message>
    <message>
        <source>a backfill of these calls fits in one day at %1% of the daily allowance</source>
        <translation>ein Nachexport dieser Anrufe passt bei %1 % des Tageskontingents in einen Tag</translation>
    </message>
    <message>
        <source>a backfill of these calls takes %L1 days at %2% of the daily allowance</source>
        <translation>ein Nachexport dieser Anrufe dauert bei %2 % des Tageskontingents %L1 Tage</translation>
    </message>
</context>
<context>
    <name>ExportLedger</name>
    <message>
        <source>The export ledger could not be created: %1</source>
        <translation>Das Exportprotokoll konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>The export of call %1 could not be recorded: %2</source>
        <translation>Der Export von Anruf %1 konnte nicht protokolliert werden: %2</translation>
    </message>
    <message>
        <source>The export of call %1 could not be forgotten: %2</source>
        <translation>Der Export von Anruf %1 konnte nicht aus dem Protokoll entfernt werden: %2</translation>
    </message>
    <message>
        <source>The export ledger could not be written: %1</source>
        <translation>Das Exportprotokoll konnte nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>ExportPreview</name>
    <message>
        <source>Deleted on the platform: its %1 %2 will be deleted from Salesforce</source>
        <translation>Auf der Plattform gelöscht: %1 %2 wird aus Salesforce gelöscht</translation>
    </message>
    <message>
        <source>Deleted on the platform: the activity it exported under the saved filter will be deleted from Salesforce</source>
        <translation>Auf der Plattform gelöscht: Die unter dem gespeicherten Filter exportierte Aktivität wird aus Salesforce gelöscht</translation>
    </message>
    <message>
        <source>Deleted on the platform; it was never exported, so nothing is deleted</source>
        <translation>Auf der Plattform gelöscht; er wurde nie exportiert, also wird nichts gelöscht</translation>
    </message>
    <message>
        <source>Exports: there is no filter, so every call exports</source>
        <translation>Wird exportiert: Es gibt keinen Filter, also wird jeder Anruf exportiert</translation>
    </message>
    <message>
        <source>Exports: passes the filter</source>
        <translation>Wird exportiert: besteht den Filter</translation>
    </message>
    <message>
        <source>(already sent as %1 %2; reprocessing updates it)</source>
        <translation>(bereits als %1 %2 gesendet; eine erneute Verarbeitung aktualisiert ihn)</translation>
    </message>
    <message>
        <source>Filtered out: %1</source>
        <translation>Herausgefiltert: %1</translation>
    </message>
    <message>
        <source>%L1 of %L2 calls will export</source>
        <translation>%L1 von %L2 Anrufen werden exportiert</translation>
    </message>
    <message>
        <source>Captured email: logging captured emails as tasks is off</source>
        <translation>Erfasste E-Mail: Das Protokollieren erfasster E-Mails als Aufgaben ist deaktiviert</translation>
    </message>
</context>
<context>
    <name>FieldPolicy</name>
    <message>
        <source>%1 is a compound %2 field, which cannot be imported. Its parts (%3) are ordinary fields and can be chosen one by one.</source>
        <translation>%1 ist ein zusammengesetztes %2-Feld, das nicht importiert werden kann. Seine Teile (%3) sind gewöhnliche Felder und können einzeln gewählt werden.</translation>
    </message>
    <message>
        <source>Encrypted fields cannot be imported.</source>
        <translation>Verschlüsselte Felder können nicht importiert werden.</translation>
    </message>
    <message>
        <source>Multi-select picklists cannot be imported.</source>
        <translation>Mehrfachauswahllisten können nicht importiert werden.</translation>
    </message>
    <message>
        <source>Fields of type %1 cannot be imported.</source>
        <translation>Felder vom Typ %1 können nicht importiert werden.</translation>
    </message>
    <message>
        <source>A reference to %1, which the integration does not import (a complex reference).</source>
        <translation>Ein Verweis auf %1, das die Integration nicht importiert (ein komplexer Verweis).</translation>
    </message>
    <message>
        <source>Formula: changing a formula&apos;s inputs does not update SystemModstamp, so the imported value can go stale until the record changes otherwise.</source>
        <translation>Formel: Eine Änderung der Eingaben einer Formel aktualisiert SystemModstamp nicht, daher kann der importierte Wert veralten, bis sich der Datensatz anderweitig ändert.</translation>
    </message>
    <message>
        <source>Rich text: imported as plain text.</source>
        <translation>Rich Text: wird als einfacher Text importiert.</translation>
    </message>
    <message>
        <source>Long text: trimmed to %L1 characters on import.</source>
        <translation>Langer Text: wird beim Import auf %L1 Zeichen gekürzt.</translation>
    </message>
    <message>
        <source>Reference: not searchable.</source>
        <translation>Verweis: nicht durchsuchbar.</translation>
    </message>
    <message>
        <source>The integration user cannot read this field (field-level security). It is required: the integration cannot work until the user can read it — see Permissions.</source>
        <translation>Der Integrationsbenutzer kann dieses Feld nicht lesen (Sicherheit auf Feldebene). Es ist erforderlich: Die Integration funktioniert erst, wenn der Benutzer es lesen kann – siehe Berechtigungen.</translation>
    </message>
    <message>
        <source>The integration user cannot read this field (field-level security).</source>
        <translation>Der Integrationsbenutzer kann dieses Feld nicht lesen (Sicherheit auf Feldebene).</translation>
    </message>
    <message>
        <source>compound field: choose its parts</source>
        <translation>zusammengesetztes Feld: wählen Sie seine Teile</translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>verschlüsselt</translation>
    </message>
    <message>
        <source>multi-select picklist</source>
        <translation>Mehrfachauswahlliste</translation>
    </message>
    <message>
        <source>type %1</source>
        <translation>Typ %1</translation>
    </message>
    <message>
        <source>complex reference</source>
        <translation>komplexe Referenz</translation>
    </message>
    <message>
        <source>field-level security; required: see Permissions</source>
        <translation>Feldebenensicherheit; erforderlich: siehe Berechtigungen</translation>
    </message>
    <message>
        <source>field-level security</source>
        <translation>Feldebenensicherheit</translation>
    </message>
</context>
<context>
    <name>FilterEvaluator</name>
    <message>
        <source>the call matched no account</source>
        <translation>dem Anruf wurde kein Account zugeordnet</translation>
    </message>
    <message>
        <source>the call matched no open opportunity</source>
        <translation>dem Anruf wurde keine offene Opportunity zugeordnet</translation>
    </message>
    <message>
        <source>the call lasted %1</source>
        <translation>der Anruf dauerte %1</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1 ist %2</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 ist leer</translation>
    </message>
    <message>
        <source> and %L1 more</source>
        <translation> und %L1 weitere</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>none of these holds: %1</source>
        <translation>keine dieser Bedingungen trifft zu: %1</translation>
    </message>
    <message>
        <source>excluded because %1 holds</source>
        <translation>ausgeschlossen, weil %1 zutrifft</translation>
    </message>
</context>
<context>
    <name>FilterParser</name>
    <message>
        <source>unexpected character &apos;%1&apos;</source>
        <translation>unerwartetes Zeichen &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unterminated text; add the closing %1</source>
        <translation>nicht abgeschlossener Text; ergänzen Sie das schließende %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid date</source>
        <translation>&apos;%1&apos; ist kein gültiges Datum</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid date and time</source>
        <translation>&apos;%1&apos; ist kein gültiges Datum mit Uhrzeit</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number, a duration (30m, 1h30m, 90s), a date (2026-03-01) or a date and time (2026-03-01T09:00:00Z)</source>
        <translation>&apos;%1&apos; ist weder eine Zahl noch eine Dauer (30m, 1h30m, 90s), ein Datum (2026-03-01) oder ein Zeitpunkt (2026-03-01T09:00:00Z)</translation>
    </message>
    <message>
        <source>the end of the filter</source>
        <translation>das Ende des Filters</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not apply to %2 (%3); use %4</source>
        <translation>&apos;%1&apos; gilt nicht für %2 (%3); verwenden Sie %4</translation>
    </message>
    <message>
        <source>text in double quotes</source>
        <translation>Text in doppelten Anführungszeichen</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a duration such as 30m or 90s, or a number of seconds</source>
        <translation>eine Dauer wie 30m oder 90s oder eine Zahl von Sekunden</translation>
    </message>
    <message>
        <source>a date such as 2026-03-01 or 2026-03-01T09:00:00Z</source>
        <translation>ein Datum wie 2026-03-01 oder 2026-03-01T09:00:00Z</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>%1 is %2; compare it with %3, not %4</source>
        <translation>%1 ist %2; vergleichen Sie es mit %3, nicht mit %4</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a value of %2; expected one of %3</source>
        <translation>„%1“ ist kein Wert von %2; erwartet wird einer von %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid regular expression: %2</source>
        <translation>„%1“ ist kein gültiger regulärer Ausdruck: %2</translation>
    </message>
    <message>
        <source>&apos;)&apos; has no matching &apos;(&apos;</source>
        <translation>Zu &apos;)&apos; gibt es kein passendes &apos;(&apos;</translation>
    </message>
    <message>
        <source>expected &apos;and&apos;, &apos;or&apos; or the end of the filter, found %1</source>
        <translation>erwartet wird &apos;and&apos;, &apos;or&apos; oder das Ende des Filters, gefunden: %1</translation>
    </message>
    <message>
        <source>expected a condition after &apos;%1&apos;</source>
        <translation>erwartet wird eine Bedingung nach &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected a condition inside the parentheses</source>
        <translation>erwartet wird eine Bedingung innerhalb der Klammern</translation>
    </message>
    <message>
        <source>expected &apos;)&apos; to close the &apos;(&apos; at column %1, found %2</source>
        <translation>erwartet wird &apos;)&apos;, um die &apos;(&apos; in Spalte %1 zu schließen, gefunden: %2</translation>
    </message>
    <message>
        <source>expected a field name, found %1</source>
        <translation>erwartet wird ein Feldname, gefunden: %1</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos;: it is not an imported field (choose it under Fields)</source>
        <translation>unbekanntes Feld &apos;%1&apos;: Es ist kein importiertes Feld (wählen Sie es unter Felder)</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos;: it is not an imported field; did you mean &apos;%2&apos;?</source>
        <translation>unbekanntes Feld &apos;%1&apos;: Es ist kein importiertes Feld; meinten Sie &apos;%2&apos;?</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos;</source>
        <translation>unbekanntes Feld &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos;; did you mean &apos;%2&apos;?</source>
        <translation>unbekanntes Feld &apos;%1&apos;; meinten Sie &apos;%2&apos;?</translation>
    </message>
    <message>
        <source>expected an operator after &apos;%1&apos; (=, !=, &lt;, &lt;=, &gt;, &gt;=, in, contains, matches, exists), found %2</source>
        <translation>erwartet wird ein Operator nach &apos;%1&apos; (=, !=, &lt;, &lt;=, &gt;, &gt;=, in, contains, matches, exists), gefunden: %2</translation>
    </message>
    <message>
        <source>expected a value after &apos;%1&apos;, found &apos;%2&apos; (text goes in double quotes: &quot;%2&quot;)</source>
        <translation>erwartet wird ein Wert nach &apos;%1&apos;, gefunden: &apos;%2&apos; (Text steht in doppelten Anführungszeichen: &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>a list goes with &apos;in&apos; only, not after &apos;%1&apos;</source>
        <translation>eine Liste gehört nur zu &apos;in&apos;, nicht hinter &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected a value after &apos;%1&apos;</source>
        <translation>erwartet wird ein Wert nach &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected a value after &apos;in&apos;</source>
        <translation>erwartet wird ein Wert nach &apos;in&apos;</translation>
    </message>
    <message>
        <source>expected a list such as [&quot;a&quot;, &quot;b&quot;] after &apos;in&apos;, found %1</source>
        <translation>erwartet wird eine Liste wie [&quot;a&quot;, &quot;b&quot;] nach &apos;in&apos;, gefunden: %1</translation>
    </message>
    <message>
        <source>expected a value in the list; an empty list matches nothing</source>
        <translation>erwartet wird ein Wert in der Liste; eine leere Liste trifft auf nichts zu</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; in the list opened at column %1, found %2</source>
        <translation>erwartet wird &apos;,&apos; oder &apos;]&apos; in der Liste, die in Spalte %1 beginnt, gefunden: %2</translation>
    </message>
    <message>
        <source>%1 %2: expected a value</source>
        <translation>%1 %2: erwartet wird ein Wert</translation>
    </message>
    <message>
        <source>column %1: %2</source>
        <translation>Spalte %1: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is longer than any call; the longest duration is %2h</source>
        <translation>&apos;%1&apos; ist länger als jeder Anruf; die längste zulässige Dauer ist %2h</translation>
    </message>
    <message>
        <source>the filter nests deeper than %1 levels</source>
        <translation>der Filter ist tiefer als %1 Ebenen verschachtelt</translation>
    </message>
</context>
<context>
    <name>FilterSchema</name>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>one of a fixed set of values</source>
        <translation>einer aus einer festen Menge von Werten</translation>
    </message>
    <message>
        <source>a list of text</source>
        <translation>eine Liste von Texten</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a duration</source>
        <translation>eine Dauer</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>ein Datum</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Recorded user&apos;s email</source>
        <translation>E-Mail des aufgezeichneten Benutzers</translation>
    </message>
    <message>
        <source>Participant email addresses</source>
        <translation>E-Mail-Adressen der Teilnehmer</translation>
    </message>
    <message>
        <source>Participant email domains</source>
        <translation>E-Mail-Domains der Teilnehmer</translation>
    </message>
    <message>
        <source>Number of external participants</source>
        <translation>Anzahl externer Teilnehmer</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Trackers</source>
        <translation>Tracker</translation>
    </message>
</context>
<context>
    <name>InputFile</name>
    <message>
        <source>it is a folder, not a file</source>
        <translation>es ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>it is not a regular file but a device, a pipe or a socket</source>
        <translation>es ist keine normale Datei, sondern ein Gerät, eine Pipe oder ein Socket</translation>
    </message>
    <message>
        <source>it is larger than the limit of %1</source>
        <translation>sie ist größer als die Grenze von %1</translation>
    </message>
</context>
<context>
    <name>JsonText</name>
    <message>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
</context>
<context>
    <name>LoginUrls</name>
    <message>
        <source>Enter your org&apos;s My Domain URL, such as https://acme.my.salesforce.com.</source>
        <translation>Geben Sie die My-Domain-URL Ihrer Org ein, z. B. https://acme.my.salesforce.com.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a URL.</source>
        <translation>„%1“ ist keine URL.</translation>
    </message>
    <message>
        <source>The My Domain URL must start with https://.</source>
        <translation>Die My-Domain-URL muss mit https:// beginnen.</translation>
    </message>
    <message>
        <source>%1 is not a Salesforce domain (…my.salesforce.com). If your org really is reached through its own domain, tick &quot;custom host&quot;.</source>
        <translation>%1 ist keine Salesforce-Domain (…my.salesforce.com). Wenn Ihre Org wirklich über eine eigene Domain erreicht wird, kreuzen Sie „Eigener Host“ an.</translation>
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
        <translation>Port %1 wird bereits von einem anderen Programm verwendet (auch die Salesforce CLI nutzt 1717). Schließen Sie dieses Programm oder wählen Sie einen anderen Port und fügen Sie http://localhost:%2%3 zu den Callback-URLs der App hinzu.</translation>
    </message>
    <message>
        <source>Cannot listen on port %1: %2</source>
        <translation>Auf Port %1 kann nicht gelauscht werden: %2</translation>
    </message>
    <message>
        <source>Callbridge ignored this request: it is not from this login. If you are connecting Callbridge to Salesforce, finish the login in the browser tab that Callbridge opened.</source>
        <translation>Callbridge hat diese Anfrage ignoriert: Sie stammt nicht aus dieser Anmeldung. Wenn Sie Callbridge mit Salesforce verbinden, schließen Sie die Anmeldung in dem Browser-Tab ab, den Callbridge geöffnet hat.</translation>
    </message>
    <message>
        <source>Callbridge received the answer from Salesforce and comes back to the front to finish. You can close this tab. If Callbridge&apos;s window is not in front, switch to it.</source>
        <translation>Callbridge hat die Antwort von Salesforce erhalten und kommt zum Abschließen in den Vordergrund. Sie können diesen Tab schließen. Falls das Fenster von Callbridge nicht vorne ist, wechseln Sie zu ihm.</translation>
    </message>
</context>
<context>
    <name>OAuthProblems</name>
    <message>
        <source>Salesforce allows the client credentials flow only on the org&apos;s own My Domain login URL, never on login.salesforce.com or test.salesforce.com. Use https://&lt;your domain&gt;.my.salesforce.com (a sandbox: https://&lt;your domain&gt;--&lt;sandbox&gt;.sandbox.my.salesforce.com); Setup &gt; My Domain shows it.</source>
        <translation>Salesforce erlaubt den Client-Credentials-Flow nur auf der Login-URL der eigenen My Domain der Org, nie auf login.salesforce.com oder test.salesforce.com. Verwenden Sie https://&lt;Ihre Domain&gt;.my.salesforce.com (bei einer Sandbox: https://&lt;Ihre Domain&gt;--&lt;Sandbox&gt;.sandbox.my.salesforce.com); Setup &gt; My Domain zeigt sie an.</translation>
    </message>
    <message>
        <source>%1 cannot be used here. %2</source>
        <translation>%1 kann hier nicht verwendet werden. %2</translation>
    </message>
    <message>
        <source>Salesforce granted no refresh token, so this connection lasts until Callbridge quits. Add the scope &quot;Perform requests at any time (refresh_token, offline_access)&quot; to the app (Setup &gt; External Client App Manager &gt; the app &gt; Edit Settings &gt; OAuth Settings &gt; Selected OAuth Scopes), then connect again.</source>
        <translation>Salesforce hat kein Aktualisierungstoken gewährt, daher gilt diese Verbindung nur, bis Callbridge beendet wird. Fügen Sie der App den Scope „Perform requests at any time (refresh_token, offline_access)“ hinzu (Setup &gt; External Client App Manager &gt; die App &gt; Edit Settings &gt; OAuth Settings &gt; Selected OAuth Scopes) und verbinden Sie sich dann erneut.</translation>
    </message>
    <message>
        <source>Salesforce does not know this consumer key in this org. Copy it again from Setup &gt; External Client App Manager &gt; the app &gt; Settings &gt; OAuth Settings &gt; Consumer Key and Secret. The platform&apos;s app must be installed in this org first (Setup &gt; Installed Packages).</source>
        <translation>Salesforce kennt diesen Consumer Key in dieser Org nicht. Kopieren Sie ihn erneut aus Setup &gt; External Client App Manager &gt; die App &gt; Settings &gt; OAuth Settings &gt; Consumer Key and Secret. Die App der Plattform muss zuerst in dieser Org installiert werden (Setup &gt; Installed Packages).</translation>
    </message>
    <message>
        <source>The consumer secret is missing or wrong. Enter the app&apos;s consumer secret on the Salesforce app page (Setup &gt; External Client App Manager &gt; the app &gt; Settings &gt; OAuth Settings &gt; Consumer Key and Secret), or, for an app that must work without one, turn off &quot;Require Secret for Web Server Flow&quot; and &quot;Require Secret for Refresh Token Flow&quot; in the app&apos;s OAuth settings.</source>
        <translation>Das Consumer Secret fehlt oder ist falsch. Geben Sie das Consumer Secret der App auf der Seite „Salesforce-App“ ein (Setup &gt; External Client App Manager &gt; die App &gt; Settings &gt; OAuth Settings &gt; Consumer Key and Secret), oder deaktivieren Sie für eine App, die ohne Secret funktionieren muss, „Require Secret for Web Server Flow“ und „Require Secret for Refresh Token Flow“ in den OAuth-Einstellungen der App.</translation>
    </message>
    <message>
        <source>The app&apos;s Permitted Users policy is &quot;Admin approved users are pre-authorized&quot; and this user is not approved. In Setup &gt; External Client App Manager &gt; the app &gt; Policies &gt; App Policies, select the user&apos;s profile or a permission set assigned to the user.</source>
        <translation>Die Richtlinie „Permitted Users“ der App ist „Admin approved users are pre-authorized“, und dieser Benutzer ist nicht freigegeben. Wählen Sie unter Setup &gt; External Client App Manager &gt; die App &gt; Policies &gt; App Policies das Profil des Benutzers oder einen ihm zugewiesenen Berechtigungssatz aus.</translation>
    </message>
    <message>
        <source>The app is not installed in this org. Install the platform&apos;s package (Setup &gt; Installed Packages), or, for an app created in this org, log in through the org&apos;s My Domain.</source>
        <translation>Die App ist in dieser Org nicht installiert. Installieren Sie das Paket der Plattform (Setup &gt; Installed Packages), oder melden Sie sich bei einer in dieser Org erstellten App über die My Domain der Org an.</translation>
    </message>
    <message>
        <source>An administrator blocked the app in this org. Unblock it in Setup &gt; Connected Apps OAuth Usage.</source>
        <translation>Ein Administrator hat die App in dieser Org gesperrt. Heben Sie die Sperre unter Setup &gt; Connected Apps OAuth Usage auf.</translation>
    </message>
    <message>
        <source>Salesforce refused this computer&apos;s IP address. In Setup &gt; External Client App Manager &gt; the app &gt; Policies &gt; OAuth Policies, set IP Relaxation to &quot;Relax IP restrictions&quot;, or add this network to the Login IP Ranges of the user&apos;s profile.</source>
        <translation>Salesforce hat die IP-Adresse dieses Computers abgelehnt. Setzen Sie unter Setup &gt; External Client App Manager &gt; die App &gt; Policies &gt; OAuth Policies die IP Relaxation auf „Relax IP restrictions“, oder fügen Sie dieses Netzwerk den Login IP Ranges des Benutzerprofils hinzu.</translation>
    </message>
    <message>
        <source>Callbridge&apos;s callback URL is %1, and the app does not list it. In Setup &gt; External Client App Manager &gt; the app &gt; Settings &gt; OAuth Settings, the Callback URL must be exactly %1 (or choose the callback port the app lists).</source>
        <translation>Die Callback-URL von Callbridge ist %1, und die App führt sie nicht auf. Unter Setup &gt; External Client App Manager &gt; die App &gt; Settings &gt; OAuth Settings muss die Callback URL genau %1 lauten (oder wählen Sie den Callback-Port, den die App aufführt).</translation>
    </message>
    <message>
        <source>http://localhost:&lt;port&gt;/OauthRedirect</source>
        <translation>http://localhost:&lt;Port&gt;/OauthRedirect</translation>
    </message>
    <message>
        <source>Access was denied on Salesforce&apos;s page. Start again and choose Allow.</source>
        <translation>Der Zugriff wurde auf der Seite von Salesforce verweigert. Starten Sie erneut und wählen Sie „Allow“ (Zulassen).</translation>
    </message>
    <message>
        <source>The app requires PKCE and the code challenge did not arrive; start the login again.</source>
        <translation>Die App verlangt PKCE, und die Code Challenge ist nicht angekommen; starten Sie die Anmeldung erneut.</translation>
    </message>
    <message>
        <source>The app does not offer the scopes asked for. Its Selected OAuth Scopes need &quot;Manage user data via APIs (api)&quot; and &quot;Perform requests at any time (refresh_token, offline_access)&quot;.</source>
        <translation>Die App bietet die angeforderten Scopes nicht an. Ihre Selected OAuth Scopes müssen „Manage user data via APIs (api)“ und „Perform requests at any time (refresh_token, offline_access)“ enthalten.</translation>
    </message>
    <message>
        <source>The user is deactivated. Reactivate the user in Setup &gt; Users, or connect as another user.</source>
        <translation>Der Benutzer ist deaktiviert. Reaktivieren Sie den Benutzer unter Setup &gt; Users, oder verbinden Sie sich als anderer Benutzer.</translation>
    </message>
    <message>
        <source>The saved sign-in no longer works: it was revoked, it expired under the app&apos;s refresh token policy, or a rotated one was used twice. Connect again in the browser. To keep sign-ins, set the app&apos;s Refresh Token Policy to &quot;Refresh token is valid until revoked&quot; (Policies &gt; OAuth Policies).</source>
        <translation>Die gespeicherte Anmeldung funktioniert nicht mehr: Sie wurde widerrufen, sie ist gemäß der Aktualisierungstoken-Richtlinie der App abgelaufen, oder eine rotierte Anmeldung wurde zweimal verwendet. Verbinden Sie sich erneut im Browser. Damit Anmeldungen erhalten bleiben, setzen Sie die Refresh Token Policy der App auf „Refresh token is valid until revoked“ (Policies &gt; OAuth Policies).</translation>
    </message>
    <message>
        <source>Salesforce refused the login (%1: %2).</source>
        <translation>Salesforce hat die Anmeldung abgelehnt (%1: %2).</translation>
    </message>
</context>
<context>
    <name>PermissionEvaluator</name>
    <message>
        <source>API Enabled</source>
        <translation>API aktiviert</translation>
    </message>
    <message>
        <source>View All Users</source>
        <translation>Alle Benutzer anzeigen</translation>
    </message>
    <message>
        <source>View Setup and Configuration</source>
        <translation>Setup und Konfiguration anzeigen</translation>
    </message>
    <message>
        <source>Edit Tasks</source>
        <translation>Aufgaben bearbeiten</translation>
    </message>
    <message>
        <source>Edit Events</source>
        <translation>Ereignisse bearbeiten</translation>
    </message>
    <message>
        <source>Access Activities</source>
        <translation>Auf Aktivitäten zugreifen</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>View All</source>
        <translation>Alle anzeigen</translation>
    </message>
    <message>
        <source>Modify All</source>
        <translation>Alle ändern</translation>
    </message>
    <message>
        <source>Without View All Records the user sees only the records its role and sharing rules allow: calls are not matched to the records it cannot see.</source>
        <translation>Ohne „Alle Datensätze anzeigen“ sieht der Benutzer nur die Datensätze, die seine Rolle und die Freigaberegeln erlauben: Anrufe werden den Datensätzen, die er nicht sieht, nicht zugeordnet.</translation>
    </message>
    <message>
        <source>Nothing works without API access.</source>
        <translation>Ohne API-Zugriff funktioniert nichts.</translation>
    </message>
    <message>
        <source>The import misses this data, so calls are not matched to it.</source>
        <translation>Dem Import fehlen diese Daten, daher werden Anrufe ihnen nicht zugeordnet.</translation>
    </message>
    <message>
        <source>User provisioning cannot read every user and the manager hierarchy.</source>
        <translation>Die Benutzerbereitstellung kann nicht alle Benutzer und die Vorgesetztenhierarchie lesen.</translation>
    </message>
    <message>
        <source>Calls cannot be exported as tasks.</source>
        <translation>Anrufe können nicht als Aufgaben exportiert werden.</translation>
    </message>
    <message>
        <source>Calls cannot be exported as events.</source>
        <translation>Anrufe können nicht als Ereignisse exportiert werden.</translation>
    </message>
    <message>
        <source>Calls cannot be pushed to the Conversation object (is the managed package installed?).</source>
        <translation>Anrufe können nicht in das Conversation-Objekt übertragen werden (ist das verwaltete Paket installiert?).</translation>
    </message>
    <message>
        <source>Deal boards and forecasts lack team members, splits or products.</source>
        <translation>Deal-Boards und Forecasts fehlen Teammitglieder, Aufteilungen oder Produkte.</translation>
    </message>
    <message>
        <source>Engage cannot update these records.</source>
        <translation>Engage kann diese Datensätze nicht aktualisieren.</translation>
    </message>
    <message>
        <source>The recommended integration setup is not in place.</source>
        <translation>Die empfohlene Einrichtung der Integration ist nicht vorhanden.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 für %2</translation>
    </message>
    <message>
        <source>Setup &gt; Permission Sets &gt; %1 &gt; Object Settings &gt; %2 &gt; %3</source>
        <translation>Setup &gt; Berechtigungssätze &gt; %1 &gt; Objekteinstellungen &gt; %2 &gt; %3</translation>
    </message>
    <message>
        <source>Setup &gt; Permission Sets &gt; %1 &gt; System Permissions &gt; Access Activities and %2</source>
        <translation>Setup &gt; Berechtigungssätze &gt; %1 &gt; Systemberechtigungen &gt; Auf Aktivitäten zugreifen und %2</translation>
    </message>
    <message>
        <source>%1 is not visible to the user: the package is not installed, or the user has no access to it.</source>
        <translation>%1 ist für den Benutzer nicht sichtbar: Das Paket ist nicht installiert, oder der Benutzer hat keinen Zugriff darauf.</translation>
    </message>
    <message>
        <source>The user cannot see %1 at all.</source>
        <translation>Der Benutzer kann %1 überhaupt nicht sehen.</translation>
    </message>
    <message>
        <source>Granted by %1.</source>
        <translation>Erteilt durch %1.</translation>
    </message>
    <message>
        <source>The user does not have %1 on %2.</source>
        <translation>Der Benutzer hat %1 für %2 nicht.</translation>
    </message>
    <message numerus="yes">
        <source>It sees %Ln of the %1 records; how many exist, only a user with View All can tell.</source>
        <translation>
            <numerusform>Er sieht %Ln der %1-Datensätze; wie viele es gibt, kann nur ein Benutzer mit „Alle anzeigen“ sagen.</numerusform>
            <numerusform>Er sieht %Ln der %1-Datensätze; wie viele es gibt, kann nur ein Benutzer mit „Alle anzeigen“ sagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not checked: reading the permission records needs View Setup and Configuration.</source>
        <translation>Nicht geprüft: Das Lesen der Berechtigungsdatensätze erfordert „Setup und Konfiguration anzeigen“.</translation>
    </message>
    <message numerus="yes">
        <source>The user sees %Ln %1 records.</source>
        <translation>
            <numerusform>Der Benutzer sieht %Ln %1-Datensatz.</numerusform>
            <numerusform>Der Benutzer sieht %Ln %1-Datensätze.</numerusform>
        </translation>
    </message>
    <message>
        <source>Setup &gt; Permission Sets &gt; %1 &gt; System Permissions &gt; %2</source>
        <translation>Setup &gt; Berechtigungssätze &gt; %1 &gt; Systemberechtigungen &gt; %2</translation>
    </message>
    <message>
        <source>The API answered this audit.</source>
        <translation>Die API hat diese Prüfung beantwortet.</translation>
    </message>
    <message>
        <source>Neither the profile nor any assigned permission set grants %1.</source>
        <translation>Weder das Profil noch ein zugewiesener Berechtigungssatz erteilt %1.</translation>
    </message>
    <message>
        <source>Required fields readable (%1)</source>
        <translation>Erforderliche Felder lesbar (%1)</translation>
    </message>
    <message>
        <source>Every required field is readable.</source>
        <translation>Jedes erforderliche Feld ist lesbar.</translation>
    </message>
    <message>
        <source>Field-level security hides %1.</source>
        <translation>Die Sicherheit auf Feldebene verbirgt %1.</translation>
    </message>
    <message>
        <source>The integration reads these fields itself; it cannot work without them.</source>
        <translation>Die Integration liest diese Felder selbst; ohne sie funktioniert sie nicht.</translation>
    </message>
    <message>
        <source>Setup &gt; Permission Sets &gt; %1 &gt; Object Settings &gt; %2 &gt; Field Permissions &gt; Read Access on %3</source>
        <translation>Setup &gt; Berechtigungssätze &gt; %1 &gt; Objekteinstellungen &gt; %2 &gt; Feldberechtigungen &gt; Lesezugriff auf %3</translation>
    </message>
    <message>
        <source>User license: %1</source>
        <translation>Benutzerlizenz: %1</translation>
    </message>
    <message>
        <source>Permission set license: %1</source>
        <translation>Berechtigungssatzlizenz: %1</translation>
    </message>
    <message>
        <source>Not checked: reading the profile needs View Setup and Configuration.</source>
        <translation>Nicht geprüft: Das Lesen des Profils erfordert „Setup und Konfiguration anzeigen“.</translation>
    </message>
    <message>
        <source>%1 is on a full Salesforce license, usually a real person. If the user who connects the integration is deactivated, the integration disconnects: use a dedicated integration user that will not be deactivated.</source>
        <translation>%1 hat eine vollständige Salesforce-Lizenz, meist eine echte Person. Wird der Benutzer, der die Integration verbindet, deaktiviert, trennt sich die Integration: Verwenden Sie einen eigenen Integrationsbenutzer, der nicht deaktiviert wird.</translation>
    </message>
    <message>
        <source>The user&apos;s license is %1.</source>
        <translation>Die Lizenz des Benutzers ist %1.</translation>
    </message>
    <message>
        <source>Setup &gt; Users &gt; New User: User License &quot;Salesforce Integration&quot;, Profile &quot;Minimum Access - API Only Integrations&quot;</source>
        <translation>Setup &gt; Benutzer &gt; Neuer Benutzer: Benutzerlizenz „Salesforce Integration“, Profil „Minimum Access - API Only Integrations“</translation>
    </message>
    <message>
        <source>Not checked: reading license assignments needs View Setup and Configuration or Assign Permission Sets.</source>
        <translation>Nicht geprüft: Das Lesen der Lizenzzuweisungen erfordert „Setup und Konfiguration anzeigen“ oder „Berechtigungssätze zuweisen“.</translation>
    </message>
    <message>
        <source>The user has no %1 permission set license.</source>
        <translation>Der Benutzer hat keine Berechtigungssatzlizenz %1.</translation>
    </message>
    <message>
        <source>Setup &gt; Users &gt; %1 &gt; Permission Set License Assignments &gt; Edit Assignments &gt; %2</source>
        <translation>Setup &gt; Benutzer &gt; %1 &gt; Zuweisungen von Berechtigungssatzlizenzen &gt; Zuweisungen bearbeiten &gt; %2</translation>
    </message>
    <message>
        <source>The Salesforce API Integration license grants the system permissions tasks and events need; the Salesforce Integration license makes an API-only user that is not a person.</source>
        <translation>Die Lizenz „Salesforce API Integration“ erteilt die Systemberechtigungen, die Aufgaben und Ereignisse brauchen; die Lizenz „Salesforce Integration“ macht einen reinen API-Benutzer, der keine Person ist.</translation>
    </message>
    <message>
        <source>&lt;your integration permission set&gt;</source>
        <translation>&lt;Ihr Berechtigungssatz für die Integration&gt;</translation>
    </message>
</context>
<context>
    <name>PermissionFixLine</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: Read Access</source>
        <translation>%1: Lesezugriff</translation>
    </message>
    <message>
        <source>Permission set license: %1</source>
        <translation>Berechtigungssatzlizenz: %1</translation>
    </message>
    <message>
        <source>Permission set assigned: %1</source>
        <translation>Berechtigungssatz zugewiesen: %1</translation>
    </message>
    <message>
        <source>fixes %1</source>
        <translation>behebt %1</translation>
    </message>
    <message>
        <source>required by Salesforce for %1</source>
        <translation>von Salesforce für %1 verlangt</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Setup &gt; Permission Sets &gt; %1 &gt; System Permissions &gt; %2</source>
        <translation>Setup &gt; Berechtigungssätze &gt; %1 &gt; Systemberechtigungen &gt; %2</translation>
    </message>
    <message>
        <source>Setup &gt; Permission Sets &gt; %1 &gt; Object Settings &gt; %2 &gt; %3</source>
        <translation>Setup &gt; Berechtigungssätze &gt; %1 &gt; Objekteinstellungen &gt; %2 &gt; %3</translation>
    </message>
    <message>
        <source>Setup &gt; Permission Sets &gt; %1 &gt; Object Settings &gt; %2 &gt; Field Permissions &gt; %3 &gt; Read Access</source>
        <translation>Setup &gt; Berechtigungssätze &gt; %1 &gt; Objekteinstellungen &gt; %2 &gt; Feldberechtigungen &gt; %3 &gt; Lesezugriff</translation>
    </message>
    <message>
        <source>Setup &gt; Users &gt; %1 &gt; Permission Set License Assignments &gt; Edit Assignments &gt; %2</source>
        <translation>Setup &gt; Benutzer &gt; %1 &gt; Zuweisungen von Berechtigungssatzlizenzen &gt; Zuweisungen bearbeiten &gt; %2</translation>
    </message>
    <message>
        <source>Setup &gt; Users &gt; %1 &gt; Permission Set Assignments &gt; Edit Assignments &gt; %2</source>
        <translation>Setup &gt; Benutzer &gt; %1 &gt; Zuweisungen von Berechtigungssätzen &gt; Zuweisungen bearbeiten &gt; %2</translation>
    </message>
</context>
<context>
    <name>PermissionFixPlan</name>
    <message>
        <source>%1: which of its fields need field permissions could not be read; audit again after the fix.</source>
        <translation>%1: Es ließ sich nicht lesen, welche Felder Feldberechtigungen brauchen; prüfen Sie nach der Korrektur erneut.</translation>
    </message>
    <message>
        <source>Created by Callbridge on %1 for %2: what the permission audit found missing.</source>
        <translation>Von Callbridge am %1 für %2 erstellt: was die Berechtigungsprüfung als fehlend ermittelt hat.</translation>
    </message>
    <message>
        <source>%1: not checked, so not in the fix.</source>
        <translation>%1: nicht geprüft, daher nicht in der Korrektur enthalten.</translation>
    </message>
    <message>
        <source>%1: %2 is not available to grant here (is the package installed, the feature enabled?); an admin can audit this user to include it.</source>
        <translation>%1: %2 kann hier nicht erteilt werden (ist das Paket installiert, die Funktion aktiviert?); ein Administrator kann diesen Benutzer prüfen, um es einzubeziehen.</translation>
    </message>
    <message>
        <source>%1: a user license is chosen when the user is created; a permission set cannot change it.</source>
        <translation>%1: Die Benutzerlizenz wird beim Anlegen des Benutzers gewählt; ein Berechtigungssatz kann sie nicht ändern.</translation>
    </message>
    <message>
        <source>Nothing to fix: the audit found nothing missing that a permission set can grant.</source>
        <translation>Nichts zu korrigieren: Die Prüfung hat nichts Fehlendes gefunden, das ein Berechtigungssatz erteilen kann.</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Checklist: the fix by hand</source>
        <translation>Checkliste: die Korrektur von Hand</translation>
    </message>
</context>
<context>
    <name>PermissionSetMetadata</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht erstellt werden.</translation>
    </message>
</context>
<context>
    <name>ProvisioningPlan</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Vorgesetzter</translation>
    </message>
    <message>
        <source>Manager email</source>
        <translation>E-Mail des Vorgesetzten</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Aufgezeichnet</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>SalesforceError</name>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP-Status %1</translation>
    </message>
    <message>
        <source>Could not reach Salesforce: %1</source>
        <translation>Salesforce ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>Salesforce did not answer in time.</source>
        <translation>Salesforce hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Refused to send a request over plain http to %1: Salesforce is only reached over https.</source>
        <translation>Eine Anfrage über einfaches http an %1 wurde verweigert: Salesforce wird nur über https erreicht.</translation>
    </message>
    <message>
        <source>The secure connection to Salesforce failed: %1</source>
        <translation>Die sichere Verbindung zu Salesforce ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The Salesforce session expired and could not be renewed.</source>
        <translation>Die Salesforce-Sitzung ist abgelaufen und konnte nicht erneuert werden.</translation>
    </message>
    <message>
        <source>Salesforce no longer accepts this connection (%1). Reconnect to continue; your setup is kept.</source>
        <translation>Salesforce akzeptiert diese Verbindung nicht mehr (%1). Verbinden Sie sich erneut, um fortzufahren; Ihre Einrichtung bleibt erhalten.</translation>
    </message>
    <message>
        <source>The org has used up its daily API requests. Salesforce counts them over a rolling 24 hours; try again later.</source>
        <translation>Die Org hat ihre täglichen API-Anfragen aufgebraucht. Salesforce zählt sie über gleitende 24 Stunden; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Salesforce sent an answer Callbridge could not read: %1</source>
        <translation>Salesforce hat eine Antwort gesendet, die Callbridge nicht lesen konnte: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 received nothing for %2 s</source>
        <translation>%1 hat %2 s lang nichts empfangen</translation>
    </message>
    <message>
        <source>%1 was not answered in full within %2 s</source>
        <translation>%1 wurde nicht innerhalb von %2 s vollständig beantwortet</translation>
    </message>
    <message>
        <source>Salesforce did not answer in time: %1.</source>
        <translation>Salesforce hat nicht rechtzeitig geantwortet: %1.</translation>
    </message>
    <message>
        <source>Salesforce answered with a redirect to %1; Callbridge does not follow redirects with your credentials.</source>
        <translation>Salesforce hat mit einer Weiterleitung nach %1 geantwortet; Callbridge folgt Weiterleitungen nicht mit Ihren Anmeldedaten.</translation>
    </message>
    <message>
        <source>Salesforce pointed Callbridge to %1, which is not on the org&apos;s instance; Callbridge does not send your credentials anywhere else.</source>
        <translation>Salesforce hat Callbridge an %1 verwiesen, das nicht auf der Instanz der Org liegt; Callbridge sendet Ihre Anmeldedaten nirgendwo anders hin.</translation>
    </message>
    <message>
        <source>The request was too long for Salesforce (HTTP %1): its address and headers may take 16,384 bytes</source>
        <translation>Die Anfrage war für Salesforce zu lang (HTTP %1): Adresse und Header dürfen zusammen höchstens 16.384 Bytes umfassen</translation>
    </message>
    <message>
        <source>Salesforce is running too many long requests for this org at once (%1). This clears within seconds to minutes; try again shortly.</source>
        <translation>Salesforce führt für diese Org zu viele lange Anfragen gleichzeitig aus (%1). Das legt sich innerhalb von Sekunden bis Minuten; versuchen Sie es in Kürze erneut.</translation>
    </message>
</context>
<context>
    <name>SetupStep</name>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Felder</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Export filter</source>
        <translation>Exportfilter</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Connect to your Salesforce org (production, sandbox or My Domain) with OAuth, as a dedicated integration user.</source>
        <translation>Verbinden Sie sich per OAuth mit Ihrer Salesforce-Org (Produktion, Sandbox oder My Domain), als eigener Integrationsbenutzer.</translation>
    </message>
    <message>
        <source>Check the integration user&apos;s object, field and system permissions against what the integration needs.</source>
        <translation>Prüfen Sie die Objekt-, Feld- und Systemberechtigungen des Integrationsbenutzers gegen das, was die Integration braucht.</translation>
    </message>
    <message>
        <source>Choose which Salesforce fields are imported: required fields stay selected, unsupported ones cannot be chosen.</source>
        <translation>Wählen Sie, welche Salesforce-Felder importiert werden: Erforderliche Felder bleiben ausgewählt, nicht unterstützte können nicht gewählt werden.</translation>
    </message>
    <message>
        <source>Import the Salesforce users with their manager hierarchy and choose who is recorded.</source>
        <translation>Importieren Sie die Salesforce-Benutzer mit ihrer Vorgesetztenhierarchie und wählen Sie, wer aufgezeichnet wird.</translation>
    </message>
    <message>
        <source>Decide which recorded calls are exported to Salesforce.</source>
        <translation>Legen Sie fest, welche aufgezeichneten Anrufe nach Salesforce exportiert werden.</translation>
    </message>
    <message>
        <source>See which calls will export and which records each one attaches to, before anything is sent.</source>
        <translation>Sehen Sie, welche Anrufe exportiert werden und zu welchen Datensätzen, bevor irgendetwas gesendet wird.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Use a dedicated integration user.&lt;/b&gt; The integration can read and change whatever the connecting user can. If that user is deactivated, the integration disconnects, so connect as a user that is not a real person in the company and will not be deactivated.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Licenses.&lt;/b&gt; Salesforce offers integration licenses: the &lt;i&gt;Salesforce Integration&lt;/i&gt; user license makes an API-only user for reading data, and the &lt;i&gt;Salesforce API Integration&lt;/i&gt; permission set license adds the system permissions that creating tasks and events needs.&lt;/p&gt;&lt;p&gt;&lt;b&gt;OAuth.&lt;/b&gt; Callbridge signs in through Salesforce&apos;s own login page. It never sees the password; it keeps only the refresh token, in this computer&apos;s keychain.&lt;/p&gt;&lt;p&gt;&lt;b&gt;One org at a time.&lt;/b&gt; Production or a sandbox, never both: calls go to the org that is connected now.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Verwenden Sie einen eigenen Integrationsbenutzer.&lt;/b&gt; Die Integration kann alles lesen und ändern, was der verbindende Benutzer kann. Wird dieser Benutzer deaktiviert, trennt sich die Integration; verbinden Sie sich also als Benutzer, der keine echte Person im Unternehmen ist und nicht deaktiviert wird.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Lizenzen.&lt;/b&gt; Salesforce bietet Integrationslizenzen: Die Benutzerlizenz &lt;i&gt;Salesforce Integration&lt;/i&gt; macht einen reinen API-Benutzer zum Lesen von Daten, und die Berechtigungssatzlizenz &lt;i&gt;Salesforce API Integration&lt;/i&gt; ergänzt die Systemberechtigungen, die das Anlegen von Aufgaben und Ereignissen braucht.&lt;/p&gt;&lt;p&gt;&lt;b&gt;OAuth.&lt;/b&gt; Callbridge meldet sich über die Anmeldeseite von Salesforce selbst an. Es sieht das Passwort nie; es behält nur das Aktualisierungstoken, im Schlüsselbund dieses Computers.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Immer nur eine Org.&lt;/b&gt; Produktion oder eine Sandbox, nie beide: Anrufe gehen an die Org, die gerade verbunden ist.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Salesforce separates what a user can &lt;i&gt;do&lt;/i&gt; from what it can &lt;i&gt;see&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Do:&lt;/b&gt; object and field permissions, from the profile (one per user) and permission sets (added on top). The integration needs Read on Account, Contact, Lead, Opportunity and User, API Enabled and View All Users; exporting calls needs Access Activities and Edit Tasks or Edit Events.&lt;/p&gt;&lt;p&gt;&lt;b&gt;See:&lt;/b&gt; the role and sharing rules. With Read alone the user sees only the records its role allows, and calls are not matched to the others. &lt;i&gt;View All&lt;/i&gt; on an object overrides the role for that object.&lt;/p&gt;&lt;p&gt;If you use task record types, give the integration user access to them too.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Salesforce trennt, was ein Benutzer &lt;i&gt;tun&lt;/i&gt; darf, von dem, was er &lt;i&gt;sehen&lt;/i&gt; kann.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Tun:&lt;/b&gt; Objekt- und Feldberechtigungen, aus dem Profil (eines je Benutzer) und aus Berechtigungssätzen (zusätzlich). Die Integration braucht Lesen für Account, Kontakt, Lead, Opportunity und Benutzer, „API aktiviert“ und „Alle Benutzer anzeigen“; der Export von Anrufen braucht „Auf Aktivitäten zugreifen“ und „Aufgaben bearbeiten“ oder „Ereignisse bearbeiten“.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sehen:&lt;/b&gt; die Rolle und die Freigaberegeln. Mit Lesen allein sieht der Benutzer nur die Datensätze, die seine Rolle erlaubt, und Anrufe werden den anderen nicht zugeordnet. &lt;i&gt;Alle anzeigen&lt;/i&gt; für ein Objekt hebt die Rolle für dieses Objekt auf.&lt;/p&gt;&lt;p&gt;Wenn Sie Datensatztypen für Aufgaben verwenden, geben Sie dem Integrationsbenutzer auch darauf Zugriff.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Required&lt;/b&gt; fields are read by the integration itself (ids, emails, owners, modification stamps): they cannot be deselected, and the integration does not work if the user cannot read them. &lt;b&gt;Recommended&lt;/b&gt; fields make filters, deal boards and matching better. Any other supported field can be added.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Not supported:&lt;/b&gt; multi-select picklists, address and location (compound) fields, and encrypted fields. Long text is trimmed to 10,000 characters. References to users are supported; references to objects the integration does not import are not.&lt;/p&gt;&lt;p&gt;A formula field is imported as its result type. Changing a formula&apos;s inputs elsewhere does not mark the record as modified, so its value can lag until the record changes.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Erforderliche&lt;/b&gt; Felder liest die Integration selbst (Ids, E-Mail-Adressen, Inhaber, Änderungszeitstempel): Ihre Auswahl kann nicht aufgehoben werden, und die Integration funktioniert nicht, wenn der Benutzer sie nicht lesen kann. &lt;b&gt;Empfohlene&lt;/b&gt; Felder verbessern Filter, Deal-Boards und die Zuordnung. Jedes andere unterstützte Feld kann hinzugefügt werden.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Nicht unterstützt:&lt;/b&gt; Mehrfachauswahllisten, Adress- und Geolocation-Felder (zusammengesetzt) sowie verschlüsselte Felder. Langer Text wird auf 10.000 Zeichen gekürzt. Verweise auf Benutzer werden unterstützt, Verweise auf Objekte, die die Integration nicht importiert, nicht.&lt;/p&gt;&lt;p&gt;Ein Formelfeld wird mit seinem Ergebnistyp importiert. Ändern sich die Eingaben einer Formel anderswo, gilt der Datensatz nicht als geändert; sein Wert kann daher nachhinken, bis sich der Datensatz ändert.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Provisioning reads every Salesforce user&apos;s name, email, title and manager, and builds the team structure from the manager hierarchy.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Recorded users&lt;/b&gt; are the people whose calls are recorded. Opportunities are imported only for recorded users&apos; deals, so choosing who is recorded also decides which opportunities are imported.&lt;/p&gt;&lt;p&gt;Problems in the hierarchy (a manager who is inactive or not imported, a loop, two users with one email) are marked on the user they affect; provisioning places each user under the nearest active manager.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die Bereitstellung liest Name, E-Mail-Adresse, Titel und Vorgesetzten jedes Salesforce-Benutzers und baut aus der Vorgesetztenhierarchie die Teamstruktur.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Aufgezeichnete Benutzer&lt;/b&gt; sind die Personen, deren Anrufe aufgezeichnet werden. Opportunities werden nur für die Deals aufgezeichneter Benutzer importiert; die Wahl, wer aufgezeichnet wird, bestimmt also auch, welche Opportunities importiert werden.&lt;/p&gt;&lt;p&gt;Probleme in der Hierarchie (ein inaktiver oder nicht importierter Vorgesetzter, eine Schleife, zwei Benutzer mit derselben E-Mail-Adresse) sind beim betroffenen Benutzer markiert; die Bereitstellung ordnet jeden Benutzer unter dem nächsten aktiven Vorgesetzten ein.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Only calls that pass the filter are exported. An empty filter exports every call.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Past calls.&lt;/b&gt; A new filter applies to new calls and to past calls when they are reprocessed: a tracker newly applies to the call, or a participant&apos;s Salesforce data changes. A past call the old filter excluded is then exported if it passes the new one.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Tasks or events.&lt;/b&gt; A task is a logged call with a status and an outcome; an event is a meeting with a start and an end on the calendar. Smart trackers can be added to the description.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Nur Anrufe, die den Filter bestehen, werden exportiert. Ein leerer Filter exportiert jeden Anruf.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Frühere Anrufe.&lt;/b&gt; Ein neuer Filter gilt für neue Anrufe und für frühere Anrufe, wenn sie erneut verarbeitet werden: Ein Tracker greift neu, oder die Salesforce-Daten eines Teilnehmers ändern sich. Ein früherer Anruf, den der alte Filter ausschloss, wird dann exportiert, wenn er den neuen besteht.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Aufgaben oder Ereignisse.&lt;/b&gt; Eine Aufgabe ist ein protokollierter Anruf mit Status und Ergebnis; ein Ereignis ist ein Termin mit Beginn und Ende im Kalender. Smart Tracker können in die Beschreibung aufgenommen werden.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Matching.&lt;/b&gt; Participants are matched to contacts and leads by email address, and to an account by the contacts&apos; account or the email domain (free-mail domains never match). The call goes to the account&apos;s open opportunity; with several, to the one owned by a participant, else the most recently modified.&lt;/p&gt;&lt;p&gt;&lt;b&gt;API usage.&lt;/b&gt; Each exported call costs one API request. The first export of past calls, or a tracker change that touches many calls, causes a spike.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Deletion.&lt;/b&gt; A call deleted on the platform, by hand or by the retention policy, is deleted from Salesforce too.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Zuordnung.&lt;/b&gt; Teilnehmer werden Kontakten und Leads über die E-Mail-Adresse zugeordnet und einem Account über den Account der Kontakte oder die E-Mail-Domain (Freemail-Domains werden nie zugeordnet). Der Anruf geht an die offene Opportunity des Accounts; bei mehreren an die eines Teilnehmers, sonst an die zuletzt geänderte.&lt;/p&gt;&lt;p&gt;&lt;b&gt;API-Verbrauch.&lt;/b&gt; Jeder exportierte Anruf kostet eine API-Anfrage. Der erste Export früherer Anrufe oder eine Tracker-Änderung, die viele Anrufe betrifft, verursacht eine Spitze.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Löschen.&lt;/b&gt; Ein auf der Plattform gelöschter Anruf, von Hand oder durch die Aufbewahrungsrichtlinie, wird auch aus Salesforce gelöscht.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>SqliteRows</name>
    <message>
        <source>The local cache is not an SQLite database.</source>
        <translation>Der lokale Cache ist keine SQLite-Datenbank.</translation>
    </message>
    <message>
        <source>Reading the local cache failed: %1</source>
        <translation>Lesen des lokalen Caches fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
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
        <translation>Demo-Org</translation>
    </message>
</context>
<context>
    <name>UserHierarchy</name>
    <message>
        <source>Manager %1 is not among the imported users.</source>
        <translation>Vorgesetzter %1 ist nicht unter den importierten Benutzern.</translation>
    </message>
    <message>
        <source>Manager %1 is inactive.</source>
        <translation>Vorgesetzter %1 ist inaktiv.</translation>
    </message>
    <message>
        <source>The manager chain loops back to this user.</source>
        <translation>Die Vorgesetztenkette führt zu diesem Benutzer zurück.</translation>
    </message>
    <message>
        <source>Another user has the email address %1.</source>
        <translation>Ein anderer Benutzer hat die E-Mail-Adresse %1.</translation>
    </message>
</context>
<context>
    <name>callbridge::BrowserSignIn</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>callbridge::BulkQueryStream</name>
    <message>
        <source>a Bulk API query job was created without an id</source>
        <translation>ein Bulk-API-Abfragejob wurde ohne Id angelegt</translation>
    </message>
    <message>
        <source>a Bulk API query job in an unknown state &quot;%1&quot;</source>
        <translation>ein Bulk-API-Abfragejob in einem unbekannten Zustand „%1“</translation>
    </message>
    <message>
        <source>the CSV parser could not start</source>
        <translation>der CSV-Parser konnte nicht starten</translation>
    </message>
    <message>
        <source>Bulk API results for job %1 are not valid CSV after row %L2: %3</source>
        <translation>Die Bulk-API-Ergebnisse von Job %1 sind nach Zeile %L2 kein gültiges CSV: %3</translation>
    </message>
    <message>
        <source>row %L1 has %L2 fields, the header %L3</source>
        <translation>Zeile %L1 hat %L2 Felder, die Kopfzeile %L3</translation>
    </message>
    <message>
        <source>a Bulk API query job was created with the id &quot;%1&quot;, which is not a Salesforce id</source>
        <translation>ein Bulk-API-Abfragejob wurde mit der ID „%1“ angelegt, die keine Salesforce-ID ist</translation>
    </message>
    <message>
        <source>the results of Bulk API job %1 are not CSV (Content-Type: %2)</source>
        <translation>die Ergebnisse des Bulk-API-Jobs %1 sind kein CSV (Content-Type: %2)</translation>
    </message>
    <message>
        <source>the results of Bulk API job %1 held %L2 rows, but the job processed %L3</source>
        <translation>die Ergebnisse des Bulk-API-Jobs %1 enthielten %L2 Zeilen, der Job hat aber %L3 verarbeitet</translation>
    </message>
    <message>
        <source>Bulk API results for job %1 do not fit their header: %2</source>
        <translation>Die Bulk-API-Ergebnisse für Job %1 passen nicht zu ihrer Kopfzeile: %2</translation>
    </message>
    <message>
        <source>Bulk API query job %1 was still %2 after %L3 s</source>
        <translation>Der Bulk-API-Abfragejob %1 war nach %L3 s noch im Zustand %2</translation>
    </message>
</context>
<context>
    <name>callbridge::CallExportRun</name>
    <message>
        <source>Stopped to stay within the API budget: %L1 of the %L2 requests allowed (%3% of the %L4 remaining today). What is left is exported on the next run.</source>
        <translation>Angehalten, um im API-Budget zu bleiben: %L1 der %L2 erlaubten Anfragen (%3 % der heute verbleibenden %L4). Der Rest wird beim nächsten Lauf exportiert.</translation>
    </message>
    <message>
        <source>Looking up what the org holds for these calls failed: %1</source>
        <translation>Die Abfrage, was die Org zu diesen Anrufen enthält, ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The call&apos;s %1 records are more than one composite graph can hold.</source>
        <translation>Die %1 Datensätze des Anrufs sind mehr, als ein Composite-Graph aufnehmen kann.</translation>
    </message>
    <message>
        <source>Salesforce&apos;s answer did not mention this call.</source>
        <translation>Die Antwort von Salesforce erwähnte diesen Anruf nicht.</translation>
    </message>
</context>
<context>
    <name>callbridge::ConfigDocument</name>
    <message>
        <source>the file cannot be read (%1)</source>
        <translation>die Datei kann nicht gelesen werden (%1)</translation>
    </message>
</context>
<context>
    <name>callbridge::ConnectionManager</name>
    <message>
        <source>There is no saved connection to reconnect. Connect to Salesforce first.</source>
        <translation>Es gibt keine gespeicherte Verbindung zum erneuten Verbinden. Verbinden Sie sich zuerst mit Salesforce.</translation>
    </message>
    <message>
        <source>The keychain holds no sign-in for this org. Connect again.</source>
        <translation>Der Schlüsselbund enthält keine Anmeldung für diese Org. Verbinden Sie sich erneut.</translation>
    </message>
    <message>
        <source>The sign-in could not be read from the keychain: %1</source>
        <translation>Die Anmeldung konnte nicht aus dem Schlüsselbund gelesen werden: %1</translation>
    </message>
    <message>
        <source>Connected, but Salesforce did not show the organization and the user. Check that the user has API Enabled.</source>
        <translation>Verbunden, aber Salesforce hat die Organisation und den Benutzer nicht gezeigt. Prüfen Sie, ob der Benutzer „API aktiviert“ hat.</translation>
    </message>
    <message>
        <source>No keychain is available on this computer, so the connection lasts until Callbridge quits. Callbridge never stores the sign-in anywhere else.</source>
        <translation>Auf diesem Computer ist kein Schlüsselbund verfügbar, daher gilt die Verbindung nur, bis Callbridge beendet wird. Callbridge speichert die Anmeldung nirgendwo sonst.</translation>
    </message>
    <message>
        <source>The sign-in could not be stored in the keychain (%1), so the connection lasts until Callbridge quits.</source>
        <translation>Die Anmeldung konnte nicht im Schlüsselbund gespeichert werden (%1), daher gilt die Verbindung nur, bis Callbridge beendet wird.</translation>
    </message>
    <message>
        <source>Salesforce refused the client credentials (%1: %2). Check the consumer key (--client-id), the consumer secret (CALLBRIDGE_CLIENT_SECRET), and that the app enables the client credentials flow with a run-as user.</source>
        <translation>Salesforce hat die Client-Anmeldedaten abgelehnt (%1: %2). Prüfen Sie den Consumer Key (--client-id), das Consumer Secret (CALLBRIDGE_CLIENT_SECRET) und dass die App den Client-Credentials-Flow mit einem Ausführungsbenutzer aktiviert.</translation>
    </message>
    <message>
        <source>Salesforce answered with the organization id &quot;%1&quot;, which is not a Salesforce org id (15 or 18 letters and digits starting with 00D). Callbridge did not connect.</source>
        <translation>Salesforce hat mit der Organisations-ID „%1“ geantwortet, die keine Salesforce-Org-ID ist (15 oder 18 Buchstaben und Ziffern, beginnend mit 00D). Callbridge hat sich nicht verbunden.</translation>
    </message>
    <message>
        <source>Salesforce answered with the user id &quot;%1&quot;, which is not a Salesforce user id (15 or 18 letters and digits starting with 005). Callbridge did not connect.</source>
        <translation>Salesforce hat mit der Benutzer-ID „%1“ geantwortet, die keine Salesforce-Benutzer-ID ist (15 oder 18 Buchstaben und Ziffern, beginnend mit 005). Callbridge hat sich nicht verbunden.</translation>
    </message>
    <message>
        <source>Salesforce replaced the sign-in, and the new one could not be stored in the keychain (%1), so the connection lasts until Callbridge quits.</source>
        <translation>Salesforce hat die Anmeldung ersetzt, und die neue konnte nicht im Schlüsselbund gespeichert werden (%1), daher gilt die Verbindung nur, bis Callbridge beendet wird.</translation>
    </message>
    <message>
        <source>%1 refused the client credentials flow. %2</source>
        <translation>%1 hat den Client-Credentials-Flow abgelehnt. %2</translation>
    </message>
    <message>
        <source>The consumer secret could not be read from the keychain: %1</source>
        <translation>Das Consumer Secret konnte nicht aus dem Schlüsselbund gelesen werden: %1</translation>
    </message>
    <message>
        <source>The consumer secret could not be stored in the keychain (%1), so the connection lasts until Callbridge quits.</source>
        <translation>Das Consumer Secret konnte nicht im Schlüsselbund gespeichert werden (%1), daher gilt die Verbindung nur, bis Callbridge beendet wird.</translation>
    </message>
</context>
<context>
    <name>callbridge::ExportWorkspace</name>
    <message>
        <source>No org is connected.</source>
        <translation>Keine Org ist verbunden.</translation>
    </message>
</context>
<context>
    <name>callbridge::FieldCatalogLoader</name>
    <message>
        <source>the describe request answered without any result</source>
        <translation>die Describe-Anfrage hat ohne jedes Ergebnis geantwortet</translation>
    </message>
    <message>
        <source>the describe request answered without %1</source>
        <translation>die Describe-Anfrage hat ohne %1 geantwortet</translation>
    </message>
</context>
<context>
    <name>callbridge::ImportOperation</name>
    <message>
        <source>Connect to Salesforce first.</source>
        <translation>Verbinden Sie sich zuerst mit Salesforce.</translation>
    </message>
    <message>
        <source>Import cancelled before it read anything.</source>
        <translation>Import abgebrochen, bevor etwas gelesen wurde.</translation>
    </message>
    <message>
        <source>Reading the fields failed: %1</source>
        <translation>Das Lesen der Felder ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 is not an object Callbridge imports, or the integration user cannot read it</source>
        <translation>%1 ist kein Objekt, das Callbridge importiert, oder der Integrationsbenutzer kann es nicht lesen</translation>
    </message>
    <message>
        <source>Salesforce did not describe %1: %2</source>
        <translation>Salesforce hat %1 nicht beschrieben: %2</translation>
    </message>
    <message>
        <source>Waiting for Salesforce: %1 (%L2 s)</source>
        <translation>Warten auf Salesforce: %1 (%L2 s)</translation>
    </message>
</context>
<context>
    <name>callbridge::ImportRun</name>
    <message>
        <source>The local cache could not prepare %1: %2</source>
        <translation>Der lokale Cache konnte %1 nicht vorbereiten: %2</translation>
    </message>
    <message>
        <source>Import cancelled before it read anything.</source>
        <translation>Import abgebrochen, bevor etwas gelesen wurde.</translation>
    </message>
    <message>
        <source>Import finished in %L1 s: %L2 records stored, %L3 removed, %L4 API requests.</source>
        <translation>Import in %L1 s abgeschlossen: %L2 Datensätze gespeichert, %L3 entfernt, %L4 API-Anfragen.</translation>
    </message>
    <message>
        <source>The API budget is spent.</source>
        <translation>Das API-Budget ist aufgebraucht.</translation>
    </message>
    <message>
        <source>Needs about %L1 API requests; the budget has %L2 left.</source>
        <translation>Benötigt etwa %L1 API-Anfragen; das Budget hat noch %L2.</translation>
    </message>
    <message>
        <source>Import cancelled. What was read is kept; the next import continues from there.</source>
        <translation>Import abgebrochen. Was gelesen wurde, bleibt erhalten; der nächste Import setzt dort fort.</translation>
    </message>
    <message>
        <source>Salesforce&apos;s daily API limit is reached, so the import stopped. What was read is kept. Salesforce counts requests over a rolling 24 hours: run the import again later, by %1 at the latest, and it continues where it stopped.</source>
        <translation>Das tägliche API-Limit von Salesforce ist erreicht, daher wurde der Import angehalten. Was gelesen wurde, bleibt erhalten. Salesforce zählt Anfragen über gleitende 24 Stunden: Starten Sie den Import später erneut, spätestens am %1, und er setzt dort fort, wo er angehalten hat.</translation>
    </message>
    <message>
        <source>The import stopped at %1: %2 What was read is kept; the next import continues from there.</source>
        <translation>Der Import wurde bei %1 angehalten: %2 Was gelesen wurde, bleibt erhalten; der nächste Import setzt dort fort.</translation>
    </message>
    <message>
        <source>Stopped to stay within the API budget: %L1 of the %L2 requests allowed (%3% of the %L4 remaining today). What was read is kept. Salesforce frees requests over a rolling 24 hours: run the import again later, by %5 at the latest, and it continues where it stopped.</source>
        <translation>Angehalten, um im API-Budget zu bleiben: %L1 der %L2 erlaubten Anfragen (%3 % der heute verbleibenden %L4). Was gelesen wurde, bleibt erhalten. Salesforce gibt Anfragen über gleitende 24 Stunden frei: Starten Sie den Import später erneut, spätestens am %5, und er setzt dort fort, wo er angehalten hat.</translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation>Import abgebrochen.</translation>
    </message>
    <message>
        <source>The org has no API requests to spare today (%L1 remaining), so the import did not start reading. What was read before is kept. Salesforce frees requests over a rolling 24 hours: run the import again later, by %2 at the latest, and it continues where it stopped.</source>
        <translation>Die Org hat heute keine API-Anfragen übrig (%L1 verbleibend), daher hat der Import nicht mit dem Lesen begonnen. Was zuvor gelesen wurde, bleibt erhalten. Salesforce gibt Anfragen über ein rollierendes 24-Stunden-Fenster frei: Führen Sie den Import später erneut aus, spätestens um %2, und er setzt dort fort, wo er aufgehört hat.</translation>
    </message>
</context>
<context>
    <name>callbridge::ImportWriter</name>
    <message>
        <source>The local cache could not be opened for writing.</source>
        <translation>Der lokale Cache konnte nicht zum Schreiben geöffnet werden.</translation>
    </message>
</context>
<context>
    <name>callbridge::OAuthAuthorization</name>
    <message numerus="yes">
        <source>No answer came back from the browser within %n minute(s). Start again when you are ready to log in.</source>
        <translation>
            <numerusform>Innerhalb von %n Minute kam keine Antwort vom Browser. Beginnen Sie erneut, wenn Sie bereit sind, sich anzumelden.</numerusform>
            <numerusform>Innerhalb von %n Minuten kam keine Antwort vom Browser. Beginnen Sie erneut, wenn Sie bereit sind, sich anzumelden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The login URL %1 does not use https.</source>
        <translation>Die Login-URL %1 verwendet kein https.</translation>
    </message>
    <message>
        <source>Connecting was cancelled.</source>
        <translation>Das Verbinden wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Salesforce&apos;s answer carried no authorization code.</source>
        <translation>Die Antwort von Salesforce enthielt keinen Autorisierungscode.</translation>
    </message>
    <message>
        <source>Could not reach Salesforce to finish the login: %1</source>
        <translation>Salesforce war zum Abschließen der Anmeldung nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>Salesforce refused the login: %1</source>
        <translation>Salesforce hat die Anmeldung abgelehnt: %1</translation>
    </message>
    <message>
        <source>Access was denied in the browser, so Callbridge is not connected. Start again and choose Allow.</source>
        <translation>Der Zugriff wurde im Browser verweigert, daher ist Callbridge nicht verbunden. Starten Sie erneut und wählen Sie „Allow“ (Zulassen).</translation>
    </message>
</context>
<context>
    <name>callbridge::ObjectImport</name>
    <message>
        <source>The local cache could not store %1: %2</source>
        <translation>Der lokale Cache konnte %1 nicht speichern: %2</translation>
    </message>
    <message>
        <source>row %L1 of a page has the Id &quot;%2&quot;, which is not a Salesforce id; the page was not stored</source>
        <translation>Zeile %L1 einer Seite hat die Id „%2“, die keine Salesforce-ID ist; die Seite wurde nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>callbridge::PermissionAudit</name>
    <message>
        <source>Reading the user&apos;s permissions…</source>
        <translation>Die Berechtigungen des Benutzers werden gelesen…</translation>
    </message>
    <message>
        <source>Reading field access and visible records…</source>
        <translation>Feldzugriff und sichtbare Datensätze werden gelesen…</translation>
    </message>
    <message>
        <source>Auditing another user reads its permission records, which needs View Setup and Configuration.</source>
        <translation>Die Prüfung eines anderen Benutzers liest dessen Berechtigungsdatensätze, was „Setup und Konfiguration anzeigen“ erfordert.</translation>
    </message>
</context>
<context>
    <name>callbridge::PermissionFixApply</name>
    <message>
        <source>%1 (sandbox)</source>
        <translation>%1 (Sandbox)</translation>
    </message>
    <message>
        <source>%1 (production)</source>
        <translation>%1 (Produktion)</translation>
    </message>
    <message>
        <source>Reading the permission set…</source>
        <translation>Der Berechtigungssatz wird gelesen…</translation>
    </message>
    <message>
        <source>%1 → yes</source>
        <translation>%1 → ja</translation>
    </message>
    <message>
        <source>Created the permission set %1 (%2)</source>
        <translation>Berechtigungssatz %1 (%2) erstellt</translation>
    </message>
    <message>
        <source>%1: %2 → yes</source>
        <translation>%1: %2 → ja</translation>
    </message>
    <message>
        <source>%1: Read Access → yes</source>
        <translation>%1: Lesezugriff → ja</translation>
    </message>
    <message>
        <source>Assigned the permission set license %1 to %2</source>
        <translation>Berechtigungssatzlizenz %1 zugewiesen an %2</translation>
    </message>
    <message>
        <source>Assigned %1 to %2</source>
        <translation>%1 zugewiesen an %2</translation>
    </message>
    <message>
        <source>Changing the permission set…</source>
        <translation>Der Berechtigungssatz wird geändert…</translation>
    </message>
</context>
<context>
    <name>callbridge::QueryStream</name>
    <message>
        <source>a query page without records or done</source>
        <translation>eine Abfrageseite ohne records oder done</translation>
    </message>
</context>
<context>
    <name>callbridge::RestReply</name>
    <message>
        <source>%1 at byte %2</source>
        <translation>%1 bei Byte %2</translation>
    </message>
</context>
<context>
    <name>callbridge::SalesforceSession</name>
    <message>
        <source>no refresh token</source>
        <translation>kein Aktualisierungstoken</translation>
    </message>
</context>
<context>
    <name>callbridge::TestExport</name>
    <message>
        <source>Salesforce refused the activity: %1</source>
        <translation>Salesforce hat die Aktivität abgelehnt: %1</translation>
    </message>
    <message>
        <source>Salesforce did not delete %1: %2</source>
        <translation>Salesforce hat %1 nicht gelöscht: %2</translation>
    </message>
    <message>
        <source>the user cannot create it</source>
        <translation>der Benutzer kann es nicht anlegen</translation>
    </message>
    <message>
        <source>Could not read which %1 fields this org accepts: %2</source>
        <translation>Konnte nicht lesen, welche %1-Felder diese Org annimmt: %2</translation>
    </message>
</context>
<context>
    <name>callbridge::cli</name>
    <message>
        <source>Print the findings as JSON.</source>
        <translation>Die Befunde als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Check for exporting calls as task or event (default: from the setup).</source>
        <translation>Für den Export von Anrufen als task oder event prüfen (Standard: aus der Einrichtung).</translation>
    </message>
    <message>
        <source>Also write an HTML report to FILE.</source>
        <translation>Zusätzlich einen HTML-Bericht in DATEI schreiben.</translation>
    </message>
    <message>
        <source>--activity-type: expected task or event, got &quot;%1&quot;</source>
        <translation>--activity-type: erwartet task oder event, erhalten: „%1“</translation>
    </message>
    <message>
        <source>The audit failed: %1</source>
        <translation>Die Prüfung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Lösung: %1</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Zustand: %1</translation>
    </message>
    <message>
        <source>Show the Salesforce connection. Uses the saved connection (its sign-in is in the keychain), or the client credentials flow with --login-url and --client-id and the consumer secret in the environment variable CALLBRIDGE_CLIENT_SECRET (never on the command line).</source>
        <translation>Zeigt die Salesforce-Verbindung. Verwendet die gespeicherte Verbindung (ihre Anmeldung liegt im Schlüsselbund) oder den Client-Credentials-Ablauf mit --login-url und --client-id und dem Consumer-Secret in der Umgebungsvariablen CALLBRIDGE_CLIENT_SECRET (nie auf der Befehlszeile).</translation>
    </message>
    <message>
        <source>Check and print the connection state.</source>
        <translation>Den Verbindungszustand prüfen und ausgeben.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>usage: callbridge-cli connect --status [--json] [--config FILE] [--login-url URL --client-id ID]</source>
        <translation>Aufruf: callbridge-cli connect --status [--json] [--config DATEI] [--login-url URL --client-id ID]</translation>
    </message>
    <message>
        <source>no saved connection in %1</source>
        <translation>keine gespeicherte Verbindung in %1</translation>
    </message>
    <message>
        <source>selected</source>
        <translation>ausgewählt</translation>
    </message>
    <message>
        <source>not selected</source>
        <translation>nicht ausgewählt</translation>
    </message>
    <message>
        <source>Classify the imported objects&apos; fields as required, recommended, optional, unsupported or inaccessible: from describe responses saved as files, or live from the connected org.</source>
        <translation>Ordnet die Felder der importierten Objekte als erforderlich, empfohlen, optional, nicht unterstützt oder nicht lesbar ein: aus als Dateien gespeicherten Describe-Antworten oder live aus der verbundenen Org.</translation>
    </message>
    <message>
        <source>A saved sobjects/{Object}/describe response. Repeatable.</source>
        <translation>Eine gespeicherte Antwort von sobjects/{Object}/describe. Wiederholbar.</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: not a describe response (expected an object with &quot;name&quot; and &quot;fields&quot;)</source>
        <translation>%1: keine Describe-Antwort (erwartet wird ein Objekt mit &quot;name&quot; und &quot;fields&quot;)</translation>
    </message>
    <message>
        <source>Reading the describes failed: %1</source>
        <translation>Das Lesen der Describes ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Bring the local cache up to date with the org: the selected fields of the imported objects, incrementally after the first run. Exit code 1 when the import did not finish.</source>
        <translation>Bringt den lokalen Cache auf den Stand der Org: die ausgewählten Felder der importierten Objekte, nach dem ersten Lauf inkrementell. Exit-Code 1, wenn der Import nicht fertig wurde.</translation>
    </message>
    <message>
        <source>Print per-object counts as JSON.</source>
        <translation>Die Anzahlen je Objekt als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Import only these objects (comma-separated API names).</source>
        <translation>Nur diese Objekte importieren (API-Namen, durch Kommas getrennt).</translation>
    </message>
    <message>
        <source>Forget the cached rows and read everything again.</source>
        <translation>Die zwischengespeicherten Zeilen verwerfen und alles neu lesen.</translation>
    </message>
    <message>
        <source>Whose opportunities to import: all (every active user) or a comma-separated list of emails. Default: the recorded users chosen in the app.</source>
        <translation>Wessen Opportunities importiert werden: all (jeder aktive Benutzer) oder eine durch Kommas getrennte Liste von E-Mail-Adressen. Standard: die in der App gewählten aufgezeichneten Benutzer.</translation>
    </message>
    <message>
        <source>The share of the org&apos;s remaining daily API requests the import may use, in percent (default 50).</source>
        <translation>Der Anteil an den verbleibenden täglichen API-Anfragen der Org, den der Import nutzen darf, in Prozent (Standard 50).</translation>
    </message>
    <message>
        <source>--budget: expected a percentage above 0 and up to 100, got &quot;%1&quot;</source>
        <translation>--budget: erwartet wird ein Prozentsatz über 0 und bis 100, erhalten: „%1“</translation>
    </message>
    <message>
        <source>--recorded-users: &quot;%1&quot; is neither &quot;all&quot; nor an email address</source>
        <translation>--recorded-users: „%1“ ist weder &quot;all&quot; noch eine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>--recorded-users: expected all or a comma-separated list of emails</source>
        <translation>--recorded-users: erwartet wird all oder eine durch Kommas getrennte Liste von E-Mail-Adressen</translation>
    </message>
    <message>
        <source>%1: %L2 stored, %L3 removed (%4, %L5 requests)</source>
        <translation>%1: %L2 gespeichert, %L3 entfernt (%4, %L5 Anfragen)</translation>
    </message>
    <message>
        <source>--fault %1: expected NAME=VALUE with a number, such as 503=0.2</source>
        <translation>--fault %1: erwartet NAME=WERT mit einer Zahl, z. B. 503=0.2</translation>
    </message>
    <message>
        <source>--fault %1: a rate is between 0 and 1</source>
        <translation>--fault %1: eine Rate liegt zwischen 0 und 1</translation>
    </message>
    <message>
        <source>Serve a local Salesforce org (orgsim) on 127.0.0.1 until interrupted.</source>
        <translation>Eine lokale Salesforce-Org (orgsim) auf 127.0.0.1 bereitstellen, bis sie unterbrochen wird.</translation>
    </message>
    <message>
        <source>Port to listen on (0 picks a free one).</source>
        <translation>Port, auf dem gelauscht wird (0 wählt einen freien).</translation>
    </message>
    <message>
        <source>Generated data: none, small or large.</source>
        <translation>Erzeugte Daten: none, small oder large.</translation>
    </message>
    <message>
        <source>Load exact records from a JSON file instead of generating them.</source>
        <translation>Genaue Datensätze aus einer JSON-Datei laden, statt sie zu erzeugen.</translation>
    </message>
    <message>
        <source>Delay every answer by N milliseconds.</source>
        <translation>Jede Antwort um N Millisekunden verzögern.</translation>
    </message>
    <message>
        <source>The daily API request limit.</source>
        <translation>Das tägliche Limit für API-Anfragen.</translation>
    </message>
    <message>
        <source>A callback URL the app accepts. Repeatable; default http://localhost:1717/OauthRedirect.</source>
        <translation>Eine Callback-URL, die die App akzeptiert. Wiederholbar; Standard http://localhost:1717/OauthRedirect.</translation>
    </message>
    <message>
        <source>Access token lifetime in seconds.</source>
        <translation>Lebensdauer des Zugriffstokens in Sekunden.</translation>
    </message>
    <message>
        <source>Make every refresh token single-use.</source>
        <translation>Jedes Aktualisierungstoken nur einmal verwendbar machen.</translation>
    </message>
    <message>
        <source>Write the demo calls file (the platform&apos;s calls whose participants are this org&apos;s contacts, leads and reps) to FILE and exit.</source>
        <translation>Die Demo-Anrufdatei (die Anrufe der Plattform, deren Teilnehmer die Kontakte, Leads und Vertriebsmitarbeiter dieser Org sind) in DATEI schreiben und beenden.</translation>
    </message>
    <message>
        <source>How many calls --write-calls writes (default 600).</source>
        <translation>Wie viele Anrufe --write-calls schreibt (Standard 600).</translation>
    </message>
    <message>
        <source>--%1: expected a whole number from %2 to %3, got &quot;%4&quot;</source>
        <translation>--%1: erwartet wird eine ganze Zahl von %2 bis %3, erhalten: „%4“</translation>
    </message>
    <message>
        <source>--scale: expected none, small or large, got &quot;%1&quot;</source>
        <translation>--scale: erwartet none, small oder large, erhalten: „%1“</translation>
    </message>
    <message>
        <source>orgsim takes no arguments, got &quot;%1&quot;</source>
        <translation>orgsim nimmt keine Argumente, erhalten: „%1“</translation>
    </message>
    <message>
        <source>Preview the call export: for each call, whether it exports and why not, the contacts, leads, account and opportunity it matches in the local cache, the activity it would create and its API cost. Nothing is sent. Exit code 2 for a bad calls file or filter.</source>
        <translation>Vorschau des Anrufexports: für jeden Anruf, ob er exportiert wird und warum nicht, die Kontakte, Leads, der Account und die Opportunity, die er im lokalen Cache trifft, die Aktivität, die er anlegen würde, und ihre API-Kosten. Es wird nichts gesendet. Exit-Code 2 bei fehlerhafter Anrufdatei oder fehlerhaftem Filter.</translation>
    </message>
    <message>
        <source>Print one JSON object per call, as a JSON array.</source>
        <translation>Ein JSON-Objekt je Anruf ausgeben, als JSON-Array.</translation>
    </message>
    <message>
        <source>The platform&apos;s calls file: a JSON array of calls, or an object with &quot;calls&quot; and &quot;emails&quot; (docs/calls-file.md).</source>
        <translation>Die Anrufdatei der Plattform: ein JSON-Array von Anrufen oder ein Objekt mit &quot;calls&quot; und &quot;emails&quot; (docs/calls-file.md).</translation>
    </message>
    <message>
        <source>The export filter to preview; default: the saved one. Calls it changes against the saved filter are marked.</source>
        <translation>Der Exportfilter für die Vorschau; Standard: der gespeicherte. Anrufe, bei denen er sich vom gespeicherten Filter unterscheidet, werden markiert.</translation>
    </message>
    <message>
        <source>--calls FILE is required</source>
        <translation>--calls DATEI ist erforderlich</translation>
    </message>
    <message>
        <source>No local cache yet for this org: nothing will match. Run &apos;callbridge-cli import&apos; first.</source>
        <translation>Für diese Org gibt es noch keinen lokalen Cache: nichts wird zugeordnet. Führen Sie zuerst &apos;callbridge-cli import&apos; aus.</translation>
    </message>
    <message>
        <source>The saved filter is not valid: %1</source>
        <translation>Der gespeicherte Filter ist ungültig: %1</translation>
    </message>
    <message>
        <source>--filter: %1</source>
        <translation>--filter: %1</translation>
    </message>
    <message>
        <source>%L1 to delete, %L2 API calls; against the saved filter %L3 would start and %L4 stop exporting</source>
        <translation>%L1 zu löschen, %L2 API-Aufrufe; gegenüber dem gespeicherten Filter würden %L3 mit dem Export beginnen und %L4 aufhören</translation>
    </message>
    <message>
        <source>--objects: %1</source>
        <translation>--objects: %1</translation>
    </message>
    <message>
        <source>Not connected to an org: nothing will match. Connect in the app first, or use --login-url and --client-id.</source>
        <translation>Mit keiner Org verbunden: nichts wird zugeordnet. Verbinden Sie sich zuerst in der App, oder verwenden Sie --login-url und --client-id.</translation>
    </message>
    <message>
        <source>the file cannot be read (%1)</source>
        <translation>die Datei kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>gültig</translation>
    </message>
    <message>
        <source>Work with an integration config document.</source>
        <translation>Mit einem Konfigurationsdokument der Integration arbeiten.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Das Ergebnis als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Check a config file and list its errors.</source>
        <translation>Eine Konfigurationsdatei prüfen und ihre Fehler auflisten.</translation>
    </message>
    <message>
        <source>usage: callbridge-cli config validate FILE [--json]</source>
        <translation>Aufruf: callbridge-cli config validate DATEI [--json]</translation>
    </message>
    <message>
        <source>%1: not valid JSON at character %L2: %3</source>
        <translation>%1: kein gültiges JSON bei Zeichen %L2: %3</translation>
    </message>
    <message>
        <source>%1: the describe failed: %2</source>
        <translation>%1: das Describe ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Callbridge command line: headless, scriptable, JSON output with --json.
Exit codes: 0 ok, 1 findings or failure, 2 usage error.</source>
        <translation>Callbridge-Befehlszeile: ohne Oberfläche, skriptfähig, JSON-Ausgabe mit --json.
Exit-Codes: 0 in Ordnung, 1 Befunde oder Fehler, 2 Aufruffehler.</translation>
    </message>
    <message>
        <source>Print results as JSON on stdout.</source>
        <translation>Ergebnisse als JSON auf der Standardausgabe ausgeben.</translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation>Der auszuführende Befehl.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.

%2</source>
        <translation>Unbekannter Befehl „%1“.

%2</translation>
    </message>
    <message>
        <source>--fault %1: unknown fault &quot;%2&quot;; expected 500, 503, 503-next, lock, drop, expire-after, concurrent, concurrent-next, bulk-fail-next or shrink-pages</source>
        <translation>--fault %1: unbekannter Fehlertyp „%2“; erwartet 500, 503, 503-next, lock, drop, expire-after, concurrent, concurrent-next, bulk-fail-next oder shrink-pages</translation>
    </message>
    <message>
        <source>Inject a fault: 500=RATE, 503=RATE, 503-next=N, lock=RATE, drop=RATE, expire-after=N, concurrent=RATE, concurrent-next=N, bulk-fail-next=N or shrink-pages=RATE. Repeatable.</source>
        <translation>Einen Fehler einspeisen: 500=RATE, 503=RATE, 503-next=N, lock=RATE, drop=RATE, expire-after=N, concurrent=RATE, concurrent-next=N, bulk-fail-next=N oder shrink-pages=RATE. Wiederholbar.</translation>
    </message>
    <message>
        <source>Serve the app as a new External Client App is set up by default: the consumer secret required for the web server and refresh token flows (default: the platform&apos;s packaged app, which requires none).</source>
        <translation>Die App so bereitstellen, wie eine neue External Client App standardmäßig eingerichtet ist: mit Consumer Secret als Pflicht für den Web-Server-Flow und den Aktualisierungstoken-Flow (Standard: die paketierte App der Plattform, die keines verlangt).</translation>
    </message>
    <message>
        <source>Audit (and fix) this user instead of the connected one: an admin fixing the integration user.</source>
        <translation>Diesen Benutzer statt des verbundenen prüfen (und korrigieren): für einen Administrator, der den Integrationsbenutzer korrigiert.</translation>
    </message>
    <message>
        <source>Write the fix, a permission set granting exactly what is missing, as metadata to DIR (package.xml, permissionsets/), with the list of changes.</source>
        <translation>Die Korrektur, einen Berechtigungssatz, der genau das Fehlende erteilt, als Metadaten nach DIR schreiben (package.xml, permissionsets/), mit der Liste der Änderungen.</translation>
    </message>
    <message>
        <source>Create or update that permission set in Salesforce, assign it, then audit again. Exit code 1 when findings remain.</source>
        <translation>Diesen Berechtigungssatz in Salesforce erstellen oder aktualisieren, zuweisen und dann erneut prüfen. Exit-Code 1, wenn Befunde bleiben.</translation>
    </message>
    <message>
        <source>Confirm --apply: change the org&apos;s permissions.</source>
        <translation>--apply bestätigen: die Berechtigungen der Org ändern.</translation>
    </message>
    <message>
        <source>Include the Engage extras in the fix.</source>
        <translation>Die Engage-Extras in die Korrektur aufnehmen.</translation>
    </message>
    <message>
        <source>--yes confirms --apply; give --apply too.</source>
        <translation>--yes bestätigt --apply; geben Sie auch --apply an.</translation>
    </message>
    <message>
        <source>Cannot look up the user: %1</source>
        <translation>Der Benutzer kann nicht nachgeschlagen werden: %1</translation>
    </message>
    <message>
        <source>There is no user %1 in this org.</source>
        <translation>In dieser Org gibt es keinen Benutzer %1.</translation>
    </message>
    <message>
        <source>The fix for %1:</source>
        <translation>Die Korrektur für %1:</translation>
    </message>
    <message>
        <source>Wrote the permission set %1 as metadata to %2 (deploy it with: sf project deploy start --manifest %3).</source>
        <translation>Der Berechtigungssatz %1 wurde als Metadaten nach %2 geschrieben (stellen Sie ihn bereit mit: sf project deploy start --manifest %3).</translation>
    </message>
    <message>
        <source>--apply changes permissions in %1 for %2: add --yes to confirm.</source>
        <translation>--apply ändert Berechtigungen in %1 für %2: Fügen Sie zur Bestätigung --yes hinzu.</translation>
    </message>
    <message>
        <source>The fix was not applied in %1: %2</source>
        <translation>Die Korrektur wurde in %1 nicht angewendet: %2</translation>
    </message>
    <message>
        <source>Nothing changed in %1.</source>
        <translation>In %1 wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Changed in %1:</source>
        <translation>Geändert in %1:</translation>
    </message>
    <message>
        <source>Export the calls the saved filter passes that are new or changed since the last run: their activity and their full call data (the Conversation object and its records), as the setup&apos;s export target says; calls deleted on the platform are removed. A run stopped midway resumes where it stopped. Exit code 1 when a call failed (it is tried again next run).</source>
        <translation>Exportiert die Anrufe, die den gespeicherten Filter bestehen und seit dem letzten Lauf neu sind oder sich geändert haben: ihre Aktivität und ihre vollständigen Anrufdaten (das Conversation-Objekt und seine Datensätze), wie es das Exportziel der Einrichtung vorgibt; auf der Plattform gelöschte Anrufe werden entfernt. Ein mittendrin angehaltener Lauf setzt dort fort, wo er angehalten hat. Exit-Code 1, wenn ein Anruf fehlgeschlagen ist (er wird beim nächsten Lauf erneut versucht).</translation>
    </message>
    <message>
        <source>Print the calls and their outcome as JSON.</source>
        <translation>Die Anrufe und ihr Ergebnis als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Show what the run would write and what it costs; send nothing.</source>
        <translation>Zeigen, was der Lauf schreiben würde und was er kostet; nichts senden.</translation>
    </message>
    <message>
        <source>Confirm that the run writes to a production org (its users see the records).</source>
        <translation>Bestätigen, dass der Lauf in eine Produktions-Org schreibt (ihre Benutzer sehen die Datensätze).</translation>
    </message>
    <message>
        <source>The share of the org&apos;s remaining daily API requests the export may use, in percent (default 50).</source>
        <translation>Der Anteil an den verbleibenden täglichen API-Anfragen der Org, den der Export nutzen darf, in Prozent (Standard 50).</translation>
    </message>
    <message>
        <source>%L1 calls to export (%L2 records), about %L3 API calls</source>
        <translation>%L1 Anrufe zu exportieren (%L2 Datensätze), etwa %L3 API-Aufrufe</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>löschen</translation>
    </message>
    <message>
        <source>write</source>
        <translation>schreiben</translation>
    </message>
    <message>
        <source>%1 is a production org: the export creates real records its users can see. Add --production to confirm.</source>
        <translation>%1 ist eine Produktions-Org: Der Export legt echte Datensätze an, die ihre Benutzer sehen können. Fügen Sie zur Bestätigung --production hinzu.</translation>
    </message>
    <message>
        <source>%L1 of %L2 calls</source>
        <translation>%L1 von %L2 Anrufen</translation>
    </message>
    <message>
        <source>%L1 written, %L2 removed, %L3 failed, %L4 API calls</source>
        <translation>%L1 geschrieben, %L2 entfernt, %L3 fehlgeschlagen, %L4 API-Aufrufe</translation>
    </message>
    <message>
        <source>Check the integration user&apos;s permissions against what the integration needs. Exit code 1 when a required permission is missing.</source>
        <translation>Prüft die Berechtigungen des Integrationsbenutzers gegen das, was die Integration braucht. Exit-Code 1, wenn eine erforderliche Berechtigung fehlt.</translation>
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
        <translation>Befehle:
  config validate DATEI  Ein Konfigurationsdokument der Integration prüfen.
  audit                  Die Berechtigungen des Integrationsbenutzers prüfen (Exit 1, wenn eine erforderliche fehlt).
  connect --status       Die Salesforce-Verbindung zeigen (und prüfen).
  fields                 Die Felder der importierten Objekte einordnen (--describe DATEI oder live).
  import                 Den lokalen Cache aktualisieren (--objects, --full, --recorded-users).
  preview --calls DATEI  Welche Anrufe zu welchen Datensätzen exportiert werden (--filter AUSDR, --json).
  export --calls DATEI   Neue und geänderte Anrufe in die Org exportieren (--dry-run, --json).
  orgsim [Optionen]      Eine lokale Salesforce-Org für Demos und Tests bereitstellen.

Mit &apos;callbridge-cli BEFEHL --help&apos; erhalten Sie die Optionen eines Befehls.</translation>
    </message>
    <message>
        <source>Could not read which activity fields this org accepts: %1</source>
        <translation>Konnte nicht lesen, welche Aktivitätsfelder diese Org annimmt: %1</translation>
    </message>
    <message>
        <source>How many contacts the generated org holds (default: the scale&apos;s, 400 small, 1,000,000 large).</source>
        <translation>Wie viele Kontakte die erzeugte Org enthält (Standard: die der Größe, 400 bei small, 1.000.000 bei large).</translation>
    </message>
</context>
<context>
    <name>callbridge::cli::CliSession</name>
    <message>
        <source>The setup file (default: the app&apos;s own).</source>
        <translation>Die Einrichtungsdatei (Standard: die der App).</translation>
    </message>
    <message>
        <source>The consumer key of the app Callbridge signs in through.</source>
        <translation>Der Consumer-Schlüssel der App, über die sich Callbridge anmeldet.</translation>
    </message>
    <message>
        <source>%1 is not a valid setup file; check it with &apos;callbridge-cli config validate %1&apos;.</source>
        <translation>%1 ist keine gültige Einrichtungsdatei; prüfen Sie sie mit &apos;callbridge-cli config validate %1&apos;.</translation>
    </message>
    <message>
        <source>--login-url and --client-id go together.</source>
        <translation>--login-url und --client-id gehören zusammen.</translation>
    </message>
    <message>
        <source>Set the consumer secret in the environment variable CALLBRIDGE_CLIENT_SECRET.</source>
        <translation>Setzen Sie das Consumer-Secret in der Umgebungsvariablen CALLBRIDGE_CLIENT_SECRET.</translation>
    </message>
    <message>
        <source>--login-url: &quot;%1&quot; must be an https URL (http only for this computer).</source>
        <translation>--login-url: „%1“ muss eine https-URL sein (http nur für diesen Computer).</translation>
    </message>
    <message>
        <source>Not connected: connect in the app first, or use --login-url and --client-id.</source>
        <translation>Nicht verbunden: Verbinden Sie sich zuerst in der App, oder verwenden Sie --login-url und --client-id.</translation>
    </message>
    <message>
        <source>Could not connect: %1</source>
        <translation>Verbindung nicht möglich: %1</translation>
    </message>
    <message>
        <source>Log in here with the client credentials flow (secret in CALLBRIDGE_CLIENT_SECRET): the org&apos;s My Domain URL, never login.salesforce.com or test.salesforce.com.</source>
        <translation>Hier mit dem Client-Credentials-Flow anmelden (Secret in CALLBRIDGE_CLIENT_SECRET): die URL der My Domain der Org, nie login.salesforce.com oder test.salesforce.com.</translation>
    </message>
    <message>
        <source>--login-url: %1</source>
        <translation>--login-url: %1</translation>
    </message>
</context>
<context>
    <name>callbridge::orgsim::OrgSimServer</name>
    <message>
        <source>orgsim could not listen on 127.0.0.1:%1 (the port may be in use)</source>
        <translation>orgsim konnte nicht auf 127.0.0.1:%1 lauschen (der Port ist vielleicht belegt)</translation>
    </message>
    <message>
        <source>orgsim could not listen on a second port of 127.0.0.1 for the instance</source>
        <translation>orgsim konnte für die Instanz nicht auf einem zweiten Port von 127.0.0.1 lauschen</translation>
    </message>
</context>
<context>
    <name>callbridge::ui::AboutDialog</name>
    <message>
        <source>GNU LGPL version 3</source>
        <translation>GNU LGPL Version 3</translation>
    </message>
    <message>
        <source>the application framework: windows, networking, SQL, JSON</source>
        <translation>das Anwendungsframework: Fenster, Netzwerk, SQL, JSON</translation>
    </message>
    <message>
        <source>BSD 3-clause license</source>
        <translation>BSD-Lizenz mit 3 Klauseln</translation>
    </message>
    <message>
        <source>keeps the Salesforce sign-in in the system keychain</source>
        <translation>bewahrt die Salesforce-Anmeldung im Schlüsselbund des Systems auf</translation>
    </message>
    <message>
        <source>GNU LGPL version 2.1 or later</source>
        <translation>GNU LGPL Version 2.1 oder neuer</translation>
    </message>
    <message>
        <source>reads Bulk API results (CSV)</source>
        <translation>liest Ergebnisse der Bulk API (CSV)</translation>
    </message>
    <message>
        <source>public domain</source>
        <translation>gemeinfrei</translation>
    </message>
    <message>
        <source>the local cache, through Qt SQL</source>
        <translation>der lokale Cache, über Qt SQL</translation>
    </message>
    <message>
        <source>Callbridge is built on these components, each under its own license:</source>
        <translation>Callbridge baut auf diesen Komponenten auf, jede unter ihrer eigenen Lizenz:</translation>
    </message>
    <message>
        <source>The LGPL libraries are linked dynamically, so you can replace them with your own builds. Their sources are available from the addresses above.</source>
        <translation>Die LGPL-Bibliotheken sind dynamisch gelinkt, Sie können sie also durch eigene Builds ersetzen. Ihre Quelltexte sind unter den obigen Adressen erhältlich.</translation>
    </message>
    <message>
        <source>About Callbridge</source>
        <translation>Über Callbridge</translation>
    </message>
    <message>
        <source>The administrator&apos;s console for the Salesforce integration of your call recorder.</source>
        <translation>Die Administrationskonsole für die Salesforce-Integration Ihres Gesprächsrekorders.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Erstellt mit Qt %1, läuft mit Qt %2.</translation>
    </message>
    <message>
        <source>Copyright 2026 Callbridge. All rights reserved.</source>
        <translation>Copyright 2026 Callbridge. Alle Rechte vorbehalten.</translation>
    </message>
    <message>
        <source>Callbridge is provided to the customers of the call recording platform to administer their Salesforce integration. It may not be redistributed or modified without written permission.</source>
        <translation>Callbridge wird den Kunden der Gesprächsaufzeichnungsplattform zur Verwaltung ihrer Salesforce-Integration bereitgestellt. Weitergabe oder Änderung nur mit schriftlicher Genehmigung.</translation>
    </message>
    <message>
        <source>&amp;License</source>
        <translation>&amp;Lizenz</translation>
    </message>
    <message>
        <source>&amp;Third-party software</source>
        <translation>&amp;Software von Drittanbietern</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Third-party software</source>
        <translation>Software von Drittanbietern</translation>
    </message>
    <message>
        <source>Apache License 2.0</source>
        <translation>Apache-Lizenz 2.0</translation>
    </message>
    <message>
        <source>reads calls files (JSON)</source>
        <translation>liest Anrufdateien (JSON)</translation>
    </message>
</context>
<context>
    <name>callbridge::ui::AuthorizePage</name>
    <message>
        <source>&amp;Open the login page again</source>
        <translation>Anmeldeseite erneut &amp;öffnen</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Log in to Salesforce</source>
        <translation>Bei Salesforce anmelden</translation>
    </message>
    <message>
        <source>Waiting for the browser</source>
        <translation>Warten auf den Browser</translation>
    </message>
    <message>
        <source>The demo org is not available.</source>
        <translation>Die Demo-Org ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>Starting the demo org…</source>
        <translation>Die Demo-Org wird gestartet…</translation>
    </message>
    <message>
        <source>Salesforce answered. Finishing the connection…</source>
        <translation>Salesforce hat geantwortet. Die Verbindung wird abgeschlossen…</translation>
    </message>
    <message>
        <source>Checking the organization and the user…</source>
        <translation>Organisation und Benutzer werden geprüft…</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Verbunden.</translation>
    </message>
    <message>
        <source>Opening the browser…</source>
        <translation>Der Browser wird geöffnet…</translation>
    </message>
    <message>
        <source>Waiting for you to log in and allow access in the browser…

If Salesforce shows &quot;redirect_uri_mismatch&quot;, the app&apos;s Callback URL is not %1: enter exactly that in the app&apos;s OAuth settings, or go back and choose the port the app lists.</source>
        <translation>Warten, bis Sie sich im Browser anmelden und den Zugriff erlauben…

Wenn Salesforce „redirect_uri_mismatch“ anzeigt, ist die Callback URL der App nicht %1: Tragen Sie genau diese Adresse in den OAuth-Einstellungen der App ein, oder gehen Sie zurück und wählen Sie den Port, den die App aufführt.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>In the browser, log in to Salesforce as the integration user and allow access.</source>
        <translation>Melden Sie sich im Browser als Integrationsbenutzer bei Salesforce an und erlauben Sie den Zugriff.</translation>
    </message>
    <message>
        <source>Login page address</source>
        <translation>Adresse der Anmeldeseite</translation>
    </message>
    <message>
        <source>Copy the login page address</source>
        <translation>Adresse der Anmeldeseite kopieren</translation>
    </message>
    <message>
        <source>&amp;Login page:</source>
        <translation>&amp;Anmeldeseite:</translation>
    </message>
    <message>
        <source>No answer from the browser yet.

If no login page opened, copy the address below into a browser on this computer, log in as the integration user and allow access. If the browser shows an error from Salesforce, go back and correct the app&apos;s settings. Callbridge keeps waiting; Cancel stops connecting.</source>
        <translation>Noch keine Antwort vom Browser.

Falls sich keine Anmeldeseite geöffnet hat, kopieren Sie die Adresse unten in einen Browser auf diesem Computer, melden Sie sich als Integrationsbenutzer an und erlauben Sie den Zugriff. Zeigt der Browser einen Fehler von Salesforce, gehen Sie zurück und korrigieren Sie die Einstellungen der App. Callbridge wartet weiter; Abbrechen beendet das Verbinden.</translation>
    </message>
    <message numerus="yes">
        <source>Callbridge still could not open a browser (%n attempt(s)).</source>
        <translation>
            <numerusform>Callbridge konnte weiterhin keinen Browser öffnen (%n Versuch).</numerusform>
            <numerusform>Callbridge konnte weiterhin keinen Browser öffnen (%n Versuche).</numerusform>
        </translation>
    </message>
    <message>
        <source>Callbridge could not open a browser.</source>
        <translation>Callbridge konnte keinen Browser öffnen.</translation>
    </message>
    <message>
        <source>

Copy the login page&apos;s address below into a browser on this computer, log in as the integration user and allow access. Callbridge waits for the answer on this computer (it cannot come to another one).</source>
        <translation>

Kopieren Sie die Adresse der Anmeldeseite unten in einen Browser auf diesem Computer, melden Sie sich als Integrationsbenutzer an und erlauben Sie den Zugriff. Callbridge wartet auf diesem Computer auf die Antwort (sie kann nicht auf einem anderen ankommen).</translation>
    </message>
    <message numerus="yes">
        <source>Callbridge asked your browser to open the login page again (%n time(s) so far). Look for it among the browser&apos;s windows and tabs.

If none opened, copy the address below into a browser on this computer.</source>
        <translation>
            <numerusform>Callbridge hat Ihren Browser gebeten, die Anmeldeseite erneut zu öffnen (bisher %n Mal). Suchen Sie sie unter den Fenstern und Tabs des Browsers.

Falls keine geöffnet wurde, kopieren Sie die Adresse unten in einen Browser auf diesem Computer.</numerusform>
            <numerusform>Callbridge hat Ihren Browser gebeten, die Anmeldeseite erneut zu öffnen (bisher %n Mal). Suchen Sie sie unter den Fenstern und Tabs des Browsers.

Falls keine geöffnet wurde, kopieren Sie die Adresse unten in einen Browser auf diesem Computer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>callbridge::ui::CachedDataNote</name>
    <message>
        <source>Cached from %1 on %2 — not connected. Connect on the Connection step to reload from Salesforce.</source>
        <translation>Zwischengespeichert von %1 am %2 – nicht verbunden. Verbinden Sie sich im Schritt Verbindung, um neu aus Salesforce zu laden.</translation>
    </message>
    <message>
        <source>Cached from %1 — not connected. Connect on the Connection step to reload from Salesforce.</source>
        <translation>Zwischengespeichert von %1 – nicht verbunden. Verbinden Sie sich im Schritt Verbindung, um neu aus Salesforce zu laden.</translation>
    </message>
</context>
<context>
    <name>callbridge::ui::ConfigErrorsDialog</name>
    <message>
        <source>The saved setup cannot be read</source>
        <translation>Die gespeicherte Einrichtung kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>The setup file cannot be imported</source>
        <translation>Die Einrichtungsdatei kann nicht importiert werden</translation>
    </message>
    <message>
        <source>Callbridge could not read its setup file:
%1

The file has been left as it is. You can set it aside (it is renamed, not deleted) and start with a new setup, or quit and fix it.</source>
        <translation>Callbridge konnte seine Einrichtungsdatei nicht lesen:
%1

Die Datei wurde unverändert gelassen. Sie können sie beiseitelegen (sie wird umbenannt, nicht gelöscht) und mit einer neuen Einrichtung beginnen, oder beenden und sie korrigieren.</translation>
    </message>
    <message>
        <source>%1 is not a valid Callbridge setup. Nothing was changed.</source>
        <translation>%1 ist keine gültige Callbridge-Einrichtung. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Gefundene Probleme</translation>
    </message>
    <message>
        <source>Set aside and start new</source>
        <translation>Beiseitelegen und neu beginnen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>callbridge::ui::ConnectWizard</name>
    <message>
        <source>Connect to Salesforce</source>
        <translation>Mit Salesforce verbinden</translation>
    </message>
</context>
<context>
    <name>callbridge::ui::ConnectedAppPage</name>
    <message>
        <source>Consumer key</source>
        <translation>Consumer-Schlüssel</translation>
    </message>
    <message>
        <source>Callback port</source>
        <translation>Callback-Port</translation>
    </message>
    <message>
        <source>Consumer &amp;key:</source>
        <translation>Consumer-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Callback &amp;port:</source>
        <translation>Callback-&amp;Port:</translation>
    </message>
    <message>
        <source>Callback URL:</source>
        <translation>Callback-URL:</translation>
    </message>
    <message>
        <source>Salesforce app</source>
        <translation>Salesforce-App</translation>
    </message>
    <message>
        <source>The app in your org that Callbridge signs in through.</source>
        <translation>Die App in Ihrer Org, über die sich Callbridge anmeldet.</translation>
    </message>
    <message>
        <source>The platform&apos;s app is &amp;installed in the org (from its package)</source>
        <translation>Die App der Plattform ist in der Org &amp;installiert (aus ihrem Paket)</translation>
    </message>
    <message>
        <source>C&amp;reate an External Client App</source>
        <translation>External Client App e&amp;rstellen</translation>
    </message>
    <message>
        <source>Consumer secret</source>
        <translation>Consumer Secret</translation>
    </message>
    <message>
        <source>only if the app requires it</source>
        <translation>nur, wenn die App es verlangt</translation>
    </message>
    <message>
        <source>Consumer &amp;secret:</source>
        <translation>Consumer S&amp;ecret:</translation>
    </message>
    <message>
        <source>Copy the app&apos;s consumer key from Setup &gt; &lt;i&gt;External Client App Manager&lt;/i&gt; (or &lt;i&gt;App Manager&lt;/i&gt; for a connected app) &gt; the app &gt; &lt;i&gt;Settings&lt;/i&gt; &gt; &lt;i&gt;OAuth Settings&lt;/i&gt; &gt; &lt;b&gt;Consumer Key and Secret&lt;/b&gt;. Enter the consumer secret too if the app requires one.</source>
        <translation>Kopieren Sie den Consumer Key der App aus Setup &gt; &lt;i&gt;External Client App Manager&lt;/i&gt; (oder &lt;i&gt;App Manager&lt;/i&gt; bei einer verbundenen App) &gt; die App &gt; &lt;i&gt;Settings&lt;/i&gt; &gt; &lt;i&gt;OAuth Settings&lt;/i&gt; &gt; &lt;b&gt;Consumer Key and Secret&lt;/b&gt;. Geben Sie auch das Consumer Secret ein, wenn die App eines verlangt.</translation>
    </message>
    <message>
        <source>Its OAuth policies must admit the integration user: &lt;i&gt;Permitted Users&lt;/i&gt; &lt;b&gt;Admin approved users are pre-authorized&lt;/b&gt; with the user&apos;s profile or permission set selected, or &lt;b&gt;All users may self-authorize&lt;/b&gt;.</source>
        <translation>Ihre OAuth-Richtlinien müssen den Integrationsbenutzer zulassen: &lt;i&gt;Permitted Users&lt;/i&gt; &lt;b&gt;Admin approved users are pre-authorized&lt;/b&gt; mit ausgewähltem Profil oder Berechtigungssatz des Benutzers, oder &lt;b&gt;All users may self-authorize&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>1. In Setup, enter &lt;i&gt;External Client App Manager&lt;/i&gt; in Quick Find, open it and click &lt;b&gt;New External Client App&lt;/b&gt;. Give a name and a contact email, and set &lt;i&gt;Distribution State&lt;/i&gt; to &lt;b&gt;Local&lt;/b&gt;.</source>
        <translation>1. Geben Sie im Setup &lt;i&gt;External Client App Manager&lt;/i&gt; in „Quick Find“ ein, öffnen Sie ihn und klicken Sie auf &lt;b&gt;New External Client App&lt;/b&gt;. Geben Sie einen Namen und eine Kontakt-E-Mail-Adresse an und setzen Sie &lt;i&gt;Distribution State&lt;/i&gt; auf &lt;b&gt;Local&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>2. Under &lt;i&gt;API (Enable OAuth Settings)&lt;/i&gt;, tick &lt;b&gt;Enable OAuth&lt;/b&gt; and enter this &lt;i&gt;Callback URL&lt;/i&gt;:</source>
        <translation>2. Aktivieren Sie unter &lt;i&gt;API (Enable OAuth Settings)&lt;/i&gt; &lt;b&gt;Enable OAuth&lt;/b&gt; und geben Sie diese &lt;i&gt;Callback URL&lt;/i&gt; ein:</translation>
    </message>
    <message>
        <source>Copy the callback URL</source>
        <translation>Die Callback-URL kopieren</translation>
    </message>
    <message>
        <source>3. &lt;i&gt;OAuth Scopes&lt;/i&gt;: add &lt;b&gt;Manage user data via APIs (api)&lt;/b&gt; and &lt;b&gt;Perform requests at any time (refresh_token, offline_access)&lt;/b&gt;.</source>
        <translation>3. &lt;i&gt;OAuth Scopes&lt;/i&gt;: Fügen Sie &lt;b&gt;Manage user data via APIs (api)&lt;/b&gt; und &lt;b&gt;Perform requests at any time (refresh_token, offline_access)&lt;/b&gt; hinzu.</translation>
    </message>
    <message>
        <source>Copy the scope names</source>
        <translation>Die Scope-Namen kopieren</translation>
    </message>
    <message>
        <source>4. &lt;i&gt;Security&lt;/i&gt;: keep &lt;b&gt;Require Proof Key for Code Exchange (PKCE)&lt;/b&gt; ticked. Keep &lt;b&gt;Require Secret for Web Server Flow&lt;/b&gt; and &lt;b&gt;Require Secret for Refresh Token Flow&lt;/b&gt; ticked and enter the consumer secret below, or untick both to connect without a secret. Click &lt;b&gt;Create&lt;/b&gt;.</source>
        <translation>4. &lt;i&gt;Security&lt;/i&gt;: Lassen Sie &lt;b&gt;Require Proof Key for Code Exchange (PKCE)&lt;/b&gt; aktiviert. Lassen Sie &lt;b&gt;Require Secret for Web Server Flow&lt;/b&gt; und &lt;b&gt;Require Secret for Refresh Token Flow&lt;/b&gt; aktiviert und geben Sie unten das Consumer Secret ein, oder deaktivieren Sie beide, um sich ohne Secret zu verbinden. Klicken Sie auf &lt;b&gt;Create&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>5. On the app&apos;s &lt;i&gt;Policies&lt;/i&gt; tab click &lt;b&gt;Edit&lt;/b&gt;. &lt;i&gt;OAuth Policies&lt;/i&gt;: &lt;i&gt;Permitted Users&lt;/i&gt; &lt;b&gt;Admin approved users are pre-authorized&lt;/b&gt;, then under &lt;i&gt;App Policies&lt;/i&gt; select the integration user&apos;s profile or permission set; &lt;i&gt;IP Relaxation&lt;/i&gt; &lt;b&gt;Relax IP restrictions&lt;/b&gt; (Callbridge runs on your computer, outside the org&apos;s trusted IP ranges); &lt;i&gt;Refresh Token Policy&lt;/i&gt; &lt;b&gt;Refresh token is valid until revoked&lt;/b&gt;. Save.</source>
        <translation>5. Klicken Sie auf der Registerkarte &lt;i&gt;Policies&lt;/i&gt; der App auf &lt;b&gt;Edit&lt;/b&gt;. &lt;i&gt;OAuth Policies&lt;/i&gt;: &lt;i&gt;Permitted Users&lt;/i&gt; &lt;b&gt;Admin approved users are pre-authorized&lt;/b&gt;, wählen Sie dann unter &lt;i&gt;App Policies&lt;/i&gt; das Profil oder den Berechtigungssatz des Integrationsbenutzers aus; &lt;i&gt;IP Relaxation&lt;/i&gt; &lt;b&gt;Relax IP restrictions&lt;/b&gt; (Callbridge läuft auf Ihrem Computer, außerhalb der vertrauenswürdigen IP-Bereiche der Org); &lt;i&gt;Refresh Token Policy&lt;/i&gt; &lt;b&gt;Refresh token is valid until revoked&lt;/b&gt;. Speichern Sie.</translation>
    </message>
    <message>
        <source>6. On the &lt;i&gt;Settings&lt;/i&gt; tab, &lt;i&gt;OAuth Settings&lt;/i&gt; &gt; &lt;b&gt;Consumer Key and Secret&lt;/b&gt;: copy both into the fields below. A new app can take a few minutes before Salesforce accepts it.</source>
        <translation>6. Kopieren Sie auf der Registerkarte &lt;i&gt;Settings&lt;/i&gt; unter &lt;i&gt;OAuth Settings&lt;/i&gt; &gt; &lt;b&gt;Consumer Key and Secret&lt;/b&gt; beide Werte in die Felder unten. Bei einer neuen App kann es einige Minuten dauern, bis Salesforce sie akzeptiert.</translation>
    </message>
    <message>
        <source>The demo org has the platform&apos;s app installed already.</source>
        <translation>In der Demo-Org ist die App der Plattform bereits installiert.</translation>
    </message>
    <message>
        <source>1717 is the port the Salesforce CLI uses; any free port works if the app lists its callback URL.</source>
        <translation>1717 ist der Port, den die Salesforce CLI verwendet; jeder freie Port funktioniert, wenn die App seine Callback-URL aufführt.</translation>
    </message>
</context>
<context>
    <name>callbridge::ui::ConnectionPage</name>
    <message>
        <source>&amp;Connect…</source>
        <translation>&amp;Verbinden…</translation>
    </message>
    <message>
        <source>&amp;Reconnect</source>
        <translation>&amp;Erneut verbinden</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Verbunden.</translation>
    </message>
    <message>
        <source>Connected for this session only. %1</source>
        <translation>Nur für diese Sitzung verbunden. %1</translation>
    </message>
    <message>
        <source>%1 · %2
as %3 · %4
API %5</source>
        <translation>%1 · %2
als %3 · %4
API %5</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Not connected. %1</source>
        <translation>Nicht verbunden. %1</translation>
    </message>
    <message>
        <source>Not connected. Connect to your Salesforce org to begin.</source>
        <translation>Nicht verbunden. Verbinden Sie sich mit Ihrer Salesforce-Org, um zu beginnen.</translation>
    </message>
    <message>
        <source>Saved connection: %1 · %2</source>
        <translation>Gespeicherte Verbindung: %1 · %2</translation>
    </message>
    <message>
        <source>Disconnect from Salesforce?</source>
        <translation>Von Salesforce trennen?</translation>
    </message>
    <message>
        <source>Callbridge revokes its access at Salesforce and deletes the sign-in from the keychain. Your setup (fields, filter, users) is kept.</source>
        <translation>Callbridge widerruft seinen Zugriff bei Salesforce und löscht die Anmeldung aus dem Schlüsselbund. Ihre Einrichtung (Felder, Filter, Benutzer) bleibt erhalten.</translation>
    </message>
    <message>
        <source>Could not save the connection</source>
        <translation>Die Verbindung konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Not connected. The demo org starts fresh each time Callbridge starts, so the connection to the previous one ended when Callbridge quit. Your setup is kept: Reconnect logs in to the new demo org in the browser.</source>
        <translation>Nicht verbunden. Die Demo-Org startet bei jedem Start von Callbridge neu, daher endete die Verbindung zur vorherigen beim Beenden von Callbridge. Ihre Einrichtung bleibt erhalten: Erneut verbinden meldet Sie im Browser bei der neuen Demo-Org an.</translation>
    </message>
</context>
<context>
    <name>callbridge::ui::EnvironmentPage</name>
    <message>
        <source>Custom host (the org is reached through its own domain)</source>
        <translation>Eigener Host (die Org wird über ihre eigene Domain erreicht)</translation>
    </message>
    <message>
        <source>Where is your Salesforce org?</source>
        <translation>Wo ist Ihre Salesforce-Org?</translation>
    </message>
    <message>
        <source>Only one org is connected at a time: production or a sandbox, never both.</source>
        <translation>Es ist immer nur eine Org verbunden: Produktion oder eine Sandbox, nie beide.</translation>
    </message>
    <message>
        <source>&amp;Production (login.salesforce.com)</source>
        <translation>&amp;Produktion (login.salesforce.com)</translation>
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
        <translation>&amp;Demo-Org (eine lokale Salesforce-Org mit Beispieldaten auf diesem Computer)</translation>
    </message>
    <message>
        <source>My Domain URL</source>
        <translation>My-Domain-URL</translation>
    </message>
    <message>
        <source>Custom host</source>
        <translation>Eigener Host</translation>
    </message>
    <message>
        <source>&lt;b&gt;Connect as a dedicated integration user.&lt;/b&gt; Callbridge, and the integration, can access whatever the connecting user can. If that user is deactivated, the integration disconnects — so use a user that is not a real person in the company and will not be deactivated, ideally on the Salesforce Integration license.</source>
        <translation>&lt;b&gt;Verbinden Sie sich als eigener Integrationsbenutzer.&lt;/b&gt; Callbridge und die Integration können auf alles zugreifen, worauf der verbindende Benutzer zugreifen kann. Wird dieser Benutzer deaktiviert, trennt sich die Integration – verwenden Sie also einen Benutzer, der keine echte Person im Unternehmen ist und nicht deaktiviert wird, idealerweise mit der Lizenz „Salesforce Integration“.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the callback URL</source>
        <translation>Die Callback-URL kopieren</translation>
    </message>
    <message>
        <source>Callbridge signs in through the platform&apos;s app or an External Client App (the next page shows how to create one). The app&apos;s callback URL:</source>
        <translation>Callbridge meldet sich über die App der Plattform oder über eine External Client App an (die nächste Seite zeigt, wie Sie eine erstellen). Die Callback-URL der App:</translation>
    </message>
</context>
<context>
    <name>callbridge::ui::ExportFilterPage</name>
    <message>
        <source>As a &amp;Task (a logged call)</source>
        <translation>Als &amp;Aufgabe (ein protokollierter Anruf)</translation>
    </message>
    <message>
        <source>As an &amp;Event (a meeting on the calendar)</source>
        <translation>Als &amp;Ereignis (ein Termin im Kalender)</translation>
    </message>
    <message>
        <source>Include &amp;smart trackers in the description</source>
        <translation>&amp;Smart Tracker in die Beschreibung aufnehmen</translation>
    </message>
    <message>
        <source>Each exported call becomes</source>
        <translation>Jeder exportierte Anruf wird</translation>
    </message>
    <message>
        <source>Only calls that pass the filter are exported. The filter applies to new calls, and to past calls when they are reprocessed (a tracker newly applies, or a participant&apos;s Salesforce data changes). An empty filter exports every call.</source>
        <translation>Nur Anrufe, die den Filter bestehen, werden exportiert. Der Filter gilt für neue Anrufe und für frühere Anrufe, wenn sie erneut verarbeitet werden (ein Tracker greift neu, oder die Salesforce-Daten eines Teilnehmers ändern sich). Ein leerer Filter exportiert jeden Anruf.</translation>
    </message>
    <message>
        <source>&amp;Rules</source>
        <translation>&amp;Regeln</translation>
    </message>
    <message>
        <source>Filter as text</source>
        <translation>Filter als Text</translation>
    </message>
    <message>
        <source>For example: scope = &quot;external&quot; and duration &gt;= 5m and not trackers contains &quot;Internal&quot;</source>
        <translation>Zum Beispiel: scope = &quot;external&quot; and duration &gt;= 5m and not trackers contains &quot;Internal&quot;</translation>
    </message>
    <message>
        <source>Fields: title, duration, direction, workspace, started, primaryUser, participants.email, participants.domain, externalParticipants, scope, trackers, account.&lt;Field&gt;, opportunity.&lt;Field&gt;. Operators: = != &lt; &lt;= &gt; &gt;= in [..] contains matches exists; and, or, not, parentheses. Values: &quot;text&quot;, 12, 30m, 90s, 2026-03-01, true.</source>
        <translation>Felder: title, duration, direction, workspace, started, primaryUser, participants.email, participants.domain, externalParticipants, scope, trackers, account.&lt;Feld&gt;, opportunity.&lt;Feld&gt;. Operatoren: = != &lt; &lt;= &gt; &gt;= in [..] contains matches exists; and, or, not, Klammern. Werte: &quot;Text&quot;, 12, 30m, 90s, 2026-03-01, true.</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Text</translation>
    </message>
    <message>
        <source>Filter editor</source>
        <translation>Filtereditor</translation>
    </message>
    <message>
        <source>Filter check</source>
        <translation>Filterprüfung</translation>
    </message>
    <message>
        <source>No filter: every call exports.</source>
        <translation>Kein Filter: Jeder Anruf wird exportiert.</translation>
    </message>
    <message>
        <source>✔ The filter is valid.</source>
        <translation>✔ Der Filter ist gültig.</translation>
    </message>
    <message>
        <source>✖ %1</source>
        <translation>✖ %1</translation>
    </message>
    <message>
        <source>Filter rules</source>
        <translation>Filterregeln</translation>
    </message>
    <message>
        <source>Log captured e&amp;mails as tasks</source>
        <translation>Erfasste E-&amp;Mails als Aufgaben protokollieren</translation>
    </message>
    <message>
        <source>Activity only</source>
        <translation>Nur Aktivität</translation>
    </message>
    <message>
        <source>Full call data only</source>
        <translation>Nur vollständige Anrufdaten</translation>
    </message>
    <message>
        <source>Activity and full call data</source>
        <translation>Aktivität und vollständige Anrufdaten</translation>
    </message>
    <message>
        <source>Full call data goes to the call-recording package&apos;s Conversation object, with its participants, trackers and related records; the activity can stay on beside it.</source>
        <translation>Vollständige Anrufdaten gehen in das Conversation-Objekt des Gesprächsaufzeichnungspakets, mit seinen Teilnehmern, Trackern und zugehörigen Datensätzen; die Aktivität kann daneben bestehen bleiben.</translation>
    </message>
    <message>
        <source>Write to Salesforce:</source>
        <translation>In Salesforce schreiben:</translation>
    </message>
    <message>
        <source>Write to Salesforce</source>
        <translation>In Salesforce schreiben</translation>
    </message>
</context>
<context>
    <name>callbridge::ui::ExportRunDialog</name>
    <message>
        <source>&amp;Start export</source>
        <translation>&amp;Export starten</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Export calls</source>
        <translation>Anrufe exportieren</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Exportfortschritt</translation>
    </message>
    <message>
        <source>Calls that failed</source>
        <translation>Fehlgeschlagene Anrufe</translation>
    </message>
    <message>
        <source>Calls that fail are listed here and tried again on the next run.</source>
        <translation>Fehlgeschlagene Anrufe werden hier aufgeführt und beim nächsten Lauf erneut versucht.</translation>
    </message>
    <message>
        <source>The saved filter is not valid: %1</source>
        <translation>Der gespeicherte Filter ist ungültig: %1</translation>
    </message>
    <message>
        <source>Working out what to export…</source>
        <translation>Es wird ermittelt, was zu exportieren ist…</translation>
    </message>
    <message>
        <source>The org has %L1 of %L2 daily API requests left.</source>
        <translation>Die Org hat noch %L1 von %L2 täglichen API-Anfragen.</translation>
    </message>
    <message>
        <source>Nothing to export: every call the filter passes is in Salesforce as it is now.</source>
        <translation>Nichts zu exportieren: Jeder Anruf, der den Filter besteht, ist in Salesforce auf dem aktuellen Stand.</translation>
    </message>
    <message>
        <source>%L1 calls to write or update (%L2 records) and %L3 to remove, in about %L4 API calls.</source>
        <translation>%L1 Anrufe zu schreiben oder zu aktualisieren (%L2 Datensätze) und %L3 zu entfernen, mit etwa %L4 API-Aufrufen.</translation>
    </message>
    <message>
        <source>Export to a production org?</source>
        <translation>In eine Produktions-Org exportieren?</translation>
    </message>
    <message>
        <source>%1 is a production org. The export creates real records that its users can see. Export %L2 calls?</source>
        <translation>%1 ist eine Produktions-Org. Der Export legt echte Datensätze an, die ihre Benutzer sehen können. %L2 Anrufe exportieren?</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>%L1 written, %L2 removed, %L3 failed, %L4 API calls.</source>
        <translation>%L1 geschrieben, %L2 entfernt, %L3 fehlgeschlagen, %L4 API-Aufrufe.</translation>
    </message>
    <message>
        <source>Export finished: %1</source>
        <translation>Export abgeschlossen: %1</translation>
    </message>
    <message>
        <source>Export stopped (%1): %2 What is left is exported on the next run.</source>
        <translation>Export angehalten (%1): %2 Der Rest wird beim nächsten Lauf exportiert.</translation>
    </message>
    <message>
        <source>Could not read which activity fields this org accepts: %1</source>
        <translation>Konnte nicht lesen, welche Aktivitätsfelder diese Org annimmt: %1</translation>
    </message>
</context>
<context>
    <name>callbridge::ui::FieldTreeModel</name>
    <message>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <source>recommended</source>
        <translation>empfohlen</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>unsupported</source>
        <translation>nicht unterstützt</translation>
    </message>
    <message>
        <source>cannot read</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <source>%1 of %2 selected</source>
        <translation>%1 von %2 ausgewählt</translation>
    </message>
    <message>
        <source>%1 (formula)</source>
        <translation>%1 (Formel)</translation>
    </message>
    <message>
        <source>Select %1</source>
        <translation>%1 auswählen</translation>
    </message>
    <message>
        <source>Deselect %1</source>
        <translation>Auswahl von %1 aufheben</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>API name</source>
        <translation>API-Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>always imported</source>
        <translation>wird immer importiert</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>status — why</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Always imported: the integration reads this field itself.</source>
        <translation>Wird immer importiert: Die Integration liest dieses Feld selbst.</translation>
    </message>
    <message>
        <source>locked: %1</source>
        <translation>gesperrt: %1</translation>
    </message>
</context>
<context>
    <name>callbridge::ui::FieldsPage</name>
    <message>
        <source>Restore &amp;recommended</source>
        <translation>&amp;Empfohlene wiederherstellen</translation>
    </message>
    <message>
        <source>Re&amp;load from Salesforce</source>
        <translation>Aus Salesforce neu &amp;laden</translation>
    </message>
    <message>
        <source>Search fields by label or API name</source>
        <translation>Felder nach Bezeichnung oder API-Name suchen</translation>
    </message>
    <message>
        <source>Search fields</source>
        <translation>Felder suchen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Re&amp;do</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Fields by object</source>
        <translation>Felder nach Objekt</translation>
    </message>
    <message>
        <source>Restore recommended</source>
        <translation>Empfohlene wiederherstellen</translation>
    </message>
    <message>
        <source>Connect to Salesforce first: the fields come from the connected org.</source>
        <translation>Verbinden Sie sich zuerst mit Salesforce: Die Felder kommen aus der verbundenen Org.</translation>
    </message>
    <message>
        <source>Reading the objects&apos; fields from Salesforce…</source>
        <translation>Die Felder der Objekte werden aus Salesforce gelesen…</translation>
    </message>
    <message>
        <source>The fields could not be read: %1</source>
        <translation>Die Felder konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 of %2 fields selected across %3 objects.</source>
        <translation>%1 von %2 Feldern in %3 Objekten ausgewählt.</translation>
    </message>
    <message>
        <source>⚠ Blocking: the integration user cannot read these required fields: %1. Fix it in Salesforce (see the Permissions step).</source>
        <translation>⚠ Blockierend: Der Integrationsbenutzer kann diese erforderlichen Felder nicht lesen: %1. Beheben Sie das in Salesforce (siehe Schritt Berechtigungen).</translation>
    </message>
    <message>
        <source>⚠ The setup selects fields the org does not show (deleted, renamed or hidden): %1. They stay in the setup until you deselect them.</source>
        <translation>⚠ Die Einrichtung wählt Felder, die die Org nicht zeigt (gelöscht, umbenannt oder verborgen): %1. Sie bleiben in der Einrichtung, bis Sie ihre Auswahl aufheben.</translation>
    </message>
    <message>
        <source>The user cannot read these objects at all: %1.</source>
        <translation>Der Benutzer kann diese Objekte überhaupt nicht lesen: %1.</translation>
    </message>
    <message>
        <source>⚠ Salesforce did not describe %1 (%2). Reload to try again.</source>
        <translation>⚠ Salesforce hat %1 nicht beschrieben (%2). Laden Sie neu, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>Connect to Salesforce to reload the fields</source>
        <translation>Verbinden Sie sich mit Salesforce, um die Felder neu zu laden</translation>
    </message>
</context>
<context>
    <name>callbridge::ui::FilterConditionWidget</name>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation>Diese Bedingung entfernen</translation>
    </message>
    <message>
        <source>values, separated by commas</source>
        <translation>Werte, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>true</source>
        <translation>wahr</translation>
    </message>
    <message>
        <source>false</source>
        <translation>falsch</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>type a value</source>
        <translation>Wert eingeben</translation>
    </message>
    <message>
        <source>choose a value</source>
        <translation>Wert wählen</translation>
    </message>
</context>
<context>
    <name>callbridge::ui::FilterGroupWidget</name>
    <message>
        <source>Export calls that match all of these</source>
        <translation>Anrufe exportieren, auf die all dies zutrifft</translation>
    </message>
    <message>
        <source>Export calls that match any of these</source>
        <translation>Anrufe exportieren, auf die eines davon zutrifft</translation>
    </message>
    <message>
        <source>Export calls that match none of these</source>
        <translation>Anrufe exportieren, auf die nichts davon zutrifft</translation>
    </message>
    <message>
        <source>How the conditions combine</source>
        <translation>Wie die Bedingungen verknüpft werden</translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation>Bedingung hinzufügen</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation>Gruppe hinzufügen</translation>
    </message>
    <message>
        <source>All of these</source>
        <translation>Alle davon</translation>
    </message>
    <message>
        <source>Any of these</source>
        <translation>Eines davon</translation>
    </message>
    <message>
        <source>None of these</source>
        <translation>Keines davon</translation>
    </message>
    <message>
        <source>Remove this group</source>
        <translation>Diese Gruppe entfernen</translation>
    </message>
</context>
<context>
    <name>callbridge::ui::FilterRuleBuilder</name>
    <message>
        <source>is</source>
        <translation>ist</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>ist nicht</translation>
    </message>
    <message>
        <source>less than</source>
        <translation>kleiner als</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>höchstens</translation>
    </message>
    <message>
        <source>more than</source>
        <translation>größer als</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>mindestens</translation>
    </message>
    <message>
        <source>is one of</source>
        <translation>ist einer von</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>enthält</translation>
    </message>
    <message>
        <source>matches pattern</source>
        <translation>passt zum Muster</translation>
    </message>
    <message>
        <source>has a value</source>
        <translation>hat einen Wert</translation>
    </message>
    <message>
        <source>The new condition on %1 has no value yet: type or choose one.</source>
        <translation>Die neue Bedingung für %1 hat noch keinen Wert: Geben Sie einen ein oder wählen Sie einen.</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>Account: %1</translation>
    </message>
    <message>
        <source>Opportunity: %1</source>
        <translation>Opportunity: %1</translation>
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
        <translation>Aus Salesforce importieren</translation>
    </message>
    <message>
        <source>Import progress by object</source>
        <translation>Importfortschritt nach Objekt</translation>
    </message>
    <message>
        <source>Overall import progress</source>
        <translation>Gesamtfortschritt des Imports</translation>
    </message>
    <message>
        <source>%p%</source>
        <translation>%p %</translation>
    </message>
    <message>
        <source>Reading which fields to import from %1…</source>
        <translation>Welche Felder importiert werden, wird aus %1 gelesen…</translation>
    </message>
    <message>
        <source>Importing the selected fields of %L1 objects into the local cache. You can keep working; Cancel keeps what was read, and the next import continues from there.</source>
        <translation>Die ausgewählten Felder von %L1 Objekten werden in den lokalen Cache importiert. Sie können weiterarbeiten; Abbrechen behält, was gelesen wurde, und der nächste Import setzt dort fort.</translation>
    </message>
    <message>
        <source>Stopping… what was read is kept.</source>
        <translation>Wird angehalten… was gelesen wurde, bleibt erhalten.</translation>
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
        <translation>%L1 von %L2</translation>
    </message>
    <message>
        <source>%L1 so far</source>
        <translation>%L1 bisher</translation>
    </message>
    <message>
        <source>%L1 records/s</source>
        <translation>%L1 Datensätze/s</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
    <message>
        <source>took %L1 s</source>
        <translation>dauerte %L1 s</translation>
    </message>
    <message>
        <source>took %1</source>
        <translation>dauerte %1</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Counting rows…</source>
        <translation>Zeilen werden gezählt…</translation>
    </message>
    <message>
        <source>Reading changes…</source>
        <translation>Änderungen werden gelesen…</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>Done: %L1 stored, %L2 removed</source>
        <translation>Fertig: %L1 gespeichert, %L2 entfernt</translation>
    </message>
    <message>
        <source>Done: %L1 stored</source>
        <translation>Fertig: %L1 gespeichert</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Stopped; continues next time</source>
        <translation>Angehalten; setzt beim nächsten Mal fort</translation>
    </message>
    <message>
        <source>Not started: %1</source>
        <translation>Nicht gestartet: %1</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Read through</source>
        <translation>Gelesen über</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Building indexes…</source>
        <translation>Indizes werden erstellt…</translation>
    </message>
</context>
<context>
    <name>callbridge::ui::MainWindow</name>
    <message>
        <source>Setup steps</source>
        <translation>Einrichtungsschritte</translation>
    </message>
    <message>
        <source>Connected to %1 as %2</source>
        <translation>Mit %1 verbunden als %2</translation>
    </message>
    <message>
        <source>Connected to %1 for this session only</source>
        <translation>Mit %1 nur für diese Sitzung verbunden</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Save setup</source>
        <translation>Einrichtung &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Import setup…</source>
        <translation>Einrichtung &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Export setup…</source>
        <translation>Einrichtung &amp;exportieren…</translation>
    </message>
    <message>
        <source>Open &amp;calls…</source>
        <translation>&amp;Anrufe öffnen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Daten</translation>
    </message>
    <message>
        <source>&amp;Import from Salesforce…</source>
        <translation>Aus Salesforce &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Callbridge</source>
        <translation>Über &amp;Callbridge</translation>
    </message>
    <message>
        <source>API requests today: %L1 of %L2</source>
        <translation>API-Anfragen heute: %L1 von %L2</translation>
    </message>
    <message>
        <source>Could not save the setup</source>
        <translation>Die Einrichtung konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Setup saved</source>
        <translation>Einrichtung gespeichert</translation>
    </message>
    <message>
        <source>Import setup</source>
        <translation>Einrichtung importieren</translation>
    </message>
    <message>
        <source>Callbridge setup (*.json);;All files (*)</source>
        <translation>Callbridge-Einrichtung (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Imported %1 — save to keep it</source>
        <translation>%1 importiert – speichern, um es zu behalten</translation>
    </message>
    <message>
        <source>Export setup</source>
        <translation>Einrichtung exportieren</translation>
    </message>
    <message>
        <source>Callbridge setup (*.json)</source>
        <translation>Callbridge-Einrichtung (*.json)</translation>
    </message>
    <message>
        <source>Could not export the setup</source>
        <translation>Die Einrichtung konnte nicht exportiert werden</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The setup has changes that are not saved. Save them?</source>
        <translation>Die Einrichtung hat nicht gespeicherte Änderungen. Speichern?</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Help for this step</source>
        <translation>&amp;Hilfe zu diesem Schritt</translation>
    </message>
    <message>
        <source>An import is open: close it first.</source>
        <translation>Ein Import ist geöffnet: Schließen Sie ihn zuerst.</translation>
    </message>
    <message>
        <source>Restart Callbridge?</source>
        <translation>Callbridge neu starten?</translation>
    </message>
    <message>
        <source>The language and the data folder change when Callbridge starts again. Restart it now?</source>
        <translation>Die Sprache und der Datenordner wechseln beim nächsten Start von Callbridge. Jetzt neu starten?</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>Jetzt &amp;neu starten</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <source>&amp;Export calls…</source>
        <translation>Anrufe &amp;exportieren…</translation>
    </message>
    <message>
        <source>Integration setup[*]</source>
        <translation>Einrichtung der Integration[*]</translation>
    </message>
</context>
<context>
    <name>callbridge::ui::NotBuiltPage</name>
    <message>
        <source>This step is not available in this version of Callbridge yet.</source>
        <translation>Dieser Schritt ist in dieser Version von Callbridge noch nicht verfügbar.</translation>
    </message>
</context>
<context>
    <name>callbridge::ui::PermissionFixDialog</name>
    <message>
        <source>C&amp;heck this user</source>
        <translation>Diesen Benutzer &amp;prüfen</translation>
    </message>
    <message>
        <source>Include the &amp;Engage extras (Modify All on the CRM objects)</source>
        <translation>&amp;Engage-Extras einbeziehen („Alle ändern“ für die CRM-Objekte)</translation>
    </message>
    <message>
        <source>E&amp;xport as metadata…</source>
        <translation>Als Metadaten e&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Apply in Salesforce…</source>
        <translation>In Salesforce an&amp;wenden…</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Fix the integration user&apos;s permissions</source>
        <translation>Berechtigungen des Integrationsbenutzers korrigieren</translation>
    </message>
    <message>
        <source>User to fix</source>
        <translation>Zu korrigierender Benutzer</translation>
    </message>
    <message>
        <source>What the fix changes</source>
        <translation>Was die Korrektur ändert</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Berechtigung</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Danach</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>There is no active user %1 in this org.</source>
        <translation>In dieser Org gibt es keinen aktiven Benutzer %1.</translation>
    </message>
    <message>
        <source>The audit could not finish: %1</source>
        <translation>Die Prüfung konnte nicht abgeschlossen werden: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Changed in %1:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Geändert in %1:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Nothing needed changing in %1.</source>
        <translation>In %1 musste nichts geändert werden.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Audited again:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Erneut geprüft:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>%1: %2 Nothing to fix.</source>
        <translation>%1: %2 Nichts zu korrigieren.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 The permission set “%3” fixes it with the %n change(s) below.</source>
        <translation>
            <numerusform>%1: %2 Der Berechtigungssatz „%3“ behebt das mit %n Änderung (siehe unten).</numerusform>
            <numerusform>%1: %2 Der Berechtigungssatz „%3“ behebt das mit %n Änderungen (siehe unten).</numerusform>
        </translation>
    </message>
    <message>
        <source>You cannot apply it as %1 (it needs Manage Profiles and Permission Sets and Assign Permission Sets): export it and ask an admin.</source>
        <translation>Als %1 können Sie ihn nicht anwenden (dafür sind „Profile und Berechtigungssätze verwalten“ und „Berechtigungssätze zuweisen“ erforderlich): Exportieren Sie ihn und bitten Sie einen Administrator darum.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;This changes permissions in &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;It creates or updates the permission set “%2” (%3) with %n change(s) and assigns it to &lt;b&gt;%4&lt;/b&gt;. Nothing else is changed.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;Dies ändert Berechtigungen in &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Der Berechtigungssatz „%2“ (%3) wird mit %n Änderung erstellt oder aktualisiert und &lt;b&gt;%4&lt;/b&gt; zugewiesen. Sonst wird nichts geändert.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;Dies ändert Berechtigungen in &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Der Berechtigungssatz „%2“ (%3) wird mit %n Änderungen erstellt oder aktualisiert und &lt;b&gt;%4&lt;/b&gt; zugewiesen. Sonst wird nichts geändert.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>%1 ändern</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The fix was not applied in %1: %2</source>
        <translation>Die Korrektur wurde in %1 nicht angewendet: %2</translation>
    </message>
    <message>
        <source>Auditing %1 again…</source>
        <translation>%1 wird erneut geprüft…</translation>
    </message>
    <message>
        <source>Export the permission set as metadata</source>
        <translation>Den Berechtigungssatz als Metadaten exportieren</translation>
    </message>
    <message>
        <source>Could not export the permission set</source>
        <translation>Der Berechtigungssatz konnte nicht exportiert werden</translation>
    </message>
    <message>
        <source>Wrote %1 and package.xml: deploy them with “sf project deploy start --manifest package.xml” or a change set.</source>
        <translation>%1 und package.xml geschrieben: Stellen Sie sie mit „sf project deploy start --manifest package.xml“ oder einem Änderungsset bereit.</translation>
    </message>
</context>
<context>
    <name>callbridge::ui::PermissionsPage</name>
    <message>
        <source>&amp;Re-check</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>Bericht &amp;exportieren…</translation>
    </message>
    <message>
        <source>Checking permissions</source>
        <translation>Berechtigungen werden geprüft</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Object permissions</source>
        <translation>Objektberechtigungen</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>View All</source>
        <translation>Alle anzeigen</translation>
    </message>
    <message>
        <source>Modify All</source>
        <translation>Alle ändern</translation>
    </message>
    <message>
        <source>Export the permission report</source>
        <translation>Den Berechtigungsbericht exportieren</translation>
    </message>
    <message>
        <source>HTML report (*.html)</source>
        <translation>HTML-Bericht (*.html)</translation>
    </message>
    <message>
        <source>Connect to Salesforce first: the audit checks the connected user.</source>
        <translation>Verbinden Sie sich zuerst mit Salesforce: Die Prüfung gilt dem verbundenen Benutzer.</translation>
    </message>
    <message>
        <source>The audit could not finish: %1</source>
        <translation>Die Prüfung konnte nicht abgeschlossen werden: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;User %2 in %3.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Benutzer %2 in %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n to look at</source>
        <translation>
            <numerusform>%n zum Ansehen</numerusform>
            <numerusform>%n zum Ansehen</numerusform>
        </translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Select a finding to see what it breaks and what to change in Salesforce.</source>
        <translation>Wählen Sie einen Befund, um zu sehen, was er beeinträchtigt und was in Salesforce zu ändern ist.</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;br&gt;&lt;b&gt;What it breaks:&lt;/b&gt; %1</source>
        <translation>&lt;br&gt;&lt;br&gt;&lt;b&gt;Was beeinträchtigt wird:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;What to change:&lt;/b&gt; %1</source>
        <translation>&lt;br&gt;&lt;b&gt;Was zu ändern ist:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Could not export the report</source>
        <translation>Der Bericht konnte nicht exportiert werden</translation>
    </message>
    <message>
        <source>&amp;Fix it for me…</source>
        <translation>Für mich &amp;beheben…</translation>
    </message>
    <message>
        <source>A permission set that grants exactly what is missing: review it, export it, or create it in Salesforce.</source>
        <translation>Ein Berechtigungssatz, der genau das Fehlende erteilt: Prüfen Sie ihn, exportieren Sie ihn oder erstellen Sie ihn in Salesforce.</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>Report saved</source>
        <translation>Bericht gespeichert</translation>
    </message>
    <message>
        <source>The permission report was saved to %1.</source>
        <translation>Der Berechtigungsbericht wurde unter %1 gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öffnen</translation>
    </message>
</context>
<context>
    <name>callbridge::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Language and logging</source>
        <translation>Sprache und Protokoll</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Systemsprache (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Log detail</source>
        <translation>Protokolldetails</translation>
    </message>
    <message>
        <source>Warnings and errors only</source>
        <translation>Nur Warnungen und Fehler</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Detailed (for support; still without tokens or secrets)</source>
        <translation>Ausführlich (für den Support; weiterhin ohne Tokens oder Geheimnisse)</translation>
    </message>
    <message>
        <source>Log &amp;detail:</source>
        <translation>Protokoll&amp;details:</translation>
    </message>
    <message>
        <source>Proxy for connections to Salesforce</source>
        <translation>Proxy für Verbindungen zu Salesforce</translation>
    </message>
    <message>
        <source>Use the &amp;system&apos;s proxy settings</source>
        <translation>Proxy-Einstellungen des &amp;Systems verwenden</translation>
    </message>
    <message>
        <source>&amp;No proxy</source>
        <translation>&amp;Kein Proxy</translation>
    </message>
    <message>
        <source>&amp;Manual:</source>
        <translation>&amp;Manuell:</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>Proxy-Host</translation>
    </message>
    <message>
        <source>proxy.example.com</source>
        <translation>proxy.example.com</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Proxy-Port</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>An HTTP proxy. The demo org, on this computer, is always reached directly.</source>
        <translation>Ein HTTP-Proxy. Die Demo-Org auf diesem Computer wird immer direkt erreicht.</translation>
    </message>
    <message>
        <source>Data on this computer</source>
        <translation>Daten auf diesem Computer</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>Data &amp;folder:</source>
        <translation>Daten&amp;ordner:</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>Ä&amp;ndern…</translation>
    </message>
    <message>
        <source>Keep the setup, the cache and the logs in another folder</source>
        <translation>Einrichtung, Cache und Protokolle in einem anderen Ordner ablegen</translation>
    </message>
    <message>
        <source>De&amp;fault</source>
        <translation>S&amp;tandard</translation>
    </message>
    <message>
        <source>Use the standard folder: %1</source>
        <translation>Den Standardordner verwenden: %1</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Show the folder in use in the file manager</source>
        <translation>Den verwendeten Ordner im Dateimanager zeigen</translation>
    </message>
    <message>
        <source>&amp;Clear cached Salesforce data…</source>
        <translation>Zwischengespeicherte Salesforce-Daten &amp;löschen…</translation>
    </message>
    <message>
        <source>Remove the imported records and field lists; the next import reads everything again</source>
        <translation>Die importierten Datensätze und Feldlisten entfernen; der nächste Import liest alles neu</translation>
    </message>
    <message>
        <source>The language changes when Callbridge starts again.</source>
        <translation>Die Sprache wechselt beim nächsten Start von Callbridge.</translation>
    </message>
    <message>
        <source>Callbridge uses the new data folder from its next start; it does not move the files in %1.</source>
        <translation>Callbridge verwendet den neuen Datenordner ab dem nächsten Start; die Dateien in %1 werden nicht verschoben.</translation>
    </message>
    <message>
        <source>Choose the data folder</source>
        <translation>Datenordner wählen</translation>
    </message>
    <message>
        <source>Clear cached Salesforce data?</source>
        <translation>Zwischengespeicherte Salesforce-Daten löschen?</translation>
    </message>
    <message>
        <source>The imported records and field lists are removed from this computer. The setup is kept, and so is the record of test exports. The next import reads everything from Salesforce again, which uses API requests.</source>
        <translation>Die importierten Datensätze und Feldlisten werden von diesem Computer entfernt. Die Einrichtung bleibt erhalten, ebenso das Protokoll der Testexporte. Der nächste Import liest alles erneut aus Salesforce, was API-Anfragen verbraucht.</translation>
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
        <translation>Ja</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>%1 (lead)</source>
        <translation>%1 (Lead)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>delete %1 %2</source>
        <translation>%1 %2 löschen</translation>
    </message>
    <message>
        <source>starts exporting</source>
        <translation>beginnt mit dem Export</translation>
    </message>
    <message>
        <source>stops exporting</source>
        <translation>hört mit dem Export auf</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Contacts and leads</source>
        <translation>Kontakte und Leads</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Opportunity</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>API calls</source>
        <translation>API-Aufrufe</translation>
    </message>
    <message>
        <source>With the edited filter</source>
        <translation>Mit dem bearbeiteten Filter</translation>
    </message>
</context>
<context>
    <name>callbridge::ui::PreviewPage</name>
    <message>
        <source>&amp;Send to Salesforce</source>
        <translation>An Salesforce &amp;senden</translation>
    </message>
    <message>
        <source>&amp;Delete from Salesforce</source>
        <translation>Aus Salesforce &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;Open calls…</source>
        <translation>Anrufe ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Export totals</source>
        <translation>Exportsummen</translation>
    </message>
    <message>
        <source>API budget</source>
        <translation>API-Budget</translation>
    </message>
    <message>
        <source>Changes against the saved filter</source>
        <translation>Änderungen gegenüber dem gespeicherten Filter</translation>
    </message>
    <message>
        <source>Search calls, reasons, records…</source>
        <translation>Anrufe, Gründe, Datensätze suchen…</translation>
    </message>
    <message>
        <source>Search the preview</source>
        <translation>Die Vorschau durchsuchen</translation>
    </message>
    <message>
        <source>All calls</source>
        <translation>Alle Anrufe</translation>
    </message>
    <message>
        <source>Calls that export</source>
        <translation>Anrufe, die exportiert werden</translation>
    </message>
    <message>
        <source>Calls that do not export</source>
        <translation>Anrufe, die nicht exportiert werden</translation>
    </message>
    <message>
        <source>Would start exporting</source>
        <translation>Würden mit dem Export beginnen</translation>
    </message>
    <message>
        <source>Would stop exporting</source>
        <translation>Würden mit dem Export aufhören</translation>
    </message>
    <message>
        <source>Deletes</source>
        <translation>Löschungen</translation>
    </message>
    <message>
        <source>Which calls to show</source>
        <translation>Welche Anrufe gezeigt werden</translation>
    </message>
    <message>
        <source>Calls and what exporting does with them</source>
        <translation>Anrufe und was der Export mit ihnen macht</translation>
    </message>
    <message>
        <source>Details of the selected call</source>
        <translation>Details zum ausgewählten Anruf</translation>
    </message>
    <message>
        <source>Test export result</source>
        <translation>Ergebnis des Testexports</translation>
    </message>
    <message>
        <source>Open the platform&apos;s calls</source>
        <translation>Die Anrufe der Plattform öffnen</translation>
    </message>
    <message>
        <source>Calls (*.json);;All files (*)</source>
        <translation>Anrufe (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The calls file cannot be used</source>
        <translation>Die Anrufdatei kann nicht verwendet werden</translation>
    </message>
    <message>
        <source>%1 has problems; nothing was loaded.</source>
        <translation>%1 hat Probleme; es wurde nichts geladen.</translation>
    </message>
    <message>
        <source>No calls loaded. Open the platform&apos;s calls file (a JSON array of calls) to preview the export.</source>
        <translation>Keine Anrufe geladen. Öffnen Sie die Anrufdatei der Plattform (ein JSON-Array von Anrufen), um den Export in der Vorschau zu sehen.</translation>
    </message>
    <message>
        <source>The filter is not valid: %1</source>
        <translation>Der Filter ist ungültig: %1</translation>
    </message>
    <message>
        <source>Against the saved filter, on reprocessing: %L1 past calls would start exporting, %L2 would stop.</source>
        <translation>Gegenüber dem gespeicherten Filter, bei erneuter Verarbeitung: %L1 frühere Anrufe würden mit dem Export beginnen, %L2 würden aufhören.</translation>
    </message>
    <message>
        <source>Connect to an org to send a test export.</source>
        <translation>Verbinden Sie sich mit einer Org, um einen Testexport zu senden.</translation>
    </message>
    <message>
        <source>Create this call&apos;s activity in the connected org (one API call)</source>
        <translation>Die Aktivität dieses Anrufs in der verbundenen Org anlegen (ein API-Aufruf)</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a call to see how it was matched and what it would create.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wählen Sie einen Anruf, um zu sehen, wie er zugeordnet wurde und was er anlegen würde.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Matching</source>
        <translation>Zuordnung</translation>
    </message>
    <message>
        <source>No contact or lead has %1</source>
        <translation>Kein Kontakt und kein Lead hat %1</translation>
    </message>
    <message>
        <source>%1 fields</source>
        <translation>%1-Felder</translation>
    </message>
    <message>
        <source>Send to a production org?</source>
        <translation>An eine Produktions-Org senden?</translation>
    </message>
    <message>
        <source>%1 is a production org. The test export creates a real %2 that its users can see (you can delete it again here). Send it?</source>
        <translation>%1 ist eine Produktions-Org. Der Testexport legt ein echtes %2 an, das ihre Benutzer sehen können (Sie können es hier wieder löschen). Senden?</translation>
    </message>
    <message>
        <source>The test export failed: %1</source>
        <translation>Der Testexport ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Sending call %1…</source>
        <translation>Anruf %1 wird gesendet…</translation>
    </message>
    <message>
        <source>Deleted %1 from Salesforce.</source>
        <translation>%1 aus Salesforce gelöscht.</translation>
    </message>
    <message>
        <source>The delete failed: %1</source>
        <translation>Das Löschen ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Deleting %1…</source>
        <translation>%1 wird gelöscht…</translation>
    </message>
    <message numerus="yes">
        <source>Matching %Ln calls with the local cache…</source>
        <translation>
            <numerusform>%Ln Anruf wird mit dem lokalen Cache abgeglichen…</numerusform>
            <numerusform>%Ln Anrufe werden mit dem lokalen Cache abgeglichen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln calls from %1</source>
        <translation>
            <numerusform>%Ln Anruf aus %1</numerusform>
            <numerusform>%Ln Anrufe aus %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deleted calls will be deleted from Salesforce.</source>
        <translation>
            <numerusform>%Ln gelöschter Anruf wird aus Salesforce gelöscht.</numerusform>
            <numerusform>%Ln gelöschte Anrufe werden aus Salesforce gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Full call data: %n record(s)</source>
        <translation>
            <numerusform>Vollständige Anrufdaten: %n Datensatz</numerusform>
            <numerusform>Vollständige Anrufdaten: %n Datensätze</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Back to the filter</source>
        <translation>&amp;Zurück zum Filter</translation>
    </message>
    <message>
        <source>The filter being edited</source>
        <translation>Der Filter in Bearbeitung</translation>
    </message>
    <message>
        <source>Go to the Export filter step, where the problem is</source>
        <translation>Zum Schritt Exportfilter, wo das Problem liegt</translation>
    </message>
    <message>
        <source>Double-click a call to open its details in a window of their own</source>
        <translation>Doppelklicken Sie auf einen Anruf, um seine Details in einem eigenen Fenster zu öffnen</translation>
    </message>
    <message>
        <source>Drag to share the room between the calls and the details</source>
        <translation>Ziehen, um den Platz zwischen Anrufen und Details aufzuteilen</translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln calls shown</source>
        <translation>
            <numerusform>%L1 von %Ln Anruf angezeigt</numerusform>
            <numerusform>%L1 von %Ln Anrufen angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>The filter you are editing is not valid: %1. Until it is, this preview uses the last valid filter: %2</source>
        <translation>Der Filter, den Sie bearbeiten, ist ungültig: %1. Bis er gültig ist, verwendet diese Vorschau den letzten gültigen Filter: %2</translation>
    </message>
    <message>
        <source>none (every call exports)</source>
        <translation>keiner (jeder Anruf wird exportiert)</translation>
    </message>
    <message>
        <source>Details of the call</source>
        <translation>Details des Anrufs</translation>
    </message>
    <message>
        <source>Call: %1</source>
        <translation>Anruf: %1</translation>
    </message>
    <message>
        <source>Created %1 %2 in Salesforce for call %3, assigned to you so that you can delete it.</source>
        <translation>%1 %2 in Salesforce für Anruf %3 angelegt und Ihnen zugewiesen, damit Sie es wieder löschen können.</translation>
    </message>
    <message>
        <source>This call&apos;s activity is already in the org: delete it to send it again</source>
        <translation>Die Aktivität dieses Anrufs ist bereits in der Org: Löschen Sie sie, um sie erneut zu senden</translation>
    </message>
    <message>
        <source>Computing the preview</source>
        <translation>Vorschau wird berechnet</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
</context>
<context>
    <name>callbridge::ui::StepHeader</name>
    <message>
        <source>Learn more</source>
        <translation>Mehr erfahren</translation>
    </message>
    <message>
        <source>What to know about this step (F1)</source>
        <translation>Was Sie zu diesem Schritt wissen sollten (F1)</translation>
    </message>
    <message>
        <source>Learn more about %1</source>
        <translation>Mehr über %1 erfahren</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Über %1</translation>
    </message>
</context>
<context>
    <name>callbridge::ui::SummaryPage</name>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <source>%1 (%2%3)</source>
        <translation>%1 (%2%3)</translation>
    </message>
    <message>
        <source>, sandbox</source>
        <translation>, Sandbox</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Umgebung:</translation>
    </message>
    <message>
        <source>Instance:</source>
        <translation>Instanz:</translation>
    </message>
    <message>
        <source>API version:</source>
        <translation>API-Version:</translation>
    </message>
    <message>
        <source>User license:</source>
        <translation>Benutzerlizenz:</translation>
    </message>
    <message>
        <source>could not be read (needs View Setup and Configuration)</source>
        <translation>konnte nicht gelesen werden (erfordert „Setup und Konfiguration anzeigen“)</translation>
    </message>
    <message>
        <source>⚠ %1 has a full Salesforce license: it looks like a person&apos;s own account. If this user is ever deactivated, the integration disconnects. A dedicated integration user on the Salesforce Integration license is safer.</source>
        <translation>⚠ %1 hat eine vollständige Salesforce-Lizenz: Das sieht nach dem eigenen Konto einer Person aus. Wird dieser Benutzer jemals deaktiviert, trennt sich die Integration. Ein eigener Integrationsbenutzer mit der Lizenz „Salesforce Integration“ ist sicherer.</translation>
    </message>
    <message>
        <source>⚠ The user&apos;s license is %1, not Salesforce Integration.</source>
        <translation>⚠ Die Lizenz des Benutzers ist %1, nicht Salesforce Integration.</translation>
    </message>
    <message>
        <source>⚠ Callbridge was connected to another org (%1). From now on calls go to %2; the previous connection is revoked when you finish.</source>
        <translation>⚠ Callbridge war mit einer anderen Org verbunden (%1). Ab jetzt gehen Anrufe an %2; die vorherige Verbindung wird beim Abschließen widerrufen.</translation>
    </message>
    <message>
        <source>Everything looks right. Finish to save the connection.</source>
        <translation>Alles sieht richtig aus. Schließen Sie ab, um die Verbindung zu speichern.</translation>
    </message>
</context>
<context>
    <name>callbridge::ui::UserTreeModel</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>recorded</source>
        <translation>aufgezeichnet</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht aufgezeichnet</translation>
    </message>
    <message>
        <source>Name (recorded)</source>
        <translation>Name (aufgezeichnet)</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
</context>
<context>
    <name>callbridge::ui::UsersPage</name>
    <message>
        <source>Record &amp;team</source>
        <translation>&amp;Team aufzeichnen</translation>
    </message>
    <message>
        <source>&amp;Skip team</source>
        <translation>Team aus&amp;lassen</translation>
    </message>
    <message>
        <source>Record &amp;all active</source>
        <translation>&amp;Alle aktiven aufzeichnen</translation>
    </message>
    <message>
        <source>&amp;Export plan…</source>
        <translation>Plan &amp;exportieren…</translation>
    </message>
    <message>
        <source>Re&amp;load from Salesforce</source>
        <translation>Aus Salesforce neu &amp;laden</translation>
    </message>
    <message>
        <source>Search by name, email or title</source>
        <translation>Nach Name, E-Mail oder Titel suchen</translation>
    </message>
    <message>
        <source>Search users</source>
        <translation>Benutzer suchen</translation>
    </message>
    <message>
        <source>Record the selected user and everyone who reports to them</source>
        <translation>Den ausgewählten Benutzer und alle, die an ihn berichten, aufzeichnen</translation>
    </message>
    <message>
        <source>Stop recording the selected user and everyone who reports to them</source>
        <translation>Den ausgewählten Benutzer und alle, die an ihn berichten, nicht mehr aufzeichnen</translation>
    </message>
    <message>
        <source>Record every active user, including users added to Salesforce later</source>
        <translation>Jeden aktiven Benutzer aufzeichnen, auch später in Salesforce hinzugefügte</translation>
    </message>
    <message>
        <source>Save who provisioning would create, and under which manager, as a CSV file</source>
        <translation>Speichern, wen die Bereitstellung unter welchem Vorgesetzten anlegen würde, als CSV-Datei</translation>
    </message>
    <message>
        <source>Users by manager</source>
        <translation>Benutzer nach Vorgesetztem</translation>
    </message>
    <message>
        <source>Connect to Salesforce first: the users come from the connected org.</source>
        <translation>Verbinden Sie sich zuerst mit Salesforce: Die Benutzer kommen aus der verbundenen Org.</translation>
    </message>
    <message>
        <source>Reading the users from Salesforce…</source>
        <translation>Die Benutzer werden aus Salesforce gelesen…</translation>
    </message>
    <message>
        <source>Reading the users from Salesforce… %L1 of %L2</source>
        <translation>Die Benutzer werden aus Salesforce gelesen… %L1 von %L2</translation>
    </message>
    <message>
        <source>The users could not be read: %1</source>
        <translation>Die Benutzer konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Could not export the plan</source>
        <translation>Der Plan konnte nicht exportiert werden</translation>
    </message>
    <message>
        <source>Export provisioning plan</source>
        <translation>Bereitstellungsplan exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Plan exported to %1.</source>
        <translation>Plan nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Users: %L1. Every active user is recorded until you choose.</source>
        <translation>Benutzer: %L1. Jeder aktive Benutzer wird aufgezeichnet, bis Sie eine Auswahl treffen.</translation>
    </message>
    <message>
        <source>Users: %L1. Recorded: %L2.</source>
        <translation>Benutzer: %L1. Aufgezeichnet: %L2.</translation>
    </message>
    <message>
        <source>⚠ Users with hierarchy problems (a missing or inactive manager, a cycle, a shared email): %L1. Provisioning places them as shown.</source>
        <translation>⚠ Benutzer mit Problemen in der Hierarchie (ein fehlender oder inaktiver Vorgesetzter, ein Zyklus, eine geteilte E-Mail-Adresse): %L1. Die Bereitstellung ordnet sie wie gezeigt ein.</translation>
    </message>
    <message>
        <source>Connect to Salesforce to reload the users</source>
        <translation>Verbinden Sie sich mit Salesforce, um die Benutzer neu zu laden</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Callbridge: set up, check and preview the Salesforce integration of your call recorder.</source>
        <translation>Callbridge: die Salesforce-Integration Ihres Gesprächsrekorders einrichten, prüfen und in der Vorschau testen.</translation>
    </message>
    <message>
        <source>Keep the setup, cache and logs in &lt;dir&gt; instead of the user&apos;s data folder.</source>
        <translation>Einrichtung, Cache und Protokolle in &lt;dir&gt; statt im Datenordner des Benutzers ablegen.</translation>
    </message>
    <message>
        <source>Start the built-in demo org (a local Salesforce org with sample data).</source>
        <translation>Die eingebaute Demo-Org starten (eine lokale Salesforce-Org mit Beispieldaten).</translation>
    </message>
    <message>
        <source>The demo org could not start: %1</source>
        <translation>Die Demo-Org konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>the demo org</source>
        <translation>der Demo-Org</translation>
    </message>
    <message>
        <source>Removed %L1 cached records.</source>
        <translation>%L1 zwischengespeicherte Datensätze entfernt.</translation>
    </message>
</context>
</TS>
