<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AuditReport</name>
    <message numerus="yes">
        <source>%n required permission(s) missing: the integration will miss data or fail until they are added.</source>
        <translation>
            <numerusform>%n required permission missing: the integration will miss data or fail until it is added.</numerusform>
            <numerusform>%n required permissions missing: the integration will miss data or fail until they are added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No required permission missing, but %n check(s) could not be made: the user cannot read its own permission records (View Setup and Configuration).</source>
        <translation>
            <numerusform>No required permission missing, but %n check could not be made: the user cannot read its own permission records (View Setup and Configuration).</numerusform>
            <numerusform>No required permission missing, but %n checks could not be made: the user cannot read its own permission records (View Setup and Configuration).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready. %n recommended permission(s) missing: see what each one adds.</source>
        <translation>
            <numerusform>Ready. %n recommended permission missing: see what it adds.</numerusform>
            <numerusform>Ready. %n recommended permissions missing: see what each one adds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready. %n optional permission(s) missing: see what each one adds.</source>
        <translation>
            <numerusform>Ready. %n optional permission missing: see what it adds.</numerusform>
            <numerusform>Ready. %n optional permissions missing: see what each one adds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recommended permission(s)</source>
        <translation>
            <numerusform>%n recommended permission</numerusform>
            <numerusform>%n recommended permissions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n optional permission(s)</source>
        <translation>
            <numerusform>%n optional permission</numerusform>
            <numerusform>%n optional permissions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallMatcher</name>
    <message numerus="yes">
        <source>Matched contacts belong to %n accounts; chose the one owned by a participant</source>
        <translation>
            <numerusform>Matched contacts belong to %n account; chose the one owned by a participant</numerusform>
            <numerusform>Matched contacts belong to %n accounts; chose the one owned by a participant</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Matched contacts belong to %n accounts; chose the one with the most matched contacts</source>
        <translation>
            <numerusform>Matched contacts belong to %n account; chose the one with the most matched contacts</numerusform>
            <numerusform>Matched contacts belong to %n accounts; chose the one with the most matched contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Matched contacts belong to %n accounts; chose the first matched contact&apos;s</source>
        <translation>
            <numerusform>Matched contacts belong to %n account; chose the first matched contact&apos;s</numerusform>
            <numerusform>Matched contacts belong to %n accounts; chose the first matched contact&apos;s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open opportunities; chose the one owned by a participant</source>
        <translation>
            <numerusform>%n open opportunity; chose the one owned by a participant</numerusform>
            <numerusform>%n open opportunities; chose the one owned by a participant</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open opportunities, none owned by a participant; chose the most recently modified</source>
        <translation>
            <numerusform>%n open opportunity, not owned by a participant; chose it</numerusform>
            <numerusform>%n open opportunities, none owned by a participant; chose the most recently modified</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PermissionEvaluator</name>
    <message numerus="yes">
        <source>It sees %Ln of the %1 records; how many exist, only a user with View All can tell.</source>
        <translation>
            <numerusform>It sees %Ln of the %1 records; how many exist, only a user with View All can tell.</numerusform>
            <numerusform>It sees %Ln of the %1 records; how many exist, only a user with View All can tell.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The user sees %Ln %1 records.</source>
        <translation>
            <numerusform>The user sees %Ln %1 record.</numerusform>
            <numerusform>The user sees %Ln %1 records.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>callbridge::OAuthAuthorization</name>
    <message numerus="yes">
        <source>No answer came back from the browser within %n minute(s). Start again when you are ready to log in.</source>
        <translation>
            <numerusform>No answer came back from the browser within %n minute. Start again when you are ready to log in.</numerusform>
            <numerusform>No answer came back from the browser within %n minutes. Start again when you are ready to log in.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>callbridge::ui::AuthorizePage</name>
    <message numerus="yes">
        <source>Callbridge still could not open a browser (%n attempt(s)).</source>
        <translation>
            <numerusform>Callbridge still could not open a browser (%n attempt).</numerusform>
            <numerusform>Callbridge still could not open a browser (%n attempts).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Callbridge asked your browser to open the login page again (%n time(s) so far). Look for it among the browser&apos;s windows and tabs.

If none opened, copy the address below into a browser on this computer.</source>
        <translation>
            <numerusform>Callbridge asked your browser to open the login page again (%n time so far). Look for it among the browser&apos;s windows and tabs.

If none opened, copy the address below into a browser on this computer.</numerusform>
            <numerusform>Callbridge asked your browser to open the login page again (%n times so far). Look for it among the browser&apos;s windows and tabs.

If none opened, copy the address below into a browser on this computer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>callbridge::ui::PermissionFixDialog</name>
    <message numerus="yes">
        <source>%1: %2 The permission set “%3” fixes it with the %n change(s) below.</source>
        <translation>
            <numerusform>%1: %2 The permission set “%3” fixes it with the %n change below.</numerusform>
            <numerusform>%1: %2 The permission set “%3” fixes it with the %n changes below.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;This changes permissions in &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;It creates or updates the permission set “%2” (%3) with %n change(s) and assigns it to &lt;b&gt;%4&lt;/b&gt;. Nothing else is changed.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;This changes permissions in &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;It creates or updates the permission set “%2” (%3) with %n change and assigns it to &lt;b&gt;%4&lt;/b&gt;. Nothing else is changed.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;This changes permissions in &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;It creates or updates the permission set “%2” (%3) with %n changes and assigns it to &lt;b&gt;%4&lt;/b&gt;. Nothing else is changed.&lt;/p&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>callbridge::ui::PermissionsPage</name>
    <message numerus="yes">
        <source>%n to look at</source>
        <translation>
            <numerusform>%n to look at</numerusform>
            <numerusform>%n to look at</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>callbridge::ui::PreviewPage</name>
    <message numerus="yes">
        <source>Matching %Ln calls with the local cache…</source>
        <translation>
            <numerusform>Matching %Ln call with the local cache…</numerusform>
            <numerusform>Matching %Ln calls with the local cache…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln calls from %1</source>
        <translation>
            <numerusform>%Ln call from %1</numerusform>
            <numerusform>%Ln calls from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deleted calls will be deleted from Salesforce.</source>
        <translation>
            <numerusform>%Ln deleted call will be deleted from Salesforce.</numerusform>
            <numerusform>%Ln deleted calls will be deleted from Salesforce.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Full call data: %n record(s)</source>
        <translation>
            <numerusform>Full call data: %n record</numerusform>
            <numerusform>Full call data: %n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln calls shown</source>
        <translation>
            <numerusform>%L1 of %Ln call shown</numerusform>
            <numerusform>%L1 of %Ln calls shown</numerusform>
        </translation>
    </message>
</context>
</TS>
