<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>App</name>
    <message>
        <source>sm-card is already running for {folder} (look for it in the tray). Two copies would show every reminder twice.</source>
        <translation>sm-card ya se está ejecutando para {folder} (búsquelo en la bandeja del sistema). Dos copias mostrarían cada recordatorio dos veces.</translation>
    </message>
    <message>
        <source>sm-card cannot start: the lock file {path} cannot be made ({why}). Free some disk space or make the folder writable, then start it again.</source>
        <translation>sm-card no puede iniciarse: no se puede crear el archivo de bloqueo {path} ({why}). Libere espacio en disco o permita escribir en la carpeta y vuelva a iniciarlo.</translation>
    </message>
    <message>
        <source>the system refused it</source>
        <translation>el sistema lo rechazó</translation>
    </message>
    <message>
        <source>{path} can be read or changed by other users (mode {mode}). Run “{command}” to make it private.</source>
        <translation>Otros usuarios pueden leer o modificar {path} (modo {mode}). Ejecute «{command}» para hacerlo privado.</translation>
    </message>
    <message>
        <source>{path} cannot be written (read-only): changes are not saved.</source>
        <translation>No se puede escribir en {path} (solo lectura): los cambios no se guardan.</translation>
    </message>
    <message>
        <source>No backup today: {problem}</source>
        <translation>Hoy no hay copia de seguridad: {problem}</translation>
    </message>
    <message>
        <source>{error}

Restore the newest backup now? The damaged file is kept beside it.</source>
        <translation>{error}

¿Restaurar ahora la copia de seguridad más reciente? El archivo dañado se conserva al lado.</translation>
    </message>
    <message>
        <source>Restored {backup}. The damaged store was kept as {kept}.</source>
        <translation>Se restauró {backup}. El almacén dañado se conservó como {kept}.</translation>
    </message>
</context>
<context>
    <name>CalendarFile</name>
    <message>
        <source>Export to calendar</source>
        <translation>Exportar al calendario</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Archivos iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Not saved: no device in use and no planned procedure to put in a calendar.</source>
        <translation>No guardado: no hay ningún autoinyector en uso ni ningún procedimiento previsto que poner en un calendario.</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>No guardado: {error}</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n device(s) to {path}. Open it with your calendar app; importing a newer file again updates the same events.</source>
        <translation>
            <numerusform>Se guardó %n autoinyector en {path}. Ábralo con su aplicación de calendario; importar de nuevo un archivo más reciente actualiza los mismos eventos.</numerusform>
            <numerusform>Se guardaron %n autoinyectores en {path}. Ábralo con su aplicación de calendario; importar de nuevo un archivo más reciente actualiza los mismos eventos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The planned procedures and their premedication steps are in it too.</source>
        <translation>También contiene los procedimientos previstos y sus pasos de premedicación.</translation>
    </message>
    <message>
        <source>The calendar file</source>
        <translation>El archivo de calendario</translation>
    </message>
</context>
<context>
    <name>CardPage</name>
    <message>
        <source>Wallet card</source>
        <translation>Tarjeta de emergencia</translation>
    </message>
    <message>
        <source>Print as:</source>
        <translation>Imprimir como:</translation>
    </message>
    <message>
        <source>Fold-over sheet (cut and fold)</source>
        <translation>Hoja plegable (recortar y doblar)</translation>
    </message>
    <message>
        <source>Card-size pages (front, back)</source>
        <translation>Páginas del tamaño de la tarjeta (anverso y reverso)</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papel:</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <source>Emergency number:</source>
        <translation>Número de emergencia:</translation>
    </message>
    <message>
        <source>The number printed on this person&apos;s card and letter to call in an emergency; type another if yours differs</source>
        <translation>El número que se imprime en la tarjeta y la carta de esta persona para llamar en una emergencia; escriba otro si el suyo es distinto</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exportar PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Default for all profiles</source>
        <translation>Predeterminado para todos los perfiles</translation>
    </message>
    <message>
        <source>Use this number for every profile that has no number of its own</source>
        <translation>Usar este número para todos los perfiles que no tengan uno propio</translation>
    </message>
    <message>
        <source>Preview of the card</source>
        <translation>Vista previa de la tarjeta</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>Anverso</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Reverso</translation>
    </message>
    <message>
        <source>Printed sheet</source>
        <translation>Hoja impresa</translation>
    </message>
    <message>
        <source>The QR code holds (a phone camera reads it offline):</source>
        <translation>El código QR contiene (la cámara de un teléfono lo lee sin conexión):</translation>
    </message>
    <message>
        <source>European Union, and mobile phones in most of the world</source>
        <translation>Unión Europea, y teléfonos móviles en casi todo el mundo</translation>
    </message>
    <message>
        <source>United States, Canada, Mexico</source>
        <translation>Estados Unidos, Canadá, México</translation>
    </message>
    <message>
        <source>United Kingdom, Ireland (also 112)</source>
        <translation>Reino Unido, Irlanda (también 112)</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>Australia</translation>
    </message>
    <message>
        <source>New Zealand</source>
        <translation>Nueva Zelanda</translation>
    </message>
    <message>
        <source>Japan (ambulance)</source>
        <translation>Japón (ambulancia)</translation>
    </message>
    <message>
        <source>China (ambulance)</source>
        <translation>China (ambulancia)</translation>
    </message>
    <message>
        <source>from your region</source>
        <translation>de su región</translation>
    </message>
    <message>
        <source>your setting</source>
        <translation>su ajuste</translation>
    </message>
    <message>
        <source>set for this profile</source>
        <translation>fijado para este perfil</translation>
    </message>
    <message>
        <source>Emergency number on the card and letter: {number} ({where})</source>
        <translation>Número de emergencia en la tarjeta y la carta: {number} ({where})</translation>
    </message>
    <message>
        <source>. Change it above if it is not the number to call where you are.</source>
        <translation>. Cámbielo arriba si no es el número al que hay que llamar donde usted está.</translation>
    </message>
    <message>
        <source>Check before printing:</source>
        <translation>Revise antes de imprimir:</translation>
    </message>
    <message>
        <source>No warnings: everything fits on the card.</source>
        <translation>Sin advertencias: todo cabe en la tarjeta.</translation>
    </message>
    <message>
        <source>avoid list</source>
        <translation>lista de sustancias a evitar</translation>
    </message>
    <message>
        <source>epinephrine</source>
        <translation>adrenalina</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>contactos</translation>
    </message>
    <message>
        <source>clinicians</source>
        <translation>médicos</translation>
    </message>
    <message>
        <source>tolerated</source>
        <translation>sustancias toleradas</translation>
    </message>
    <message>
        <source>medications</source>
        <translation>medicación</translation>
    </message>
    <message>
        <source>physician&apos;s plan</source>
        <translation>plan del médico</translation>
    </message>
    <message>
        <source>emergency number</source>
        <translation>número de emergencia</translation>
    </message>
    <message>
        <source>condition</source>
        <translation>enfermedad</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>fecha de nacimiento</translation>
    </message>
    <message>
        <source>blood type</source>
        <translation>grupo sanguíneo</translation>
    </message>
    <message>
        <source>it still shows {item} ({section})</source>
        <translation>todavía muestra {item} ({section})</translation>
    </message>
    <message>
        <source>it lacks {item} ({section}, added {date})</source>
        <translation>le falta {item} ({section}, añadido el {date})</translation>
    </message>
    <message>
        <source>it lacks {item} ({section})</source>
        <translation>le falta {item} ({section})</translation>
    </message>
    <message>
        <source>The card you made on {date} no longer matches the record: {changes}. Print a new one and replace the card in your wallet.</source>
        <translation>La tarjeta que hizo el {date} ya no coincide con la ficha: {changes}. Imprima una nueva y sustituya la tarjeta de su cartera.</translation>
    </message>
    <message>
        <source>Front of the card:</source>
        <translation>Anverso de la tarjeta:</translation>
    </message>
    <message>
        <source>Back of the card:</source>
        <translation>Reverso de la tarjeta:</translation>
    </message>
    <message>
        <source>The QR code holds:</source>
        <translation>El código QR contiene:</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Advertencias:</translation>
    </message>
    <message>
        <source>Export the wallet card</source>
        <translation>Exportar la tarjeta de emergencia</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>The wallet card</source>
        <translation>La tarjeta de emergencia</translation>
    </message>
    <message>
        <source>Print the wallet card?</source>
        <translation>¿Imprimir la tarjeta de emergencia?</translation>
    </message>
    <message>
        <source>In the print dialog choose 100 % / actual size, never “fit to page”.</source>
        <translation>En el diálogo de impresión elija 100 % / tamaño real, nunca «ajustar a la página».</translation>
    </message>
    <message>
        <source>Choose printer…</source>
        <translation>Elegir impresora…</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>No impreso</translation>
    </message>
    <message>
        <source>The printer could not start.</source>
        <translation>No se pudo iniciar la impresora.</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>Indolent systemic mastocytosis</source>
        <translation>Mastocitosis sistémica indolente</translation>
    </message>
    <message>
        <source>The most common form. Most people with it have a normal life expectancy.</source>
        <translation>La forma más frecuente. La mayoría de las personas que la tienen tienen una esperanza de vida normal.</translation>
    </message>
    <message>
        <source>Bone marrow mastocytosis</source>
        <translation>Mastocitosis de la médula ósea</translation>
    </message>
    <message>
        <source>Mast cells gather in the bone marrow without skin lesions, and tryptase is below 125 ng/mL. WHO 2022 counts it as a type of its own; ICC 2022 as a variant of ISM.</source>
        <translation>Los mastocitos se acumulan en la médula ósea sin lesiones en la piel, y la triptasa está por debajo de 125 ng/mL. La OMS 2022 la considera un tipo propio; la ICC 2022, una variante de la ISM.</translation>
    </message>
    <message>
        <source>Smoldering systemic mastocytosis</source>
        <translation>Mastocitosis sistémica latente (smoldering)</translation>
    </message>
    <message>
        <source>A form with a larger mast cell burden, shown by two or more so-called B-findings, for example a tryptase of 200 ng/mL or higher.</source>
        <translation>Una forma con mayor carga de mastocitos, que se reconoce por dos o más de los llamados hallazgos B, por ejemplo una triptasa de 200 ng/mL o más.</translation>
    </message>
    <message>
        <source>Systemic mastocytosis with an associated hematologic neoplasm</source>
        <translation>Mastocitosis sistémica con neoplasia hematológica asociada</translation>
    </message>
    <message>
        <source>SM that occurs together with a second blood cancer; ICC 2022 calls it SM with an associated myeloid neoplasm. Roughly one person in five with SM has this form.</source>
        <translation>Mastocitosis sistémica que aparece junto con un segundo cáncer de la sangre; la ICC 2022 la llama mastocitosis sistémica con neoplasia mieloide asociada. Aproximadamente una de cada cinco personas con mastocitosis sistémica tiene esta forma.</translation>
    </message>
    <message>
        <source>Aggressive systemic mastocytosis</source>
        <translation>Mastocitosis sistémica agresiva</translation>
    </message>
    <message>
        <source>An advanced form in which mast cells harm organs, for example the bone marrow and the bones.</source>
        <translation>Una forma avanzada en la que los mastocitos dañan órganos, por ejemplo la médula ósea y los huesos.</translation>
    </message>
    <message>
        <source>Mast cell leukemia</source>
        <translation>Leucemia de mastocitos</translation>
    </message>
    <message>
        <source>A very rare, advanced form in which SM turns into a leukemia of mast cells.</source>
        <translation>Una forma muy rara y avanzada en la que la mastocitosis sistémica se convierte en una leucemia de mastocitos.</translation>
    </message>
    <message>
        <source>Mast cell sarcoma</source>
        <translation>Sarcoma de mastocitos</translation>
    </message>
    <message>
        <source>A very rare form in which abnormal mast cells grow as a tumour that invades the tissue around it.</source>
        <translation>Una forma muy rara en la que mastocitos anómalos crecen como un tumor que invade el tejido que lo rodea.</translation>
    </message>
    <message>
        <source>Cutaneous mastocytosis</source>
        <translation>Mastocitosis cutánea</translation>
    </message>
    <message>
        <source>Mastocytosis limited to the skin: maculopapular CM (urticaria pigmentosa), diffuse CM or a mastocytoma. It is seen mostly in children.</source>
        <translation>Mastocitosis limitada a la piel: MC maculopapular (urticaria pigmentosa), MC difusa o un mastocitoma. Se ve sobre todo en niños.</translation>
    </message>
    <message>
        <source>Systemic mastocytosis, subtype not yet known</source>
        <translation>Mastocitosis sistémica, subtipo aún no conocido</translation>
    </message>
    <message>
        <source>Systemic mastocytosis whose subtype has not been determined yet.</source>
        <translation>Mastocitosis sistémica cuyo subtipo aún no se ha determinado.</translation>
    </message>
    <message>
        <source>Tell the anesthesia team about your mastocytosis well before the day</source>
        <translation>Informe al equipo de anestesia de su mastocitosis con bastante antelación</translation>
    </message>
    <message>
        <source>Bring the pre-operative letter and two in-date epinephrine devices</source>
        <translation>Lleve la carta preoperatoria y dos autoinyectores de adrenalina vigentes</translation>
    </message>
    <message>
        <source>Ask the team to check the planned drugs against your avoid list</source>
        <translation>Pida al equipo que compare los fármacos previstos con su lista de sustancias a evitar</translation>
    </message>
    <message>
        <source>Bring the emergency plan signed by your physician</source>
        <translation>Lleve el plan de emergencia firmado por su médico</translation>
    </message>
    <message>
        <source>Ask your physician whether you need a premedication plan; bring it</source>
        <translation>Pregunte a su médico si necesita un plan de premedicación; llévelo</translation>
    </message>
    <message>
        <source>Bring your health history, medications and drug allergies</source>
        <translation>Lleve su historia clínica, sus medicamentos y sus alergias a fármacos</translation>
    </message>
    <message>
        <source>Bring your physicians&apos; contact details</source>
        <translation>Lleve los datos de contacto de sus médicos</translation>
    </message>
    <message>
        <source>If a reaction occurs: tryptase within 1-2 hours, and a baseline later</source>
        <translation>Si hay una reacción: triptasa en 1-2 horas y, más adelante, un valor basal</translation>
    </message>
    <message>
        <source>Wear medical-alert jewelry naming your condition and drugs to avoid</source>
        <translation>Lleve una joya de alerta médica (pulsera, colgante) con su enfermedad y los fármacos a evitar</translation>
    </message>
    <message>
        <source>Carry two devices; if there is no improvement, the second is used 5 to 15 minutes after the first.</source>
        <translation>Lleve dos autoinyectores; si no hay mejoría, el segundo se usa entre 5 y 15 minutos después del primero.</translation>
    </message>
    <message>
        <source>Check the expiry dates and replace each device before it expires.</source>
        <translation>Compruebe las fechas de caducidad y sustituya cada autoinyector antes de que caduque.</translation>
    </message>
    <message>
        <source>A new device typically carries a use-by date 12 to 18 months ahead.</source>
        <translation>Un autoinyector nuevo suele tener una fecha de caducidad de 12 a 18 meses más adelante.</translation>
    </message>
    <message>
        <source>An expiry printed as month and year means the last day of that month.</source>
        <translation>Una fecha de caducidad con mes y año significa el último día de ese mes.</translation>
    </message>
    <message>
        <source>An expired device still holds most of its drug: if it is the only one at hand, it should still be used.</source>
        <translation>Un autoinyector caducado aún contiene la mayor parte de su fármaco: si es el único a mano, debe usarse igualmente.</translation>
    </message>
    <message>
        <source>UK: Emerade 0.3 mg and 0.5 mg pens were recalled from patients in May 2023 (MHRA, NatPSA/2023/004); the 0.15 mg pen in March 2020. Ask a pharmacist for a replacement device.</source>
        <translation>Reino Unido: las plumas Emerade de 0,3 mg y 0,5 mg se retiraron a los pacientes en mayo de 2023 (MHRA, NatPSA/2023/004); la de 0,15 mg, en marzo de 2020. Pida a su farmacéutico un autoinyector de sustitución.</translation>
    </message>
    <message>
        <source>ACE inhibitors</source>
        <translation>Inhibidores de la ECA</translation>
    </message>
    <message>
        <source>Alcohol</source>
        <translation>Alcohol</translation>
    </message>
    <message>
        <source>Antibiotics</source>
        <translation>Antibióticos</translation>
    </message>
    <message>
        <source>Antiseptics</source>
        <translation>Antisépticos</translation>
    </message>
    <message>
        <source>Beta-blockers</source>
        <translation>Betabloqueantes</translation>
    </message>
    <message>
        <source>Hypnotics</source>
        <translation>Hipnóticos</translation>
    </message>
    <message>
        <source>Insect venom</source>
        <translation>Veneno de insectos</translation>
    </message>
    <message>
        <source>Local anaesthetics</source>
        <translation>Anestésicos locales</translation>
    </message>
    <message>
        <source>Neuromuscular blockers</source>
        <translation>Bloqueantes neuromusculares</translation>
    </message>
    <message>
        <source>NSAIDs and aspirin</source>
        <translation>AINE y aspirina</translation>
    </message>
    <message>
        <source>Opioids</source>
        <translation>Opioides</translation>
    </message>
    <message>
        <source>Pain relief other than NSAIDs</source>
        <translation>Analgésicos distintos de los AINE</translation>
    </message>
    <message>
        <source>Plasma expanders</source>
        <translation>Expansores del plasma</translation>
    </message>
    <message>
        <source>Radiocontrast media</source>
        <translation>Medios de contraste radiológicos</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Check</source>
        <translation>Revisar</translation>
    </message>
    <message>
        <source>What your record says against itself and the catalog. Double-click a line or press Enter to go to the field. Nothing is changed for you. Finding nothing does not mean that any drug is safe.</source>
        <translation>Contradicciones de su ficha consigo misma y con el catálogo. Haga doble clic en una línea o pulse Intro para ir al campo. No se cambia nada por usted. Que no se encuentre nada no significa que un medicamento sea seguro.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Recalled product</source>
        <translation>Producto retirado del mercado</translation>
    </message>
    <message>
        <source>Fewer than two in-date devices</source>
        <translation>Menos de dos autoinyectores vigentes</translation>
    </message>
    <message>
        <source>Fewer than two in-date devices at a place</source>
        <translation>Menos de dos autoinyectores vigentes en un lugar</translation>
    </message>
    <message>
        <source>Device out of date</source>
        <translation>Autoinyector caducado</translation>
    </message>
    <message>
        <source>Expiry date far ahead</source>
        <translation>Fecha de caducidad muy lejana</translation>
    </message>
    <message>
        <source>Device out of date before a procedure</source>
        <translation>Autoinyector caducado antes de un procedimiento</translation>
    </message>
    <message>
        <source>Dose the product is not made in</source>
        <translation>Dosis en la que no se fabrica el producto</translation>
    </message>
    <message>
        <source>Product not in the catalog</source>
        <translation>Producto que no está en el catálogo</translation>
    </message>
    <message>
        <source>No diagnosis</source>
        <translation>Sin diagnóstico</translation>
    </message>
    <message>
        <source>No emergency contact</source>
        <translation>Sin contacto de emergencia</translation>
    </message>
    <message>
        <source>Number without country code</source>
        <translation>Número sin prefijo de país</translation>
    </message>
    <message>
        <source>Both to avoid and tolerated</source>
        <translation>A evitar y tolerado a la vez</translation>
    </message>
    <message>
        <source>Medication matches the avoid list</source>
        <translation>Un medicamento coincide con la lista de sustancias a evitar</translation>
    </message>
    <message>
        <source>Beta-blocker</source>
        <translation>Betabloqueante</translation>
    </message>
    <message>
        <source>ACE inhibitor</source>
        <translation>Inhibidor de la ECA</translation>
    </message>
    <message>
        <source>{device} was recalled: {recall}</source>
        <translation>{device} ha sido retirado del mercado: {recall}</translation>
    </message>
    <message>
        <source>{device} is in date until {date}, more than {years} years away. Check the year against the date printed on the device: a slip would keep its reminders silent.</source>
        <translation>{device} es válido hasta el {date}, dentro de más de {years} años. Compare el año con la fecha impresa en el dispositivo: un error de escritura dejaría sus recordatorios en silencio.</translation>
    </message>
    <message>
        <source>{contact}: {phone} has no country code. Written with + and the country code, it connects from abroad and from any phone.</source>
        <translation>{contact}: {phone} no tiene prefijo de país. Escrito con + y el prefijo del país, se puede llamar desde el extranjero y desde cualquier teléfono.</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s):</source>
        <translation>
            <numerusform>%n hallazgo:</numerusform>
            <numerusform>%n hallazgos:</numerusform>
        </translation>
    </message>
    <message>
        <source>{device} is out of date (last day in date: {date}).</source>
        <translation>{device} está caducado (válido hasta: {date}).</translation>
    </message>
    <message>
        <source>{device} is in date only until {date}, before {procedure} on {planned}.</source>
        <translation>{device} solo es válido hasta {date}, antes de {procedure} el {planned}.</translation>
    </message>
    <message>
        <source>{device}: the catalog does not know this product, so its route and doses cannot be checked.</source>
        <translation>{device}: el catálogo no conoce este producto, así que no se pueden comprobar su vía de administración ni sus dosis.</translation>
    </message>
    <message>
        <source>{device}: {product} is made in {doses} mg only. Check the dose on the device&apos;s label.</source>
        <translation>{device}: {product} solo se fabrica en {doses} mg. Compruebe la dosis en la etiqueta del autoinyector.</translation>
    </message>
    <message>
        <source>No diagnosis (subtype) recorded.</source>
        <translation>No hay ningún diagnóstico (subtipo) registrado.</translation>
    </message>
    <message>
        <source>No emergency contact recorded.</source>
        <translation>No hay ningún contacto de emergencia registrado.</translation>
    </message>
    <message>
        <source>{agent} is both tolerated (entry {entry}) and to avoid ({avoided}, entry {avoided_entry}).</source>
        <translation>{agent} figura a la vez como tolerado (entrada {entry}) y como a evitar ({avoided}, entrada {avoided_entry}).</translation>
    </message>
    <message>
        <source>{agent} is tolerated (entry {entry}), yet the catalog lists {member} among {avoided}, to avoid (entry {avoided_entry}).</source>
        <translation>{agent} figura como tolerado (entrada {entry}), pero el catálogo incluye {member} entre {avoided}, a evitar (entrada {avoided_entry}).</translation>
    </message>
    <message>
        <source>The medication {agent} looks like a beta-blocker, and {avoided} is on the avoid list (entry {avoided_entry}).</source>
        <translation>El medicamento {agent} parece un betabloqueante, y {avoided} está en la lista de sustancias a evitar (entrada {avoided_entry}).</translation>
    </message>
    <message>
        <source>The medication {agent} looks like an ACE inhibitor, and {avoided} is on the avoid list (entry {avoided_entry}).</source>
        <translation>El medicamento {agent} parece un inhibidor de la ECA, y {avoided} está en la lista de sustancias a evitar (entrada {avoided_entry}).</translation>
    </message>
    <message>
        <source>The medication {agent} matches {avoided} on the avoid list (entry {avoided_entry}).</source>
        <translation>El medicamento {agent} coincide con {avoided} de la lista de sustancias a evitar (entrada {avoided_entry}).</translation>
    </message>
    <message>
        <source>The medication {agent}: the catalog lists {member} among {avoided}, on the avoid list (entry {avoided_entry}).</source>
        <translation>El medicamento {agent}: el catálogo incluye {member} entre {avoided}, de la lista de sustancias a evitar (entrada {avoided_entry}).</translation>
    </message>
    <message>
        <source>The medication {agent} looks like a beta-blocker: for your physician to review.</source>
        <translation>El medicamento {agent} parece un betabloqueante: para que lo revise su médico.</translation>
    </message>
    <message>
        <source>The medication {agent} looks like an ACE inhibitor: for your physician to review.</source>
        <translation>El medicamento {agent} parece un inhibidor de la ECA: para que lo revise su médico.</translation>
    </message>
    <message>
        <source>Double-click or press Enter to go to the field</source>
        <translation>Haga doble clic o pulse Intro para ir al campo</translation>
    </message>
    <message>
        <source>No record yet.</source>
        <translation>Todavía no hay ninguna ficha.</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>No se encontró nada.</translation>
    </message>
