<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>App</name>
    <message>
        <source>sm-card is already running for {folder} (look for it in the tray). Two copies would show every reminder twice.</source>
        <translation>sm-card läuft bereits für {folder} (im Infobereich der Taskleiste). Zwei Kopien würden jede Erinnerung doppelt zeigen.</translation>
    </message>
    <message>
        <source>sm-card cannot start: the lock file {path} cannot be made ({why}). Free some disk space or make the folder writable, then start it again.</source>
        <translation>sm-card kann nicht starten: Die Sperrdatei {path} kann nicht angelegt werden ({why}). Geben Sie Speicherplatz frei oder machen Sie den Ordner beschreibbar und starten Sie dann erneut.</translation>
    </message>
    <message>
        <source>the system refused it</source>
        <translation>das System hat es verweigert</translation>
    </message>
    <message>
        <source>{path} can be read or changed by other users (mode {mode}). Run “{command}” to make it private.</source>
        <translation>Andere Benutzer können {path} lesen oder ändern (Modus {mode}). Mit „{command}“ machen Sie es privat.</translation>
    </message>
    <message>
        <source>{path} cannot be written (read-only): changes are not saved.</source>
        <translation>{path} kann nicht geschrieben werden (schreibgeschützt): Änderungen werden nicht gespeichert.</translation>
    </message>
    <message>
        <source>No backup today: {problem}</source>
        <translation>Heute keine Sicherungskopie: {problem}</translation>
    </message>
    <message>
        <source>{error}

Restore the newest backup now? The damaged file is kept beside it.</source>
        <translation>{error}

Jetzt die neueste Sicherungskopie wiederherstellen? Die beschädigte Datei wird daneben aufbewahrt.</translation>
    </message>
    <message>
        <source>Restored {backup}. The damaged store was kept as {kept}.</source>
        <translation>{backup} wiederhergestellt. Der beschädigte Datenspeicher wurde als {kept} aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>CalendarFile</name>
    <message>
        <source>Export to calendar</source>
        <translation>In Kalender exportieren</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-Dateien (*.ics)</translation>
    </message>
    <message>
        <source>Not saved: no device in use and no planned procedure to put in a calendar.</source>
        <translation>Nicht gespeichert: kein Autoinjektor in Gebrauch und kein geplanter Eingriff für einen Kalender.</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>Nicht gespeichert: {error}</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n device(s) to {path}. Open it with your calendar app; importing a newer file again updates the same events.</source>
        <translation>
            <numerusform>%n Autoinjektor in {path} gespeichert. Öffnen Sie die Datei mit Ihrer Kalender-App; wenn Sie später eine neuere Datei importieren, werden dieselben Termine aktualisiert.</numerusform>
            <numerusform>%n Autoinjektoren in {path} gespeichert. Öffnen Sie die Datei mit Ihrer Kalender-App; wenn Sie später eine neuere Datei importieren, werden dieselben Termine aktualisiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The planned procedures and their premedication steps are in it too.</source>
        <translation>Die geplanten Eingriffe und ihre Prämedikationsschritte sind ebenfalls darin.</translation>
    </message>
    <message>
        <source>The calendar file</source>
        <translation>Die Kalenderdatei</translation>
    </message>
</context>
<context>
    <name>CardPage</name>
    <message>
        <source>Wallet card</source>
        <translation>Notfallausweis</translation>
    </message>
    <message>
        <source>Print as:</source>
        <translation>Drucken als:</translation>
    </message>
    <message>
        <source>Fold-over sheet (cut and fold)</source>
        <translation>Faltblatt (ausschneiden und falten)</translation>
    </message>
    <message>
        <source>Card-size pages (front, back)</source>
        <translation>Seiten im Kartenformat (Vorder- und Rückseite)</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papier:</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>Emergency number:</source>
        <translation>Notrufnummer:</translation>
    </message>
    <message>
        <source>The number printed on this person&apos;s card and letter to call in an emergency; type another if yours differs</source>
        <translation>Die Nummer, die auf Ausweis und Brief dieser Person für den Notfall gedruckt wird; geben Sie eine andere ein, wenn Ihre abweicht</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>PDF exportieren…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>Default for all profiles</source>
        <translation>Standard für alle Profile</translation>
    </message>
    <message>
        <source>Use this number for every profile that has no number of its own</source>
        <translation>Diese Nummer für jedes Profil ohne eigene Nummer verwenden</translation>
    </message>
    <message>
        <source>Preview of the card</source>
        <translation>Vorschau des Ausweises</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>Vorderseite</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Rückseite</translation>
    </message>
    <message>
        <source>Printed sheet</source>
        <translation>Gedrucktes Blatt</translation>
    </message>
    <message>
        <source>The QR code holds (a phone camera reads it offline):</source>
        <translation>Der QR-Code enthält (eine Handykamera liest ihn ohne Internet):</translation>
    </message>
    <message>
        <source>European Union, and mobile phones in most of the world</source>
        <translation>Europäische Union, und Mobiltelefone fast überall auf der Welt</translation>
    </message>
    <message>
        <source>United States, Canada, Mexico</source>
        <translation>Vereinigte Staaten, Kanada, Mexiko</translation>
    </message>
    <message>
        <source>United Kingdom, Ireland (also 112)</source>
        <translation>Vereinigtes Königreich, Irland (auch 112)</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>Australien</translation>
    </message>
    <message>
        <source>New Zealand</source>
        <translation>Neuseeland</translation>
    </message>
    <message>
        <source>Japan (ambulance)</source>
        <translation>Japan (Rettungsdienst)</translation>
    </message>
    <message>
        <source>China (ambulance)</source>
        <translation>China (Rettungsdienst)</translation>
    </message>
    <message>
        <source>from your region</source>
        <translation>aus Ihrer Region</translation>
    </message>
    <message>
        <source>your setting</source>
        <translation>Ihre Einstellung</translation>
    </message>
    <message>
        <source>set for this profile</source>
        <translation>für dieses Profil festgelegt</translation>
    </message>
    <message>
        <source>Emergency number on the card and letter: {number} ({where})</source>
        <translation>Notrufnummer auf Ausweis und Brief: {number} ({where})</translation>
    </message>
    <message>
        <source>. Change it above if it is not the number to call where you are.</source>
        <translation>. Ändern Sie sie oben, wenn dort, wo Sie sind, eine andere Nummer gilt.</translation>
    </message>
    <message>
        <source>Check before printing:</source>
        <translation>Vor dem Drucken prüfen:</translation>
    </message>
    <message>
        <source>No warnings: everything fits on the card.</source>
        <translation>Keine Warnungen: Alles passt auf den Ausweis.</translation>
    </message>
    <message>
        <source>avoid list</source>
        <translation>Liste der zu meidenden Stoffe</translation>
    </message>
    <message>
        <source>epinephrine</source>
        <translation>Adrenalin</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>clinicians</source>
        <translation>Ärztinnen und Ärzte</translation>
    </message>
    <message>
        <source>tolerated</source>
        <translation>vertragene Stoffe</translation>
    </message>
    <message>
        <source>medications</source>
        <translation>Medikamente</translation>
    </message>
    <message>
        <source>physician&apos;s plan</source>
        <translation>ärztlicher Plan</translation>
    </message>
    <message>
        <source>emergency number</source>
        <translation>Notrufnummer</translation>
    </message>
    <message>
        <source>condition</source>
        <translation>Erkrankung</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>blood type</source>
        <translation>Blutgruppe</translation>
    </message>
    <message>
        <source>it still shows {item} ({section})</source>
        <translation>darin steht noch {item} ({section})</translation>
    </message>
    <message>
        <source>it lacks {item} ({section}, added {date})</source>
        <translation>darin fehlt {item} ({section}, hinzugefügt am {date})</translation>
    </message>
    <message>
        <source>it lacks {item} ({section})</source>
        <translation>darin fehlt {item} ({section})</translation>
    </message>
    <message>
        <source>The card you made on {date} no longer matches the record: {changes}. Print a new one and replace the card in your wallet.</source>
        <translation>Der Ausweis, den Sie am {date} erstellt haben, entspricht nicht mehr der Akte: {changes}. Drucken Sie einen neuen und ersetzen Sie den Ausweis in Ihrer Brieftasche.</translation>
    </message>
    <message>
        <source>Front of the card:</source>
        <translation>Vorderseite des Ausweises:</translation>
    </message>
    <message>
        <source>Back of the card:</source>
        <translation>Rückseite des Ausweises:</translation>
    </message>
    <message>
        <source>The QR code holds:</source>
        <translation>Der QR-Code enthält:</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Warnungen:</translation>
    </message>
    <message>
        <source>Export the wallet card</source>
        <translation>Notfallausweis exportieren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>The wallet card</source>
        <translation>Der Notfallausweis</translation>
    </message>
    <message>
        <source>Print the wallet card?</source>
        <translation>Den Notfallausweis drucken?</translation>
    </message>
    <message>
        <source>In the print dialog choose 100 % / actual size, never “fit to page”.</source>
        <translation>Wählen Sie im Druckdialog 100 % / tatsächliche Größe, niemals „An Seite anpassen“.</translation>
    </message>
    <message>
        <source>Choose printer…</source>
        <translation>Drucker wählen…</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Nicht gedruckt</translation>
    </message>
    <message>
        <source>The printer could not start.</source>
        <translation>Der Drucker konnte nicht starten.</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>Indolent systemic mastocytosis</source>
        <translation>Indolente systemische Mastozytose</translation>
    </message>
    <message>
        <source>The most common form. Most people with it have a normal life expectancy.</source>
        <translation>Die häufigste Form. Die meisten Menschen mit ihr haben eine normale Lebenserwartung.</translation>
    </message>
    <message>
        <source>Bone marrow mastocytosis</source>
        <translation>Knochenmarkmastozytose</translation>
    </message>
    <message>
        <source>Mast cells gather in the bone marrow without skin lesions, and tryptase is below 125 ng/mL. WHO 2022 counts it as a type of its own; ICC 2022 as a variant of ISM.</source>
        <translation>Mastzellen sammeln sich im Knochenmark, ohne Hautveränderungen, und die Tryptase liegt unter 125 ng/ml. Die WHO 2022 zählt sie als eigenen Typ, die ICC 2022 als Variante der ISM.</translation>
    </message>
    <message>
        <source>Smoldering systemic mastocytosis</source>
        <translation>Smoldering systemische Mastozytose</translation>
    </message>
    <message>
        <source>A form with a larger mast cell burden, shown by two or more so-called B-findings, for example a tryptase of 200 ng/mL or higher.</source>
        <translation>Eine Form mit größerer Mastzelllast, erkennbar an zwei oder mehr sogenannten B-Befunden, zum Beispiel einer Tryptase von 200 ng/ml oder mehr.</translation>
    </message>
    <message>
        <source>Systemic mastocytosis with an associated hematologic neoplasm</source>
        <translation>Systemische Mastozytose mit assoziierter hämatologischer Neoplasie</translation>
    </message>
    <message>
        <source>SM that occurs together with a second blood cancer; ICC 2022 calls it SM with an associated myeloid neoplasm. Roughly one person in five with SM has this form.</source>
        <translation>SM, die zusammen mit einer zweiten Blutkrebserkrankung auftritt; die ICC 2022 nennt sie SM mit assoziierter myeloischer Neoplasie. Etwa jede fünfte Person mit SM hat diese Form.</translation>
    </message>
    <message>
        <source>Aggressive systemic mastocytosis</source>
        <translation>Aggressive systemische Mastozytose</translation>
    </message>
    <message>
        <source>An advanced form in which mast cells harm organs, for example the bone marrow and the bones.</source>
        <translation>Eine fortgeschrittene Form, bei der Mastzellen Organe schädigen, zum Beispiel das Knochenmark und die Knochen.</translation>
    </message>
    <message>
        <source>Mast cell leukemia</source>
        <translation>Mastzellleukämie</translation>
    </message>
    <message>
        <source>A very rare, advanced form in which SM turns into a leukemia of mast cells.</source>
        <translation>Eine sehr seltene, fortgeschrittene Form, bei der die SM in eine Leukämie der Mastzellen übergeht.</translation>
    </message>
    <message>
        <source>Mast cell sarcoma</source>
        <translation>Mastzellsarkom</translation>
    </message>
    <message>
        <source>A very rare form in which abnormal mast cells grow as a tumour that invades the tissue around it.</source>
        <translation>Eine sehr seltene Form, bei der veränderte Mastzellen als Tumor wachsen, der in das umliegende Gewebe eindringt.</translation>
    </message>
    <message>
        <source>Cutaneous mastocytosis</source>
        <translation>Kutane Mastozytose</translation>
    </message>
    <message>
        <source>Mastocytosis limited to the skin: maculopapular CM (urticaria pigmentosa), diffuse CM or a mastocytoma. It is seen mostly in children.</source>
        <translation>Mastozytose, die auf die Haut beschränkt ist: makulopapulöse CM (Urticaria pigmentosa), diffuse CM oder ein Mastozytom. Sie kommt vor allem bei Kindern vor.</translation>
    </message>
    <message>
        <source>Systemic mastocytosis, subtype not yet known</source>
        <translation>Systemische Mastozytose, Subtyp noch nicht bekannt</translation>
    </message>
    <message>
        <source>Systemic mastocytosis whose subtype has not been determined yet.</source>
        <translation>Systemische Mastozytose, deren Subtyp noch nicht bestimmt wurde.</translation>
    </message>
    <message>
        <source>Tell the anesthesia team about your mastocytosis well before the day</source>
        <translation>Informieren Sie das Anästhesieteam rechtzeitig vor dem Tag über Ihre Mastozytose</translation>
    </message>
    <message>
        <source>Bring the pre-operative letter and two in-date epinephrine devices</source>
        <translation>Bringen Sie den Brief zur Operationsvorbereitung und zwei haltbare Adrenalin-Autoinjektoren mit</translation>
    </message>
    <message>
        <source>Ask the team to check the planned drugs against your avoid list</source>
        <translation>Bitten Sie das Team, die geplanten Arzneimittel mit Ihrer Liste der zu meidenden Stoffe abzugleichen</translation>
    </message>
    <message>
        <source>Bring the emergency plan signed by your physician</source>
        <translation>Bringen Sie den von Ihrer Ärztin oder Ihrem Arzt unterschriebenen Notfallplan mit</translation>
    </message>
    <message>
        <source>Ask your physician whether you need a premedication plan; bring it</source>
        <translation>Fragen Sie Ihre Ärztin oder Ihren Arzt, ob Sie einen Prämedikationsplan brauchen; bringen Sie ihn mit</translation>
    </message>
    <message>
        <source>Bring your health history, medications and drug allergies</source>
        <translation>Bringen Sie Ihre Krankengeschichte, Ihre Medikamente und Ihre Arzneimittelallergien mit</translation>
    </message>
    <message>
        <source>Bring your physicians&apos; contact details</source>
        <translation>Bringen Sie die Kontaktdaten Ihrer Ärztinnen und Ärzte mit</translation>
    </message>
    <message>
        <source>If a reaction occurs: tryptase within 1-2 hours, and a baseline later</source>
        <translation>Bei einer Reaktion: Tryptase innerhalb von 1–2 Stunden bestimmen lassen, später einen Basalwert</translation>
    </message>
    <message>
        <source>Wear medical-alert jewelry naming your condition and drugs to avoid</source>
        <translation>Tragen Sie einen Notfallschmuck (Armband, Anhänger) mit Ihrer Erkrankung und den zu meidenden Arzneimitteln</translation>
    </message>
    <message>
        <source>Carry two devices; if there is no improvement, the second is used 5 to 15 minutes after the first.</source>
        <translation>Tragen Sie zwei Autoinjektoren bei sich; tritt keine Besserung ein, wird der zweite 5 bis 15 Minuten nach dem ersten gegeben.</translation>
    </message>
    <message>
        <source>Check the expiry dates and replace each device before it expires.</source>
        <translation>Prüfen Sie die Haltbarkeitsdaten und ersetzen Sie jeden Autoinjektor, bevor er abläuft.</translation>
    </message>
    <message>
        <source>A new device typically carries a use-by date 12 to 18 months ahead.</source>
        <translation>Ein neuer Autoinjektor ist meist noch 12 bis 18 Monate haltbar.</translation>
    </message>
    <message>
        <source>An expiry printed as month and year means the last day of that month.</source>
        <translation>Ein Verfallsdatum aus Monat und Jahr meint den letzten Tag dieses Monats.</translation>
    </message>
    <message>
        <source>An expired device still holds most of its drug: if it is the only one at hand, it should still be used.</source>
        <translation>Ein abgelaufener Autoinjektor enthält noch den größten Teil seines Wirkstoffs: Ist er der einzige zur Hand, sollte er trotzdem verwendet werden.</translation>
    </message>
    <message>
        <source>UK: Emerade 0.3 mg and 0.5 mg pens were recalled from patients in May 2023 (MHRA, NatPSA/2023/004); the 0.15 mg pen in March 2020. Ask a pharmacist for a replacement device.</source>
        <translation>Vereinigtes Königreich: Emerade-Pens mit 0,3 mg und 0,5 mg wurden im Mai 2023 bei Patientinnen und Patienten zurückgerufen (MHRA, NatPSA/2023/004), der 0,15-mg-Pen im März 2020. Fragen Sie in der Apotheke nach einem Ersatz.</translation>
    </message>
    <message>
        <source>ACE inhibitors</source>
        <translation>ACE-Hemmer</translation>
    </message>
    <message>
        <source>Alcohol</source>
        <translation>Alkohol</translation>
    </message>
    <message>
        <source>Antibiotics</source>
        <translation>Antibiotika</translation>
    </message>
    <message>
        <source>Antiseptics</source>
        <translation>Antiseptika</translation>
    </message>
    <message>
        <source>Beta-blockers</source>
        <translation>Betablocker</translation>
    </message>
    <message>
        <source>Hypnotics</source>
        <translation>Schlafmittel (Hypnotika)</translation>
    </message>
    <message>
        <source>Insect venom</source>
        <translation>Insektengift</translation>
    </message>
    <message>
        <source>Local anaesthetics</source>
        <translation>Lokalanästhetika</translation>
    </message>
    <message>
        <source>Neuromuscular blockers</source>
        <translation>Muskelrelaxanzien (neuromuskuläre Blocker)</translation>
    </message>
    <message>
        <source>NSAIDs and aspirin</source>
        <translation>NSAR und Acetylsalicylsäure (Aspirin)</translation>
    </message>
    <message>
        <source>Opioids</source>
        <translation>Opioide</translation>
    </message>
    <message>
        <source>Pain relief other than NSAIDs</source>
        <translation>Schmerzmittel außer NSAR</translation>
    </message>
    <message>
        <source>Plasma expanders</source>
        <translation>Plasmaersatzmittel</translation>
    </message>
    <message>
        <source>Radiocontrast media</source>
        <translation>Röntgenkontrastmittel</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>What your record says against itself and the catalog. Double-click a line or press Enter to go to the field. Nothing is changed for you. Finding nothing does not mean that any drug is safe.</source>
        <translation>Widersprüche in Ihrer Akte und Abweichungen vom Katalog. Doppelklicken Sie auf eine Zeile oder drücken Sie die Eingabetaste, um zum Feld zu gelangen. Es wird nichts für Sie geändert. Wenn nichts gefunden wird, heißt das nicht, dass ein Arzneimittel sicher ist.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Recalled product</source>
        <translation>Zurückgerufenes Produkt</translation>
    </message>
    <message>
        <source>Fewer than two in-date devices</source>
        <translation>Weniger als zwei haltbare Autoinjektoren</translation>
    </message>
    <message>
        <source>Fewer than two in-date devices at a place</source>
        <translation>Weniger als zwei haltbare Autoinjektoren an einem Ort</translation>
    </message>
    <message>
        <source>Device out of date</source>
        <translation>Autoinjektor abgelaufen</translation>
    </message>
    <message>
        <source>Expiry date far ahead</source>
        <translation>Verfallsdatum weit in der Zukunft</translation>
    </message>
    <message>
        <source>Device out of date before a procedure</source>
        <translation>Autoinjektor läuft vor einem Eingriff ab</translation>
    </message>
    <message>
        <source>Dose the product is not made in</source>
        <translation>Dosis, in der das Produkt nicht hergestellt wird</translation>
    </message>
    <message>
        <source>Product not in the catalog</source>
        <translation>Produkt nicht im Katalog</translation>
    </message>
    <message>
        <source>No diagnosis</source>
        <translation>Keine Diagnose</translation>
    </message>
    <message>
        <source>No emergency contact</source>
        <translation>Kein Notfallkontakt</translation>
    </message>
    <message>
        <source>Number without country code</source>
        <translation>Nummer ohne Landesvorwahl</translation>
    </message>
    <message>
        <source>Both to avoid and tolerated</source>
        <translation>Sowohl zu meiden als auch vertragen</translation>
    </message>
    <message>
        <source>Medication matches the avoid list</source>
        <translation>Medikament steht auf der Liste der zu meidenden Stoffe</translation>
    </message>
    <message>
        <source>Beta-blocker</source>
        <translation>Betablocker</translation>
    </message>
    <message>
        <source>ACE inhibitor</source>
        <translation>ACE-Hemmer</translation>
    </message>
    <message>
        <source>{device} was recalled: {recall}</source>
        <translation>{device} wurde zurückgerufen: {recall}</translation>
    </message>
    <message>
        <source>{device} is in date until {date}, more than {years} years away. Check the year against the date printed on the device: a slip would keep its reminders silent.</source>
        <translation>{device} ist haltbar bis {date}, mehr als {years} Jahre von heute. Vergleichen Sie das Jahr mit dem auf dem Gerät aufgedruckten Datum: Ein Tippfehler hielte seine Erinnerungen stumm.</translation>
    </message>
    <message>
        <source>{contact}: {phone} has no country code. Written with + and the country code, it connects from abroad and from any phone.</source>
        <translation>{contact}: {phone} hat keine Landesvorwahl. Mit + und der Landesvorwahl geschrieben, ist die Nummer auch aus dem Ausland und von jedem Telefon erreichbar.</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s):</source>
        <translation>
            <numerusform>%n Befund:</numerusform>
            <numerusform>%n Befunde:</numerusform>
        </translation>
    </message>
    <message>
        <source>{device} is out of date (last day in date: {date}).</source>
        <translation>{device} ist abgelaufen (haltbar bis: {date}).</translation>
    </message>
    <message>
        <source>{device} is in date only until {date}, before {procedure} on {planned}.</source>
        <translation>{device} ist nur bis {date} haltbar, also vor {procedure} am {planned}.</translation>
    </message>
    <message>
        <source>{device}: the catalog does not know this product, so its route and doses cannot be checked.</source>
        <translation>{device}: Der Katalog kennt dieses Produkt nicht, daher können Anwendungsweg und Dosen nicht geprüft werden.</translation>
    </message>
    <message>
        <source>{device}: {product} is made in {doses} mg only. Check the dose on the device&apos;s label.</source>
        <translation>{device}: {product} wird nur mit {doses} mg hergestellt. Prüfen Sie die Dosis auf dem Etikett des Autoinjektors.</translation>
    </message>
    <message>
        <source>No diagnosis (subtype) recorded.</source>
        <translation>Keine Diagnose (Subtyp) erfasst.</translation>
    </message>
    <message>
        <source>No emergency contact recorded.</source>
        <translation>Kein Notfallkontakt erfasst.</translation>
    </message>
    <message>
        <source>{agent} is both tolerated (entry {entry}) and to avoid ({avoided}, entry {avoided_entry}).</source>
        <translation>{agent} ist zugleich als verträglich (Eintrag {entry}) und als zu meiden ({avoided}, Eintrag {avoided_entry}) erfasst.</translation>
    </message>
    <message>
        <source>{agent} is tolerated (entry {entry}), yet the catalog lists {member} among {avoided}, to avoid (entry {avoided_entry}).</source>
        <translation>{agent} ist als verträglich erfasst (Eintrag {entry}), doch der Katalog führt {member} unter {avoided}, die zu meiden sind (Eintrag {avoided_entry}).</translation>
    </message>
    <message>
        <source>The medication {agent} looks like a beta-blocker, and {avoided} is on the avoid list (entry {avoided_entry}).</source>
        <translation>Das Medikament {agent} scheint ein Betablocker zu sein, und {avoided} steht auf der Liste der zu meidenden Stoffe (Eintrag {avoided_entry}).</translation>
    </message>
    <message>
        <source>The medication {agent} looks like an ACE inhibitor, and {avoided} is on the avoid list (entry {avoided_entry}).</source>
        <translation>Das Medikament {agent} scheint ein ACE-Hemmer zu sein, und {avoided} steht auf der Liste der zu meidenden Stoffe (Eintrag {avoided_entry}).</translation>
    </message>
    <message>
        <source>The medication {agent} matches {avoided} on the avoid list (entry {avoided_entry}).</source>
        <translation>Das Medikament {agent} entspricht {avoided} auf der Liste der zu meidenden Stoffe (Eintrag {avoided_entry}).</translation>
    </message>
    <message>
        <source>The medication {agent}: the catalog lists {member} among {avoided}, on the avoid list (entry {avoided_entry}).</source>
        <translation>Das Medikament {agent}: Der Katalog führt {member} unter {avoided}, auf der Liste der zu meidenden Stoffe (Eintrag {avoided_entry}).</translation>
    </message>
    <message>
        <source>The medication {agent} looks like a beta-blocker: for your physician to review.</source>
        <translation>Das Medikament {agent} scheint ein Betablocker zu sein: zur Prüfung durch Ihre Ärztin oder Ihren Arzt.</translation>
    </message>
    <message>
        <source>The medication {agent} looks like an ACE inhibitor: for your physician to review.</source>
        <translation>Das Medikament {agent} scheint ein ACE-Hemmer zu sein: zur Prüfung durch Ihre Ärztin oder Ihren Arzt.</translation>
    </message>
    <message>
        <source>Double-click or press Enter to go to the field</source>
        <translation>Doppelklicken oder Eingabetaste drücken, um zum Feld zu gelangen</translation>
    </message>
    <message>
        <source>No record yet.</source>
        <translation>Noch keine Akte.</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Nichts gefunden.</translation>
    </message>
