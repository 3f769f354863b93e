<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>App</name>
    <message>
        <source>sm-card is already running for {folder} (look for it in the tray). Two copies would show every reminder twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sm-card cannot start: the lock file {path} cannot be made ({why}). Free some disk space or make the folder writable, then start it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system refused it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} cannot be written (read-only): changes are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup today: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{error}

Restore the newest backup now? The damaged file is kept beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored {backup}. The damaged store was kept as {kept}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardPage</name>
    <message>
        <source>Wallet card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fold-over sheet (cut and fold)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card-size pages (front, back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number printed on this person&apos;s card and letter to call in an emergency; type another if yours differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QR code holds (a phone camera reads it offline):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from your region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set for this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency number on the card and letter: {number} ({where})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>. Change it above if it is not the number to call where you are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check before printing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No warnings: everything fits on the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front of the card:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back of the card:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QR code holds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the wallet card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: cannot write ({why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the wallet card?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the print dialog choose 100 % / actual size, never “fit to page”. Continue?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer could not start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What your record says against itself and the catalog. Double-click a line or press Enter to go to the field. Nothing is changed for you. Finding nothing does not mean that any drug is safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recalled product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fewer than two in-date devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device out of date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device out of date before a procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose the product is not made in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product not in the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No emergency contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both to avoid and tolerated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medication matches the avoid list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beta-blocker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACE inhibitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or press Enter to go to the field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No record yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} finding(s):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiagnosisPage</name>
    <message>
        <source>&lt;h2&gt;Diagnosis&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— not recorded —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtype</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM or YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline tryptase (ng/mL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 38.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tryptase measured on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown / not tested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIT D816V</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes, anaphylaxis before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of anaphylaxis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditHistory</name>
    <message>
        <source>edit of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deletion of {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InjectorDialog</name>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM or YYYY-MM-DD, as printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. handbag, school office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product: is required</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InjectorsPage</name>
    <message>
        <source>I replaced it: the new device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Epinephrine devices&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In date until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I replaced it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;History&lt;/b&gt; (used, disposed and replaced devices)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired {n} day(s) ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only {count} in-date device(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the expired device(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} in-date devices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{product}, in date until {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark {device} as used? It moves to the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: no device in use and no planned procedure to put in a calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {count} device(s) to {path}. Open it with your calendar app; importing a newer file again updates the same events.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog entry {id!r} is not in this version of the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog: {name} — {note}
Sources: {sources}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is already in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drugs and agents to avoid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you and your physician decided to avoid, most important first: the first entries appear on the front of the card. Suggestions come from the catalog with their sources; tolerance is individual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reaction seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tolerated agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents you have received without a reaction (for example a previous anaesthetic). A record of your history, not a statement that they are safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current medications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you take now, as prescribed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who to call in an emergency. The first contact appears on the front of the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinicians</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your treating physicians. The first appears on the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avoid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tolerated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Injectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinicians</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Physician&apos;s plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallet card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surgery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sm-card — mastocytosis record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (demo: changes are not kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo record in a temporary folder: nothing you change here touches your own data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No record yet. Create a profile for yourself or a family member, or import a file exported from sm-card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the person (e.g. a child in the family):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile with this name exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the whole record of {name}? Edit &gt; Undo brings it back while the app stays open; export it first if you may need it later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {name}&apos;s profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sm-card files (*.json *.enc);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is encrypted. Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.

{error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This replaces the current record of: {names}. Continue?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted sm-card files (*.enc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sm-card files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your last change was NOT saved; the record on disk is as it was before. {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record was changed by another sm-card program; this window shows it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your edit was kept where both changed it: {fields}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&lt;p&gt;&lt;b&gt;sm-card&lt;/b&gt; {version}&lt;/p&gt;&lt;p&gt;The record, wallet card, injector reminders and letters for people with systemic mastocytosis.&lt;/p&gt;&lt;p&gt;sm-card records what you and your physician decided; it does not give medical advice.&lt;/p&gt;&lt;p&gt;Private and offline: your record stays on this computer.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export card &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Emergency number for this profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About sm-card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About sm-card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo {what}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <source>&lt;h2&gt;Person&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as on your ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight (kg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blood type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. A+, O-</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. en, de</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another profile already has this name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
    <message>
        <source>&lt;h2&gt;Physician&apos;s plans&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy these exactly as your physician wrote them. sm-card never writes a plan of its own: the card shows standard anaphylaxis first aid when no plan is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Premedication plan for procedures</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileSession</name>
    <message>
        <source>{path}: the store keeps changing; not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: not saved ({error})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderRow</name>
    <message>
        <source>Snooze until tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I replaced it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderService</name>
    <message>
        <source>(and {n} more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sm-card: epinephrine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sm-card reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sm-card keeps running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders still reach you from here. Choose Quit in this icon&apos;s menu to stop them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderSettingsPage</name>
    <message>
        <source>&lt;h2&gt;Reminders&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days before the expiry date to remind you, separated by commas; 0 is the day itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me (days before expiry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare for a planned procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar export: also a “replace soon” day on each of these days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google Calendar drops the alarms of imported events; these separate all-day events still show on the phone. Apple Calendar and Outlook keep the alarms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact card (vCard): iPhone and Android cameras</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain text: Android cameras and scanner apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The iPhone Camera app is reported to show nothing for plain text; it offers a contact card, with the summary in its note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card&apos;s QR code holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show desktop notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep running in the tray when the window is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start sm-card when I log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The banner in the window shows every reminder until you act on it. For reminders while sm-card is closed, export your devices to your calendar or run “sm-card reminders” from a scheduled task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{part}” is not a number of days (0 to {max}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the demo: nothing of yours is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts at login from {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not start at login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not change it: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>{device} (kept in: {location})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {device} is out of date (last day in date: {date}). Replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: today is the last day {device} is in date. Replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {device} is in date until {date} ({days} days left). Get a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {procedure} is planned on {date} ({days} days). Prepare: print the pre-operative letter and check your devices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{device} is in date only until {date}, before the procedure: replace it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only {count} in-date epinephrine device(s): carry two.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SurgeryPage</name>
    <message>
        <source>Planned procedures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations or procedures ahead: the letter lists those from today on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing for surgery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your preparation checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps from published sources; tick them off as you go. Ticks are saved and printed on the second part of the letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: {sources}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export FHIR…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check before printing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} page(s), {paper}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: cannot write ({why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export FHIR patient summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FHIR JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-operative letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the printer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>sm-card: epinephrine reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open sm-card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_ExportDialog</name>
    <message>
        <source>Export the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt with a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without the passphrase nobody can open the file, not even you: keep it safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase needs at least {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