</context>
<context>
    <name>DatePicker</name>
    <message>
        <source>Calendar…</source>
        <translation>Calendario…</translation>
    </message>
    <message>
        <source>Pick a date from a calendar</source>
        <translation>Elegir una fecha en un calendario</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
</context>
<context>
    <name>Devices</name>
    <message>
        <source>No epinephrine device in date: carry two.</source>
        <translation>Ningún autoinyector de adrenalina vigente: lleve dos consigo.</translation>
    </message>
    <message>
        <source>Only one epinephrine device in date: carry two.</source>
        <translation>Solo un autoinyector de adrenalina vigente: lleve dos consigo.</translation>
    </message>
    <message>
        <source>No epinephrine device in date at {place}: carry two there.</source>
        <translation>Ningún autoinyector de adrenalina vigente en {place}: tenga dos allí.</translation>
    </message>
    <message>
        <source>Only one epinephrine device in date at {place}: carry two there.</source>
        <translation>Solo un autoinyector de adrenalina vigente en {place}: tenga dos allí.</translation>
    </message>
    <message>
        <source>No device in date.</source>
        <translation>Ningún autoinyector vigente.</translation>
    </message>
    <message>
        <source>Only one device in date.</source>
        <translation>Solo un autoinyector vigente.</translation>
    </message>
</context>
<context>
    <name>DiagnosisPage</name>
    <message>
        <source>&lt;h2&gt;Diagnosis&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Diagnóstico&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>— not recorded —</source>
        <translation>— no registrado —</translation>
    </message>
    <message>
        <source>Subtype</source>
        <translation>Subtipo</translation>
    </message>
    <message>
        <source>Diagnosed on</source>
        <translation>Fecha del diagnóstico</translation>
    </message>
    <message>
        <source>Baseline tryptase (ng/mL)</source>
        <translation>Triptasa basal (ng/ml)</translation>
    </message>
    <message>
        <source>e.g. 38.5</source>
        <translation>p. ej., 38,5</translation>
    </message>
    <message>
        <source>Tryptase measured on</source>
        <translation>Fecha de la medición de triptasa</translation>
    </message>
    <message>
        <source>03/2019 or 14.03.2019</source>
        <translation>03/2019 o 14.03.2019</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>positivo</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>negativo</translation>
    </message>
    <message>
        <source>unknown / not tested</source>
        <translation>desconocido / no analizado</translation>
    </message>
    <message>
        <source>KIT D816V</source>
        <translation>KIT D816V</translation>
    </message>
    <message>
        <source>yes, anaphylaxis before</source>
        <translation>sí, ha tenido anafilaxia</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>History of anaphylaxis</source>
        <translation>Antecedentes de anafilaxia</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>EditHistory</name>
    <message>
        <source>edit of {name}</source>
        <translation>edición de {name}</translation>
    </message>
    <message>
        <source>deletion of {name}</source>
        <translation>eliminación de {name}</translation>
    </message>