</context>
<context>
    <name>DatePicker</name>
    <message>
        <source>Calendar…</source>
        <translation>Kalender…</translation>
    </message>
    <message>
        <source>Pick a date from a calendar</source>
        <translation>Datum aus einem Kalender wählen</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
</context>
<context>
    <name>Devices</name>
    <message>
        <source>No epinephrine device in date: carry two.</source>
        <translation>Kein haltbarer Adrenalin-Autoinjektor: Tragen Sie zwei bei sich.</translation>
    </message>
    <message>
        <source>Only one epinephrine device in date: carry two.</source>
        <translation>Nur ein haltbarer Adrenalin-Autoinjektor: Tragen Sie zwei bei sich.</translation>
    </message>
    <message>
        <source>No epinephrine device in date at {place}: carry two there.</source>
        <translation>Kein haltbarer Adrenalin-Autoinjektor am Ort {place}: Halten Sie dort zwei bereit.</translation>
    </message>
    <message>
        <source>Only one epinephrine device in date at {place}: carry two there.</source>
        <translation>Nur ein haltbarer Adrenalin-Autoinjektor am Ort {place}: Halten Sie dort zwei bereit.</translation>
    </message>
    <message>
        <source>No device in date.</source>
        <translation>Kein haltbarer Autoinjektor.</translation>
    </message>
    <message>
        <source>Only one device in date.</source>
        <translation>Nur ein haltbarer Autoinjektor.</translation>
    </message>
</context>
<context>
    <name>DiagnosisPage</name>
    <message>
        <source>&lt;h2&gt;Diagnosis&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Diagnose&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>— not recorded —</source>
        <translation>— nicht erfasst —</translation>
    </message>
    <message>
        <source>Subtype</source>
        <translation>Subtyp</translation>
    </message>
    <message>
        <source>Diagnosed on</source>
        <translation>Diagnostiziert am</translation>
    </message>
    <message>
        <source>Baseline tryptase (ng/mL)</source>
        <translation>Basale Tryptase (ng/ml)</translation>
    </message>
    <message>
        <source>e.g. 38.5</source>
        <translation>z. B. 38,5</translation>
    </message>
    <message>
        <source>Tryptase measured on</source>
        <translation>Tryptase gemessen am</translation>
    </message>
    <message>
        <source>03/2019 or 14.03.2019</source>
        <translation>03/2019 oder 14.03.2019</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>positiv</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>negativ</translation>
    </message>
    <message>
        <source>unknown / not tested</source>
        <translation>unbekannt / nicht getestet</translation>
    </message>
    <message>
        <source>KIT D816V</source>
        <translation>KIT D816V</translation>
    </message>
    <message>
        <source>yes, anaphylaxis before</source>
        <translation>ja, schon eine Anaphylaxie gehabt</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>History of anaphylaxis</source>
        <translation>Frühere Anaphylaxie</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>EditHistory</name>
    <message>
        <source>edit of {name}</source>
        <translation>Änderung an {name}</translation>
    </message>
    <message>
        <source>deletion of {name}</source>
        <translation>Löschen von {name}</translation>
    </message>