</context>
<context>
    <name>ExportedDialog</name>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>{what} saved to:</source>
        <translation>{what} se guardó en:</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Mostrar en la carpeta</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <source>&quot;{text}&quot;</source>
        <comment>quotation marks around a value the person typed</comment>
        <translation>«{text}»</translation>
    </message>
    <message>
        <source>a number too large to show</source>
        <translation>un número demasiado grande para mostrarlo</translation>
    </message>
    <message>
        <source>{label} is required</source>
        <translation>{label} es obligatorio</translation>
    </message>
    <message>
        <source>{label} is longer than {limit} characters</source>
        <translation>{label} tiene más de {limit} caracteres</translation>
    </message>
    <message>
        <source>{label} holds more than {limit} entries</source>
        <translation>{label} contiene más de {limit} entradas</translation>
    </message>
    <message>
        <source>{label} {value} is not text</source>
        <translation>{label} {value} no es texto</translation>
    </message>
    <message>
        <source>{label} {value} contains an invalid character</source>
        <translation>{label} {value} contiene un carácter no válido</translation>
    </message>
    <message>
        <source>{label} must not be empty</source>
        <translation>{label} no puede estar vacío</translation>
    </message>
    <message>
        <source>{label} holds only invisible characters</source>
        <translation>{label} solo contiene caracteres invisibles</translation>
    </message>
    <message>
        <source>{label} {value} contains a control character</source>
        <translation>{label} {value} contiene un carácter de control</translation>
    </message>
    <message>
        <source>{label} {value} contains a line break or control character</source>
        <translation>{label} {value} contiene un salto de línea o un carácter de control</translation>
    </message>
    <message>
        <source>{label} {value} contains a bidirectional override character</source>
        <translation>{label} {value} contiene un carácter que fuerza la dirección del texto</translation>
    </message>
    <message>
        <source>{label} {value} is not a phone number (digits, spaces, + - ( ) and an optional extension such as &quot;ext. 12&quot;)</source>
        <translation>{label} {value} no es un número de teléfono (dígitos, espacios, + - ( ) y, si hace falta, una extensión como «ext. 12»)</translation>
    </message>
    <message>
        <source>{label} {value} has fewer than {minimum} digits</source>
        <translation>{label} {value} tiene menos de {minimum} dígitos</translation>
    </message>
    <message>
        <source>{label} {value} is not a date</source>
        <translation>{label} {value} no es una fecha</translation>
    </message>
    <message>
        <source>{label} {value} is not a date (YYYY-MM-DD)</source>
        <translation>{label} {value} no es una fecha (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>{label} {value} is not a date (YYYY-MM-DD or YYYY-MM)</source>
        <translation>{label} {value} no es una fecha (AAAA-MM-DD o AAAA-MM)</translation>
    </message>
    <message>
        <source>{label} {value} is not a date (e.g. 2027-03-31 or 31.03.2027)</source>
        <translation>{label} {value} no es una fecha (p. ej., 2027-03-31 o 31.03.2027)</translation>
    </message>
    <message>
        <source>{label} {value} is not a date (e.g. 2027-03-31, 31.03.2027, or 03/2027 for a month)</source>
        <translation>{label} {value} no es una fecha (p. ej., 2027-03-31, 31.03.2027 o 03/2027 para un mes)</translation>
    </message>
    <message>
        <source>{label} {value} is in the future</source>
        <translation>{label} {value} está en el futuro</translation>
    </message>
    <message>
        <source>{label} {value} is not a number</source>
        <translation>{label} {value} no es un número</translation>
    </message>
    <message>
        <source>{label} {value} is too large</source>
        <translation>{label} {value} es demasiado grande</translation>
    </message>
    <message>
        <source>{label} {value} must be greater than {limit}</source>
        <translation>{label} {value} debe ser mayor que {limit}</translation>
    </message>
    <message>
        <source>{label} {value} must be at least {limit}</source>
        <translation>{label} {value} debe ser como mínimo {limit}</translation>
    </message>
    <message>
        <source>{label} {value} must be less than {limit}</source>
        <translation>{label} {value} debe ser menor que {limit}</translation>
    </message>
    <message>
        <source>{label} {value} must be at most {limit}</source>
        <translation>{label} {value} debe ser como máximo {limit}</translation>
    </message>
    <message>
        <source>{label} {value} is not a whole number of minutes</source>
        <translation>{label} {value} no es un número entero de minutos</translation>
    </message>
    <message>
        <source>{label} {value} must be from {low} to {high} minutes</source>
        <translation>{label} {value} debe estar entre {low} y {high} minutos</translation>
    </message>
    <message>
        <source>{label} {value} is not a time before the procedure (e.g. &quot;24 h&quot;, &quot;30 min&quot;)</source>
        <translation>{label} {value} no es un tiempo antes de la intervención (p. ej., «24 h», «30 min»)</translation>
    </message>
    <message>
        <source>{label} {value} must be whole minutes</source>
        <translation>{label} {value} debe ser un número entero de minutos</translation>
    </message>
    <message>
        <source>{label} {value} must be at most {days} days before</source>
        <translation>{label} {value} debe ser como máximo {days} días antes</translation>
    </message>
    <message>
        <source>{label} {value} is not a time (HH:MM, 24-hour)</source>
        <translation>{label} {value} no es una hora (HH:MM, 24 horas)</translation>
    </message>
    <message>
        <source>{label} {value} is not a time (e.g. 08:30, 8.30 or 2:15 pm)</source>
        <translation>{label} {value} no es una hora (p. ej., 08:30, 8.30 o 2:15 pm)</translation>
    </message>
    <message>
        <source>{label} {value} is not true or false</source>
        <translation>{label} {value} no es verdadero ni falso</translation>
    </message>
    <message>
        <source>{label} {value} is not one of {choices}</source>
        <translation>{label} {value} no es ninguno de estos valores: {choices}</translation>
    </message>
    <message>
        <source>{label} {value} is not a language tag (e.g. en, de, pt-BR)</source>
        <translation>{label} {value} no es un código de idioma (p. ej., en, de, pt-BR)</translation>
    </message>
</context>
<context>
    <name>InjectorDialog</name>
    <message>
        <source>Disposed of (out of date, damaged or lost)</source>
        <translation>Desechado (caducado, dañado o perdido)</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Usado</translation>
    </message>
    <message>
        <source>The device it replaces</source>
        <translation>El autoinyector al que sustituye</translation>
    </message>
    <message>
        <source>The one it replaces</source>
        <translation>El sustituido</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Fecha de caducidad</translation>
    </message>
    <message>
        <source>As printed on the device, e.g. 08/2027 or 31.08.2027</source>
        <translation>Tal como está impreso en el dispositivo, p. ej., 08/2027 o 31.08.2027</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>e.g. handbag, school office</source>
        <translation>p. ej., bolso, secretaría del colegio</translation>
    </message>
    <message>
        <source>Kept in</source>
        <translation>Guardado en</translation>
    </message>
    <message>
        <source>Save device</source>
        <translation>Guardar autoinyector</translation>
    </message>
    <message>
        <source>Product: is required</source>
        <translation>Producto: es obligatorio</translation>
    </message>
</context>
<context>
    <name>InjectorsPage</name>
    <message>
        <source>I replaced it: the new device</source>
        <translation>Lo he sustituido: el autoinyector nuevo</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Epinephrine devices&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Autoinyectores de adrenalina&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>In date until</source>
        <translation>Válido hasta</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Días restantes</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>Kept in</source>
        <translation>Guardado en</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message numerus="yes">
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>caducó hace %n día</numerusform>
            <numerusform>caducó hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark used</source>
        <translation>Marcar como usado</translation>
    </message>
    <message>
        <source>I replaced it…</source>
        <translation>Lo he sustituido…</translation>
    </message>
    <message>
        <source>Already in the list?</source>
        <translation>¿Ya está en la lista?</translation>
    </message>
    <message>
        <source>It is the one in the list</source>
        <translation>Es el de la lista</translation>
    </message>
    <message>
        <source>Record a second device</source>
        <translation>Registrar un segundo dispositivo</translation>
    </message>
    <message>
        <source>{device}, lot {lot}, in date until {date}, is already in the list. Is it the same pen? (Two pens from one pack share their lot and date.)</source>
        <translation>{device}, lote {lot}, válido hasta el {date}, ya está en la lista. ¿Es la misma pluma? (Dos plumas de un mismo envase comparten lote y fecha.)</translation>
    </message>
    <message>
        <source>Devices in use</source>
        <translation>Autoinyectores en uso</translation>
    </message>
    <message>
        <source>Mark as used…</source>
        <translation>Marcar como usado…</translation>
    </message>
    <message>
        <source>Export to calendar…</source>
        <translation>Exportar al calendario…</translation>
    </message>
    <message>
        <source>&lt;b&gt;History&lt;/b&gt; (used, disposed and replaced devices)</source>
        <translation>&lt;b&gt;Historial&lt;/b&gt; (autoinyectores usados, desechados y sustituidos)</translation>
    </message>
    <message>
        <source>Device history</source>
        <translation>Historial de autoinyectores</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>Replaced by</source>
        <translation>Sustituido por</translation>
    </message>
    <message>
        <source>In date</source>
        <translation>Vigente</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Caduca pronto</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducado</translation>
    </message>
    <message>
        <source>expired today</source>
        <translation>caducó hoy</translation>
    </message>
    <message>
        <source>last day</source>
        <translation>último día</translation>
    </message>
    <message numerus="yes">
        <source>Replace the expired device(s).</source>
        <translation>
            <numerusform>Sustituya el autoinyector caducado.</numerusform>
            <numerusform>Sustituya los %n autoinyectores caducados.</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} in-date devices.</source>
        <translation>{count} autoinyectores vigentes.</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Usado</translation>
    </message>
    <message>
        <source>Disposed</source>
        <translation>Desechado</translation>
    </message>
    <message>
        <source>{product}, in date until {date}</source>
        <translation>{product}, válido hasta {date}</translation>
    </message>
    <message>
        <source>The devices changed since the calendar file was exported on {date}: export to calendar again and import the new file, so your phone&apos;s calendar drops the old reminders and adds the new ones.</source>
        <translation>Los autoinyectores han cambiado desde que se exportó el archivo de calendario el {date}: vuelva a exportarlo al calendario e importe el archivo nuevo, para que el calendario de su teléfono quite los recordatorios antiguos y añada los nuevos.</translation>
    </message>
    <message>
        <source>Add a device</source>
        <translation>Añadir un autoinyector</translation>
    </message>
    <message>
        <source>Edit device</source>
        <translation>Editar autoinyector</translation>
    </message>
    <message>
        <source>Mark {device} as used? It moves to the history (Edit &gt; Undo brings it back).</source>
        <translation>¿Marcar {device} como usado? Pasa al historial (Editar &gt; Deshacer lo recupera).</translation>
    </message>
    <message>
        <source>Mark {device} as used</source>
        <translation>Marcar {device} como usado</translation>
    </message>
    <message>
        <source>{device} is in the history now. If it was used in a reaction, record what happened on the Reactions page for your physicians.</source>
        <translation>{device} está ahora en el historial. Si se usó en una reacción, anote lo ocurrido en la página Reacciones para sus médicos.</translation>
    </message>
    <message>
        <source>Get a new device for {place}.</source>
        <translation>Consiga un autoinyector nuevo para {place}.</translation>
    </message>
    <message>
        <source>Get a new device.</source>
        <translation>Consiga un autoinyector nuevo.</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>German</source>
        <translation>Alemán</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>Griego</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Francés</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italiano</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Japonés</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Neerlandés</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Polaco</translation>
    </message>
    <message>
        <source>Portuguese (Portugal)</source>
        <translation>Portugués (Portugal)</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>Turco</translation>
    </message>
    <message>
        <source>Chinese (Simplified)</source>
        <translation>Chino (simplificado)</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>Avoid</source>
        <translation>Evitar</translation>
    </message>
    <message>
        <source>Caution</source>
        <translation>Precaución</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Browse by group</source>
        <translation>Explorar por grupo</translation>
    </message>
    <message>
        <source>Browse suggestions by group</source>
        <translation>Explorar sugerencias por grupo</translation>
    </message>
    <message>
        <source>To change an entry, double-click its cell (or select it and press F2).</source>
        <translation>Para cambiar una entrada, haga doble clic en su celda (o selecciónela y pulse F2).</translation>
    </message>
    <message>
        <source>Edit cell</source>
        <translation>Editar celda</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Remove entry</source>
        <translation>Eliminar entrada</translation>
    </message>
    <message>
        <source>Catalog entry {id!r} is not in this version of the catalog.</source>
        <translation>La entrada de catálogo {id!r} no está en esta versión del catálogo.</translation>
    </message>
    <message>
        <source>Catalog: {name} — {note}
Sources: {sources}</source>
        <translation>Catálogo: {name} — {note}
Fuentes: {sources}</translation>
    </message>
    <message>
        <source>Reaction log: reaction recorded {dates}</source>
        <translation>Registro de reacciones: reacción registrada el {dates}</translation>
    </message>
    <message>
        <source>Reaction log: reactions recorded {dates}</source>
        <translation>Registro de reacciones: reacciones registradas el {dates}</translation>
    </message>
    <message>
        <source>Listed twice: remove one of them.</source>
        <translation>Aparece dos veces: elimine una de las entradas.</translation>
    </message>
    <message>
        <source>Listed twice: {names}.</source>
        <translation>Aparecen dos veces: {names}.</translation>
    </message>
    <message>
        <source>{value} is already in the list.</source>
        <translation>{value} ya está en la lista.</translation>
    </message>
    <message>
        <source>Drugs and agents to avoid</source>
        <translation>Medicamentos y sustancias a evitar</translation>
    </message>
    <message>
        <source>What you and your physician decided to avoid, most important first: the first entries appear on the front of the card. Suggestions come from the catalog with their sources; tolerance is individual.</source>
        <translation>Lo que usted y su médico decidieron evitar, lo más importante primero: las primeras entradas aparecen en el anverso de la tarjeta. Las sugerencias vienen del catálogo con sus fuentes; la tolerancia es individual.</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Sustancia</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Reaction seen</source>
        <translation>Reacción observada</translation>
    </message>
    <message>
        <source>Noted on</source>
        <translation>Fecha de anotación</translation>
    </message>
    <message>
        <source>Remove agent</source>
        <translation>Eliminar sustancia</translation>
    </message>
    <message>
        <source>Tolerated agents</source>
        <translation>Sustancias toleradas</translation>
    </message>
    <message>
        <source>Agents you have received without a reaction (for example a previous anaesthetic). A record of your history, not a statement that they are safe.</source>
        <translation>Sustancias que ha recibido sin reacción (por ejemplo, un anestésico anterior). Un registro de sus antecedentes, no una afirmación de que sean seguras.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Current medications</source>
        <translation>Medicación actual</translation>
    </message>
    <message>
        <source>What you take now, as prescribed.</source>
        <translation>Lo que toma ahora, tal como se lo recetaron.</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Pauta</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Para qué</translation>
    </message>
    <message>
        <source>Remove medication</source>
        <translation>Eliminar medicamento</translation>
    </message>
    <message>
        <source>Emergency contacts</source>
        <translation>Contactos de emergencia</translation>
    </message>
    <message>
        <source>Who to call in an emergency. The first contact appears on the front of the card.</source>
        <translation>A quién llamar en una emergencia. El primer contacto aparece en el anverso de la tarjeta.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relación</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>Eliminar contacto</translation>
    </message>
    <message>
        <source>Clinicians</source>
        <translation>Médicos</translation>
    </message>
    <message>
        <source>Your treating physicians. The first appears on the card.</source>
        <translation>Sus médicos tratantes. El primero aparece en la tarjeta.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Centro</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Remove clinician</source>
        <translation>Eliminar médico</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnóstico</translation>
    </message>
    <message>
        <source>Avoid</source>
        <translation>Evitar</translation>
    </message>
    <message>
        <source>Tolerated</source>
        <translation>Tolerados</translation>
    </message>
    <message>
        <source>Medications</source>
        <translation>Medicación</translation>
    </message>
    <message>
        <source>Injectors</source>
        <translation>Autoinyectores</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Clinicians</source>
        <translation>Médicos</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>Reacciones</translation>
    </message>
    <message>
        <source>Physician&apos;s plans</source>
        <translation>Planes del médico</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Revisar</translation>
    </message>
    <message>
        <source>Wallet card</source>
        <translation>Tarjeta de emergencia</translation>
    </message>
    <message>
        <source>Surgery</source>
        <translation>Cirugía</translation>
    </message>
    <message>
        <source>Phone and action plan</source>
        <translation>Teléfono y plan de acción</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Viajes</translation>
    </message>
    <message>
        <source>Reminder settings</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <source>sm-card — mastocytosis record</source>
        <translation>sm-card — ficha de mastocitosis</translation>
    </message>
    <message>
        <source> (demo: changes are not kept)</source>
        <translation> (demostración: los cambios no se conservan)</translation>
    </message>
    <message>
        <source>Demo record in a temporary folder: nothing you change here touches your own data.</source>
        <translation>Ficha de demostración en una carpeta temporal: nada de lo que cambie aquí afecta a sus propios datos.</translation>
    </message>
    <message>
        <source>Sections of the record</source>
        <translation>Secciones de la ficha</translation>
    </message>
    <message>
        <source>No record yet. Create a profile for yourself or a family member, or import a file exported from sm-card.</source>
        <translation>Todavía no hay ninguna ficha. Cree un perfil para usted o para un familiar, o importe un archivo exportado desde sm-card.</translation>
    </message>
    <message>
        <source>New profile…</source>
        <translation>Nuevo perfil…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Profile: </source>
        <translation>Perfil: </translation>
    </message>
    <message>
        <source>Delete profile…</source>
        <translation>Eliminar perfil…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Perfil</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Nuevo perfil</translation>
    </message>
    <message>
        <source>Name of the person (e.g. a child in the family):</source>
        <translation>Nombre de la persona (p. ej., un hijo o una hija):</translation>
    </message>
    <message>
        <source>A profile with this name exists already.</source>
        <translation>Ya existe un perfil con este nombre.</translation>
    </message>
    <message>
        <source>Delete the whole record of {name}? Edit &gt; Undo brings it back while the app stays open; export it first if you may need it later.</source>
        <translation>¿Eliminar toda la ficha de {name}? Editar &gt; Deshacer la recupera mientras la aplicación siga abierta; expórtela antes si puede necesitarla más adelante.</translation>
    </message>
    <message>
        <source>Delete {name}&apos;s profile</source>
        <translation>Eliminar el perfil de {name}</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Eliminar perfil</translation>
    </message>
    <message>
        <source>Rename profile</source>
        <translation>Cambiar nombre del perfil</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nombre nuevo:</translation>
    </message>
    <message>
        <source>Import a record</source>
        <translation>Importar una ficha</translation>
    </message>
    <message>
        <source>sm-card files (*.json *.enc);;All files (*)</source>
        <translation>Archivos de sm-card (*.json *.enc);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>This file is encrypted. Passphrase:</source>
        <translation>Este archivo está cifrado. Frase de contraseña:</translation>
    </message>
    <message>
        <source>Nothing was imported.

{error}</source>
        <translation>No se importó nada.

{error}</translation>
    </message>
    <message>
        <source>This replaces the current record of: {names}. A copy of the store is put in the backups folder first; Edit &gt; Undo does not undo an import.</source>
        <translation>Esto sustituye la ficha actual de: {names}. Antes se guarda una copia del almacén en la carpeta de copias de seguridad; Editar &gt; Deshacer no deshace una importación.</translation>
    </message>
    <message>
        <source>Replace the record of {names}</source>
        <translation>Sustituir la ficha de {names}</translation>
    </message>
    <message>
        <source>Encrypted sm-card files (*.enc)</source>
        <translation>Archivos cifrados de sm-card (*.enc)</translation>
    </message>
    <message>
        <source>sm-card files (*.json)</source>
        <translation>Archivos de sm-card (*.json)</translation>
    </message>
    <message>
        <source>Export the record</source>
        <translation>Exportar la ficha</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>No guardado: {error}</translation>
    </message>
    <message>
        <source>The encrypted record</source>
        <translation>La ficha cifrada</translation>
    </message>
    <message>
        <source>The record</source>
        <translation>La ficha</translation>
    </message>
    <message>
        <source>Not in this file: the app&apos;s settings (reminder days, paper, an emergency number set for a profile) and your corrected travel translations. The backups in the data folder keep them.</source>
        <translation>No están en este archivo: los ajustes de la aplicación (días de aviso, papel, un número de emergencia elegido para un perfil) ni sus traducciones de viaje corregidas. Las copias de seguridad de la carpeta de datos los conservan.</translation>
    </message>
    <message>
        <source>Your last change was NOT saved; the record on disk is as it was before. {message}</source>
        <translation>Su último cambio NO se guardó; la ficha en el disco está como antes. {message}</translation>
    </message>
    <message>
        <source>The record was changed by another sm-card program; this window shows it now.</source>
        <translation>Otro programa sm-card cambió la ficha; esta ventana la muestra ahora.</translation>
    </message>
    <message>
        <source>Your edit was kept where both changed it: {fields}.</source>
        <translation>Donde ambos la cambiaron se conservó su edición: {fields}.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&lt;p&gt;&lt;b&gt;sm-card&lt;/b&gt; {version}&lt;/p&gt;&lt;p&gt;The record, wallet card, injector reminders and letters for people with systemic mastocytosis.&lt;/p&gt;&lt;p&gt;sm-card records what you and your physician decided; it does not give medical advice.&lt;/p&gt;&lt;p&gt;Private and offline: your record stays on this computer.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;sm-card&lt;/b&gt; {version}&lt;/p&gt;&lt;p&gt;La ficha, la tarjeta de emergencia, los recordatorios de autoinyectores y las cartas para personas con mastocitosis sistémica.&lt;/p&gt;&lt;p&gt;sm-card registra lo que usted y su médico decidieron; no da consejo médico.&lt;/p&gt;&lt;p&gt;Privado y sin conexión: su ficha se queda en este ordenador.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Export card &amp;PDF…</source>
        <translation>Exportar tarjeta en &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;New profile…</source>
        <translation>&amp;Nuevo perfil…</translation>
    </message>
    <message>
        <source>&amp;Rename profile…</source>
        <translation>&amp;Cambiar nombre del perfil…</translation>
    </message>
    <message>
        <source>&amp;Delete profile…</source>
        <translation>&amp;Eliminar perfil…</translation>
    </message>
    <message>
        <source>&amp;Emergency number for this profile…</source>
        <translation>Número de emer&amp;gencia para este perfil…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Página siguiente</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Página anterior</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;About sm-card</source>
        <translation>&amp;Acerca de sm-card</translation>
    </message>
    <message>
        <source>P&amp;rint card…</source>
        <translation>Imprimir &amp;tarjeta…</translation>
    </message>
    <message>
        <source>About sm-card</source>
        <translation>Acerca de sm-card</translation>
    </message>
    <message>
        <source>&amp;Undo {what}</source>
        <translation>&amp;Deshacer {what}</translation>
    </message>
    <message>
        <source>&amp;Redo {what}</source>
        <translation>&amp;Rehacer {what}</translation>
    </message>