</context>
<context>
    <name>ExportedDialog</name>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>{what} saved to:</source>
        <translation>{what} wurde gespeichert unter:</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Im Ordner anzeigen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <source>&quot;{text}&quot;</source>
        <comment>quotation marks around a value the person typed</comment>
        <translation>„{text}“</translation>
    </message>
    <message>
        <source>a number too large to show</source>
        <translation>eine zu große Zahl, um sie anzuzeigen</translation>
    </message>
    <message>
        <source>{label} is required</source>
        <translation>{label} ist erforderlich</translation>
    </message>
    <message>
        <source>{label} is longer than {limit} characters</source>
        <translation>{label} ist länger als {limit} Zeichen</translation>
    </message>
    <message>
        <source>{label} holds more than {limit} entries</source>
        <translation>{label} enthält mehr als {limit} Einträge</translation>
    </message>
    <message>
        <source>{label} {value} is not text</source>
        <translation>{label} {value} ist kein Text</translation>
    </message>
    <message>
        <source>{label} {value} contains an invalid character</source>
        <translation>{label} {value} enthält ein ungültiges Zeichen</translation>
    </message>
    <message>
        <source>{label} must not be empty</source>
        <translation>{label} darf nicht leer sein</translation>
    </message>
    <message>
        <source>{label} holds only invisible characters</source>
        <translation>{label} enthält nur unsichtbare Zeichen</translation>
    </message>
    <message>
        <source>{label} {value} contains a control character</source>
        <translation>{label} {value} enthält ein Steuerzeichen</translation>
    </message>
    <message>
        <source>{label} {value} contains a line break or control character</source>
        <translation>{label} {value} enthält einen Zeilenumbruch oder ein Steuerzeichen</translation>
    </message>
    <message>
        <source>{label} {value} contains a bidirectional override character</source>
        <translation>{label} {value} enthält ein Zeichen, das die Schreibrichtung überschreibt</translation>
    </message>
    <message>
        <source>{label} {value} is not a phone number (digits, spaces, + - ( ) and an optional extension such as &quot;ext. 12&quot;)</source>
        <translation>{label} {value} ist keine Telefonnummer (Ziffern, Leerzeichen, + - ( ) und wahlweise eine Durchwahl wie „ext. 12“)</translation>
    </message>
    <message>
        <source>{label} {value} has fewer than {minimum} digits</source>
        <translation>{label} {value} hat weniger als {minimum} Ziffern</translation>
    </message>
    <message>
        <source>{label} {value} is not a date</source>
        <translation>{label} {value} ist kein Datum</translation>
    </message>
    <message>
        <source>{label} {value} is not a date (YYYY-MM-DD)</source>
        <translation>{label} {value} ist kein Datum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>{label} {value} is not a date (YYYY-MM-DD or YYYY-MM)</source>
        <translation>{label} {value} ist kein Datum (JJJJ-MM-TT oder JJJJ-MM)</translation>
    </message>
    <message>
        <source>{label} {value} is not a date (e.g. 2027-03-31 or 31.03.2027)</source>
        <translation>{label} {value} ist kein Datum (z. B. 2027-03-31 oder 31.03.2027)</translation>
    </message>
    <message>
        <source>{label} {value} is not a date (e.g. 2027-03-31, 31.03.2027, or 03/2027 for a month)</source>
        <translation>{label} {value} ist kein Datum (z. B. 2027-03-31, 31.03.2027 oder 03/2027 für einen Monat)</translation>
    </message>
    <message>
        <source>{label} {value} is in the future</source>
        <translation>{label} {value} liegt in der Zukunft</translation>
    </message>
    <message>
        <source>{label} {value} is not a number</source>
        <translation>{label} {value} ist keine Zahl</translation>
    </message>
    <message>
        <source>{label} {value} is too large</source>
        <translation>{label} {value} ist zu groß</translation>
    </message>
    <message>
        <source>{label} {value} must be greater than {limit}</source>
        <translation>{label} {value} muss größer als {limit} sein</translation>
    </message>
    <message>
        <source>{label} {value} must be at least {limit}</source>
        <translation>{label} {value} muss mindestens {limit} sein</translation>
    </message>
    <message>
        <source>{label} {value} must be less than {limit}</source>
        <translation>{label} {value} muss kleiner als {limit} sein</translation>
    </message>
    <message>
        <source>{label} {value} must be at most {limit}</source>
        <translation>{label} {value} darf höchstens {limit} sein</translation>
    </message>
    <message>
        <source>{label} {value} is not a whole number of minutes</source>
        <translation>{label} {value} ist keine ganze Zahl von Minuten</translation>
    </message>
    <message>
        <source>{label} {value} must be from {low} to {high} minutes</source>
        <translation>{label} {value} muss zwischen {low} und {high} Minuten liegen</translation>
    </message>
    <message>
        <source>{label} {value} is not a time before the procedure (e.g. &quot;24 h&quot;, &quot;30 min&quot;)</source>
        <translation>{label} {value} ist keine Zeit vor dem Eingriff (z. B. „24 h“, „30 min“)</translation>
    </message>
    <message>
        <source>{label} {value} must be whole minutes</source>
        <translation>{label} {value} muss ganze Minuten ergeben</translation>
    </message>
    <message>
        <source>{label} {value} must be at most {days} days before</source>
        <translation>{label} {value} darf höchstens {days} Tage vorher liegen</translation>
    </message>
    <message>
        <source>{label} {value} is not a time (HH:MM, 24-hour)</source>
        <translation>{label} {value} ist keine Uhrzeit (HH:MM, 24 Stunden)</translation>
    </message>
    <message>
        <source>{label} {value} is not a time (e.g. 08:30, 8.30 or 2:15 pm)</source>
        <translation>{label} {value} ist keine Uhrzeit (z. B. 08:30, 8.30 oder 14:15)</translation>
    </message>
    <message>
        <source>{label} {value} is not true or false</source>
        <translation>{label} {value} ist weder wahr noch falsch</translation>
    </message>
    <message>
        <source>{label} {value} is not one of {choices}</source>
        <translation>{label} {value} ist keiner dieser Werte: {choices}</translation>
    </message>
    <message>
        <source>{label} {value} is not a language tag (e.g. en, de, pt-BR)</source>
        <translation>{label} {value} ist kein Sprachkürzel (z. B. en, de, pt-BR)</translation>
    </message>
</context>
<context>
    <name>InjectorDialog</name>
    <message>
        <source>Disposed of (out of date, damaged or lost)</source>
        <translation>Entsorgt (abgelaufen, beschädigt oder verloren)</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Benutzt</translation>
    </message>
    <message>
        <source>The device it replaces</source>
        <translation>Der Autoinjektor, den er ersetzt</translation>
    </message>
    <message>
        <source>The one it replaces</source>
        <translation>Der ersetzte</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Verfallsdatum</translation>
    </message>
    <message>
        <source>As printed on the device, e.g. 08/2027 or 31.08.2027</source>
        <translation>Wie auf dem Gerät aufgedruckt, z. B. 08/2027 oder 31.08.2027</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Charge</translation>
    </message>
    <message>
        <source>e.g. handbag, school office</source>
        <translation>z. B. Handtasche, Schulsekretariat</translation>
    </message>
    <message>
        <source>Kept in</source>
        <translation>Aufbewahrt in</translation>
    </message>
    <message>
        <source>Save device</source>
        <translation>Autoinjektor speichern</translation>
    </message>
    <message>
        <source>Product: is required</source>
        <translation>Produkt: ist erforderlich</translation>
    </message>
</context>
<context>
    <name>InjectorsPage</name>
    <message>
        <source>I replaced it: the new device</source>
        <translation>Ersetzt: der neue Autoinjektor</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Epinephrine devices&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Adrenalin-Autoinjektoren&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>In date until</source>
        <translation>Haltbar bis</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Verbleibende Tage</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Charge</translation>
    </message>
    <message>
        <source>Kept in</source>
        <translation>Aufbewahrt in</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message numerus="yes">
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag abgelaufen</numerusform>
            <numerusform>vor %n Tagen abgelaufen</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark used</source>
        <translation>Als benutzt markieren</translation>
    </message>
    <message>
        <source>I replaced it…</source>
        <translation>Ich habe ihn ersetzt…</translation>
    </message>
    <message>
        <source>Already in the list?</source>
        <translation>Schon in der Liste?</translation>
    </message>
    <message>
        <source>It is the one in the list</source>
        <translation>Es ist das Gerät in der Liste</translation>
    </message>
    <message>
        <source>Record a second device</source>
        <translation>Als zweites Gerät erfassen</translation>
    </message>
    <message>
        <source>{device}, lot {lot}, in date until {date}, is already in the list. Is it the same pen? (Two pens from one pack share their lot and date.)</source>
        <translation>{device}, Charge {lot}, haltbar bis {date}, ist schon in der Liste. Ist es derselbe Pen? (Zwei Pens aus einer Packung haben dieselbe Charge und dasselbe Datum.)</translation>
    </message>
    <message>
        <source>Devices in use</source>
        <translation>Autoinjektoren in Gebrauch</translation>
    </message>
    <message>
        <source>Mark as used…</source>
        <translation>Als benutzt markieren…</translation>
    </message>
    <message>
        <source>Export to calendar…</source>
        <translation>In Kalender exportieren…</translation>
    </message>
    <message>
        <source>&lt;b&gt;History&lt;/b&gt; (used, disposed and replaced devices)</source>
        <translation>&lt;b&gt;Verlauf&lt;/b&gt; (benutzte, entsorgte und ersetzte Autoinjektoren)</translation>
    </message>
    <message>
        <source>Device history</source>
        <translation>Verlauf der Autoinjektoren</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <source>Replaced by</source>
        <translation>Ersetzt durch</translation>
    </message>
    <message>
        <source>In date</source>
        <translation>Haltbar</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Läuft bald ab</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>expired today</source>
        <translation>heute abgelaufen</translation>
    </message>
    <message>
        <source>last day</source>
        <translation>letzter Tag</translation>
    </message>
    <message numerus="yes">
        <source>Replace the expired device(s).</source>
        <translation>
            <numerusform>Ersetzen Sie den abgelaufenen Autoinjektor.</numerusform>
            <numerusform>Ersetzen Sie die %n abgelaufenen Autoinjektoren.</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} in-date devices.</source>
        <translation>{count} haltbare Autoinjektoren.</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Benutzt</translation>
    </message>
    <message>
        <source>Disposed</source>
        <translation>Entsorgt</translation>
    </message>
    <message>
        <source>{product}, in date until {date}</source>
        <translation>{product}, haltbar bis {date}</translation>
    </message>
    <message>
        <source>The devices changed since the calendar file was exported on {date}: export to calendar again and import the new file, so your phone&apos;s calendar drops the old reminders and adds the new ones.</source>
        <translation>Die Autoinjektoren haben sich geändert, seit die Kalenderdatei am {date} exportiert wurde: Exportieren Sie sie erneut in den Kalender und importieren Sie die neue Datei, damit der Kalender Ihres Telefons die alten Erinnerungen löscht und die neuen hinzufügt.</translation>
    </message>
    <message>
        <source>Add a device</source>
        <translation>Autoinjektor hinzufügen</translation>
    </message>
    <message>
        <source>Edit device</source>
        <translation>Autoinjektor bearbeiten</translation>
    </message>
    <message>
        <source>Mark {device} as used? It moves to the history (Edit &gt; Undo brings it back).</source>
        <translation>{device} als benutzt markieren? Er wird in den Verlauf verschoben (Bearbeiten &gt; Rückgängig holt ihn zurück).</translation>
    </message>
    <message>
        <source>Mark {device} as used</source>
        <translation>{device} als benutzt markieren</translation>
    </message>
    <message>
        <source>{device} is in the history now. If it was used in a reaction, record what happened on the Reactions page for your physicians.</source>
        <translation>{device} steht jetzt im Verlauf. Wurde er bei einer Reaktion verwendet, halten Sie auf der Seite „Reaktionen“ fest, was geschah, für Ihre Ärztinnen und Ärzte.</translation>
    </message>
    <message>
        <source>Get a new device for {place}.</source>
        <translation>Besorgen Sie einen neuen Autoinjektor für {place}.</translation>
    </message>
    <message>
        <source>Get a new device.</source>
        <translation>Besorgen Sie einen neuen Autoinjektor.</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>Griechisch</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Spanisch</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Französisch</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italienisch</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Japanisch</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Niederländisch</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Polnisch</translation>
    </message>
    <message>
        <source>Portuguese (Portugal)</source>
        <translation>Portugiesisch (Portugal)</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>Türkisch</translation>
    </message>
    <message>
        <source>Chinese (Simplified)</source>
        <translation>Chinesisch (vereinfacht)</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>Avoid</source>
        <translation>Meiden</translation>
    </message>
    <message>
        <source>Caution</source>
        <translation>Vorsicht</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Browse by group</source>
        <translation>Nach Gruppe durchsuchen</translation>
    </message>
    <message>
        <source>Browse suggestions by group</source>
        <translation>Vorschläge nach Gruppe durchsuchen</translation>
    </message>
    <message>
        <source>To change an entry, double-click its cell (or select it and press F2).</source>
        <translation>Um einen Eintrag zu ändern, doppelklicken Sie auf seine Zelle (oder wählen Sie sie aus und drücken Sie F2).</translation>
    </message>
    <message>
        <source>Edit cell</source>
        <translation>Zelle bearbeiten</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Remove entry</source>
        <translation>Eintrag entfernen</translation>
    </message>
    <message>
        <source>Catalog entry {id!r} is not in this version of the catalog.</source>
        <translation>Der Katalogeintrag {id!r} ist in dieser Version des Katalogs nicht enthalten.</translation>
    </message>
    <message>
        <source>Catalog: {name} — {note}
Sources: {sources}</source>
        <translation>Katalog: {name} — {note}
Quellen: {sources}</translation>
    </message>
    <message>
        <source>Reaction log: reaction recorded {dates}</source>
        <translation>Reaktionsprotokoll: Reaktion erfasst am {dates}</translation>
    </message>
    <message>
        <source>Reaction log: reactions recorded {dates}</source>
        <translation>Reaktionsprotokoll: Reaktionen erfasst am {dates}</translation>
    </message>
    <message>
        <source>Listed twice: remove one of them.</source>
        <translation>Doppelt aufgeführt: Entfernen Sie einen der Einträge.</translation>
    </message>
    <message>
        <source>Listed twice: {names}.</source>
        <translation>Doppelt aufgeführt: {names}.</translation>
    </message>
    <message>
        <source>{value} is already in the list.</source>
        <translation>{value} steht bereits in der Liste.</translation>
    </message>
    <message>
        <source>Drugs and agents to avoid</source>
        <translation>Zu meidende Arzneimittel und Stoffe</translation>
    </message>
    <message>
        <source>What you and your physician decided to avoid, most important first: the first entries appear on the front of the card. Suggestions come from the catalog with their sources; tolerance is individual.</source>
        <translation>Was Sie und Ihre Ärztin oder Ihr Arzt zu meiden beschlossen haben, das Wichtigste zuerst: Die ersten Einträge erscheinen auf der Vorderseite des Ausweises. Vorschläge stammen aus dem Katalog, mit ihren Quellen; die Verträglichkeit ist individuell.</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Stoff</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Reaction seen</source>
        <translation>Beobachtete Reaktion</translation>
    </message>
    <message>
        <source>Noted on</source>
        <translation>Notiert am</translation>
    </message>
    <message>
        <source>Remove agent</source>
        <translation>Stoff entfernen</translation>
    </message>
    <message>
        <source>Tolerated agents</source>
        <translation>Vertragene Stoffe</translation>
    </message>
    <message>
        <source>Agents you have received without a reaction (for example a previous anaesthetic). A record of your history, not a statement that they are safe.</source>
        <translation>Stoffe, die Sie ohne Reaktion erhalten haben (zum Beispiel bei einer früheren Narkose). Ein Eintrag Ihrer Vorgeschichte, keine Aussage, dass sie sicher sind.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Current medications</source>
        <translation>Aktuelle Medikamente</translation>
    </message>
    <message>
        <source>What you take now, as prescribed.</source>
        <translation>Was Sie derzeit einnehmen, wie verordnet.</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medikament</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Einnahme</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Wofür</translation>
    </message>
    <message>
        <source>Remove medication</source>
        <translation>Medikament entfernen</translation>
    </message>
    <message>
        <source>Emergency contacts</source>
        <translation>Notfallkontakte</translation>
    </message>
    <message>
        <source>Who to call in an emergency. The first contact appears on the front of the card.</source>
        <translation>Wer im Notfall angerufen werden soll. Der erste Kontakt erscheint auf der Vorderseite des Ausweises.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>Kontakt entfernen</translation>
    </message>
    <message>
        <source>Clinicians</source>
        <translation>Ärztinnen und Ärzte</translation>
    </message>
    <message>
        <source>Your treating physicians. The first appears on the card.</source>
        <translation>Ihre behandelnden Ärztinnen und Ärzte. Der erste Eintrag erscheint auf dem Ausweis.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Einrichtung</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Remove clinician</source>
        <translation>Ärztin/Arzt entfernen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>Avoid</source>
        <translation>Zu meiden</translation>
    </message>
    <message>
        <source>Tolerated</source>
        <translation>Vertragen</translation>
    </message>
    <message>
        <source>Medications</source>
        <translation>Medikamente</translation>
    </message>
    <message>
        <source>Injectors</source>
        <translation>Autoinjektoren</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Clinicians</source>
        <translation>Ärztinnen und Ärzte</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>Reaktionen</translation>
    </message>
    <message>
        <source>Physician&apos;s plans</source>
        <translation>Ärztliche Pläne</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Wallet card</source>
        <translation>Notfallausweis</translation>
    </message>
    <message>
        <source>Surgery</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>Phone and action plan</source>
        <translation>Telefon und Notfallplan</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Reisen</translation>
    </message>
    <message>
        <source>Reminder settings</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>sm-card — mastocytosis record</source>
        <translation>sm-card — Mastozytose-Akte</translation>
    </message>
    <message>
        <source> (demo: changes are not kept)</source>
        <translation> (Demo: Änderungen werden nicht behalten)</translation>
    </message>
    <message>
        <source>Demo record in a temporary folder: nothing you change here touches your own data.</source>
        <translation>Demo-Akte in einem temporären Ordner: Was Sie hier ändern, berührt Ihre eigenen Daten nicht.</translation>
    </message>
    <message>
        <source>Sections of the record</source>
        <translation>Abschnitte der Akte</translation>
    </message>
    <message>
        <source>No record yet. Create a profile for yourself or a family member, or import a file exported from sm-card.</source>
        <translation>Noch keine Akte. Legen Sie ein Profil für sich oder ein Familienmitglied an oder importieren Sie eine aus sm-card exportierte Datei.</translation>
    </message>
    <message>
        <source>New profile…</source>
        <translation>Neues Profil…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Profile: </source>
        <translation>Profil: </translation>
    </message>
    <message>
        <source>Delete profile…</source>
        <translation>Profil löschen…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Profil</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <source>Name of the person (e.g. a child in the family):</source>
        <translation>Name der Person (z. B. ein Kind in der Familie):</translation>
    </message>
    <message>
        <source>A profile with this name exists already.</source>
        <translation>Ein Profil mit diesem Namen gibt es bereits.</translation>
    </message>
    <message>
        <source>Delete the whole record of {name}? Edit &gt; Undo brings it back while the app stays open; export it first if you may need it later.</source>
        <translation>Die gesamte Akte von {name} löschen? Bearbeiten &gt; Rückgängig holt sie zurück, solange die App geöffnet bleibt; exportieren Sie sie vorher, wenn Sie sie später noch brauchen könnten.</translation>
    </message>
    <message>
        <source>Delete {name}&apos;s profile</source>
        <translation>Profil von {name} löschen</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <source>Rename profile</source>
        <translation>Profil umbenennen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <source>Import a record</source>
        <translation>Akte importieren</translation>
    </message>
    <message>
        <source>sm-card files (*.json *.enc);;All files (*)</source>
        <translation>sm-card-Dateien (*.json *.enc);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>This file is encrypted. Passphrase:</source>
        <translation>Diese Datei ist verschlüsselt. Passphrase:</translation>
    </message>
    <message>
        <source>Nothing was imported.

{error}</source>
        <translation>Es wurde nichts importiert.

{error}</translation>
    </message>
    <message>
        <source>This replaces the current record of: {names}. A copy of the store is put in the backups folder first; Edit &gt; Undo does not undo an import.</source>
        <translation>Dies ersetzt die aktuelle Akte von: {names}. Zuvor wird eine Kopie des Datenspeichers im Sicherungsordner abgelegt; Bearbeiten &gt; Rückgängig macht einen Import nicht rückgängig.</translation>
    </message>
    <message>
        <source>Replace the record of {names}</source>
        <translation>Akte von {names} ersetzen</translation>
    </message>
    <message>
        <source>Encrypted sm-card files (*.enc)</source>
        <translation>Verschlüsselte sm-card-Dateien (*.enc)</translation>
    </message>
    <message>
        <source>sm-card files (*.json)</source>
        <translation>sm-card-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Export the record</source>
        <translation>Akte exportieren</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>Nicht gespeichert: {error}</translation>
    </message>
    <message>
        <source>The encrypted record</source>
        <translation>Die verschlüsselte Akte</translation>
    </message>
    <message>
        <source>The record</source>
        <translation>Die Akte</translation>
    </message>
    <message>
        <source>Not in this file: the app&apos;s settings (reminder days, paper, an emergency number set for a profile) and your corrected travel translations. The backups in the data folder keep them.</source>
        <translation>Nicht in dieser Datei: die Einstellungen der App (Erinnerungstage, Papier, eine für ein Profil gewählte Notrufnummer) und Ihre korrigierten Reise-Übersetzungen. Die Sicherungen im Datenordner enthalten sie.</translation>
    </message>
    <message>
        <source>Your last change was NOT saved; the record on disk is as it was before. {message}</source>
        <translation>Ihre letzte Änderung wurde NICHT gespeichert; die Akte auf dem Datenträger ist unverändert. {message}</translation>
    </message>
    <message>
        <source>The record was changed by another sm-card program; this window shows it now.</source>
        <translation>Die Akte wurde von einem anderen sm-card-Programm geändert; dieses Fenster zeigt jetzt den neuen Stand.</translation>
    </message>
    <message>
        <source>Your edit was kept where both changed it: {fields}.</source>
        <translation>Wo beide geändert haben, wurde Ihre Änderung behalten: {fields}.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&lt;p&gt;&lt;b&gt;sm-card&lt;/b&gt; {version}&lt;/p&gt;&lt;p&gt;The record, wallet card, injector reminders and letters for people with systemic mastocytosis.&lt;/p&gt;&lt;p&gt;sm-card records what you and your physician decided; it does not give medical advice.&lt;/p&gt;&lt;p&gt;Private and offline: your record stays on this computer.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;sm-card&lt;/b&gt; {version}&lt;/p&gt;&lt;p&gt;Akte, Notfallausweis, Erinnerungen an Autoinjektoren und Briefe für Menschen mit systemischer Mastozytose.&lt;/p&gt;&lt;p&gt;sm-card hält fest, was Sie und Ihre Ärztin oder Ihr Arzt entschieden haben; es gibt keinen medizinischen Rat.&lt;/p&gt;&lt;p&gt;Privat und offline: Ihre Akte bleibt auf diesem Computer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Export card &amp;PDF…</source>
        <translation>Ausweis als &amp;PDF exportieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
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
        <source>&amp;New profile…</source>
        <translation>&amp;Neues Profil…</translation>
    </message>
    <message>
        <source>&amp;Rename profile…</source>
        <translation>Profil &amp;umbenennen…</translation>
    </message>
    <message>
        <source>&amp;Delete profile…</source>
        <translation>Profil &amp;löschen…</translation>
    </message>
    <message>
        <source>&amp;Emergency number for this profile…</source>
        <translation>Not&amp;rufnummer für dieses Profil…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Nächste Seite</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Vorige Seite</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About sm-card</source>
        <translation>&amp;Über sm-card</translation>
    </message>
    <message>
        <source>P&amp;rint card…</source>
        <translation>Ausweis &amp;drucken…</translation>
    </message>
    <message>
        <source>About sm-card</source>
        <translation>Über sm-card</translation>
    </message>
    <message>
        <source>&amp;Undo {what}</source>
        <translation>&amp;Rückgängig: {what}</translation>
    </message>
    <message>
        <source>&amp;Redo {what}</source>
        <translation>&amp;Wiederholen: {what}</translation>
    </message>