</context>
<context>
    <name>OutputWarnings</name>
    <message>
        <source>no installed font can draw {chars}; it prints as a box (install a font for this script, e.g. Debian&apos;s fonts-noto-core)</source>
        <translation>ninguna fuente instalada puede dibujar {chars}; se imprime como un recuadro (instale una fuente para esta escritura, p. ej. fonts-noto-core de Debian)</translation>
    </message>
    <message>
        <source>{script} text ({chars}) cannot be shaped: the font that has it ({family}) has no OpenType layout for {script}, so it would print misspelled (install Debian&apos;s fonts-noto-core)</source>
        <translation>el texto en {script} ({chars}) no se puede componer: la fuente que lo contiene ({family}) no tiene diseño OpenType para {script}, así que se imprimiría mal escrito (instale fonts-noto-core de Debian)</translation>
    </message>
    <message>
        <source>“{text}” is printed without shaping; it may be misspelled</source>
        <translation>«{text}» se imprime sin composición; puede aparecer mal escrito</translation>
    </message>
    <message>
        <source>not enough room, left out: {cut}</source>
        <translation>no hay espacio suficiente, se omite: {cut}</translation>
    </message>
    <message>
        <source>not enough room below the risk line; left out</source>
        <translation>no hay espacio suficiente bajo la línea de riesgo; se omite</translation>
    </message>
    <message>
        <source>shortened at a sentence end; the card points to the QR code</source>
        <translation>acortado al final de una frase; la tarjeta remite al código QR</translation>
    </message>
    <message>
        <source>shortened at a sentence end; the card points to the pre-operative letter</source>
        <translation>acortado al final de una frase; la tarjeta remite a la carta preoperatoria</translation>
    </message>
    <message>
        <source>{missing} of {total} entries not printed in full: {entries}</source>
        <translation>{missing} de {total} entradas no se imprimen completas: {entries}</translation>
    </message>
    <message>
        <source>No emergency contact recorded: the card says “none recorded”.</source>
        <translation>No hay ningún contacto de emergencia registrado: la tarjeta dice «none recorded» (ninguno registrado).</translation>
    </message>
    <message>
        <source>No epinephrine device recorded as carried.</source>
        <translation>No hay ningún autoinyector de adrenalina registrado como llevado consigo.</translation>
    </message>
    <message>
        <source>{product} {dose} mg expired on {date}: replace it (still listed as carried).</source>
        <translation>{product} {dose} mg caducó el {date}: sustitúyalo (sigue figurando como llevado consigo).</translation>
    </message>
    <message>
        <source>QR code shortened; left out: {omitted}</source>
        <translation>Código QR acortado; se omite: {omitted}</translation>
    </message>
    <message>
        <source>No emergency contact recorded.</source>
        <translation>No hay ningún contacto de emergencia registrado.</translation>
    </message>
    <message>
        <source>{product} {dose} mg expired on {date}: replace it.</source>
        <translation>{product} {dose} mg caducó el {date}: sustitúyalo.</translation>
    </message>
    <message>
        <source>{product} {dose} expired ({date}): replace it (still listed)</source>
        <translation>{product} {dose} caducado ({date}): sustitúyalo (sigue figurando)</translation>
    </message>
    <message>
        <source>not enough room on the page; the plan points to the pre-operative letter</source>
        <translation>no hay espacio suficiente en la página; el plan remite a la carta preoperatoria</translation>
    </message>
    <message>
        <source>shortened on the action plan; it says the whole plan is on the pre-operative letter</source>
        <translation>acortado en el plan de acción; indica que el plan completo está en la carta preoperatoria</translation>
    </message>
    <message>
        <source>{native}: {status}; {unchecked} of {total} sentences not checked by a native speaker. Have it read by one if you can, and correct it in the app (Travel page).</source>
        <translation>{native}: {status}; {unchecked} de {total} frases sin revisar por un hablante nativo. Si puede, pida a uno que lo lea y corríjalo en la aplicación (página Viajes).</translation>
    </message>
    <message>
        <source>No diagnosis recorded: the translation names none.</source>
        <translation>No hay ningún diagnóstico registrado: la traducción no nombra ninguno.</translation>
    </message>
    <message>
        <source>not enough room for {sentences} (the translation sheet has them)</source>
        <translation>no hay espacio suficiente para {sentences} (la hoja de traducción las incluye)</translation>
    </message>
    <message>
        <source>Fewer than two epinephrine devices recorded as carried ({carried}): the sentence “I carry two…” is left out.</source>
        <translation>Hay menos de dos autoinyectores de adrenalina registrados como llevados consigo ({carried}): se omite la frase «Llevo dos…».</translation>
    </message>
    <message>
        <source>QR code shortened (it ends “{marker}”); left out: {omitted}</source>
        <translation>Código QR acortado (termina con «{marker}»); se omite: {omitted}</translation>
    </message>
    <message>
        <source>The translation sheet runs to {pages} pages (languages: {languages}): long lists continue on the next page.</source>
        <translation>La hoja de traducción ocupa {pages} páginas (idiomas: {languages}): las listas largas continúan en la página siguiente.</translation>
    </message>
    <message>
        <source>{product} {dose} (lot {lot}), expiry {expiry}: expired (trip ends {end}): replace it before you travel.</source>
        <translation>{product} {dose} (lote {lot}), caducidad {expiry}: caducado (el viaje termina el {end}): sustitúyalo antes de viajar.</translation>
    </message>
    <message>
        <source>{product} {dose} (lot {lot}), expiry {expiry}: expires before the end of the trip (trip ends {end}): replace it before you travel.</source>
        <translation>{product} {dose} (lote {lot}), caducidad {expiry}: caduca antes del final del viaje (el viaje termina el {end}): sustitúyalo antes de viajar.</translation>
    </message>
    <message>
        <source>{product} {dose} (lot {lot}), expiry {expiry}: out of date before the trip starts ({start}): replace it before you travel.</source>
        <translation>{product} {dose} (lote {lot}), caducidad {expiry}: caduca antes del inicio del viaje ({start}): sustitúyalo antes de viajar.</translation>
    </message>
    <message>
        <source>Fewer than two devices recorded as carried: the letter leaves out the reason for carrying two.</source>
        <translation>Hay menos de dos autoinyectores registrados como llevados consigo: la carta omite el motivo para llevar dos.</translation>
    </message>
    <message>
        <source>No epinephrine device is recorded as carried: the letter lists none.</source>
        <translation>No hay ningún autoinyector de adrenalina registrado como llevado consigo: la carta no menciona ninguno.</translation>
    </message>
    <message>
        <source>machine-translated, not reviewed by a native speaker</source>
        <translation>traducción automática, sin revisar por un hablante nativo</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>revisada</translation>
    </message>
    <message>
        <source>corrected by the user</source>
        <translation>corregida por usted</translation>
    </message>
    <message>
        <source>the original</source>
        <translation>el original</translation>
    </message>
    <message>
        <source>{status}; 1 sentence corrected by the user</source>
        <translation>{status}; 1 frase corregida por usted</translation>
    </message>
    <message>
        <source>{status}; {n} sentences corrected by the user</source>
        <translation>{status}; {n} frases corregidas por usted</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>Anverso</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Reverso</translation>
    </message>
    <message>
        <source>band</source>
        <translation>banda</translation>
    </message>
    <message>
        <source>condition</source>
        <translation>enfermedad</translation>
    </message>
    <message>
        <source>subtype</source>
        <translation>subtipo</translation>
    </message>
    <message>
        <source>risk line</source>
        <translation>línea de riesgo</translation>
    </message>
    <message>
        <source>emergency contact</source>
        <translation>contacto de emergencia</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>fecha de nacimiento</translation>
    </message>
    <message>
        <source>avoid list</source>
        <translation>lista de sustancias a evitar</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>foto</translation>
    </message>
    <message>
        <source>QR caption</source>
        <translation>leyenda del código QR</translation>
    </message>
    <message>
        <source>clinician</source>
        <translation>médico</translation>
    </message>
    <message>
        <source>tryptase and KIT</source>
        <translation>triptasa y KIT</translation>
    </message>
    <message>
        <source>emergency header</source>
        <translation>encabezado de emergencia</translation>
    </message>
    <message>
        <source>first aid steps</source>
        <translation>pasos de primeros auxilios</translation>
    </message>
    <message>
        <source>epinephrine carried</source>
        <translation>adrenalina que lleva consigo</translation>
    </message>
    <message>
        <source>physician&apos;s plan</source>
        <translation>plan del médico</translation>
    </message>
    <message>
        <source>tolerated agents</source>
        <translation>sustancias toleradas</translation>
    </message>
    <message>
        <source>medications</source>
        <translation>medicación</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Translation card</source>
        <translation>Tarjeta de traducción</translation>
    </message>
    <message>
        <source>Translation sheet</source>
        <translation>Hoja de traducción</translation>
    </message>
    <message>
        <source>what to do</source>
        <translation>qué hacer</translation>
    </message>
    <message>
        <source>emergency contact&apos;s phone</source>
        <translation>teléfono del contacto de emergencia</translation>
    </message>
    <message>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <source>subtitle</source>
        <translation>subtítulo</translation>
    </message>
    <message>
        <source>details</source>
        <translation>datos</translation>
    </message>
    <message>
        <source>mild signs</source>
        <translation>signos leves</translation>
    </message>
    <message>
        <source>mild actions</source>
        <translation>medidas ante signos leves</translation>
    </message>
    <message>
        <source>signs of anaphylaxis</source>
        <translation>signos de anafilaxia</translation>
    </message>
    <message>
        <source>first-aid steps</source>
        <translation>pasos de primeros auxilios</translation>
    </message>
    <message>
        <source>footer</source>
        <translation>pie de página</translation>
    </message>
    <message>
        <source>emergency contacts</source>
        <translation>contactos de emergencia</translation>
    </message>
    <message>
        <source>physicians</source>
        <translation>médicos</translation>
    </message>
    <message>
        <source>devices</source>
        <translation>autoinyectores</translation>
    </message>
    <message>
        <source>continued</source>
        <translation>aviso de continuación</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>{agent} (avoid)</source>
        <translation>{agent} (evitar)</translation>
    </message>
    <message>
        <source>{agent} (caution)</source>
        <translation>{agent} (precaución)</translation>
    </message>
    <message>
        <source>epinephrine</source>
        <translation>adrenalina</translation>
    </message>
    <message>
        <source>caution list</source>
        <translation>lista de precaución</translation>
    </message>
    <message>
        <source>emergency number</source>
        <translation>número de emergencia</translation>
    </message>
    <message>
        <source>physician&apos;s emergency plan</source>
        <translation>plan de emergencia del médico</translation>
    </message>
    <message>
        <source>{what} (shortened)</source>
        <translation>{what} (abreviado)</translation>
    </message>
    <message>
        <source>{what}: {n} more ({names})</source>
        <translation>{what}: {n} más ({names})</translation>
    </message>
    <message>
        <source>{what}: {names}</source>
        <translation>{what}: {names}</translation>
    </message>
    <message>
        <source>the caution list</source>
        <translation>la lista de precaución</translation>
    </message>
    <message>
        <source>{sentences}, the caution list</source>
        <translation>{sentences}, la lista de precaución</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>no registrado</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>What each record is missing and what is due. A button opens the page where you can see to it.</source>
        <translation>Lo que falta en cada ficha y lo que está pendiente. Un botón abre la página donde puede ocuparse de ello.</translation>
    </message>
    <message>
        <source>Go to Injectors</source>
        <translation>Ir a Autoinyectores</translation>
    </message>
    <message>
        <source>Go to Surgery</source>
        <translation>Ir a Cirugía</translation>
    </message>
    <message>
        <source>Go to Avoid</source>
        <translation>Ir a Evitar</translation>
    </message>
    <message>
        <source>Go to Contacts</source>
        <translation>Ir a Contactos</translation>
    </message>
    <message>
        <source>Go to Diagnosis</source>
        <translation>Ir a Diagnóstico</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Premedication {offset} before {procedure} ({time}): {what}</source>
        <translation>Premedicación {offset} antes de {procedure} ({time}): {what}</translation>
    </message>
    <message>
        <source>{device} is out of date (last day in date: {date}). Replace it.</source>
        <translation>{device} está caducado (válido hasta: {date}). Sustitúyalo.</translation>
    </message>
    <message>
        <source>{device} is in date until {date} ({days} days left).</source>
        <translation>{device} es válido hasta el {date} (quedan {days} días).</translation>
    </message>
    <message>
        <source>{device} is in date until {date}, before {procedure} on {procedure_date}: replace it first.</source>
        <translation>{device} solo es válido hasta el {date}, antes de {procedure} el {procedure_date}: sustitúyalo antes.</translation>
    </message>
    <message>
        <source>{procedure} today ({date}): take the pre-operative letter.</source>
        <translation>{procedure} hoy ({date}): lleve la carta preoperatoria.</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) will be out of date by then.</source>
        <translation>
            <numerusform>Para entonces habrá caducado %n autoinyector.</numerusform>
            <numerusform>Para entonces habrán caducado %n autoinyectores.</numerusform>
        </translation>
    </message>
    <message>
        <source>No epinephrine injector recorded.</source>
        <translation>No hay ningún autoinyector de adrenalina registrado.</translation>
    </message>
    <message>
        <source>{procedure} on {date} ({days} days): print the pre-operative letter.</source>
        <translation>{procedure} el {date} (dentro de {days} días): imprima la carta preoperatoria.</translation>
    </message>
    <message>
        <source>Nothing on the avoid list yet.</source>
        <translation>Todavía no hay nada en la lista de sustancias a evitar.</translation>
    </message>
    <message>
        <source>No emergency contact yet.</source>
        <translation>Todavía no hay ningún contacto de emergencia.</translation>
    </message>
    <message>
        <source>No diagnosis (subtype) recorded.</source>
        <translation>No hay ningún diagnóstico (subtipo) registrado.</translation>
    </message>
    <message>
        <source>What is missing and what is due, per profile</source>
        <translation>Lo que falta y lo que vence, por perfil</translation>
    </message>
    <message>
        <source>No record yet.</source>
        <translation>Todavía no hay ninguna ficha.</translation>
    </message>
    <message>
        <source>{name} (open now)</source>
        <translation>{name} (abierta ahora)</translation>
    </message>
    <message>
        <source>Nothing missing, nothing due.</source>
        <translation>No falta nada ni hay nada pendiente.</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Falta</translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <source>&lt;h2&gt;Person&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Persona&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>as on your ID</source>
        <translation>como en su documento de identidad</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Weight (kg)</source>
        <translation>Peso (kg)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>Blood type</source>
        <translation>Grupo sanguíneo</translation>
    </message>
    <message>
        <source>e.g. A+, O-</source>
        <translation>p. ej., A+, O-</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>Idiomas que habla</translation>
    </message>
    <message>
        <source>e.g. en, de</source>
        <translation>p. ej., es, en</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Another profile already has this name</source>
        <translation>Otro perfil ya tiene este nombre</translation>
    </message>
</context>
<context>
    <name>PhonePlanPage</name>
    <message>
        <source>Phone and action plan</source>
        <translation>Teléfono y plan de acción</translation>
    </message>
    <message>
        <source>Lock-screen image</source>
        <translation>Imagen de la pantalla de bloqueo</translation>
    </message>
    <message>
        <source>Whoever picks up your phone sees this without unlocking it: the condition, what to do, what not to give, who to call, and the card&apos;s QR code. The top and bottom are left empty for the clock and the phone&apos;s buttons (an approximation: phones differ).</source>
        <translation>Quien tome su teléfono ve esto sin desbloquearlo: la enfermedad, qué hacer, qué no administrar, a quién llamar y el código QR de la tarjeta. Las partes superior e inferior quedan libres para el reloj y los botones del teléfono (una aproximación: los teléfonos varían).</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Teléfono:</translation>
    </message>
    <message>
        <source>Save image…</source>
        <translation>Guardar imagen…</translation>
    </message>
    <message>
        <source>&lt;b&gt;iPhone:&lt;/b&gt; copy the image to the phone, open it in Photos, tap Share, then Use as Wallpaper, and choose the lock screen.&lt;br&gt;&lt;b&gt;Android:&lt;/b&gt; copy the image to the phone, long-press the home or lock screen, tap Wallpaper (or Wallpaper &amp;amp; style), pick the image and set it for the lock screen. The wording differs between makers.&lt;br&gt;Save a new image after changing your record.</source>
        <translation>&lt;b&gt;iPhone:&lt;/b&gt; copie la imagen en el teléfono, ábrala en Fotos, toque Compartir, luego Usar como fondo de pantalla, y elija la pantalla de bloqueo.&lt;br&gt;&lt;b&gt;Android:&lt;/b&gt; copie la imagen en el teléfono, mantenga pulsada la pantalla de inicio o de bloqueo, toque Fondo de pantalla (o Fondo de pantalla &amp;amp; estilo), elija la imagen y establézcala para la pantalla de bloqueo. Los nombres varían según el fabricante.&lt;br&gt;Guarde una imagen nueva después de cambiar su ficha.</translation>
    </message>
    <message>
        <source>Anaphylaxis action plan</source>
        <translation>Plan de acción para anafilaxia</translation>
    </message>
    <message>
        <source>One page for school, work and carers: your photo, the signs of a reaction, what to do with your own device, your physician&apos;s plan and your contacts, with room for the physician&apos;s signature and a review date.</source>
        <translation>Una página para el colegio, el trabajo y los cuidadores: su foto, los signos de una reacción, qué hacer con su propio autoinyector, el plan de su médico y sus contactos, con espacio para la firma del médico y una fecha de revisión.</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papel:</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <source>Export action plan PDF…</source>
        <translation>Exportar el plan de acción en PDF…</translation>
    </message>
    <message>
        <source>Check before saving:</source>
        <translation>Revise antes de guardar:</translation>
    </message>
    <message>
        <source>No warnings: everything fits.</source>
        <translation>Sin advertencias: todo cabe.</translation>
    </message>
    <message>
        <source>it lacks {item}</source>
        <translation>le falta {item}</translation>
    </message>
    <message>
        <source>it still shows {item}</source>
        <translation>todavía muestra {item}</translation>
    </message>
    <message>
        <source>The lock-screen image you saved on {date} no longer matches the record: {changes}. Save a new one and set it again.</source>
        <translation>La imagen de la pantalla de bloqueo que guardó el {date} ya no coincide con la ficha: {changes}. Guarde una nueva y vuelva a establecerla.</translation>
    </message>
    <message>
        <source>The action plan you exported on {date} no longer matches the record: {changes}. Export a new one and replace the printed copies.</source>
        <translation>El plan de acción que exportó el {date} ya no coincide con la ficha: {changes}. Exporte uno nuevo y sustituya las copias impresas.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>Save the lock-screen image</source>
        <translation>Guardar la imagen de la pantalla de bloqueo</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>The lock-screen image</source>
        <translation>La imagen de la pantalla de bloqueo</translation>
    </message>
    <message>
        <source>Export the action plan</source>
        <translation>Exportar el plan de acción</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The action plan</source>
        <translation>El plan de acción</translation>
    </message>