</context>
<context>
    <name>OutputWarnings</name>
    <message>
        <source>no installed font can draw {chars}; it prints as a box (install a font for this script, e.g. Debian&apos;s fonts-noto-core)</source>
        <translation>keine installierte Schrift kann {chars} darstellen; es wird als Kästchen gedruckt (installieren Sie eine Schrift für diese Schrift, z. B. Debians fonts-noto-core)</translation>
    </message>
    <message>
        <source>{script} text ({chars}) cannot be shaped: the font that has it ({family}) has no OpenType layout for {script}, so it would print misspelled (install Debian&apos;s fonts-noto-core)</source>
        <translation>Text in {script} ({chars}) kann nicht gesetzt werden: Die Schrift, die ihn enthält ({family}), hat kein OpenType-Layout für {script}, er würde also falsch geschrieben gedruckt (installieren Sie Debians fonts-noto-core)</translation>
    </message>
    <message>
        <source>“{text}” is printed without shaping; it may be misspelled</source>
        <translation>„{text}“ wird ohne Textsatz gedruckt; es kann falsch geschrieben erscheinen</translation>
    </message>
    <message>
        <source>not enough room, left out: {cut}</source>
        <translation>nicht genug Platz, weggelassen: {cut}</translation>
    </message>
    <message>
        <source>not enough room below the risk line; left out</source>
        <translation>nicht genug Platz unter der Risikozeile; weggelassen</translation>
    </message>
    <message>
        <source>shortened at a sentence end; the card points to the QR code</source>
        <translation>am Satzende gekürzt; der Ausweis verweist auf den QR-Code</translation>
    </message>
    <message>
        <source>shortened at a sentence end; the card points to the pre-operative letter</source>
        <translation>am Satzende gekürzt; der Ausweis verweist auf den Brief zur Operationsvorbereitung</translation>
    </message>
    <message>
        <source>{missing} of {total} entries not printed in full: {entries}</source>
        <translation>{missing} von {total} Einträgen nicht vollständig gedruckt: {entries}</translation>
    </message>
    <message>
        <source>No emergency contact recorded: the card says “none recorded”.</source>
        <translation>Kein Notfallkontakt erfasst: Auf dem Ausweis steht „none recorded“ (keiner erfasst).</translation>
    </message>
    <message>
        <source>No epinephrine device recorded as carried.</source>
        <translation>Kein mitgeführter Adrenalin-Autoinjektor erfasst.</translation>
    </message>
    <message>
        <source>{product} {dose} mg expired on {date}: replace it (still listed as carried).</source>
        <translation>{product} {dose} mg ist am {date} abgelaufen: Ersetzen Sie ihn (er wird weiter als mitgeführt aufgeführt).</translation>
    </message>
    <message>
        <source>QR code shortened; left out: {omitted}</source>
        <translation>QR-Code gekürzt; weggelassen: {omitted}</translation>
    </message>
    <message>
        <source>No emergency contact recorded.</source>
        <translation>Kein Notfallkontakt erfasst.</translation>
    </message>
    <message>
        <source>{product} {dose} mg expired on {date}: replace it.</source>
        <translation>{product} {dose} mg ist am {date} abgelaufen: Ersetzen Sie ihn.</translation>
    </message>
    <message>
        <source>{product} {dose} expired ({date}): replace it (still listed)</source>
        <translation>{product} {dose} abgelaufen ({date}): Ersetzen Sie ihn (er wird weiter aufgeführt)</translation>
    </message>
    <message>
        <source>not enough room on the page; the plan points to the pre-operative letter</source>
        <translation>nicht genug Platz auf der Seite; der Plan verweist auf den Brief zur Operationsvorbereitung</translation>
    </message>
    <message>
        <source>shortened on the action plan; it says the whole plan is on the pre-operative letter</source>
        <translation>im Notfallplan gekürzt; dort steht, dass der ganze Plan im Brief zur Operationsvorbereitung steht</translation>
    </message>
    <message>
        <source>{native}: {status}; {unchecked} of {total} sentences not checked by a native speaker. Have it read by one if you can, and correct it in the app (Travel page).</source>
        <translation>{native}: {status}; {unchecked} von {total} Sätzen nicht von einer Muttersprachlerin oder einem Muttersprachler geprüft. Lassen Sie den Text, wenn möglich, von einer solchen Person lesen und korrigieren Sie ihn in der App (Seite Reisen).</translation>
    </message>
    <message>
        <source>No diagnosis recorded: the translation names none.</source>
        <translation>Keine Diagnose erfasst: Die Übersetzung nennt keine.</translation>
    </message>
    <message>
        <source>not enough room for {sentences} (the translation sheet has them)</source>
        <translation>nicht genug Platz für {sentences} (das Übersetzungsblatt enthält sie)</translation>
    </message>
    <message>
        <source>Fewer than two epinephrine devices recorded as carried ({carried}): the sentence “I carry two…” is left out.</source>
        <translation>Weniger als zwei mitgeführte Adrenalin-Autoinjektoren erfasst ({carried}): Der Satz „Ich trage zwei …“ wird weggelassen.</translation>
    </message>
    <message>
        <source>QR code shortened (it ends “{marker}”); left out: {omitted}</source>
        <translation>QR-Code gekürzt (er endet mit „{marker}“); weggelassen: {omitted}</translation>
    </message>
    <message>
        <source>The translation sheet runs to {pages} pages (languages: {languages}): long lists continue on the next page.</source>
        <translation>Das Übersetzungsblatt umfasst {pages} Seiten (Sprachen: {languages}): Lange Listen gehen auf der nächsten Seite weiter.</translation>
    </message>
    <message>
        <source>{product} {dose} (lot {lot}), expiry {expiry}: expired (trip ends {end}): replace it before you travel.</source>
        <translation>{product} {dose} (Charge {lot}), haltbar bis {expiry}: abgelaufen (die Reise endet am {end}): Ersetzen Sie ihn vor der Reise.</translation>
    </message>
    <message>
        <source>{product} {dose} (lot {lot}), expiry {expiry}: expires before the end of the trip (trip ends {end}): replace it before you travel.</source>
        <translation>{product} {dose} (Charge {lot}), haltbar bis {expiry}: läuft vor dem Ende der Reise ab (die Reise endet am {end}): Ersetzen Sie ihn vor der Reise.</translation>
    </message>
    <message>
        <source>{product} {dose} (lot {lot}), expiry {expiry}: out of date before the trip starts ({start}): replace it before you travel.</source>
        <translation>{product} {dose} (Charge {lot}), haltbar bis {expiry}: vor Reisebeginn ({start}) abgelaufen: Ersetzen Sie ihn vor der Reise.</translation>
    </message>
    <message>
        <source>Fewer than two devices recorded as carried: the letter leaves out the reason for carrying two.</source>
        <translation>Weniger als zwei mitgeführte Autoinjektoren erfasst: Der Brief lässt die Begründung für das Mitführen von zwei weg.</translation>
    </message>
    <message>
        <source>No epinephrine device is recorded as carried: the letter lists none.</source>
        <translation>Kein mitgeführter Adrenalin-Autoinjektor erfasst: Der Brief führt keinen auf.</translation>
    </message>
    <message>
        <source>machine-translated, not reviewed by a native speaker</source>
        <translation>maschinell übersetzt, nicht von einer Muttersprachlerin oder einem Muttersprachler geprüft</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>geprüft</translation>
    </message>
    <message>
        <source>corrected by the user</source>
        <translation>von Ihnen korrigiert</translation>
    </message>
    <message>
        <source>the original</source>
        <translation>das Original</translation>
    </message>
    <message>
        <source>{status}; 1 sentence corrected by the user</source>
        <translation>{status}; 1 Satz von Ihnen korrigiert</translation>
    </message>
    <message>
        <source>{status}; {n} sentences corrected by the user</source>
        <translation>{status}; {n} Sätze von Ihnen korrigiert</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>Vorderseite</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Rückseite</translation>
    </message>
    <message>
        <source>band</source>
        <translation>Band</translation>
    </message>
    <message>
        <source>condition</source>
        <translation>Erkrankung</translation>
    </message>
    <message>
        <source>subtype</source>
        <translation>Subtyp</translation>
    </message>
    <message>
        <source>risk line</source>
        <translation>Risikozeile</translation>
    </message>
    <message>
        <source>emergency contact</source>
        <translation>Notfallkontakt</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>avoid list</source>
        <translation>Liste der zu meidenden Stoffe</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>QR caption</source>
        <translation>Beschriftung des QR-Codes</translation>
    </message>
    <message>
        <source>clinician</source>
        <translation>Ärztin/Arzt</translation>
    </message>
    <message>
        <source>tryptase and KIT</source>
        <translation>Tryptase und KIT</translation>
    </message>
    <message>
        <source>emergency header</source>
        <translation>Notfall-Überschrift</translation>
    </message>
    <message>
        <source>first aid steps</source>
        <translation>Erste-Hilfe-Schritte</translation>
    </message>
    <message>
        <source>epinephrine carried</source>
        <translation>mitgeführtes Adrenalin</translation>
    </message>
    <message>
        <source>physician&apos;s plan</source>
        <translation>ärztlicher Plan</translation>
    </message>
    <message>
        <source>tolerated agents</source>
        <translation>vertragene Stoffe</translation>
    </message>
    <message>
        <source>medications</source>
        <translation>Medikamente</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>Translation card</source>
        <translation>Übersetzungskarte</translation>
    </message>
    <message>
        <source>Translation sheet</source>
        <translation>Übersetzungsblatt</translation>
    </message>
    <message>
        <source>what to do</source>
        <translation>was zu tun ist</translation>
    </message>
    <message>
        <source>emergency contact&apos;s phone</source>
        <translation>Telefon des Notfallkontakts</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>subtitle</source>
        <translation>Untertitel</translation>
    </message>
    <message>
        <source>details</source>
        <translation>Angaben</translation>
    </message>
    <message>
        <source>mild signs</source>
        <translation>leichte Anzeichen</translation>
    </message>
    <message>
        <source>mild actions</source>
        <translation>Maßnahmen bei leichten Anzeichen</translation>
    </message>
    <message>
        <source>signs of anaphylaxis</source>
        <translation>Anzeichen einer Anaphylaxie</translation>
    </message>
    <message>
        <source>first-aid steps</source>
        <translation>Erste-Hilfe-Schritte</translation>
    </message>
    <message>
        <source>footer</source>
        <translation>Fußzeile</translation>
    </message>
    <message>
        <source>emergency contacts</source>
        <translation>Notfallkontakte</translation>
    </message>
    <message>
        <source>physicians</source>
        <translation>Ärztinnen und Ärzte</translation>
    </message>
    <message>
        <source>devices</source>
        <translation>Autoinjektoren</translation>
    </message>
    <message>
        <source>continued</source>
        <translation>Fortsetzungshinweis</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>{agent} (avoid)</source>
        <translation>{agent} (meiden)</translation>
    </message>
    <message>
        <source>{agent} (caution)</source>
        <translation>{agent} (Vorsicht)</translation>
    </message>
    <message>
        <source>epinephrine</source>
        <translation>Adrenalin</translation>
    </message>
    <message>
        <source>caution list</source>
        <translation>Vorsichtsliste</translation>
    </message>
    <message>
        <source>emergency number</source>
        <translation>Notrufnummer</translation>
    </message>
    <message>
        <source>physician&apos;s emergency plan</source>
        <translation>ärztlicher Notfallplan</translation>
    </message>
    <message>
        <source>{what} (shortened)</source>
        <translation>{what} (gekürzt)</translation>
    </message>
    <message>
        <source>{what}: {n} more ({names})</source>
        <translation>{what}: {n} weitere ({names})</translation>
    </message>
    <message>
        <source>{what}: {names}</source>
        <translation>{what}: {names}</translation>
    </message>
    <message>
        <source>the caution list</source>
        <translation>die Vorsichtsliste</translation>
    </message>
    <message>
        <source>{sentences}, the caution list</source>
        <translation>{sentences}, die Vorsichtsliste</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>What each record is missing and what is due. A button opens the page where you can see to it.</source>
        <translation>Was in jeder Akte fehlt und was fällig ist. Eine Schaltfläche öffnet die Seite, auf der Sie sich darum kümmern können.</translation>
    </message>
    <message>
        <source>Go to Injectors</source>
        <translation>Zur Seite „Autoinjektoren“</translation>
    </message>
    <message>
        <source>Go to Surgery</source>
        <translation>Zur Seite „Operation“</translation>
    </message>
    <message>
        <source>Go to Avoid</source>
        <translation>Zur Seite „Zu meiden“</translation>
    </message>
    <message>
        <source>Go to Contacts</source>
        <translation>Zur Seite „Kontakte“</translation>
    </message>
    <message>
        <source>Go to Diagnosis</source>
        <translation>Zur Seite „Diagnose“</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Premedication {offset} before {procedure} ({time}): {what}</source>
        <translation>Prämedikation {offset} vor {procedure} ({time}): {what}</translation>
    </message>
    <message>
        <source>{device} is out of date (last day in date: {date}). Replace it.</source>
        <translation>{device} ist abgelaufen (haltbar bis: {date}). Ersetzen Sie ihn.</translation>
    </message>
    <message>
        <source>{device} is in date until {date} ({days} days left).</source>
        <translation>{device} ist haltbar bis {date} (noch {days} Tage).</translation>
    </message>
    <message>
        <source>{device} is in date until {date}, before {procedure} on {procedure_date}: replace it first.</source>
        <translation>{device} ist nur bis {date} haltbar, also vor {procedure} am {procedure_date}: Ersetzen Sie ihn vorher.</translation>
    </message>
    <message>
        <source>{procedure} today ({date}): take the pre-operative letter.</source>
        <translation>{procedure} heute ({date}): Nehmen Sie den Brief zur Operationsvorbereitung mit.</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) will be out of date by then.</source>
        <translation>
            <numerusform>Bis dahin ist %n Autoinjektor abgelaufen.</numerusform>
            <numerusform>Bis dahin sind %n Autoinjektoren abgelaufen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No epinephrine injector recorded.</source>
        <translation>Kein Adrenalin-Autoinjektor erfasst.</translation>
    </message>
    <message>
        <source>{procedure} on {date} ({days} days): print the pre-operative letter.</source>
        <translation>{procedure} am {date} (in {days} Tagen): Drucken Sie den Brief zur Operationsvorbereitung.</translation>
    </message>
    <message>
        <source>Nothing on the avoid list yet.</source>
        <translation>Noch nichts auf der Liste der zu meidenden Stoffe.</translation>
    </message>
    <message>
        <source>No emergency contact yet.</source>
        <translation>Noch kein Notfallkontakt.</translation>
    </message>
    <message>
        <source>No diagnosis (subtype) recorded.</source>
        <translation>Keine Diagnose (Subtyp) erfasst.</translation>
    </message>
    <message>
        <source>What is missing and what is due, per profile</source>
        <translation>Was fehlt und was fällig ist, je Profil</translation>
    </message>
    <message>
        <source>No record yet.</source>
        <translation>Noch keine Akte.</translation>
    </message>
    <message>
        <source>{name} (open now)</source>
        <translation>{name} (jetzt geöffnet)</translation>
    </message>
    <message>
        <source>Nothing missing, nothing due.</source>
        <translation>Nichts fehlt, nichts ist fällig.</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Fehlt</translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <source>&lt;h2&gt;Person&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Person&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>as on your ID</source>
        <translation>wie im Ausweis</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Weight (kg)</source>
        <translation>Gewicht (kg)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Blood type</source>
        <translation>Blutgruppe</translation>
    </message>
    <message>
        <source>e.g. A+, O-</source>
        <translation>z. B. A+, 0-</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>Gesprochene Sprachen</translation>
    </message>
    <message>
        <source>e.g. en, de</source>
        <translation>z. B. de, en</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Another profile already has this name</source>
        <translation>Ein anderes Profil hat bereits diesen Namen</translation>
    </message>
</context>
<context>
    <name>PhonePlanPage</name>
    <message>
        <source>Phone and action plan</source>
        <translation>Telefon und Notfallplan</translation>
    </message>
    <message>
        <source>Lock-screen image</source>
        <translation>Sperrbildschirm-Bild</translation>
    </message>
    <message>
        <source>Whoever picks up your phone sees this without unlocking it: the condition, what to do, what not to give, who to call, and the card&apos;s QR code. The top and bottom are left empty for the clock and the phone&apos;s buttons (an approximation: phones differ).</source>
        <translation>Wer Ihr Telefon in die Hand nimmt, sieht dies, ohne es zu entsperren: die Erkrankung, was zu tun ist, was nicht gegeben werden darf, wen man anrufen soll, und den QR-Code des Ausweises. Oben und unten bleibt Platz für die Uhr und die Tasten des Telefons (eine Annäherung: Telefone unterscheiden sich).</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>Save image…</source>
        <translation>Bild speichern…</translation>
    </message>
    <message>
        <source>&lt;b&gt;iPhone:&lt;/b&gt; copy the image to the phone, open it in Photos, tap Share, then Use as Wallpaper, and choose the lock screen.&lt;br&gt;&lt;b&gt;Android:&lt;/b&gt; copy the image to the phone, long-press the home or lock screen, tap Wallpaper (or Wallpaper &amp;amp; style), pick the image and set it for the lock screen. The wording differs between makers.&lt;br&gt;Save a new image after changing your record.</source>
        <translation>&lt;b&gt;iPhone:&lt;/b&gt; Kopieren Sie das Bild auf das Telefon, öffnen Sie es in Fotos, tippen Sie auf Teilen, dann auf „Als Hintergrundbild“, und wählen Sie den Sperrbildschirm.&lt;br&gt;&lt;b&gt;Android:&lt;/b&gt; Kopieren Sie das Bild auf das Telefon, drücken Sie lange auf den Start- oder Sperrbildschirm, tippen Sie auf Hintergrund (oder Hintergrund &amp;amp; Stil), wählen Sie das Bild und legen Sie es für den Sperrbildschirm fest. Die Bezeichnungen unterscheiden sich je nach Hersteller.&lt;br&gt;Speichern Sie nach jeder Änderung Ihrer Akte ein neues Bild.</translation>
    </message>
    <message>
        <source>Anaphylaxis action plan</source>
        <translation>Anaphylaxie-Notfallplan</translation>
    </message>
    <message>
        <source>One page for school, work and carers: your photo, the signs of a reaction, what to do with your own device, your physician&apos;s plan and your contacts, with room for the physician&apos;s signature and a review date.</source>
        <translation>Eine Seite für Schule, Arbeit und Betreuungspersonen: Ihr Foto, die Anzeichen einer Reaktion, was mit Ihrem eigenen Autoinjektor zu tun ist, der Plan Ihrer Ärztin oder Ihres Arztes und Ihre Kontakte, mit Platz für die ärztliche Unterschrift und ein Datum der Überprüfung.</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papier:</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>Export action plan PDF…</source>
        <translation>Notfallplan als PDF exportieren…</translation>
    </message>
    <message>
        <source>Check before saving:</source>
        <translation>Vor dem Speichern prüfen:</translation>
    </message>
    <message>
        <source>No warnings: everything fits.</source>
        <translation>Keine Warnungen: Alles passt.</translation>
    </message>
    <message>
        <source>it lacks {item}</source>
        <translation>darin fehlt {item}</translation>
    </message>
    <message>
        <source>it still shows {item}</source>
        <translation>darin steht noch {item}</translation>
    </message>
    <message>
        <source>The lock-screen image you saved on {date} no longer matches the record: {changes}. Save a new one and set it again.</source>
        <translation>Das Sperrbildschirm-Bild, das Sie am {date} gespeichert haben, entspricht nicht mehr der Akte: {changes}. Speichern Sie ein neues und legen Sie es erneut fest.</translation>
    </message>
    <message>
        <source>The action plan you exported on {date} no longer matches the record: {changes}. Export a new one and replace the printed copies.</source>
        <translation>Der Notfallplan, den Sie am {date} exportiert haben, entspricht nicht mehr der Akte: {changes}. Exportieren Sie einen neuen und ersetzen Sie die gedruckten Exemplare.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Save the lock-screen image</source>
        <translation>Sperrbildschirm-Bild speichern</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>The lock-screen image</source>
        <translation>Das Sperrbildschirm-Bild</translation>
    </message>
    <message>
        <source>Export the action plan</source>
        <translation>Notfallplan exportieren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>The action plan</source>
        <translation>Der Notfallplan</translation>
    </message>
</context>
<context>
    <name>PhotoBox</name>
    <message>
        <source>Optional. Printed on the action plan, and on the wallet card if you choose. Kept small (at most 200 KB), without the camera&apos;s location data.</source>
        <translation>Optional. Wird auf den Notfallplan gedruckt und, wenn Sie es wählen, auf den Notfallausweis. Klein gehalten (höchstens 200 KB), ohne die Standortdaten der Kamera.</translation>
    </message>
    <message>
        <source>Choose photo…</source>
        <translation>Foto wählen…</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Foto entfernen</translation>
    </message>
    <message>
        <source>Print the photo on the wallet card</source>
        <translation>Foto auf den Notfallausweis drucken</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Kein Foto</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Ein Foto wählen</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)</source>
        <translation>Fotos (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)</translation>
    </message>
    <message>
        <source>Photo not used</source>
        <translation>Foto nicht verwendet</translation>
    </message>
    <message>
        <source>{path}: cannot read ({why})</source>
        <translation>{path}: kann nicht gelesen werden ({why})</translation>
    </message>
    <message>
        <source>{path}: {why}</source>
        <translation>{path}: {why}</translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
    <message>
        <source>&lt;h2&gt;Physician&apos;s plans&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Ärztliche Pläne&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Copy these exactly as your physician wrote them. sm-card never writes a plan of its own: the card shows standard anaphylaxis first aid when no plan is recorded.</source>
        <translation>Übernehmen Sie diese genau so, wie Ihre Ärztin oder Ihr Arzt sie geschrieben hat. sm-card schreibt nie einen eigenen Plan: Ist kein Plan erfasst, zeigt der Ausweis die übliche Erste Hilfe bei Anaphylaxie.</translation>
    </message>
    <message>
        <source>Emergency plan</source>
        <translation>Notfallplan</translation>
    </message>
    <message>
        <source>Premedication plan for procedures</source>
        <translation>Prämedikationsplan für Eingriffe</translation>
    </message>
</context>
<context>
    <name>PremedicationSteps</name>
    <message>
        <source>When before (e.g. 24 h, 1 h, 30 min)</source>
        <translation>Wie lange vorher (z. B. 24 h, 1 h, 30 min)</translation>
    </message>
    <message>
        <source>What, as the physician wrote it</source>
        <translation>Was, genau wie ärztlich notiert</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Schritt hinzufügen</translation>
    </message>
    <message>
        <source>Premedication steps</source>
        <translation>Schritte der Prämedikation</translation>
    </message>
    <message>
        <source>Before the start</source>
        <translation>Vor dem Beginn</translation>
    </message>
    <message>
        <source>What (as the physician wrote it)</source>
        <translation>Was (genau wie ärztlich notiert)</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Schritt entfernen</translation>
    </message>
    <message>
        <source>Export to calendar…</source>
        <translation>In Kalender exportieren…</translation>
    </message>
    <message>
        <source>select a procedure</source>
        <translation>einen Eingriff auswählen</translation>
    </message>
    <message>
        <source>Premedication steps for {p}</source>
        <translation>Schritte der Prämedikation für {p}</translation>
    </message>
    <message>
        <source>give the procedure a date and a time for the steps to remind you</source>
        <translation>geben Sie dem Eingriff ein Datum und eine Uhrzeit, damit die Schritte Sie erinnern</translation>
    </message>
    <message>
        <source>each step with a time reminds you in the app and in the calendar file</source>
        <translation>jeder Schritt mit Uhrzeit erinnert Sie in der App und in der Kalenderdatei</translation>
    </message>
    <message>
        <source>Premedication step</source>
        <translation>Prämedikationsschritt</translation>
    </message>
</context>
<context>
    <name>ProfileSession</name>
    <message>
        <source>{path}: the store keeps changing; not saved</source>
        <translation>{path}: Der Datenspeicher ändert sich ständig; nicht gespeichert</translation>
    </message>
    <message>
        <source>{path}: not saved ({error})</source>
        <translation>{path}: nicht gespeichert ({error})</translation>
    </message>
</context>
<context>
    <name>ReactionsPage</name>
    <message>
        <source>Reactions</source>
        <translation>Reaktionen</translation>
    </message>
    <message>
        <source>Reactions you lived through, as evidence for your physicians. The pre-operative letter prints them, and an avoid entry linked to a reaction shows its date.</source>
        <translation>Reaktionen, die Sie erlebt haben, als Nachweis für Ihre Ärztinnen und Ärzte. Der Brief zur Operationsvorbereitung führt sie auf, und ein mit einer Reaktion verknüpfter Eintrag „Zu meiden“ zeigt deren Datum.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>e.g. 2025-05-03 or 3.5.2025</source>
        <translation>z. B. 2025-05-03 oder 3.5.2025</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>what set it off, as you would write it</source>
        <translation>was sie ausgelöst hat, in Ihren eigenen Worten</translation>
    </message>
    <message>
        <source>Signs</source>
        <translation>Anzeichen</translation>
    </message>
    <message>
        <source>e.g. hives, low blood pressure</source>
        <translation>z. B. Nesselsucht, niedriger Blutdruck</translation>
    </message>
    <message>
        <source>Treatment given</source>
        <translation>Erhaltene Behandlung</translation>
    </message>
    <message>
        <source>e.g. epinephrine</source>
        <translation>z. B. Adrenalin</translation>
    </message>
    <message>
        <source>Acute tryptase (ng/mL)</source>
        <translation>Akute Tryptase (ng/mL)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Linked avoid entry</source>
        <translation>Verknüpfter Eintrag „Zu meiden“</translation>
    </message>
    <message>
        <source>Add reaction</source>
        <translation>Reaktion hinzufügen</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Ausgewählte entfernen</translation>
    </message>
    <message>
        <source>Reactions recorded</source>
        <translation>Erfasste Reaktionen</translation>
    </message>
    <message>
        <source>Avoid entry</source>
        <translation>Eintrag „Zu meiden“</translation>
    </message>
    <message>
        <source>Acute tryptase</source>
        <translation>Akute Tryptase</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>{agent} (no longer in the avoid list)</source>
        <translation>{agent} (nicht mehr auf der Liste der zu meidenden Stoffe)</translation>
    </message>
    <message>
        <source>Baseline tryptase: not recorded, so no acute threshold can be given.</source>
        <translation>Basale Tryptase: nicht erfasst, daher kann kein Schwellenwert für einen akuten Wert angegeben werden.</translation>
    </message>
    <message>
        <source>Baseline tryptase {baseline} ng/mL → an acute value above {threshold} ng/mL supports mast-cell activation (20 % + 2 formula).</source>
        <translation>Basale Tryptase {baseline} ng/ml → ein akuter Wert über {threshold} ng/ml spricht für eine Mastzellaktivierung (Formel 20 % + 2).</translation>
    </message>
    <message>
        <source>Baseline tryptase {baseline} ng/mL (measured {date}) → an acute value above {threshold} ng/mL supports mast-cell activation (20 % + 2 formula).</source>
        <translation>Basale Tryptase {baseline} ng/ml (gemessen am {date}) → ein akuter Wert über {threshold} ng/ml spricht für eine Mastzellaktivierung (Formel 20 % + 2).</translation>
    </message>
    <message>
        <source>{acute} ng/mL (no baseline recorded: no threshold)</source>
        <translation>{acute} ng/ml (keine basale Tryptase erfasst: kein Schwellenwert)</translation>
    </message>
    <message>
        <source>{acute} ng/mL (threshold {threshold}: above)</source>
        <translation>{acute} ng/ml (Schwellenwert {threshold}: darüber)</translation>
    </message>
    <message>
        <source>{acute} ng/mL (threshold {threshold}: not above)</source>
        <translation>{acute} ng/ml (Schwellenwert {threshold}: nicht darüber)</translation>
    </message>
    <message>
        <source>The reaction log is full.</source>
        <translation>Das Reaktionsprotokoll ist voll.</translation>
    </message>