</context>
<context>
    <name>PhotoBox</name>
    <message>
        <source>Optional. Printed on the action plan, and on the wallet card if you choose. Kept small (at most 200 KB), without the camera&apos;s location data.</source>
        <translation>Opcional. Se imprime en el plan de acción y, si lo elige, en la tarjeta de emergencia. Se guarda en tamaño reducido (como máximo 200 KB), sin los datos de ubicación de la cámara.</translation>
    </message>
    <message>
        <source>Choose photo…</source>
        <translation>Elegir foto…</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Quitar foto</translation>
    </message>
    <message>
        <source>Print the photo on the wallet card</source>
        <translation>Imprimir la foto en la tarjeta de emergencia</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Sin foto</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Elegir una foto</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)</source>
        <translation>Fotos (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)</translation>
    </message>
    <message>
        <source>Photo not used</source>
        <translation>Foto no utilizada</translation>
    </message>
    <message>
        <source>{path}: cannot read ({why})</source>
        <translation>{path}: no se puede leer ({why})</translation>
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
        <translation>&lt;h2&gt;Planes del médico&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Copy these exactly as your physician wrote them. sm-card never writes a plan of its own: the card shows standard anaphylaxis first aid when no plan is recorded.</source>
        <translation>Cópielos exactamente como los escribió su médico. sm-card nunca redacta un plan propio: si no hay ningún plan registrado, la tarjeta muestra los primeros auxilios habituales para la anafilaxia.</translation>
    </message>
    <message>
        <source>Emergency plan</source>
        <translation>Plan de emergencia</translation>
    </message>
    <message>
        <source>Premedication plan for procedures</source>
        <translation>Plan de premedicación para procedimientos</translation>
    </message>
</context>
<context>
    <name>PremedicationSteps</name>
    <message>
        <source>When before (e.g. 24 h, 1 h, 30 min)</source>
        <translation>Cuánto antes (p. ej., 24 h, 1 h, 30 min)</translation>
    </message>
    <message>
        <source>What, as the physician wrote it</source>
        <translation>Qué, tal como lo escribió el médico</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Añadir paso</translation>
    </message>
    <message>
        <source>Premedication steps</source>
        <translation>Pasos de la premedicación</translation>
    </message>
    <message>
        <source>Before the start</source>
        <translation>Antes del inicio</translation>
    </message>
    <message>
        <source>What (as the physician wrote it)</source>
        <translation>Qué (tal como lo escribió el médico)</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Eliminar paso</translation>
    </message>
    <message>
        <source>Export to calendar…</source>
        <translation>Exportar al calendario…</translation>
    </message>
    <message>
        <source>select a procedure</source>
        <translation>seleccione un procedimiento</translation>
    </message>
    <message>
        <source>Premedication steps for {p}</source>
        <translation>Pasos de la premedicación para {p}</translation>
    </message>
    <message>
        <source>give the procedure a date and a time for the steps to remind you</source>
        <translation>indique la fecha y la hora del procedimiento para que los pasos le avisen</translation>
    </message>
    <message>
        <source>each step with a time reminds you in the app and in the calendar file</source>
        <translation>cada paso con hora le avisa en la aplicación y en el archivo de calendario</translation>
    </message>
    <message>
        <source>Premedication step</source>
        <translation>Paso de premedicación</translation>
    </message>
</context>
<context>
    <name>ProfileSession</name>
    <message>
        <source>{path}: the store keeps changing; not saved</source>
        <translation>{path}: el almacén no deja de cambiar; no se guardó</translation>
    </message>
    <message>
        <source>{path}: not saved ({error})</source>
        <translation>{path}: no se guardó ({error})</translation>
    </message>
</context>
<context>
    <name>ReactionsPage</name>
    <message>
        <source>Reactions</source>
        <translation>Reacciones</translation>
    </message>
    <message>
        <source>Reactions you lived through, as evidence for your physicians. The pre-operative letter prints them, and an avoid entry linked to a reaction shows its date.</source>
        <translation>Reacciones que ha sufrido, como constancia para sus médicos. La carta preoperatoria las incluye, y una entrada de la lista a evitar vinculada a una reacción muestra su fecha.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>e.g. 2025-05-03 or 3.5.2025</source>
        <translation>p. ej., 2025-05-03 o 3.5.2025</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Desencadenante</translation>
    </message>
    <message>
        <source>what set it off, as you would write it</source>
        <translation>qué la desencadenó, con sus propias palabras</translation>
    </message>
    <message>
        <source>Signs</source>
        <translation>Signos</translation>
    </message>
    <message>
        <source>e.g. hives, low blood pressure</source>
        <translation>p. ej., urticaria, presión arterial baja</translation>
    </message>
    <message>
        <source>Treatment given</source>
        <translation>Tratamiento administrado</translation>
    </message>
    <message>
        <source>e.g. epinephrine</source>
        <translation>p. ej., adrenalina</translation>
    </message>
    <message>
        <source>Acute tryptase (ng/mL)</source>
        <translation>Triptasa aguda (ng/mL)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>Linked avoid entry</source>
        <translation>Entrada vinculada de la lista a evitar</translation>
    </message>
    <message>
        <source>Add reaction</source>
        <translation>Añadir reacción</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Eliminar la seleccionada</translation>
    </message>
    <message>
        <source>Reactions recorded</source>
        <translation>Reacciones registradas</translation>
    </message>
    <message>
        <source>Avoid entry</source>
        <translation>Entrada a evitar</translation>
    </message>
    <message>
        <source>Acute tryptase</source>
        <translation>Triptasa aguda</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>{agent} (no longer in the avoid list)</source>
        <translation>{agent} (ya no está en la lista de sustancias a evitar)</translation>
    </message>
    <message>
        <source>Baseline tryptase: not recorded, so no acute threshold can be given.</source>
        <translation>Triptasa basal: no registrada, así que no se puede indicar un umbral para un valor agudo.</translation>
    </message>
    <message>
        <source>Baseline tryptase {baseline} ng/mL → an acute value above {threshold} ng/mL supports mast-cell activation (20 % + 2 formula).</source>
        <translation>Triptasa basal {baseline} ng/mL → un valor agudo superior a {threshold} ng/mL apoya una activación de mastocitos (fórmula 20 % + 2).</translation>
    </message>
    <message>
        <source>Baseline tryptase {baseline} ng/mL (measured {date}) → an acute value above {threshold} ng/mL supports mast-cell activation (20 % + 2 formula).</source>
        <translation>Triptasa basal {baseline} ng/mL (medida el {date}) → un valor agudo superior a {threshold} ng/mL apoya una activación de mastocitos (fórmula 20 % + 2).</translation>
    </message>
    <message>
        <source>{acute} ng/mL (no baseline recorded: no threshold)</source>
        <translation>{acute} ng/mL (sin triptasa basal registrada: sin umbral)</translation>
    </message>
    <message>
        <source>{acute} ng/mL (threshold {threshold}: above)</source>
        <translation>{acute} ng/mL (umbral {threshold}: por encima)</translation>
    </message>
    <message>
        <source>{acute} ng/mL (threshold {threshold}: not above)</source>
        <translation>{acute} ng/mL (umbral {threshold}: no por encima)</translation>
    </message>
    <message>
        <source>The reaction log is full.</source>
        <translation>El registro de reacciones está lleno.</translation>
    </message>