</context>
<context>
    <name>Refusals</name>
    <message>
        <source>{folder}: the data folder cannot be created ({detail}).</source>
        <translation>{folder}: Der Datenordner kann nicht angelegt werden ({detail}).</translation>
    </message>
    <message>
        <source>{path}: the store cannot be opened ({detail}).</source>
        <translation>{path}: Der Datenspeicher kann nicht geöffnet werden ({detail}).</translation>
    </message>
    <message>
        <source>{path}: the store is empty (0 bytes) although backups exist; it is damaged. The file was left as it is.</source>
        <translation>{path}: Der Datenspeicher ist leer (0 Bytes), obwohl es Sicherungen gibt; er ist beschädigt. Die Datei wurde so gelassen, wie sie ist.</translation>
    </message>
    <message>
        <source>{path}: another program is using the store (an sm-card import or save) and did not finish in time; nothing was changed. Try again.</source>
        <translation>{path}: Ein anderes Programm benutzt den Datenspeicher (ein Import oder Speichern von sm-card) und wurde nicht rechtzeitig fertig; nichts wurde geändert. Bitte erneut versuchen.</translation>
    </message>
    <message>
        <source>{path}: the store cannot be read ({detail}); the file was left as it is.</source>
        <translation>{path}: Der Datenspeicher kann nicht gelesen werden ({detail}); die Datei wurde so gelassen, wie sie ist.</translation>
    </message>
    <message>
        <source>{path}: the store is damaged or not an sm-card store ({detail}). The file was left as it is.</source>
        <translation>{path}: Der Datenspeicher ist beschädigt oder kein Datenspeicher von sm-card ({detail}). Die Datei wurde so gelassen, wie sie ist.</translation>
    </message>
    <message>
        <source>{path}: the store is damaged ({detail}). The file was left as it is.</source>
        <translation>{path}: Der Datenspeicher ist beschädigt ({detail}). Die Datei wurde so gelassen, wie sie ist.</translation>
    </message>
    <message>
        <source>{path} was made by a newer sm-card (schema {version}; this app knows {known}). Update the app to open it.</source>
        <translation>{path} wurde von einem neueren sm-card angelegt (Schema {version}; diese App kennt {known}). Aktualisieren Sie die App, um ihn zu öffnen.</translation>
    </message>
    <message>
        <source>{path}: the store needs an upgrade, but {folder} cannot be written.</source>
        <translation>{path}: Der Datenspeicher muss aktualisiert werden, aber in {folder} kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>{path}: the store was not upgraded ({detail}).</source>
        <translation>{path}: Der Datenspeicher wurde nicht aktualisiert ({detail}).</translation>
    </message>
    <message>
        <source>{path}: not saved: the data folder or the store cannot be written (read-only).</source>
        <translation>{path}: Nicht gespeichert: In den Datenordner oder den Datenspeicher kann nicht geschrieben werden (schreibgeschützt).</translation>
    </message>
    <message>
        <source>{path}: not saved: another program is using the store (an sm-card import or save) and did not finish in time. Try again.</source>
        <translation>{path}: Nicht gespeichert: Ein anderes Programm benutzt den Datenspeicher (ein Import oder Speichern von sm-card) und wurde nicht rechtzeitig fertig. Bitte erneut versuchen.</translation>
    </message>
    <message>
        <source>{path}: cannot write ({detail}).</source>
        <translation>{path}: Schreiben nicht möglich ({detail}).</translation>
    </message>
    <message>
        <source>{path}: the change was not saved; the store is as it was before ({detail}).</source>
        <translation>{path}: Die Änderung wurde nicht gespeichert; der Datenspeicher ist wie zuvor ({detail}).</translation>
    </message>
    <message>
        <source>{path}: changed by another program since it was read.</source>
        <translation>{path}: Seit dem Lesen von einem anderen Programm geändert.</translation>
    </message>
    <message>
        <source>{path}: the profile {name} no longer exists (another program removed it).</source>
        <translation>{path}: Das Profil {name} existiert nicht mehr (ein anderes Programm hat es entfernt).</translation>
    </message>
    <message>
        <source>{path}: nothing was imported: the data folder or the store cannot be written (read-only).</source>
        <translation>{path}: Nichts wurde importiert: In den Datenordner oder den Datenspeicher kann nicht geschrieben werden (schreibgeschützt).</translation>
    </message>
    <message>
        <source>{detail} Nothing was imported.</source>
        <translation>{detail} Nichts wurde importiert.</translation>
    </message>
    <message>
        <source>{folder}: no free name for a backup.</source>
        <translation>{folder}: Kein freier Name für eine Sicherung.</translation>
    </message>
    <message>
        <source>{folder}: a backup cannot be made there ({detail}).</source>
        <translation>{folder}: Dort kann keine Sicherung angelegt werden ({detail}).</translation>
    </message>
    <message>
        <source>{folder}: the backup was not made ({detail}); older copies are kept.</source>
        <translation>{folder}: Die Sicherung wurde nicht angelegt ({detail}); ältere Kopien bleiben erhalten.</translation>
    </message>
    <message>
        <source>The sm-card app has {folder} open (process {pid}): quit it first.</source>
        <translation>Die sm-card-App hat {folder} geöffnet (Prozess {pid}): Beenden Sie sie zuerst.</translation>
    </message>
    <message>
        <source>{path} was made by a newer sm-card ({detail}): it is not damaged. Update the app to open it.</source>
        <translation>{path} wurde von einem neueren sm-card angelegt ({detail}): Er ist nicht beschädigt. Aktualisieren Sie die App, um ihn zu öffnen.</translation>
    </message>
    <message>
        <source>{path} cannot be read ({detail}), which does not show that the file is damaged: fix the cause (a disk error, a file left by another program) first.</source>
        <translation>{path} kann nicht gelesen werden ({detail}); das zeigt nicht, dass die Datei beschädigt ist: Beheben Sie zuerst die Ursache (ein Festplattenfehler, eine von einem anderen Programm hinterlassene Datei).</translation>
    </message>
    <message>
        <source>{path} is sound: restoring a backup would lose the changes made since.</source>
        <translation>{path} ist in Ordnung: Eine Sicherung wiederherzustellen würde die seitdem gemachten Änderungen verlieren.</translation>
    </message>
    <message>
        <source>the path cannot be resolved ({detail})</source>
        <translation>der Pfad kann nicht aufgelöst werden ({detail})</translation>
    </message>
    <message>
        <source>is a file of sm-card&apos;s own data folder (the store or its backups); choose another name</source>
        <translation>ist eine Datei aus dem eigenen Datenordner von sm-card (der Datenspeicher oder seine Sicherungen); wählen Sie einen anderen Namen</translation>
    </message>
    <message>
        <source>cannot be checked ({detail})</source>
        <translation>kann nicht geprüft werden ({detail})</translation>
    </message>
    <message>
        <source>exists and is not a regular file (a folder, device or pipe); choose another name</source>
        <translation>existiert und ist keine normale Datei (ein Ordner, Gerät oder eine Pipe); wählen Sie einen anderen Namen</translation>
    </message>
    <message>
        <source>The passphrase must have at least {minimum} characters.</source>
        <translation>Die Passphrase muss mindestens {minimum} Zeichen haben.</translation>
    </message>
    <message>
        <source>The file is not an sm-card encrypted file.</source>
        <translation>Die Datei ist keine verschlüsselte Datei von sm-card.</translation>
    </message>
    <message>
        <source>The encrypted file is cut short.</source>
        <translation>Die verschlüsselte Datei ist unvollständig.</translation>
    </message>
    <message>
        <source>The file is encrypted with format version {version}; this app reads version {supported}. Update sm-card to import it.</source>
        <translation>Die Datei ist mit Formatversion {version} verschlüsselt; diese App liest Version {supported}. Aktualisieren Sie sm-card, um sie zu importieren.</translation>
    </message>
    <message>
        <source>The encrypted file asks for key-derivation settings beyond this app&apos;s limits (damaged, or not made by sm-card).</source>
        <translation>Die verschlüsselte Datei verlangt Einstellungen zur Schlüsselableitung jenseits der Grenzen dieser App (beschädigt oder nicht von sm-card erstellt).</translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation>Die Passphrase ist leer.</translation>
    </message>
    <message>
        <source>The passphrase is wrong, or the file was changed or damaged after it was encrypted.</source>
        <translation>Die Passphrase ist falsch, oder die Datei wurde nach dem Verschlüsseln verändert oder beschädigt.</translation>
    </message>
    <message>
        <source>claims far more pixels than a photo has</source>
        <translation>gibt weit mehr Pixel an, als ein Foto hat</translation>
    </message>
    <message>
        <source>is not a JPEG or PNG image</source>
        <translation>ist kein JPEG- oder PNG-Bild</translation>
    </message>
    <message>
        <source>is damaged or incomplete ({detail})</source>
        <translation>ist beschädigt oder unvollständig ({detail})</translation>
    </message>
    <message>
        <source>has no pixels</source>
        <translation>hat keine Pixel</translation>
    </message>
    <message>
        <source>claims {width} × {height} pixels, more than a photo for sm-card may have</source>
        <translation>gibt {width} × {height} Pixel an, mehr als ein Foto für sm-card haben darf</translation>
    </message>
    <message>
        <source>is larger than {megabytes} MB; pick a smaller photo (JPEG or PNG)</source>
        <translation>ist größer als {megabytes} MB; wählen Sie ein kleineres Foto (JPEG oder PNG)</translation>
    </message>
    <message>
        <source>is larger than {kilobytes} KB, more than sm-card keeps for a photo</source>
        <translation>ist größer als {kilobytes} KB, mehr als sm-card für ein Foto aufbewahrt</translation>
    </message>
    <message>
        <source>is not a JPEG image</source>
        <translation>ist kein JPEG-Bild</translation>
    </message>
    <message>
        <source>No language was chosen.</source>
        <translation>Es wurde keine Sprache gewählt.</translation>
    </message>
    <message>
        <source>There are no sentences for {unknown} (there are for: {known}).</source>
        <translation>Für {unknown} gibt es keine Sätze (es gibt sie für: {known}).</translation>
    </message>
    <message>
        <source>There is no sentence {key}.</source>
        <translation>Es gibt keinen Satz {key}.</translation>
    </message>
    <message>
        <source>The English sentences are the card&apos;s own wording; they are not corrected.</source>
        <translation>Die englischen Sätze sind der eigene Wortlaut der Karte; sie werden nicht korrigiert.</translation>
    </message>
    <message>
        <source>The sentence must keep exactly {need}, as they are written.</source>
        <translation>Der Satz muss genau {need} behalten, so wie sie geschrieben sind.</translation>
    </message>
    <message>
        <source>The sentence must not have a placeholder in braces.</source>
        <translation>Der Satz darf keinen Platzhalter in geschweiften Klammern haben.</translation>
    </message>
    <message>
        <source>The trip ends ({end}) before it starts ({start}).</source>
        <translation>Die Reise endet ({end}), bevor sie beginnt ({start}).</translation>
    </message>
    <message>
        <source>is not an object</source>
        <translation>ist kein Objekt</translation>
    </message>
    <message>
        <source>is not a known key</source>
        <translation>ist kein bekannter Schlüssel</translation>
    </message>
    <message>
        <source>is not a list</source>
        <translation>ist keine Liste</translation>
    </message>
    <message>
        <source>is not a list of text</source>
        <translation>ist keine Liste von Texten</translation>
    </message>
    <message>
        <source>is not base64 text</source>
        <translation>ist kein Base64-Text</translation>
    </message>
    <message>
        <source>is not an RFC 3339 timestamp</source>
        <translation>ist kein Zeitstempel nach RFC 3339</translation>
    </message>
    <message>
        <source>{value} is not an RFC 3339 timestamp</source>
        <translation>{value} ist kein Zeitstempel nach RFC 3339</translation>
    </message>
    <message>
        <source>{value} is not an RFC 3339 timestamp with a time zone</source>
        <translation>{value} ist kein Zeitstempel nach RFC 3339 mit Zeitzone</translation>
    </message>
    <message>
        <source>The file is not an sm-card file (not a JSON object).</source>
        <translation>Die Datei ist keine sm-card-Datei (kein JSON-Objekt).</translation>
    </message>
    <message>
        <source>must be {expected}</source>
        <translation>muss {expected} sein</translation>
    </message>
    <message>
        <source>must be a whole number (1 or later)</source>
        <translation>muss eine ganze Zahl sein (1 oder höher)</translation>
    </message>
    <message>
        <source>This file is format version {version}; this app reads versions up to {latest}. Update sm-card to import it.</source>
        <translation>Diese Datei hat Formatversion {version}; diese App liest Versionen bis {latest}. Aktualisieren Sie sm-card, um sie zu importieren.</translation>
    </message>
    <message>
        <source>must be a list of at least one profile</source>
        <translation>muss eine Liste mit mindestens einem Profil sein</translation>
    </message>
    <message>
        <source>{name} is the same name as {other}</source>
        <translation>{name} ist derselbe Name wie {other}</translation>
    </message>
    <message>
        <source>The file is larger than {megabytes} MB, far more than any sm-card record; it is not an sm-card file.</source>
        <translation>Die Datei ist größer als {megabytes} MB, weit mehr als jede sm-card-Akte; sie ist keine sm-card-Datei.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text ({detail}).</source>
        <translation>Die Datei ist kein UTF-8-Text ({detail}).</translation>
    </message>
    <message>
        <source>The file is refused: {why}.</source>
        <translation>Die Datei wird abgelehnt: {why}.</translation>
    </message>
    <message>
        <source>the key {key} appears twice in one object (which one is meant?)</source>
        <translation>der Schlüssel {key} kommt in einem Objekt zweimal vor (welcher ist gemeint?)</translation>
    </message>
    <message>
        <source>a number is written with more than {limit} characters</source>
        <translation>eine Zahl ist mit mehr als {limit} Zeichen geschrieben</translation>
    </message>
    <message>
        <source>{text} is not a number JSON allows</source>
        <translation>{text} ist keine Zahl, die JSON erlaubt</translation>
    </message>
    <message>
        <source>The file is nested too deeply to be an sm-card file.</source>
        <translation>Die Datei ist zu tief verschachtelt, um eine sm-card-Datei zu sein.</translation>
    </message>
    <message>
        <source>The file is not valid JSON (line {line}: {detail}).</source>
        <translation>Die Datei ist kein gültiges JSON (Zeile {line}: {detail}).</translation>
    </message>
    <message>
        <source>The file is encrypted: a passphrase is needed.</source>
        <translation>Die Datei ist verschlüsselt: Eine Passphrase wird benötigt.</translation>
    </message>
    <message>
        <source>{place}: {value} is not in this app&apos;s catalog; kept as it is.</source>
        <translation>{place}: {value} ist nicht im Katalog dieser App; unverändert übernommen.</translation>
    </message>
    <message>
        <source>{place}: {value} is not a phone number; kept as it is.</source>
        <translation>{place}: {value} ist keine Telefonnummer; unverändert übernommen.</translation>
    </message>
    <message>
        <source>{place}: {value} has fewer than {minimum} digits; kept as it is.</source>
        <translation>{place}: {value} hat weniger als {minimum} Ziffern; unverändert übernommen.</translation>
    </message>
    <message>
        <source>{path}: cannot write ({why})</source>
        <translation>{path}: Schreiben nicht möglich ({why})</translation>
    </message>
</context>
<context>
    <name>ReminderService</name>
    <message>
        <source>(and {n} more)</source>
        <translation>(und {n} weitere)</translation>
    </message>
    <message>
        <source>sm-card: epinephrine</source>
        <translation>sm-card: Adrenalin</translation>
    </message>
    <message>
        <source>sm-card reminder</source>
        <translation>sm-card-Erinnerung</translation>
    </message>
    <message>
        <source>sm-card keeps running</source>
        <translation>sm-card läuft weiter</translation>
    </message>
    <message>
        <source>Reminders still reach you from here. Choose Quit in this icon&apos;s menu to stop them.</source>
        <translation>Erinnerungen erreichen Sie weiterhin von hier. Wählen Sie „Beenden“ im Menü dieses Symbols, um sie zu stoppen.</translation>
    </message>
</context>
<context>
    <name>ReminderSettingsPage</name>
    <message>
        <source>&lt;h2&gt;Reminders&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Erinnerungen&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Days before the expiry date to remind you, separated by commas; 0 is the day itself.</source>
        <translation>Tage vor dem Verfallsdatum, an denen Sie erinnert werden, durch Kommas getrennt; 0 ist der Tag selbst.</translation>
    </message>
    <message>
        <source>Remind me (days before expiry)</source>
        <translation>Erinnern (Tage vor Ablauf)</translation>
    </message>
    <message>
        <source> days before</source>
        <translation> Tage vorher</translation>
    </message>
    <message>
        <source>Prepare for a planned procedure</source>
        <translation>Vorbereitung auf einen geplanten Eingriff</translation>
    </message>
    <message>
        <source>Calendar export: also a “replace soon” day on each of these days</source>
        <translation>Kalenderexport: an jedem dieser Tage zusätzlich ein Termin „bald ersetzen“</translation>
    </message>
    <message>
        <source>Google Calendar drops the alarms of imported events; these separate all-day events still show on the phone. Apple Calendar and Outlook keep the alarms.</source>
        <translation>Google Kalender verwirft die Erinnerungen importierter Termine; diese separaten ganztägigen Termine erscheinen trotzdem auf dem Handy. Apple Kalender und Outlook behalten die Erinnerungen.</translation>
    </message>
    <message>
        <source>Contact card (vCard): iPhone and Android cameras</source>
        <translation>Kontaktkarte (vCard): iPhone- und Android-Kameras</translation>
    </message>
    <message>
        <source>Plain text: Android cameras and scanner apps</source>
        <translation>Reiner Text: Android-Kameras und Scanner-Apps</translation>
    </message>
    <message>
        <source>The iPhone Camera app is reported to show nothing for plain text; it offers a contact card, with the summary in its note.</source>
        <translation>Die Kamera-App des iPhone zeigt Berichten zufolge bei reinem Text nichts an; eine Kontaktkarte bietet sie an, mit der Zusammenfassung in der Notiz.</translation>
    </message>
    <message>
        <source>The card&apos;s QR code holds</source>
        <translation>Der QR-Code des Ausweises enthält</translation>
    </message>
    <message>
        <source>Show desktop notifications</source>
        <translation>Desktop-Benachrichtigungen anzeigen</translation>
    </message>
    <message>
        <source>Keep running in the tray when the window is closed</source>
        <translation>Im Infobereich weiterlaufen, wenn das Fenster geschlossen wird</translation>
    </message>
    <message>
        <source>Start sm-card when I log in</source>
        <translation>sm-card bei der Anmeldung starten</translation>
    </message>
    <message>
        <source>The strip at the top of the window shows each reminder until you act on it. For reminders while sm-card is closed, export your devices to your calendar or run “sm-card reminders” from a scheduled task.</source>
        <translation>Der Streifen oben im Fenster zeigt jede Erinnerung, bis Sie darauf reagieren. Für Erinnerungen, während sm-card geschlossen ist, exportieren Sie Ihre Autoinjektoren in Ihren Kalender oder führen Sie „sm-card reminders“ über eine geplante Aufgabe aus.</translation>
    </message>
    <message>
        <source>“{part}” is not a number of days (0 to {max}).</source>
        <translation>„{part}“ ist keine Anzahl von Tagen (0 bis {max}).</translation>
    </message>
    <message>
        <source>Not in the demo: nothing of yours is changed.</source>
        <translation>Nicht in der Demo: An Ihren Daten wird nichts geändert.</translation>
    </message>
    <message>
        <source>Starts at login from {where}</source>
        <translation>Startet bei der Anmeldung aus {where}</translation>
    </message>
    <message>
        <source>Does not start at login.</source>
        <translation>Startet nicht bei der Anmeldung.</translation>
    </message>
    <message>
        <source>Could not change it: {error}</source>
        <translation>Konnte nicht geändert werden: {error}</translation>
    </message>
</context>
<context>
    <name>ReminderStrip</name>
    <message>
        <source>Reminder</source>
        <translation>Erinnerung</translation>
    </message>
    <message>
        <source>Go to Injectors</source>
        <translation>Zur Seite „Autoinjektoren“</translation>
    </message>
    <message>
        <source>I replaced it…</source>
        <translation>Ich habe ihn ersetzt…</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Später erinnern</translation>
    </message>
    <message>
        <source>Hide until tomorrow morning</source>
        <translation>Bis morgen früh ausblenden</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>(and {n} more on the Overview page)</source>
        <translation>(und {n} weitere auf der Seite „Übersicht“)</translation>
    </message>
    <message>
        <source>Reminders for {name} are snoozed or dismissed for now; the Overview page shows what is due.</source>
        <translation>Die Erinnerungen für {name} sind auf später verschoben oder ausgeblendet; die Seite „Übersicht“ zeigt, was fällig ist.</translation>
    </message>
    <message>
        <source>No reminders for {name}.</source>
        <translation>Keine Erinnerungen für {name}.</translation>
    </message>
    <message>
        <source>Due for: {names}.</source>
        <translation>Fällig für: {names}.</translation>
    </message>
    <message>
        <source>Go to Surgery</source>
        <translation>Zur Seite „Operation“</translation>
    </message>
    <message>
        <source>Remind me again in 10 minutes</source>
        <translation>In 10 Minuten erneut erinnern</translation>
    </message>
    <message>
        <source>Hide it; while fewer than two devices are in date it comes back in a week</source>
        <translation>Ausblenden; solange weniger als zwei Autoinjektoren haltbar sind, erscheint die Erinnerung in einer Woche wieder</translation>
    </message>
    <message>
        <source>Hide it until the next reminder for this device</source>
        <translation>Bis zur nächsten Erinnerung für diesen Autoinjektor ausblenden</translation>
    </message>
    <message>
        <source>Hide it for good</source>
        <translation>Dauerhaft ausblenden</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>{device} (kept in: {location})</source>
        <translation>{device} (aufbewahrt in: {location})</translation>
    </message>
    <message>
        <source>{name}: {device} is out of date (last day in date: {date}). Replace it.</source>
        <translation>{name}: {device} ist abgelaufen (haltbar bis: {date}). Ersetzen Sie ihn.</translation>
    </message>
    <message>
        <source>{name}: today is the last day {device} is in date. Replace it.</source>
        <translation>{name}: Heute ist der letzte Tag, an dem {device} haltbar ist. Ersetzen Sie ihn.</translation>
    </message>
    <message>
        <source>{name}: {device} is in date until {date} ({days} days left). Get a new one.</source>
        <translation>{name}: {device} ist haltbar bis {date} (noch {days} Tage). Besorgen Sie einen neuen.</translation>
    </message>
    <message>
        <source>{name}: {procedure} is today ({date}). Take the pre-operative letter and your devices.</source>
        <translation>{name}: {procedure} ist heute ({date}). Nehmen Sie den Brief zur Operationsvorbereitung und Ihre Autoinjektoren mit.</translation>
    </message>
    <message>
        <source>{name}: {procedure} is planned on {date} ({days} days). Prepare: print the pre-operative letter and check your devices.</source>
        <translation>{name}: {procedure} ist für den {date} geplant (in {days} Tagen). Zur Vorbereitung: Drucken Sie den Brief für die Operation und prüfen Sie Ihre Autoinjektoren.</translation>
    </message>
    <message>
        <source>{device} is in date only until {date}, before the procedure: replace it first.</source>
        <translation>{device} ist nur bis {date} haltbar, also vor dem Eingriff: Ersetzen Sie ihn vorher.</translation>
    </message>
    <message>
        <source>{name}: premedication {offset} before {procedure} ({start}): {what}</source>
        <translation>{name}: Prämedikation {offset} vor {procedure} ({start}): {what}</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>What will be printed:</source>
        <translation>Was gedruckt wird:</translation>
    </message>
</context>
<context>
    <name>SurgeryPage</name>
    <message>
        <source>Planned procedures</source>
        <translation>Geplante Eingriffe</translation>
    </message>
    <message>
        <source>Operations or procedures ahead: the letter lists those from today on.</source>
        <translation>Bevorstehende Operationen oder Eingriffe: Der Brief führt alle ab heute auf.</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Eingriff</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>Krankenhaus</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Remove procedure</source>
        <translation>Eingriff entfernen</translation>
    </message>
    <message>
        <source>Procedures and checklist</source>
        <translation>Eingriffe und Checkliste</translation>
    </message>
    <message>
        <source>Preparing for surgery</source>
        <translation>Vorbereitung auf eine Operation</translation>
    </message>
    <message>
        <source>Your preparation checklist</source>
        <translation>Ihre Checkliste zur Vorbereitung</translation>
    </message>
    <message>
        <source>Steps from published sources; tick them off as you go. Ticks are saved and printed on the second part of the letter.</source>
        <translation>Schritte aus veröffentlichten Quellen; haken Sie sie nach und nach ab. Die Häkchen werden gespeichert und im zweiten Teil des Briefs gedruckt.</translation>
    </message>
    <message>
        <source>Source: {sources}</source>
        <translation>Quelle: {sources}</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papier:</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>PDF exportieren…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>Export FHIR…</source>
        <translation>FHIR exportieren…</translation>
    </message>
    <message>
        <source>Zoom:</source>
        <translation>Zoom:</translation>
    </message>
    <message>
        <source>Ctrl+wheel over the letter zooms too. Printing and exporting are always at true size.</source>
        <translation>Strg+Mausrad über dem Brief zoomt ebenfalls. Gedruckt und exportiert wird immer in Originalgröße.</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Seitenbreite</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>Preview of the letter</source>
        <translation>Vorschau des Briefs</translation>
    </message>
    <message>
        <source>Check before printing:</source>
        <translation>Vor dem Drucken prüfen:</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s), {paper}</source>
        <translation>
            <numerusform>%n Seite, {paper}</numerusform>
            <numerusform>%n Seiten, {paper}</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>{path} gespeichert</translation>
    </message>
    <message>
        <source>Export the letter</source>
        <translation>Brief exportieren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>The letter</source>
        <translation>Der Brief</translation>
    </message>
    <message>
        <source>Export FHIR patient summary</source>
        <translation>FHIR-Patientenkurzakte exportieren</translation>
    </message>
    <message>
        <source>FHIR JSON (*.json)</source>
        <translation>FHIR-JSON (*.json)</translation>
    </message>
    <message>
        <source>The FHIR patient summary</source>
        <translation>Die FHIR-Patientenkurzakte</translation>
    </message>
    <message>
        <source>Pre-operative letter</source>
        <translation>Brief zur Operationsvorbereitung</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Nicht gedruckt</translation>
    </message>
    <message>
        <source>The printer could not start.</source>
        <translation>Der Drucker konnte nicht starten.</translation>
    </message>
    <message>
        <source>Sent to the printer</source>
        <translation>An den Drucker gesendet</translation>
    </message>
</context>
<context>
    <name>TranslatedCalendarWords</name>
    <message>
        <source>sm-card: epinephrine and procedures</source>
        <translation>sm-card: Adrenalin und Eingriffe</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>lot {lot}</source>
        <translation>Charge {lot}</translation>
    </message>
    <message>
        <source>Epinephrine expires: {device} ({person})</source>
        <translation>Adrenalin läuft ab: {device} ({person})</translation>
    </message>
    <message>
        <source>{device} of {person}: last day in date is {date} ({when}). Replace it.</source>
        <translation>{device} von {person}: letzter haltbarer Tag ist der {date} ({when}). Ersetzen Sie es.</translation>
    </message>
    <message>
        <source>Epinephrine device of {person}: last day in date.</source>
        <translation>Adrenalin-Gerät von {person}: letzter haltbarer Tag.</translation>
    </message>
    <message>
        <source>Product: {product}</source>
        <translation>Produkt: {product}</translation>
    </message>
    <message>
        <source>Dose: {dose} mg</source>
        <translation>Dosis: {dose} mg</translation>
    </message>
    <message>
        <source>Lot: {lot}</source>
        <translation>Charge: {lot}</translation>
    </message>
    <message>
        <source>Kept in: {place}</source>
        <translation>Aufbewahrt: {place}</translation>
    </message>
    <message>
        <source>Expiry printed: {printed} (in date through {date})</source>
        <translation>Aufgedrucktes Verfallsdatum: {printed} (haltbar bis einschließlich {date})</translation>
    </message>
    <message>
        <source>Replace it before this date and carry two in-date devices.</source>
        <translation>Ersetzen Sie es vor diesem Datum und tragen Sie zwei haltbare Geräte bei sich.</translation>
    </message>
    <message>
        <source>Replace soon: epinephrine {device} ({person}) expires {when}</source>
        <translation>Bald ersetzen: Adrenalin {device} ({person}) läuft {when} ab</translation>
    </message>
    <message>
        <source>{device} of {person}: last day in date is {date} ({when}). Get a new prescription and replace it before then.</source>
        <translation>{device} von {person}: letzter haltbarer Tag ist der {date} ({when}). Lassen Sie sich ein neues Rezept ausstellen und ersetzen Sie es vorher.</translation>
    </message>
    <message>
        <source>OUT OF DATE: epinephrine {device} ({person}): replace it</source>
        <translation>ABGELAUFEN: Adrenalin {device} ({person}): ersetzen</translation>
    </message>
    <message>
        <source>{device} of {person} was in date until {date}. Replace it now, and carry two in-date devices.</source>
        <translation>{device} von {person} war haltbar bis {date}. Ersetzen Sie es jetzt und tragen Sie zwei haltbare Geräte bei sich.</translation>
    </message>
    <message>
        <source>{device} of {person} is out of date (since {date}). Replace it.</source>
        <translation>{device} von {person} ist abgelaufen (seit {date}). Ersetzen Sie es.</translation>
    </message>
    <message>
        <source>used</source>
        <translation>verwendet</translation>
    </message>
    <message>
        <source>disposed</source>
        <translation>entsorgt</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>Cancelled: epinephrine expiry of {device} ({person}), device {status}</source>
        <translation>Abgesagt: Adrenalin-Verfall von {device} ({person}), Gerät {status}</translation>
    </message>
    <message>
        <source>This device was removed from sm-card; its expiry reminder is no longer needed.</source>
        <translation>Dieses Gerät wurde aus sm-card entfernt; seine Verfallserinnerung wird nicht mehr gebraucht.</translation>
    </message>
    <message>
        <source>This device was marked {status} in sm-card; its expiry reminder is no longer needed.</source>
        <translation>Dieses Gerät wurde in sm-card als {status} markiert; seine Verfallserinnerung wird nicht mehr gebraucht.</translation>
    </message>
    <message>
        <source>Cancelled: replace soon, {product} ({person}), device {status}</source>
        <translation>Abgesagt: bald ersetzen, {product} ({person}), Gerät {status}</translation>
    </message>
    <message>
        <source>Prepare for your procedure: {procedure} ({person})</source>
        <translation>Vorbereitung auf den Eingriff: {procedure} ({person})</translation>
    </message>
    <message>
        <source>{procedure} for {person} is planned on {date}.</source>
        <translation>{procedure} für {person} ist am {date} geplant.</translation>
    </message>
    <message>
        <source>Hospital: {hospital}</source>
        <translation>Klinik: {hospital}</translation>
    </message>
    <message>
        <source>Give the surgical and anaesthesia team your pre-operative letter and check that your epinephrine devices are in date.</source>
        <translation>Geben Sie dem Operations- und Anästhesieteam Ihren präoperativen Brief und prüfen Sie, ob Ihre Adrenalin-Geräte haltbar sind.</translation>
    </message>
    <message>
        <source>{device} is in date only until {date}, before this procedure: replace it first.</source>
        <translation>{device} ist nur bis {date} haltbar, also vor diesem Eingriff: Ersetzen Sie es vorher.</translation>
    </message>
    <message>
        <source>Prepare for {procedure} on {date}</source>
        <translation>Vorbereitung auf {procedure} am {date}</translation>
    </message>
    <message>
        <source>{procedure} for {person} starts {start}.</source>
        <translation>{procedure} für {person} beginnt am {start}.</translation>
    </message>
    <message>
        <source>Premedication, as the physician wrote it:</source>
        <translation>Prämedikation, wie vom Arzt aufgeschrieben:</translation>
    </message>
    <message>
        <source>Time not recorded: {what}</source>
        <translation>Zeit nicht angegeben: {what}</translation>
    </message>
    <message>
        <source>At the start ({time}): {what}</source>
        <translation>Zu Beginn ({time}): {what}</translation>
    </message>
    <message>
        <source>At the start: {what}</source>
        <translation>Zu Beginn: {what}</translation>
    </message>
    <message>
        <source>{offset} before the start ({time}): {what}</source>
        <translation>{offset} vor Beginn ({time}): {what}</translation>
    </message>
    <message>
        <source>{offset} before the start: {what}</source>
        <translation>{offset} vor Beginn: {what}</translation>
    </message>
    <message>
        <source>Premedication ({person}): {what}</source>
        <translation>Prämedikation ({person}): {what}</translation>
    </message>
    <message>
        <source>{offset} before {procedure} ({start}): {what}</source>
        <translation>{offset} vor {procedure} ({start}): {what}</translation>
    </message>
    <message>
        <source>Premedication for {person}: {text}</source>
        <translation>Prämedikation für {person}: {text}</translation>
    </message>
</context>
<context>
    <name>TravelPage</name>
    <message>
        <source>Documents for a trip abroad: a translation card (true size, the language on one face, English on the other), a translation sheet and a letter for airline and border staff about carrying epinephrine. The translations have not yet been checked by a native speaker: ask one to read them if you can, and correct a sentence below.</source>
        <translation>Unterlagen für eine Auslandsreise: eine Übersetzungskarte (in Originalgröße, auf einer Seite die Sprache, auf der anderen Englisch), ein Übersetzungsblatt und ein Brief für Flug- und Grenzpersonal zum Mitführen von Adrenalin. Die Übersetzungen wurden noch nicht von Muttersprachlern geprüft: Bitten Sie nach Möglichkeit jemanden, sie zu lesen, und korrigieren Sie unten einen Satz.</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>Prüfstatus</translation>
    </message>
    <message>
        <source>Sentences</source>
        <translation>Sätze</translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>Satz</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Übersetzung</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Your wording of the selected sentence</source>
        <translation>Ihre Formulierung des ausgewählten Satzes</translation>
    </message>
    <message>
        <source>Save correction</source>
        <translation>Korrektur speichern</translation>
    </message>
    <message>
        <source>Use the shipped sentence</source>
        <translation>Mitgelieferten Satz verwenden</translation>
    </message>
    <message>
        <source>Trip from</source>
        <translation>Reise von</translation>
    </message>
    <message>
        <source>Trip to</source>
        <translation>Reise bis</translation>
    </message>
    <message>
        <source>Export translation card…</source>
        <translation>Übersetzungskarte exportieren…</translation>
    </message>
    <message>
        <source>Export translation sheet…</source>
        <translation>Übersetzungsblatt exportieren…</translation>
    </message>
    <message>
        <source>Export airline letter…</source>
        <translation>Brief für die Fluggesellschaft exportieren…</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Travelling abroad&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Reisen ins Ausland&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation>{path} gespeichert.</translation>
    </message>
    <message>
        <source>Export the translation card</source>
        <translation>Übersetzungskarte exportieren</translation>
    </message>
    <message>
        <source>The translation card</source>
        <translation>Die Übersetzungskarte</translation>
    </message>
    <message>
        <source>Export the translation sheet</source>
        <translation>Übersetzungsblatt exportieren</translation>
    </message>
    <message>
        <source>The translation sheet</source>
        <translation>Das Übersetzungsblatt</translation>
    </message>
    <message>
        <source>The trip ends before it starts.</source>
        <translation>Die Reise endet, bevor sie beginnt.</translation>
    </message>
    <message>
        <source>Export the airline letter</source>
        <translation>Brief für die Fluggesellschaft exportieren</translation>
    </message>
    <message>
        <source>The airline letter</source>
        <translation>Der Brief für die Fluggesellschaft</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>sm-card: epinephrine reminders</source>
        <translation>sm-card: Erinnerungen an Adrenalin-Autoinjektoren</translation>
    </message>
    <message>
        <source>Open sm-card</source>
        <translation>sm-card öffnen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>_ExportDialog</name>
    <message>
        <source>Export the record</source>
        <translation>Akte exportieren</translation>
    </message>
    <message>
        <source>Encrypt with a passphrase</source>
        <translation>Mit einer Passphrase verschlüsseln</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Without the passphrase nobody can open the file, not even you: keep it safe.</source>
        <translation>Ohne die Passphrase kann niemand die Datei öffnen, auch Sie nicht: Bewahren Sie sie sicher auf.</translation>
    </message>
    <message>
        <source>Choose where to save…</source>
        <translation>Speicherort wählen…</translation>
    </message>
    <message>
        <source>The passphrase needs at least {n} characters.</source>
        <translation>Die Passphrase braucht mindestens {n} Zeichen.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
</context>
</TS>