</context>
<context>
    <name>Refusals</name>
    <message>
        <source>{folder}: the data folder cannot be created ({detail}).</source>
        <translation>{folder}: no se puede crear la carpeta de datos ({detail}).</translation>
    </message>
    <message>
        <source>{path}: the store cannot be opened ({detail}).</source>
        <translation>{path}: no se puede abrir el almacén ({detail}).</translation>
    </message>
    <message>
        <source>{path}: the store is empty (0 bytes) although backups exist; it is damaged. The file was left as it is.</source>
        <translation>{path}: el almacén está vacío (0 bytes) aunque hay copias de seguridad; está dañado. El archivo se dejó como estaba.</translation>
    </message>
    <message>
        <source>{path}: another program is using the store (an sm-card import or save) and did not finish in time; nothing was changed. Try again.</source>
        <translation>{path}: otro programa está usando el almacén (una importación o un guardado de sm-card) y no terminó a tiempo; no se cambió nada. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>{path}: the store cannot be read ({detail}); the file was left as it is.</source>
        <translation>{path}: no se puede leer el almacén ({detail}); el archivo se dejó como estaba.</translation>
    </message>
    <message>
        <source>{path}: the store is damaged or not an sm-card store ({detail}). The file was left as it is.</source>
        <translation>{path}: el almacén está dañado o no es un almacén de sm-card ({detail}). El archivo se dejó como estaba.</translation>
    </message>
    <message>
        <source>{path}: the store is damaged ({detail}). The file was left as it is.</source>
        <translation>{path}: el almacén está dañado ({detail}). El archivo se dejó como estaba.</translation>
    </message>
    <message>
        <source>{path} was made by a newer sm-card (schema {version}; this app knows {known}). Update the app to open it.</source>
        <translation>{path} fue creado por un sm-card más reciente (esquema {version}; esta aplicación conoce el {known}). Actualice la aplicación para abrirlo.</translation>
    </message>
    <message>
        <source>{path}: the store needs an upgrade, but {folder} cannot be written.</source>
        <translation>{path}: el almacén necesita una actualización, pero no se puede escribir en {folder}.</translation>
    </message>
    <message>
        <source>{path}: the store was not upgraded ({detail}).</source>
        <translation>{path}: el almacén no se actualizó ({detail}).</translation>
    </message>
    <message>
        <source>{path}: not saved: the data folder or the store cannot be written (read-only).</source>
        <translation>{path}: no se guardó: no se puede escribir en la carpeta de datos ni en el almacén (solo lectura).</translation>
    </message>
    <message>
        <source>{path}: not saved: another program is using the store (an sm-card import or save) and did not finish in time. Try again.</source>
        <translation>{path}: no se guardó: otro programa está usando el almacén (una importación o un guardado de sm-card) y no terminó a tiempo. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>{path}: cannot write ({detail}).</source>
        <translation>{path}: no se puede escribir ({detail}).</translation>
    </message>
    <message>
        <source>{path}: the change was not saved; the store is as it was before ({detail}).</source>
        <translation>{path}: el cambio no se guardó; el almacén está como antes ({detail}).</translation>
    </message>
    <message>
        <source>{path}: changed by another program since it was read.</source>
        <translation>{path}: otro programa lo cambió después de leerlo.</translation>
    </message>
    <message>
        <source>{path}: the profile {name} no longer exists (another program removed it).</source>
        <translation>{path}: el perfil {name} ya no existe (otro programa lo eliminó).</translation>
    </message>
    <message>
        <source>{path}: nothing was imported: the data folder or the store cannot be written (read-only).</source>
        <translation>{path}: no se importó nada: no se puede escribir en la carpeta de datos ni en el almacén (solo lectura).</translation>
    </message>
    <message>
        <source>{detail} Nothing was imported.</source>
        <translation>{detail} No se importó nada.</translation>
    </message>
    <message>
        <source>{folder}: no free name for a backup.</source>
        <translation>{folder}: no hay un nombre libre para una copia de seguridad.</translation>
    </message>
    <message>
        <source>{folder}: a backup cannot be made there ({detail}).</source>
        <translation>{folder}: no se puede hacer una copia de seguridad allí ({detail}).</translation>
    </message>
    <message>
        <source>{folder}: the backup was not made ({detail}); older copies are kept.</source>
        <translation>{folder}: no se hizo la copia de seguridad ({detail}); se conservan las copias anteriores.</translation>
    </message>
    <message>
        <source>The sm-card app has {folder} open (process {pid}): quit it first.</source>
        <translation>La aplicación sm-card tiene {folder} abierto (proceso {pid}): ciérrela primero.</translation>
    </message>
    <message>
        <source>{path} was made by a newer sm-card ({detail}): it is not damaged. Update the app to open it.</source>
        <translation>{path} fue creado por un sm-card más reciente ({detail}): no está dañado. Actualice la aplicación para abrirlo.</translation>
    </message>
    <message>
        <source>{path} cannot be read ({detail}), which does not show that the file is damaged: fix the cause (a disk error, a file left by another program) first.</source>
        <translation>No se puede leer {path} ({detail}), lo que no demuestra que el archivo esté dañado: primero resuelva la causa (un error del disco, un archivo dejado por otro programa).</translation>
    </message>
    <message>
        <source>{path} is sound: restoring a backup would lose the changes made since.</source>
        <translation>{path} está en buen estado: restaurar una copia de seguridad perdería los cambios hechos desde entonces.</translation>
    </message>
    <message>
        <source>the path cannot be resolved ({detail})</source>
        <translation>no se puede resolver la ruta ({detail})</translation>
    </message>
    <message>
        <source>is a file of sm-card&apos;s own data folder (the store or its backups); choose another name</source>
        <translation>es un archivo de la propia carpeta de datos de sm-card (el almacén o sus copias de seguridad); elija otro nombre</translation>
    </message>
    <message>
        <source>cannot be checked ({detail})</source>
        <translation>no se puede comprobar ({detail})</translation>
    </message>
    <message>
        <source>exists and is not a regular file (a folder, device or pipe); choose another name</source>
        <translation>existe y no es un archivo normal (una carpeta, un dispositivo o una tubería); elija otro nombre</translation>
    </message>
    <message>
        <source>The passphrase must have at least {minimum} characters.</source>
        <translation>La frase de contraseña debe tener al menos {minimum} caracteres.</translation>
    </message>
    <message>
        <source>The file is not an sm-card encrypted file.</source>
        <translation>El archivo no es un archivo cifrado de sm-card.</translation>
    </message>
    <message>
        <source>The encrypted file is cut short.</source>
        <translation>El archivo cifrado está incompleto.</translation>
    </message>
    <message>
        <source>The file is encrypted with format version {version}; this app reads version {supported}. Update sm-card to import it.</source>
        <translation>El archivo está cifrado con la versión de formato {version}; esta aplicación lee la versión {supported}. Actualice sm-card para importarlo.</translation>
    </message>
    <message>
        <source>The encrypted file asks for key-derivation settings beyond this app&apos;s limits (damaged, or not made by sm-card).</source>
        <translation>El archivo cifrado pide parámetros de derivación de clave más allá de los límites de esta aplicación (dañado o no creado por sm-card).</translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation>La frase de contraseña está vacía.</translation>
    </message>
    <message>
        <source>The passphrase is wrong, or the file was changed or damaged after it was encrypted.</source>
        <translation>La frase de contraseña es incorrecta, o el archivo se cambió o se dañó después de cifrarlo.</translation>
    </message>
    <message>
        <source>claims far more pixels than a photo has</source>
        <translation>declara muchos más píxeles de los que tiene una foto</translation>
    </message>
    <message>
        <source>is not a JPEG or PNG image</source>
        <translation>no es una imagen JPEG ni PNG</translation>
    </message>
    <message>
        <source>is damaged or incomplete ({detail})</source>
        <translation>está dañado o incompleto ({detail})</translation>
    </message>
    <message>
        <source>has no pixels</source>
        <translation>no tiene píxeles</translation>
    </message>
    <message>
        <source>claims {width} × {height} pixels, more than a photo for sm-card may have</source>
        <translation>declara {width} × {height} píxeles, más de los que puede tener una foto para sm-card</translation>
    </message>
    <message>
        <source>is larger than {megabytes} MB; pick a smaller photo (JPEG or PNG)</source>
        <translation>ocupa más de {megabytes} MB; elija una foto más pequeña (JPEG o PNG)</translation>
    </message>
    <message>
        <source>is larger than {kilobytes} KB, more than sm-card keeps for a photo</source>
        <translation>ocupa más de {kilobytes} KB, más de lo que sm-card guarda para una foto</translation>
    </message>
    <message>
        <source>is not a JPEG image</source>
        <translation>no es una imagen JPEG</translation>
    </message>
    <message>
        <source>No language was chosen.</source>
        <translation>No se eligió ningún idioma.</translation>
    </message>
    <message>
        <source>There are no sentences for {unknown} (there are for: {known}).</source>
        <translation>No hay frases para {unknown} (las hay para: {known}).</translation>
    </message>
    <message>
        <source>There is no sentence {key}.</source>
        <translation>No existe la frase {key}.</translation>
    </message>
    <message>
        <source>The English sentences are the card&apos;s own wording; they are not corrected.</source>
        <translation>Las frases en inglés son la redacción propia de la tarjeta; no se corrigen.</translation>
    </message>
    <message>
        <source>The sentence must keep exactly {need}, as they are written.</source>
        <translation>La frase debe conservar exactamente {need}, tal como están escritos.</translation>
    </message>
    <message>
        <source>The sentence must not have a placeholder in braces.</source>
        <translation>La frase no debe tener ningún marcador entre llaves.</translation>
    </message>
    <message>
        <source>The trip ends ({end}) before it starts ({start}).</source>
        <translation>El viaje termina ({end}) antes de empezar ({start}).</translation>
    </message>
    <message>
        <source>is not an object</source>
        <translation>no es un objeto</translation>
    </message>
    <message>
        <source>is not a known key</source>
        <translation>no es una clave conocida</translation>
    </message>
    <message>
        <source>is not a list</source>
        <translation>no es una lista</translation>
    </message>
    <message>
        <source>is not a list of text</source>
        <translation>no es una lista de textos</translation>
    </message>
    <message>
        <source>is not base64 text</source>
        <translation>no es texto en base64</translation>
    </message>
    <message>
        <source>is not an RFC 3339 timestamp</source>
        <translation>no es una marca de tiempo RFC 3339</translation>
    </message>
    <message>
        <source>{value} is not an RFC 3339 timestamp</source>
        <translation>{value} no es una marca de tiempo RFC 3339</translation>
    </message>
    <message>
        <source>{value} is not an RFC 3339 timestamp with a time zone</source>
        <translation>{value} no es una marca de tiempo RFC 3339 con zona horaria</translation>
    </message>
    <message>
        <source>The file is not an sm-card file (not a JSON object).</source>
        <translation>El archivo no es un archivo de sm-card (no es un objeto JSON).</translation>
    </message>
    <message>
        <source>must be {expected}</source>
        <translation>debe ser {expected}</translation>
    </message>
    <message>
        <source>must be a whole number (1 or later)</source>
        <translation>debe ser un número entero (1 o mayor)</translation>
    </message>
    <message>
        <source>This file is format version {version}; this app reads versions up to {latest}. Update sm-card to import it.</source>
        <translation>Este archivo tiene la versión de formato {version}; esta aplicación lee versiones hasta la {latest}. Actualice sm-card para importarlo.</translation>
    </message>
    <message>
        <source>must be a list of at least one profile</source>
        <translation>debe ser una lista de al menos un perfil</translation>
    </message>
    <message>
        <source>{name} is the same name as {other}</source>
        <translation>{name} es el mismo nombre que {other}</translation>
    </message>
    <message>
        <source>The file is larger than {megabytes} MB, far more than any sm-card record; it is not an sm-card file.</source>
        <translation>El archivo ocupa más de {megabytes} MB, mucho más que cualquier ficha de sm-card; no es un archivo de sm-card.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text ({detail}).</source>
        <translation>El archivo no es texto UTF-8 ({detail}).</translation>
    </message>
    <message>
        <source>The file is refused: {why}.</source>
        <translation>El archivo se rechaza: {why}.</translation>
    </message>
    <message>
        <source>the key {key} appears twice in one object (which one is meant?)</source>
        <translation>la clave {key} aparece dos veces en un objeto (¿cuál se quiere decir?)</translation>
    </message>
    <message>
        <source>a number is written with more than {limit} characters</source>
        <translation>un número está escrito con más de {limit} caracteres</translation>
    </message>
    <message>
        <source>{text} is not a number JSON allows</source>
        <translation>{text} no es un número que JSON permita</translation>
    </message>
    <message>
        <source>The file is nested too deeply to be an sm-card file.</source>
        <translation>El archivo está anidado demasiado profundamente para ser un archivo de sm-card.</translation>
    </message>
    <message>
        <source>The file is not valid JSON (line {line}: {detail}).</source>
        <translation>El archivo no es JSON válido (línea {line}: {detail}).</translation>
    </message>
    <message>
        <source>The file is encrypted: a passphrase is needed.</source>
        <translation>El archivo está cifrado: se necesita una frase de contraseña.</translation>
    </message>
    <message>
        <source>{place}: {value} is not in this app&apos;s catalog; kept as it is.</source>
        <translation>{place}: {value} no está en el catálogo de esta aplicación; se conserva tal cual.</translation>
    </message>
    <message>
        <source>{place}: {value} is not a phone number; kept as it is.</source>
        <translation>{place}: {value} no es un número de teléfono; se conserva tal cual.</translation>
    </message>
    <message>
        <source>{place}: {value} has fewer than {minimum} digits; kept as it is.</source>
        <translation>{place}: {value} tiene menos de {minimum} dígitos; se conserva tal cual.</translation>
    </message>
    <message>
        <source>{path}: cannot write ({why})</source>
        <translation>{path}: no se puede escribir ({why})</translation>
    </message>
</context>
<context>
    <name>ReminderService</name>
    <message>
        <source>(and {n} more)</source>
        <translation>(y {n} más)</translation>
    </message>
    <message>
        <source>sm-card: epinephrine</source>
        <translation>sm-card: adrenalina</translation>
    </message>
    <message>
        <source>sm-card reminder</source>
        <translation>Recordatorio de sm-card</translation>
    </message>
    <message>
        <source>sm-card keeps running</source>
        <translation>sm-card sigue en marcha</translation>
    </message>
    <message>
        <source>Reminders still reach you from here. Choose Quit in this icon&apos;s menu to stop them.</source>
        <translation>Los recordatorios le siguen llegando desde aquí. Elija «Salir» en el menú de este icono para detenerlos.</translation>
    </message>
</context>
<context>
    <name>ReminderSettingsPage</name>
    <message>
        <source>&lt;h2&gt;Reminders&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Recordatorios&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Days before the expiry date to remind you, separated by commas; 0 is the day itself.</source>
        <translation>Días antes de la fecha de caducidad en que se le recordará, separados por comas; 0 es el mismo día.</translation>
    </message>
    <message>
        <source>Remind me (days before expiry)</source>
        <translation>Recordarme (días antes de la caducidad)</translation>
    </message>
    <message>
        <source> days before</source>
        <translation> días antes</translation>
    </message>
    <message>
        <source>Prepare for a planned procedure</source>
        <translation>Preparar un procedimiento previsto</translation>
    </message>
    <message>
        <source>Calendar export: also a “replace soon” day on each of these days</source>
        <translation>Exportación al calendario: también un día «sustituir pronto» en cada uno de estos días</translation>
    </message>
    <message>
        <source>Google Calendar drops the alarms of imported events; these separate all-day events still show on the phone. Apple Calendar and Outlook keep the alarms.</source>
        <translation>Google Calendar elimina las alarmas de los eventos importados; estos eventos de día completo aparte se siguen viendo en el teléfono. Apple Calendar y Outlook conservan las alarmas.</translation>
    </message>
    <message>
        <source>Contact card (vCard): iPhone and Android cameras</source>
        <translation>Tarjeta de contacto (vCard): cámaras de iPhone y Android</translation>
    </message>
    <message>
        <source>Plain text: Android cameras and scanner apps</source>
        <translation>Texto sin formato: cámaras de Android y aplicaciones de escaneo</translation>
    </message>
    <message>
        <source>The iPhone Camera app is reported to show nothing for plain text; it offers a contact card, with the summary in its note.</source>
        <translation>Según se informa, la app Cámara del iPhone no muestra nada con texto sin formato; sí ofrece una tarjeta de contacto, con el resumen en su nota.</translation>
    </message>
    <message>
        <source>The card&apos;s QR code holds</source>
        <translation>El código QR de la tarjeta contiene</translation>
    </message>
    <message>
        <source>Show desktop notifications</source>
        <translation>Mostrar notificaciones de escritorio</translation>
    </message>
    <message>
        <source>Keep running in the tray when the window is closed</source>
        <translation>Seguir en la bandeja del sistema al cerrar la ventana</translation>
    </message>
    <message>
        <source>Start sm-card when I log in</source>
        <translation>Iniciar sm-card al iniciar sesión</translation>
    </message>
    <message>
        <source>The strip at the top of the window shows each reminder until you act on it. For reminders while sm-card is closed, export your devices to your calendar or run “sm-card reminders” from a scheduled task.</source>
        <translation>La franja de la parte superior de la ventana muestra cada recordatorio hasta que usted actúe. Para recibir recordatorios con sm-card cerrado, exporte sus autoinyectores a su calendario o ejecute «sm-card reminders» desde una tarea programada.</translation>
    </message>
    <message>
        <source>“{part}” is not a number of days (0 to {max}).</source>
        <translation>«{part}» no es un número de días (de 0 a {max}).</translation>
    </message>
    <message>
        <source>Not in the demo: nothing of yours is changed.</source>
        <translation>No en la demostración: no se cambia nada suyo.</translation>
    </message>
    <message>
        <source>Starts at login from {where}</source>
        <translation>Se inicia al iniciar sesión desde {where}</translation>
    </message>
    <message>
        <source>Does not start at login.</source>
        <translation>No se inicia al iniciar sesión.</translation>
    </message>
    <message>
        <source>Could not change it: {error}</source>
        <translation>No se pudo cambiar: {error}</translation>
    </message>
</context>
<context>
    <name>ReminderStrip</name>
    <message>
        <source>Reminder</source>
        <translation>Recordatorio</translation>
    </message>
    <message>
        <source>Go to Injectors</source>
        <translation>Ir a Autoinyectores</translation>
    </message>
    <message>
        <source>I replaced it…</source>
        <translation>Lo he sustituido…</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Posponer</translation>
    </message>
    <message>
        <source>Hide until tomorrow morning</source>
        <translation>Ocultar hasta mañana por la mañana</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>(and {n} more on the Overview page)</source>
        <translation>(y {n} más en la página Resumen)</translation>
    </message>
    <message>
        <source>Reminders for {name} are snoozed or dismissed for now; the Overview page shows what is due.</source>
        <translation>Los recordatorios de {name} están pospuestos o descartados por ahora; la página Resumen muestra lo pendiente.</translation>
    </message>
    <message>
        <source>No reminders for {name}.</source>
        <translation>No hay recordatorios para {name}.</translation>
    </message>
    <message>
        <source>Due for: {names}.</source>
        <translation>Pendiente para: {names}.</translation>
    </message>
    <message>
        <source>Go to Surgery</source>
        <translation>Ir a Cirugía</translation>
    </message>
    <message>
        <source>Remind me again in 10 minutes</source>
        <translation>Recordármelo de nuevo en 10 minutos</translation>
    </message>
    <message>
        <source>Hide it; while fewer than two devices are in date it comes back in a week</source>
        <translation>Ocultar; mientras haya menos de dos autoinyectores vigentes, el recordatorio vuelve dentro de una semana</translation>
    </message>
    <message>
        <source>Hide it until the next reminder for this device</source>
        <translation>Ocultar hasta el próximo recordatorio de este autoinyector</translation>
    </message>
    <message>
        <source>Hide it for good</source>
        <translation>Ocultar definitivamente</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>{device} (kept in: {location})</source>
        <translation>{device} (guardado en: {location})</translation>
    </message>
    <message>
        <source>{name}: {device} is out of date (last day in date: {date}). Replace it.</source>
        <translation>{name}: {device} está caducado (válido hasta: {date}). Sustitúyalo.</translation>
    </message>
    <message>
        <source>{name}: today is the last day {device} is in date. Replace it.</source>
        <translation>{name}: hoy es el último día de validez de {device}. Sustitúyalo.</translation>
    </message>
    <message>
        <source>{name}: {device} is in date until {date} ({days} days left). Get a new one.</source>
        <translation>{name}: {device} es válido hasta el {date} (quedan {days} días). Consiga uno nuevo.</translation>
    </message>
    <message>
        <source>{name}: {procedure} is today ({date}). Take the pre-operative letter and your devices.</source>
        <translation>{name}: {procedure} es hoy ({date}). Lleve la carta preoperatoria y sus autoinyectores.</translation>
    </message>
    <message>
        <source>{name}: {procedure} is planned on {date} ({days} days). Prepare: print the pre-operative letter and check your devices.</source>
        <translation>{name}: {procedure} está previsto para el {date} (dentro de {days} días). Prepárese: imprima la carta preoperatoria y revise sus autoinyectores.</translation>
    </message>
    <message>
        <source>{device} is in date only until {date}, before the procedure: replace it first.</source>
        <translation>{device} solo es válido hasta el {date}, antes del procedimiento: sustitúyalo antes.</translation>
    </message>
    <message>
        <source>{name}: premedication {offset} before {procedure} ({start}): {what}</source>
        <translation>{name}: premedicación {offset} antes de {procedure} ({start}): {what}</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>What will be printed:</source>
        <translation>Lo que se imprimirá:</translation>
    </message>
</context>
<context>
    <name>SurgeryPage</name>
    <message>
        <source>Planned procedures</source>
        <translation>Procedimientos previstos</translation>
    </message>
    <message>
        <source>Operations or procedures ahead: the letter lists those from today on.</source>
        <translation>Operaciones o procedimientos próximos: la carta enumera los de hoy en adelante.</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procedimiento</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>Hospital</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Remove procedure</source>
        <translation>Eliminar procedimiento</translation>
    </message>
    <message>
        <source>Procedures and checklist</source>
        <translation>Procedimientos y lista de comprobación</translation>
    </message>
    <message>
        <source>Preparing for surgery</source>
        <translation>Preparación para una cirugía</translation>
    </message>
    <message>
        <source>Your preparation checklist</source>
        <translation>Su lista de preparación</translation>
    </message>
    <message>
        <source>Steps from published sources; tick them off as you go. Ticks are saved and printed on the second part of the letter.</source>
        <translation>Pasos tomados de fuentes publicadas; márquelos a medida que avance. Las marcas se guardan y se imprimen en la segunda parte de la carta.</translation>
    </message>
    <message>
        <source>Source: {sources}</source>
        <translation>Fuente: {sources}</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papel:</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exportar PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Export FHIR…</source>
        <translation>Exportar FHIR…</translation>
    </message>
    <message>
        <source>Zoom:</source>
        <translation>Zoom:</translation>
    </message>
    <message>
        <source>Ctrl+wheel over the letter zooms too. Printing and exporting are always at true size.</source>
        <translation>Ctrl+rueda del ratón sobre la carta también cambia el zoom. La impresión y la exportación son siempre a tamaño real.</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Ajustar al ancho</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>Preview of the letter</source>
        <translation>Vista previa de la carta</translation>
    </message>
    <message>
        <source>Check before printing:</source>
        <translation>Revise antes de imprimir:</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s), {paper}</source>
        <translation>
            <numerusform>%n página, {paper}</numerusform>
            <numerusform>%n páginas, {paper}</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Se guardó {path}</translation>
    </message>
    <message>
        <source>Export the letter</source>
        <translation>Exportar la carta</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The letter</source>
        <translation>La carta</translation>
    </message>
    <message>
        <source>Export FHIR patient summary</source>
        <translation>Exportar el resumen del paciente en FHIR</translation>
    </message>
    <message>
        <source>FHIR JSON (*.json)</source>
        <translation>FHIR JSON (*.json)</translation>
    </message>
    <message>
        <source>The FHIR patient summary</source>
        <translation>El resumen del paciente en FHIR</translation>
    </message>
    <message>
        <source>Pre-operative letter</source>
        <translation>Carta preoperatoria</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>No impreso</translation>
    </message>
    <message>
        <source>The printer could not start.</source>
        <translation>No se pudo iniciar la impresora.</translation>
    </message>
    <message>
        <source>Sent to the printer</source>
        <translation>Enviado a la impresora</translation>
    </message>
</context>
<context>
    <name>TranslatedCalendarWords</name>
    <message>
        <source>sm-card: epinephrine and procedures</source>
        <translation>sm-card: adrenalina y procedimientos</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>dentro de %n día</numerusform>
            <numerusform>dentro de %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>lot {lot}</source>
        <translation>lote {lot}</translation>
    </message>
    <message>
        <source>Epinephrine expires: {device} ({person})</source>
        <translation>La adrenalina caduca: {device} ({person})</translation>
    </message>
    <message>
        <source>{device} of {person}: last day in date is {date} ({when}). Replace it.</source>
        <translation>{device} de {person}: el último día válido es el {date} ({when}). Sustitúyalo.</translation>
    </message>
    <message>
        <source>Epinephrine device of {person}: last day in date.</source>
        <translation>Dispositivo de adrenalina de {person}: último día válido.</translation>
    </message>
    <message>
        <source>Product: {product}</source>
        <translation>Producto: {product}</translation>
    </message>
    <message>
        <source>Dose: {dose} mg</source>
        <translation>Dosis: {dose} mg</translation>
    </message>
    <message>
        <source>Lot: {lot}</source>
        <translation>Lote: {lot}</translation>
    </message>
    <message>
        <source>Kept in: {place}</source>
        <translation>Guardado en: {place}</translation>
    </message>
    <message>
        <source>Expiry printed: {printed} (in date through {date})</source>
        <translation>Caducidad impresa: {printed} (válido hasta el {date} inclusive)</translation>
    </message>
    <message>
        <source>Replace it before this date and carry two in-date devices.</source>
        <translation>Sustitúyalo antes de esta fecha y lleve dos dispositivos válidos.</translation>
    </message>
    <message>
        <source>Replace soon: epinephrine {device} ({person}) expires {when}</source>
        <translation>Sustituir pronto: adrenalina {device} ({person}) caduca {when}</translation>
    </message>
    <message>
        <source>{device} of {person}: last day in date is {date} ({when}). Get a new prescription and replace it before then.</source>
        <translation>{device} de {person}: el último día válido es el {date} ({when}). Pida una nueva receta y sustitúyalo antes.</translation>
    </message>
    <message>
        <source>OUT OF DATE: epinephrine {device} ({person}): replace it</source>
        <translation>CADUCADO: adrenalina {device} ({person}): sustitúyalo</translation>
    </message>
    <message>
        <source>{device} of {person} was in date until {date}. Replace it now, and carry two in-date devices.</source>
        <translation>{device} de {person} era válido hasta el {date}. Sustitúyalo ahora y lleve dos dispositivos válidos.</translation>
    </message>
    <message>
        <source>{device} of {person} is out of date (since {date}). Replace it.</source>
        <translation>{device} de {person} está caducado (desde el {date}). Sustitúyalo.</translation>
    </message>
    <message>
        <source>used</source>
        <translation>usado</translation>
    </message>
    <message>
        <source>disposed</source>
        <translation>desechado</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>eliminado</translation>
    </message>
    <message>
        <source>Cancelled: epinephrine expiry of {device} ({person}), device {status}</source>
        <translation>Cancelado: caducidad de la adrenalina {device} ({person}), dispositivo {status}</translation>
    </message>
    <message>
        <source>This device was removed from sm-card; its expiry reminder is no longer needed.</source>
        <translation>Este dispositivo se eliminó de sm-card; ya no hace falta su recordatorio de caducidad.</translation>
    </message>
    <message>
        <source>This device was marked {status} in sm-card; its expiry reminder is no longer needed.</source>
        <translation>Este dispositivo se marcó como {status} en sm-card; ya no hace falta su recordatorio de caducidad.</translation>
    </message>
    <message>
        <source>Cancelled: replace soon, {product} ({person}), device {status}</source>
        <translation>Cancelado: sustituir pronto, {product} ({person}), dispositivo {status}</translation>
    </message>
    <message>
        <source>Prepare for your procedure: {procedure} ({person})</source>
        <translation>Prepárese para su procedimiento: {procedure} ({person})</translation>
    </message>
    <message>
        <source>{procedure} for {person} is planned on {date}.</source>
        <translation>{procedure} de {person} está previsto para el {date}.</translation>
    </message>
    <message>
        <source>Hospital: {hospital}</source>
        <translation>Hospital: {hospital}</translation>
    </message>
    <message>
        <source>Give the surgical and anaesthesia team your pre-operative letter and check that your epinephrine devices are in date.</source>
        <translation>Entregue al equipo de cirugía y anestesia su carta preoperatoria y compruebe que sus dispositivos de adrenalina son válidos.</translation>
    </message>
    <message>
        <source>{device} is in date only until {date}, before this procedure: replace it first.</source>
        <translation>{device} solo es válido hasta el {date}, antes de este procedimiento: sustitúyalo antes.</translation>
    </message>
    <message>
        <source>Prepare for {procedure} on {date}</source>
        <translation>Preparar {procedure} el {date}</translation>
    </message>
    <message>
        <source>{procedure} for {person} starts {start}.</source>
        <translation>{procedure} de {person} empieza el {start}.</translation>
    </message>
    <message>
        <source>Premedication, as the physician wrote it:</source>
        <translation>Premedicación, tal como la escribió el médico:</translation>
    </message>
    <message>
        <source>Time not recorded: {what}</source>
        <translation>Hora no indicada: {what}</translation>
    </message>
    <message>
        <source>At the start ({time}): {what}</source>
        <translation>Al comienzo ({time}): {what}</translation>
    </message>
    <message>
        <source>At the start: {what}</source>
        <translation>Al comienzo: {what}</translation>
    </message>
    <message>
        <source>{offset} before the start ({time}): {what}</source>
        <translation>{offset} antes del comienzo ({time}): {what}</translation>
    </message>
    <message>
        <source>{offset} before the start: {what}</source>
        <translation>{offset} antes del comienzo: {what}</translation>
    </message>
    <message>
        <source>Premedication ({person}): {what}</source>
        <translation>Premedicación ({person}): {what}</translation>
    </message>
    <message>
        <source>{offset} before {procedure} ({start}): {what}</source>
        <translation>{offset} antes de {procedure} ({start}): {what}</translation>
    </message>
    <message>
        <source>Premedication for {person}: {text}</source>
        <translation>Premedicación de {person}: {text}</translation>
    </message>
</context>
<context>
    <name>TravelPage</name>
    <message>
        <source>Documents for a trip abroad: a translation card (true size, the language on one face, English on the other), a translation sheet and a letter for airline and border staff about carrying epinephrine. The translations have not yet been checked by a native speaker: ask one to read them if you can, and correct a sentence below.</source>
        <translation>Documentos para un viaje al extranjero: una tarjeta de traducción (a tamaño real, con el idioma en una cara y el inglés en la otra), una hoja de traducción y una carta para el personal de la aerolínea y de fronteras sobre el transporte de adrenalina. Las traducciones aún no han sido revisadas por un hablante nativo: si puede, pida a uno que las lea y corrija una frase abajo.</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>Estado de revisión</translation>
    </message>
    <message>
        <source>Sentences</source>
        <translation>Frases</translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>Frase</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Traducción</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Your wording of the selected sentence</source>
        <translation>Su redacción de la frase seleccionada</translation>
    </message>
    <message>
        <source>Save correction</source>
        <translation>Guardar corrección</translation>
    </message>
    <message>
        <source>Use the shipped sentence</source>
        <translation>Usar la frase incluida</translation>
    </message>
    <message>
        <source>Trip from</source>
        <translation>Viaje desde</translation>
    </message>
    <message>
        <source>Trip to</source>
        <translation>Viaje hasta</translation>
    </message>
    <message>
        <source>Export translation card…</source>
        <translation>Exportar tarjeta de traducción…</translation>
    </message>
    <message>
        <source>Export translation sheet…</source>
        <translation>Exportar hoja de traducción…</translation>
    </message>
    <message>
        <source>Export airline letter…</source>
        <translation>Exportar carta para la aerolínea…</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Travelling abroad&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Viajes al extranjero&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation>Se guardó {path}.</translation>
    </message>
    <message>
        <source>Export the translation card</source>
        <translation>Exportar la tarjeta de traducción</translation>
    </message>
    <message>
        <source>The translation card</source>
        <translation>La tarjeta de traducción</translation>
    </message>
    <message>
        <source>Export the translation sheet</source>
        <translation>Exportar la hoja de traducción</translation>
    </message>
    <message>
        <source>The translation sheet</source>
        <translation>La hoja de traducción</translation>
    </message>
    <message>
        <source>The trip ends before it starts.</source>
        <translation>El viaje termina antes de empezar.</translation>
    </message>
    <message>
        <source>Export the airline letter</source>
        <translation>Exportar la carta para la aerolínea</translation>
    </message>
    <message>
        <source>The airline letter</source>
        <translation>La carta para la aerolínea</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>sm-card: epinephrine reminders</source>
        <translation>sm-card: recordatorios de adrenalina</translation>
    </message>
    <message>
        <source>Open sm-card</source>
        <translation>Abrir sm-card</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
</context>
<context>
    <name>_ExportDialog</name>
    <message>
        <source>Export the record</source>
        <translation>Exportar la ficha</translation>
    </message>
    <message>
        <source>Encrypt with a passphrase</source>
        <translation>Cifrar con una frase de contraseña</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <source>Without the passphrase nobody can open the file, not even you: keep it safe.</source>
        <translation>Sin la frase de contraseña nadie puede abrir el archivo, ni siquiera usted: guárdela en un lugar seguro.</translation>
    </message>
    <message>
        <source>Choose where to save…</source>
        <translation>Elegir dónde guardar…</translation>
    </message>
    <message>
        <source>The passphrase needs at least {n} characters.</source>
        <translation>La frase de contraseña necesita al menos {n} caracteres.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
</context>
</TS>
