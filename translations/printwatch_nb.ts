<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>Actions</name>
    <message>
        <source>Done</source>
        <translation>Ferdig</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislyktes</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Avvist</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Avbrutt</translation>
    </message>
</context>
<context>
    <name>AlertCode</name>
    <message>
        <source>other</source>
        <translation>annet</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>ukjent</translation>
    </message>
    <message>
        <source>cover open</source>
        <translation>deksel åpent</translation>
    </message>
    <message>
        <source>cover closed</source>
        <translation>deksel lukket</translation>
    </message>
    <message>
        <source>interlock open</source>
        <translation>sikkerhetslås åpen</translation>
    </message>
    <message>
        <source>interlock closed</source>
        <translation>sikkerhetslås lukket</translation>
    </message>
    <message>
        <source>configuration change</source>
        <translation>konfigurasjonsendring</translation>
    </message>
    <message>
        <source>jam</source>
        <translation>papirstopp</translation>
    </message>
    <message>
        <source>sub-unit missing</source>
        <translation>delenhet mangler</translation>
    </message>
    <message>
        <source>sub-unit life almost over</source>
        <translation>delenhetens levetid snart over</translation>
    </message>
    <message>
        <source>sub-unit life over</source>
        <translation>delenhetens levetid over</translation>
    </message>
    <message>
        <source>sub-unit almost empty</source>
        <translation>delenhet nesten tom</translation>
    </message>
    <message>
        <source>sub-unit empty</source>
        <translation>delenhet tom</translation>
    </message>
    <message>
        <source>sub-unit almost full</source>
        <translation>delenhet nesten full</translation>
    </message>
    <message>
        <source>sub-unit full</source>
        <translation>delenhet full</translation>
    </message>
    <message>
        <source>sub-unit near limit</source>
        <translation>delenhet nær grensen</translation>
    </message>
    <message>
        <source>sub-unit at limit</source>
        <translation>delenhet ved grensen</translation>
    </message>
    <message>
        <source>sub-unit opened</source>
        <translation>delenhet åpnet</translation>
    </message>
    <message>
        <source>sub-unit closed</source>
        <translation>delenhet lukket</translation>
    </message>
    <message>
        <source>sub-unit turned on</source>
        <translation>delenhet slått på</translation>
    </message>
    <message>
        <source>sub-unit turned off</source>
        <translation>delenhet slått av</translation>
    </message>
    <message>
        <source>sub-unit offline</source>
        <translation>delenhet frakoblet</translation>
    </message>
    <message>
        <source>sub-unit power saver</source>
        <translation>delenhet i strømsparing</translation>
    </message>
    <message>
        <source>sub-unit warming up</source>
        <translation>delenhet varmes opp</translation>
    </message>
    <message>
        <source>sub-unit added</source>
        <translation>delenhet lagt til</translation>
    </message>
    <message>
        <source>sub-unit removed</source>
        <translation>delenhet fjernet</translation>
    </message>
    <message>
        <source>sub-unit resource added</source>
        <translation>delenhetsressurs lagt til</translation>
    </message>
    <message>
        <source>sub-unit resource removed</source>
        <translation>delenhetsressurs fjernet</translation>
    </message>
    <message>
        <source>sub-unit recoverable failure</source>
        <translation>delenhet: feil som kan rettes</translation>
    </message>
    <message>
        <source>sub-unit unrecoverable failure</source>
        <translation>delenhet: feil som ikke kan rettes</translation>
    </message>
    <message>
        <source>sub-unit recoverable storage error</source>
        <translation>delenhet: lagringsfeil som kan rettes</translation>
    </message>
    <message>
        <source>sub-unit unrecoverable storage error</source>
        <translation>delenhet: lagringsfeil som ikke kan rettes</translation>
    </message>
    <message>
        <source>sub-unit motor failure</source>
        <translation>delenhet: motorfeil</translation>
    </message>
    <message>
        <source>sub-unit memory exhausted</source>
        <translation>delenhet: minnet er fullt</translation>
    </message>
    <message>
        <source>sub-unit under temperature</source>
        <translation>delenhet: for lav temperatur</translation>
    </message>
    <message>
        <source>sub-unit over temperature</source>
        <translation>delenhet: for høy temperatur</translation>
    </message>
    <message>
        <source>sub-unit timing failure</source>
        <translation>delenhet: tidsfeil</translation>
    </message>
    <message>
        <source>sub-unit thermistor failure</source>
        <translation>delenhet: termistorfeil</translation>
    </message>
    <message>
        <source>door open</source>
        <translation>dør åpen</translation>
    </message>
    <message>
        <source>door closed</source>
        <translation>dør lukket</translation>
    </message>
    <message>
        <source>power up</source>
        <translation>slått på</translation>
    </message>
    <message>
        <source>power down</source>
        <translation>slått av</translation>
    </message>
    <message>
        <source>printer taken offline by operator</source>
        <translation>skriveren tatt frakoblet av operatør</translation>
    </message>
    <message>
        <source>printer brought online by operator</source>
        <translation>skriveren koblet til av operatør</translation>
    </message>
    <message>
        <source>printer manual reset</source>
        <translation>skriveren tilbakestilt manuelt</translation>
    </message>
    <message>
        <source>printer NMS reset</source>
        <translation>skriveren tilbakestilt via nettverksstyring</translation>
    </message>
    <message>
        <source>printer ready to print</source>
        <translation>skriveren er klar til utskrift</translation>
    </message>
    <message>
        <source>input media tray missing</source>
        <translation>innskuff mangler</translation>
    </message>
    <message>
        <source>input media size change</source>
        <translation>papirstørrelse i innskuff endret</translation>
    </message>
    <message>
        <source>input media weight change</source>
        <translation>papirvekt i innskuff endret</translation>
    </message>
    <message>
        <source>input media type change</source>
        <translation>papirtype i innskuff endret</translation>
    </message>
    <message>
        <source>input media color change</source>
        <translation>papirfarge i innskuff endret</translation>
    </message>
    <message>
        <source>input media form parts change</source>
        <translation>skjemadeler i innskuff endret</translation>
    </message>
    <message>
        <source>input media supply low</source>
        <translation>lite papir i innskuff</translation>
    </message>
    <message>
        <source>input media supply empty</source>
        <translation>tomt for papir i innskuff</translation>
    </message>
    <message>
        <source>input media change request</source>
        <translation>forespørsel om papirbytte</translation>
    </message>
    <message>
        <source>input manual input request</source>
        <translation>forespørsel om manuell mating</translation>
    </message>
    <message>
        <source>input tray position failure</source>
        <translation>feil på innskuffens posisjon</translation>
    </message>
    <message>
        <source>input tray elevation failure</source>
        <translation>feil på innskuffens løfter</translation>
    </message>
    <message>
        <source>input cannot feed size selected</source>
        <translation>kan ikke mate valgt størrelse</translation>
    </message>
    <message>
        <source>output media tray missing</source>
        <translation>utskuff mangler</translation>
    </message>
    <message>
        <source>output media tray almost full</source>
        <translation>utskuff nesten full</translation>
    </message>
    <message>
        <source>output media tray full</source>
        <translation>utskuff full</translation>
    </message>
    <message>
        <source>output mailbox select failure</source>
        <translation>feil ved valg av postboks</translation>
    </message>
    <message>
        <source>marker fuser under temperature</source>
        <translation>fikseringsenhet for kald</translation>
    </message>
    <message>
        <source>marker fuser over temperature</source>
        <translation>fikseringsenhet for varm</translation>
    </message>
    <message>
        <source>marker fuser timing failure</source>
        <translation>fikseringsenhet: tidsfeil</translation>
    </message>
    <message>
        <source>marker fuser thermistor failure</source>
        <translation>fikseringsenhet: termistorfeil</translation>
    </message>
    <message>
        <source>marker adjusting print quality</source>
        <translation>justerer utskriftskvalitet</translation>
    </message>
    <message>
        <source>marker toner empty</source>
        <translation>tom for toner</translation>
    </message>
    <message>
        <source>marker ink empty</source>
        <translation>tom for blekk</translation>
    </message>
    <message>
        <source>marker print ribbon empty</source>
        <translation>fargebånd tomt</translation>
    </message>
    <message>
        <source>marker toner almost empty</source>
        <translation>toner nesten tom</translation>
    </message>
    <message>
        <source>marker ink almost empty</source>
        <translation>blekk nesten tomt</translation>
    </message>
    <message>
        <source>marker print ribbon almost empty</source>
        <translation>fargebånd nesten tomt</translation>
    </message>
    <message>
        <source>marker waste toner receptacle almost full</source>
        <translation>beholder for brukt toner nesten full</translation>
    </message>
    <message>
        <source>marker waste ink receptacle almost full</source>
        <translation>beholder for brukt blekk nesten full</translation>
    </message>
    <message>
        <source>marker waste toner receptacle full</source>
        <translation>beholder for brukt toner full</translation>
    </message>
    <message>
        <source>marker waste ink receptacle full</source>
        <translation>beholder for brukt blekk full</translation>
    </message>
    <message>
        <source>marker OPC life almost over</source>
        <translation>trommelens levetid snart over</translation>
    </message>
    <message>
        <source>marker OPC life over</source>
        <translation>trommelens levetid over</translation>
    </message>
    <message>
        <source>marker developer almost empty</source>
        <translation>fremkaller nesten tom</translation>
    </message>
    <message>
        <source>marker developer empty</source>
        <translation>fremkaller tom</translation>
    </message>
    <message>
        <source>marker toner cartridge missing</source>
        <translation>tonerkassett mangler</translation>
    </message>
    <message>
        <source>media path media tray missing</source>
        <translation>skuff i papirbanen mangler</translation>
    </message>
    <message>
        <source>media path media tray almost full</source>
        <translation>skuff i papirbanen nesten full</translation>
    </message>
    <message>
        <source>media path media tray full</source>
        <translation>skuff i papirbanen full</translation>
    </message>
    <message>
        <source>media path cannot duplex media selected</source>
        <translation>kan ikke skrive tosidig på valgt papir</translation>
    </message>
    <message>
        <source>interpreter memory increase</source>
        <translation>tolkerminne økt</translation>
    </message>
    <message>
        <source>interpreter memory decrease</source>
        <translation>tolkerminne redusert</translation>
    </message>
    <message>
        <source>interpreter cartridge added</source>
        <translation>tolkerkassett lagt til</translation>
    </message>
    <message>
        <source>interpreter cartridge deleted</source>
        <translation>tolkerkassett fjernet</translation>
    </message>
    <message>
        <source>interpreter resource added</source>
        <translation>tolkerressurs lagt til</translation>
    </message>
    <message>
        <source>interpreter resource deleted</source>
        <translation>tolkerressurs fjernet</translation>
    </message>
    <message>
        <source>interpreter resource unavailable</source>
        <translation>tolkerressurs utilgjengelig</translation>
    </message>
    <message>
        <source>interpreter complex page encountered</source>
        <translation>kompleks side oppdaget</translation>
    </message>
    <message>
        <source>alert removal of binary change entry</source>
        <translation>fjerning av binær endringsoppføring</translation>
    </message>
    <message>
        <source>alert code %1</source>
        <translation>varselkode %1</translation>
    </message>
</context>
<context>
    <name>Auth</name>
    <message numerus="yes">
        <source>%n printer(s)</source>
        <translation>
            <numerusform>%n skriver</numerusform>
            <numerusform>%n skrivere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsoleSettings</name>
    <message>
        <source>The poll interval must be between 10 seconds and 24 hours.</source>
        <translation>Avspørringsintervallet må være mellom 10 sekunder og 24 timer.</translation>
    </message>
    <message>
        <source>The SNMP timeout must be between 100 ms and 30 seconds.</source>
        <translation>SNMP-tidsavbruddet må være mellom 100 ms og 30 sekunder.</translation>
    </message>
    <message>
        <source>Retries must be between 0 and 10.</source>
        <translation>Antall nye forsøk må være mellom 0 og 10.</translation>
    </message>
    <message>
        <source>A printer that does not answer takes %1 s (timeout × tries), longer than the poll interval of %2 s. Raise the interval or lower the timeout or retries.</source>
        <translation>En skriver som ikke svarer, tar %1 s (tidsavbrudd × forsøk), lenger enn avspørringsintervallet på %2 s. Øk intervallet eller senk tidsavbruddet eller antall forsøk.</translation>
    </message>
    <message>
        <source>Enter the SNMP community (printers usually answer to &quot;public&quot;).</source>
        <translation>Skriv inn SNMP-fellesskapet (skrivere svarer vanligvis på «public»).</translation>
    </message>
    <message>
        <source>The SNMP port must be between 1 and 65535.</source>
        <translation>SNMP-porten må være mellom 1 og 65535.</translation>
    </message>
    <message>
        <source>Scheduled discovery must run at most every 31 days.</source>
        <translation>Planlagt søk må kjøre minst hver 31. dag.</translation>
    </message>
    <message>
        <source>The database location must be a full path, e.g. /home/me/printwatch.sqlite.</source>
        <translation>Databaseplasseringen må være en fullstendig sti, f.eks. /home/meg/printwatch.sqlite.</translation>
    </message>
    <message>
        <source>The database location %1 is a folder; add a file name.</source>
        <translation>Databaseplasseringen %1 er en mappe; legg til et filnavn.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Mappen %1 finnes ikke.</translation>
    </message>
    <message>
        <source>The database %1 cannot be written.</source>
        <translation>Databasen %1 kan ikke skrives.</translation>
    </message>
    <message>
        <source>Printwatch speaks English (en) and Norwegian Bokmål (nb).</source>
        <translation>Printwatch snakker engelsk (en) og norsk bokmål (nb).</translation>
    </message>
</context>
<context>
    <name>DeviceStatus</name>
    <message>
        <source>Unknown</source>
        <translation>Ukjent</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Ledig</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Skriver ut</translation>
    </message>
    <message>
        <source>Warming up</source>
        <translation>Varmes opp</translation>
    </message>
    <message>
        <source>Asleep</source>
        <translation>I dvale</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advarsel</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Feil</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Utilgjengelig</translation>
    </message>
</context>
<context>
    <name>ErrorState</name>
    <message>
        <source>paper low</source>
        <translation>lite papir</translation>
    </message>
    <message>
        <source>no paper</source>
        <translation>tomt for papir</translation>
    </message>
    <message>
        <source>toner low</source>
        <translation>lite toner</translation>
    </message>
    <message>
        <source>no toner</source>
        <translation>tomt for toner</translation>
    </message>
    <message>
        <source>door open</source>
        <translation>dør åpen</translation>
    </message>
    <message>
        <source>jammed</source>
        <translation>papirstopp</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>frakoblet</translation>
    </message>
    <message>
        <source>service requested</source>
        <translation>service etterspurt</translation>
    </message>
    <message>
        <source>input tray missing</source>
        <translation>innskuff mangler</translation>
    </message>
    <message>
        <source>output tray missing</source>
        <translation>utskuff mangler</translation>
    </message>
    <message>
        <source>marker supply missing</source>
        <translation>forbruksmateriell mangler</translation>
    </message>
    <message>
        <source>output nearly full</source>
        <translation>utskuff nesten full</translation>
    </message>
    <message>
        <source>output full</source>
        <translation>utskuff full</translation>
    </message>
    <message>
        <source>input tray empty</source>
        <translation>innskuff tom</translation>
    </message>
    <message>
        <source>maintenance overdue</source>
        <translation>vedlikehold forfalt</translation>
    </message>
</context>
<context>
    <name>Printwatch::Actions</name>
    <message>
        <source>There is no printer with id %1 in the database.</source>
        <translation>Det finnes ingen skriver med id %1 i databasen.</translation>
    </message>
    <message>
        <source>“%1” is not a printer in the database nor an IP address.</source>
        <translation>«%1» er verken en skriver i databasen eller en IP-adresse.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>ukjent</translation>
    </message>
    <message>
        <source>running</source>
        <translation>kjører</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>advarsel</translation>
    </message>
    <message>
        <source>testing</source>
        <translation>tester</translation>
    </message>
    <message>
        <source>down</source>
        <translation>nede</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>other</source>
        <translation>annet</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>ledig</translation>
    </message>
    <message>
        <source>printing</source>
        <translation>skriver ut</translation>
    </message>
    <message>
        <source>warming up</source>
        <translation>varmes opp</translation>
    </message>
    <message>
        <source>cancelled while waiting for %1 to come back</source>
        <translation>avbrutt mens det ble ventet på at %1 skulle komme tilbake</translation>
    </message>
    <message>
        <source>Waiting for %1 to come back…</source>
        <translation>Venter på at %1 skal komme tilbake …</translation>
    </message>
    <message>
        <source>Waiting for %1 to restart…</source>
        <translation>Venter på at %1 skal starte på nytt …</translation>
    </message>
    <message>
        <source>%1 did not come back with a restarted uptime within %2 s</source>
        <translation>%1 kom ikke tilbake med ny oppetid innen %2 s</translation>
    </message>
    <message>
        <source>%1 did not report its uptime (sysUpTime)</source>
        <translation>%1 oppga ikke oppetiden sin (sysUpTime)</translation>
    </message>
    <message>
        <source>Reading the status of %1…</source>
        <translation>Leser statusen til %1 …</translation>
    </message>
    <message>
        <source>%1 did not answer: %2</source>
        <translation>%1 svarte ikke: %2</translation>
    </message>
    <message>
        <source>Up for %1 s</source>
        <translation>Oppe i %1 s</translation>
    </message>
    <message>
        <source>Device status: %1</source>
        <translation>Enhetsstatus: %1</translation>
    </message>
    <message>
        <source>Printer status: %1</source>
        <translation>Skriverstatus: %1</translation>
    </message>
    <message>
        <source>Errors: %1</source>
        <translation>Feil: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>Status of %1 read</source>
        <translation>Statusen til %1 er lest</translation>
    </message>
    <message>
        <source>Sending the test page…</source>
        <translation>Sender testsiden …</translation>
    </message>
    <message>
        <source>raw TCP port %1</source>
        <translation>rå TCP-port %1</translation>
    </message>
    <message>
        <source>Test page sent to %1 over raw port %2 (%3 bytes)</source>
        <translation>Testsiden er sendt til %1 over rå port %2 (%3 byte)</translation>
    </message>
    <message>
        <source>LPR queue %1 on port %2</source>
        <translation>LPR-kø %1 på port %2</translation>
    </message>
    <message>
        <source>Printwatch test page</source>
        <translation>Printwatch-testside</translation>
    </message>
    <message>
        <source>Test page queued on %1 (LPR queue %2)</source>
        <translation>Testsiden er lagt i kø på %1 (LPR-kø %2)</translation>
    </message>
    <message>
        <source>IPP</source>
        <translation>IPP</translation>
    </message>
    <message>
        <source>Asking %1 which formats it prints…</source>
        <translation>Spør %1 hvilke formater den skriver ut …</translation>
    </message>
    <message>
        <source>The IPP printer %1 takes neither PDF nor text (it takes: %2)</source>
        <translation>IPP-skriveren %1 tar verken PDF eller tekst (den tar: %2)</translation>
    </message>
    <message>
        <source>Test page accepted by %1 as IPP job %2 (%3)</source>
        <translation>Testsiden er godtatt av %1 som IPP-jobb %2 (%3)</translation>
    </message>
    <message>
        <source>unknown test page protocol</source>
        <translation>ukjent protokoll for testside</translation>
    </message>
    <message>
        <source>Reading the uptime of %1…</source>
        <translation>Leser oppetiden til %1 …</translation>
    </message>
    <message>
        <source>Cancelled before the reset was sent</source>
        <translation>Avbrutt før tilbakestillingen ble sendt</translation>
    </message>
    <message>
        <source>Sending the reset to %1…</source>
        <translation>Sender tilbakestillingen til %1 …</translation>
    </message>
    <message>
        <source>The reset SET to %1 got no answer: %2 (a wrong write community is silently ignored by many printers)</source>
        <translation>SET-kommandoen for tilbakestilling til %1 fikk ikke svar: %2 (mange skrivere overser et feil skrivefellesskap uten å si ifra)</translation>
    </message>
    <message>
        <source>%1 refused the reset (SNMP error-status %2): the write community or SNMP write access is not allowed</source>
        <translation>%1 avviste tilbakestillingen (SNMP-feilstatus %2): skrivefellesskapet eller SNMP-skrivetilgang er ikke tillatt</translation>
    </message>
    <message>
        <source>The reset was accepted, but %1</source>
        <translation>Tilbakestillingen ble godtatt, men %1</translation>
    </message>
    <message>
        <source>%1 restarted (back after %2 s)</source>
        <translation>%1 startet på nytt (tilbake etter %2 s)</translation>
    </message>
    <message>
        <source>The firmware file %1 does not exist.</source>
        <translation>Fastvarefilen %1 finnes ikke.</translation>
    </message>
    <message>
        <source>The firmware file %1 is too small (%2 bytes) to be a firmware image.</source>
        <translation>Fastvarefilen %1 er for liten (%2 byte) til å være et fastvarebilde.</translation>
    </message>
    <message>
        <source>The firmware file %1 is %2 MiB, more than the %3 MiB allowed.</source>
        <translation>Fastvarefilen %1 er %2 MiB, mer enn de tillatte %3 MiB.</translation>
    </message>
    <message>
        <source>Cannot read the firmware file %1: %2</source>
        <translation>Kan ikke lese fastvarefilen %1: %2</translation>
    </message>
    <message>
        <source>The file %1 is not a recognised firmware format: a PJL-wrapped image (starting with the PJL UEL or @PJL) is expected; it starts with %2.</source>
        <translation>Filen %1 har ikke et kjent fastvareformat: et PJL-innpakket bilde (som starter med PJL UEL eller @PJL) forventes; den starter med %2.</translation>
    </message>
    <message>
        <source>Reading the firmware version of %1…</source>
        <translation>Leser fastvareversjonen til %1 …</translation>
    </message>
    <message>
        <source>Cannot read the firmware version of %1 before the upgrade: %2</source>
        <translation>Kan ikke lese fastvareversjonen til %1 før oppgraderingen: %2</translation>
    </message>
    <message>
        <source>Sending the firmware: %1 of %2 KiB</source>
        <translation>Sender fastvaren: %1 av %2 KiB</translation>
    </message>
    <message>
        <source>The firmware was sent (%1 bytes), but %2</source>
        <translation>Fastvaren ble sendt (%1 byte), men %2</translation>
    </message>
    <message>
        <source>Cannot read the firmware version of %1 after the upgrade: %2</source>
        <translation>Kan ikke lese fastvareversjonen til %1 etter oppgraderingen: %2</translation>
    </message>
    <message>
        <source>The firmware of %1 did not change (still “%2”): the printer did not take the image</source>
        <translation>Fastvaren til %1 ble ikke endret (fortsatt «%2»): skriveren tok ikke imot bildet</translation>
    </message>
    <message>
        <source>Firmware of %1 upgraded</source>
        <translation>Fastvaren til %1 er oppgradert</translation>
    </message>
    <message>
        <source>Before: %1
After: %2</source>
        <translation>Før: %1
Etter: %2</translation>
    </message>
    <message>
        <source>Troubleshooting %1</source>
        <translation>Feilsøker %1</translation>
    </message>
    <message>
        <source>Checking reachability…</source>
        <translation>Kontrollerer om den kan nås …</translation>
    </message>
    <message>
        <source>Reachability: %1</source>
        <translation>Tilgjengelighet: %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Avbrutt</translation>
    </message>
    <message>
        <source>Asking SNMP…</source>
        <translation>Spør via SNMP …</translation>
    </message>
    <message>
        <source>SNMP: no answer (%1)</source>
        <translation>SNMP: intet svar (%1)</translation>
    </message>
    <message>
        <source>SNMP: answers</source>
        <translation>SNMP: svarer</translation>
    </message>
    <message>
        <source>Reading alerts…</source>
        <translation>Leser varsler …</translation>
    </message>
    <message>
        <source>Alerts (%1):</source>
        <translation>Varsler (%1):</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>kritisk</translation>
    </message>
    <message>
        <source>Alerts: none</source>
        <translation>Varsler: ingen</translation>
    </message>
    <message>
        <source>Result: problems found (see above)</source>
        <translation>Resultat: problemer funnet (se over)</translation>
    </message>
    <message>
        <source>Result: no problem found</source>
        <translation>Resultat: ingen problemer funnet</translation>
    </message>
    <message>
        <source>%1: problems found</source>
        <translation>%1: problemer funnet</translation>
    </message>
    <message>
        <source>%1: no problem found</source>
        <translation>%1: ingen problemer funnet</translation>
    </message>
    <message>
        <source>Web page of %1</source>
        <translation>Nettsiden til %1</translation>
    </message>
    <message>
        <source>Cannot connect to the IPP printer %1: %2</source>
        <translation>Kan ikke koble til IPP-skriveren %1: %2</translation>
    </message>
    <message>
        <source>The IPP printer %1 did not answer Get-Printer-Attributes: %2</source>
        <translation>IPP-skriveren %1 svarte ikke på Get-Printer-Attributes: %2</translation>
    </message>
    <message>
        <source>The IPP printer %1 refused the job: %2</source>
        <translation>IPP-skriveren %1 avviste jobben: %2</translation>
    </message>
    <message>
        <source>Sending the job to the IPP printer %1 failed: %2</source>
        <translation>Sending av jobben til IPP-skriveren %1 mislyktes: %2</translation>
    </message>
    <message>
        <source>The IPP printer %1 did not accept the job: %2</source>
        <translation>IPP-skriveren %1 godtok ikke jobben: %2</translation>
    </message>
    <message>
        <source>The IPP printer %1 answered without a job-id.</source>
        <translation>IPP-skriveren %1 svarte uten job-id.</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Kan ikke koble til %1: %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>avbrutt</translation>
    </message>
    <message>
        <source>the printer closed the connection (%1)</source>
        <translation>skriveren lukket tilkoblingen (%1)</translation>
    </message>
    <message>
        <source>no progress for %1 s</source>
        <translation>ingen fremdrift på %1 s</translation>
    </message>
    <message>
        <source>no acknowledgement for %1</source>
        <translation>ingen bekreftelse for %1</translation>
    </message>
    <message>
        <source>the print server closed the connection at %1</source>
        <translation>utskriftsserveren lukket tilkoblingen ved %1</translation>
    </message>
    <message>
        <source>the print server refused %1 (answer %2)</source>
        <translation>utskriftsserveren avviste %1 (svar %2)</translation>
    </message>
    <message>
        <source>the connection is gone</source>
        <translation>tilkoblingen er borte</translation>
    </message>
    <message>
        <source>Sending to %1 stopped after %2 of %3 bytes: the file could not be read further (%4). Nothing is sent again on its own.</source>
        <translation>Sendingen til %1 stoppet etter %2 av %3 byte: filen kunne ikke leses videre (%4). Ingenting sendes på nytt av seg selv.</translation>
    </message>
    <message>
        <source>Cancelled after %1 of %2 bytes to %3; the printer may have received part of it.</source>
        <translation>Avbrutt etter %1 av %2 byte til %3; skriveren kan ha mottatt en del av det.</translation>
    </message>
    <message>
        <source>The transfer to %1 was cut after %2 of %3 bytes: %4. It is not sent again on its own; check the printer before you try again.</source>
        <translation>Overføringen til %1 ble brutt etter %2 av %3 byte: %4. Den sendes ikke på nytt av seg selv; kontroller skriveren før du prøver igjen.</translation>
    </message>
    <message>
        <source>The transfer to %1 was cut: the printer reset the connection before it had read all %2 bytes (%3). It is not sent again on its own; check the printer before you try again.</source>
        <translation>Overføringen til %1 ble brutt: skriveren tilbakestilte tilkoblingen før den hadde lest alle %2 byte (%3). Den sendes ikke på nytt av seg selv; kontroller skriveren før du prøver igjen.</translation>
    </message>
    <message>
        <source>LPR job to queue “%1” on %2 failed at %3: %4. It is not sent again on its own.</source>
        <translation>LPR-jobben til køen «%1» på %2 mislyktes ved %3: %4. Den sendes ikke på nytt av seg selv.</translation>
    </message>
    <message>
        <source>the queue request</source>
        <translation>køforespørselen</translation>
    </message>
    <message>
        <source>the control file header</source>
        <translation>kontrollfilens hode</translation>
    </message>
    <message>
        <source>the control file</source>
        <translation>kontrollfilen</translation>
    </message>
    <message>
        <source>the data file header</source>
        <translation>datafilens hode</translation>
    </message>
    <message>
        <source>the data file (%1 of %2 bytes sent)</source>
        <translation>datafilen (%1 av %2 byte sendt)</translation>
    </message>
    <message>
        <source>the end of the data file</source>
        <translation>slutten av datafilen</translation>
    </message>
    <message>
        <source>ICMP not permitted here</source>
        <translation>ICMP er ikke tillatt her</translation>
    </message>
    <message>
        <source>answers ping</source>
        <translation>svarer på ping</translation>
    </message>
    <message>
        <source>no answer to ping</source>
        <translation>intet svar på ping</translation>
    </message>
    <message>
        <source>no TCP port open of %1</source>
        <translation>ingen åpen TCP-port av %1</translation>
    </message>
    <message>
        <source>TCP open: %1</source>
        <translation>TCP åpen: %1</translation>
    </message>
    <message>
        <source>reachable</source>
        <translation>kan nås</translation>
    </message>
    <message>
        <source>not reachable</source>
        <translation>kan ikke nås</translation>
    </message>
    <message>
        <source>Printer: %1</source>
        <translation>Skriver: %1</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Adresse: %1</translation>
    </message>
    <message>
        <source>Printed at: %1</source>
        <translation>Skrevet ut: %1</translation>
    </message>
    <message>
        <source>Requested by: %1</source>
        <translation>Bestilt av: %1</translation>
    </message>
    <message>
        <source>Path: %1</source>
        <translation>Vei: %1</translation>
    </message>
    <message>
        <source>If you can read this page, the print path from Printwatch to this printer works.</source>
        <translation>Hvis du kan lese denne siden, virker utskriftsveien fra Printwatch til denne skriveren.</translation>
    </message>
    <message>
        <source>The reset SET to %1 with SNMPv3 user “%2” failed: %3 (check the user, its passwords and protocols)</source>
        <translation>Tilbakestillings-SET til %1 med SNMPv3-brukeren «%2» mislyktes: %3 (sjekk brukeren, passordene og protokollene)</translation>
    </message>
</context>
<context>
    <name>Printwatch::Actions::ActionExecutor</name>
    <message>
        <source>Refused: %1 is not a stored printer, and %2 may act only on printers of their device groups.</source>
        <translation>Avvist: %1 er ikke en lagret skriver, og %2 kan bare handle på skrivere i sine enhetsgrupper.</translation>
    </message>
    <message>
        <source>%1 is not a printer action.</source>
        <translation>%1 er ikke en skriverhandling.</translation>
    </message>
    <message>
        <source>via %1: %2</source>
        <translation>via %1: %2</translation>
    </message>
    <message>
        <source>(The audit log could not be written: %1)</source>
        <translation>(Revisjonsloggen kunne ikke skrives: %1)</translation>
    </message>
    <message>
        <source>Cancelled before this printer</source>
        <translation>Avbrutt før denne skriveren</translation>
    </message>
</context>
<context>
    <name>Printwatch::Actions::ActionRunner</name>
    <message>
        <source>The database is not open.</source>
        <translation>Databasen er ikke åpen.</translation>
    </message>
    <message>
        <source>Nobody is logged in.</source>
        <translation>Ingen er logget inn.</translation>
    </message>
    <message>
        <source>Cancelled before this printer</source>
        <translation>Avbrutt før denne skriveren</translation>
    </message>
    <message>
        <source>Refused: %1 may not read the audit log; only an Administrator may.</source>
        <translation>Avvist: %1 har ikke lov til å lese revisjonsloggen; bare en administrator har det.</translation>
    </message>
    <message>
        <source>nobody logged in</source>
        <translation>ingen er logget inn</translation>
    </message>
    <message>
        <source>Cannot add %1: unknown role “%2”.</source>
        <translation>Kan ikke legge til %1: ukjent rolle «%2».</translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation>La til %1 (%2).</translation>
    </message>
    <message>
        <source>%1 is unlocked.</source>
        <translation>%1 er låst opp.</translation>
    </message>
    <message>
        <source>%1 is removed.</source>
        <translation>%1 er fjernet.</translation>
    </message>
    <message>
        <source>Unknown action “%1”.</source>
        <translation>Ukjent handling «%1».</translation>
    </message>
    <message>
        <source>%1 is switched on.</source>
        <translation>%1 er slått på.</translation>
    </message>
    <message>
        <source>%1 is switched off.</source>
        <translation>%1 er slått av.</translation>
    </message>
    <message>
        <source>%1 is switched on for device group %2.</source>
        <translation>%1 er slått på for enhetsgruppen %2.</translation>
    </message>
    <message>
        <source>%1 is switched off for device group %2.</source>
        <translation>%1 er slått av for enhetsgruppen %2.</translation>
    </message>
    <message>
        <source>Device group %1 added.</source>
        <translation>Enhetsgruppen %1 er lagt til.</translation>
    </message>
    <message>
        <source>Device group renamed to %1.</source>
        <translation>Enhetsgruppen har fått det nye navnet %1.</translation>
    </message>
    <message>
        <source>Device group removed.</source>
        <translation>Enhetsgruppen er fjernet.</translation>
    </message>
    <message numerus="yes">
        <source>The group now holds %n printer(s).</source>
        <translation>
            <numerusform>Gruppen har nå %n skriver.</numerusform>
            <numerusform>Gruppen har nå %n skrivere.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n printer(s) added to the group.</source>
        <translation>
            <numerusform>%n skriver lagt til i gruppen.</numerusform>
            <numerusform>%n skrivere lagt til i gruppen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) changed.</source>
        <translation>
            <numerusform>%n bruker endret.</numerusform>
            <numerusform>%n brukere endret.</numerusform>
        </translation>
    </message>
    <message>
        <source>Discovery of %1 refused: the database is not open.</source>
        <translation>Søk i %1 avvist: databasen er ikke åpen.</translation>
    </message>
    <message>
        <source>Started from %1</source>
        <translation>Startet fra %1</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (fra %2)</translation>
    </message>
    <message>
        <source>Discovery of %1 refused: the audit log cannot be written: %2</source>
        <translation>Søk i %1 avvist: revisjonsloggen kan ikke skrives: %2</translation>
    </message>
</context>
<context>
    <name>Printwatch::App::ActionsController</name>
    <message>
        <source>&amp;Refresh status</source>
        <translation>&amp;Oppdater status</translation>
    </message>
    <message>
        <source>Print &amp;test page…</source>
        <translation>Skriv ut &amp;testside…</translation>
    </message>
    <message>
        <source>Re&amp;boot…</source>
        <translation>Start på n&amp;ytt…</translation>
    </message>
    <message>
        <source>Upgrade &amp;firmware…</source>
        <translation>Oppgrader &amp;fastvare…</translation>
    </message>
    <message>
        <source>Trouble&amp;shoot</source>
        <translation>&amp;Feilsøk</translation>
    </message>
    <message>
        <source>Open &amp;web page</source>
        <translation>Åpne &amp;nettside</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n printer(s) done.</source>
        <translation>
            <numerusform>%1 av %n skriver ferdig.</numerusform>
            <numerusform>%1 av %n skrivere ferdige.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>locked after %n failed login(s)</source>
        <translation>
            <numerusform>låst etter %n mislykket innlogging</numerusform>
            <numerusform>låst etter %n mislykkede innlogginger</numerusform>
        </translation>
    </message>
    <message>
        <source>demo account</source>
        <translation>demokonto</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n gruppe</numerusform>
            <numerusform>%n grupper</numerusform>
        </translation>
    </message>
    <message>
        <source>Your password is changed.</source>
        <translation>Passordet ditt er endret.</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Endre passord</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>&amp;Handlinger</translation>
    </message>
    <message>
        <source>Audit &amp;log</source>
        <translation>&amp;Revisjonslogg</translation>
    </message>
    <message>
        <source>&amp;Users and permissions…</source>
        <translation>&amp;Brukere og rettigheter…</translation>
    </message>
    <message>
        <source>&amp;Change password…</source>
        <translation>&amp;Endre passord…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lås</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>Logg &amp;ut</translation>
    </message>
    <message>
        <source>Log in first.</source>
        <translation>Logg inn først.</translation>
    </message>
    <message>
        <source>Your role (%1) may not do this.</source>
        <translation>Rollen din (%1) har ikke lov til dette.</translation>
    </message>
    <message>
        <source>Device actions are unavailable: %1</source>
        <translation>Enhetshandlinger er utilgjengelige: %1</translation>
    </message>
    <message>
        <source>Only %1 can unlock this session.</source>
        <translation>Bare %1 kan låse opp denne økten.</translation>
    </message>
    <message>
        <source>Logged in as %1 (DEMO ACCOUNT, %2)</source>
        <translation>Logget inn som %1 (DEMOKONTO, %2)</translation>
    </message>
    <message>
        <source>Logged in as %1 (%2)</source>
        <translation>Logget inn som %1 (%2)</translation>
    </message>
    <message>
        <source>Printwatch</source>
        <translation>Printwatch</translation>
    </message>
    <message>
        <source>printer %1</source>
        <translation>skriver %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Select one or more printers first.</source>
        <translation>Velg én eller flere skrivere først.</translation>
    </message>
    <message numerus="yes">
        <source>%n printer(s)</source>
        <translation>
            <numerusform>%n skriver</numerusform>
            <numerusform>%n skrivere</numerusform>
        </translation>
    </message>
    <message>
        <source>Raw TCP port 9100</source>
        <translation>Rå TCP-port 9100</translation>
    </message>
    <message>
        <source>LPR (port 515)</source>
        <translation>LPR (port 515)</translation>
    </message>
    <message>
        <source>IPP (port 631)</source>
        <translation>IPP (port 631)</translation>
    </message>
    <message>
        <source>Print test page</source>
        <translation>Skriv ut testside</translation>
    </message>
    <message>
        <source>Send the test page by:</source>
        <translation>Send testsiden med:</translation>
    </message>
    <message>
        <source>Choose the firmware file</source>
        <translation>Velg fastvarefilen</translation>
    </message>
    <message>
        <source>Reboot %1? Jobs being printed are lost.</source>
        <translation>Starte %1 på nytt? Jobber som skrives ut, går tapt.</translation>
    </message>
    <message>
        <source>Send the firmware file %1 to %2? Do not switch the printer off while it installs; a cut transfer is not sent again.</source>
        <translation>Sende fastvarefilen %1 til %2? Ikke slå av skriveren mens den installerer; en avbrutt overføring sendes ikke på nytt.</translation>
    </message>
    <message>
        <source>Print a test page on %1?</source>
        <translation>Skrive ut en testside på %1?</translation>
    </message>
    <message>
        <source>%1 on %2?</source>
        <translation>%1 på %2?</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Revisjonslogg</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>Nåværende passord:</translation>
    </message>
    <message>
        <source>New password (8 characters or more):</source>
        <translation>Nytt passord (8 tegn eller mer):</translation>
    </message>
    <message>
        <source>New password again:</source>
        <translation>Nytt passord igjen:</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>De to nye passordene er ulike.</translation>
    </message>
    <message>
        <source>An administrator switched this off for the selected printers.</source>
        <translation>En administrator har slått dette av for de valgte skriverne.</translation>
    </message>
    <message>
        <source>Add to &amp;group…</source>
        <translation>Legg til i &amp;gruppe…</translation>
    </message>
    <message>
        <source>Device &amp;groups…</source>
        <translation>Enhets&amp;grupper…</translation>
    </message>
    <message>
        <source>There is no device group yet: create one in Actions → Device groups…</source>
        <translation>Det finnes ingen enhetsgruppe ennå: opprett en under Handlinger → Enhetsgrupper…</translation>
    </message>
    <message>
        <source>Add to group</source>
        <translation>Legg til i gruppe</translation>
    </message>
    <message numerus="yes">
        <source>Add %n printer(s) to the device group:</source>
        <translation>
            <numerusform>Legg til %n skriver i enhetsgruppen:</numerusform>
            <numerusform>Legg til %n skrivere i enhetsgruppen:</numerusform>
        </translation>
    </message>
    <message>
        <source>Discovery of %1 refused: the actions thread did not answer.</source>
        <translation>Søk i %1 avvist: handlingstråden svarte ikke.</translation>
    </message>
    <message>
        <source>Your role (%1) may not run discovery.</source>
        <translation>Rollen din (%1) har ikke lov til å kjøre søk.</translation>
    </message>
</context>
<context>
    <name>Printwatch::App::Application</name>
    <message>
        <source>Cannot create the folder %1 for the database</source>
        <translation>Kan ikke opprette mappen %1 for databasen</translation>
    </message>
    <message numerus="yes">
        <source>Printwatch — demo fleet (%n simulated printer(s))</source>
        <translation>
            <numerusform>Printwatch — demopark (%n simulert skriver)</numerusform>
            <numerusform>Printwatch — demopark (%n simulerte skrivere)</numerusform>
        </translation>
    </message>
    <message>
        <source>Discovering the demo fleet on %1…</source>
        <translation>Søker etter demoparken på %1…</translation>
    </message>
    <message>
        <source>Cannot start the demo fleet: %1</source>
        <translation>Kan ikke starte demoparken: %1</translation>
    </message>
    <message>
        <source>Cannot open the web page of %1: no web browser is set up</source>
        <translation>Kan ikke åpne nettsiden til %1: ingen nettleser er satt opp</translation>
    </message>
    <message>
        <source>Could not start the demo: %1 did not run</source>
        <translation>Kunne ikke starte demoen: %1 startet ikke</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Innstillinger</translation>
    </message>
    <message>
        <source>Settings applied</source>
        <translation>Innstillingene er tatt i bruk</translation>
    </message>
    <message>
        <source>These printers are not in the database yet; try again once they are listed.</source>
        <translation>Disse skriverne er ikke i databasen ennå; prøv igjen når de vises i listen.</translation>
    </message>
    <message>
        <source>The demo keeps its credentials in memory only.</source>
        <translation>Demoen holder tilgangene sine bare i minnet.</translation>
    </message>
    <message>
        <source>Secrets are kept in the %1.</source>
        <translation>Hemmeligheter oppbevares her: %1.</translation>
    </message>
    <message>
        <source>SNMP credentials are not saved or loaded in this session: %1</source>
        <translation>SNMP-tilganger blir verken lagret eller lastet inn i denne økten: %1</translation>
    </message>
    <message>
        <source>The saved SNMP credentials could not be loaded: %1</source>
        <translation>De lagrede SNMP-tilgangene kunne ikke lastes inn: %1</translation>
    </message>
    <message>
        <source>The SNMP credentials are used in this session but not saved: %1</source>
        <translation>SNMP-tilgangene brukes i denne økten, men lagres ikke: %1</translation>
    </message>
</context>
<context>
    <name>Printwatch::App::ConsoleController</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Counters</source>
        <translation>Telleverk</translation>
    </message>
    <message>
        <source>Supplies</source>
        <translation>Forbruksmateriell</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Varsler</translation>
    </message>
    <message>
        <source>Discovery</source>
        <translation>Søk</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Skriver</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Innstillinger</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Lagring</translation>
    </message>
    <message>
        <source>Poll</source>
        <translation>Avspørring</translation>
    </message>
    <message>
        <source>Answered in %1 ms</source>
        <translation>Svarte på %1 ms</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Svarte</translation>
    </message>
    <message numerus="yes">
        <source>Poll round: your %n printer(s) in %1 s</source>
        <translation>
            <numerusform>Avspørringsrunde: din %n skriver på %1 s</numerusform>
            <numerusform>Avspørringsrunde: dine %n skrivere på %1 s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Poll round: %n printer(s) in %1 s</source>
        <translation>
            <numerusform>Avspørringsrunde: %n skriver på %1 s</numerusform>
            <numerusform>Avspørringsrunde: %n skrivere på %1 s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n not answering</source>
        <translation>
            <numerusform>, %n svarer ikke</numerusform>
            <numerusform>, %n svarer ikke</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Printwatch::App::DemoGroups</name>
    <message>
        <source>Building B</source>
        <translation>Bygg B</translation>
    </message>
</context>
<context>
    <name>Printwatch::App::DiscoveryController</name>
    <message numerus="yes">
        <source>%n printer(s) found</source>
        <translation>
            <numerusform>%n skriver funnet</numerusform>
            <numerusform>%n skrivere funnet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other device(s) answered</source>
        <translation>
            <numerusform>%n annen enhet svarte</numerusform>
            <numerusform>%n andre enheter svarte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n address(es) probed in %1 s</source>
        <translation>
            <numerusform>%n adresse undersøkt på %1 s</numerusform>
            <numerusform>%n adresser undersøkt på %1 s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n name(s) not resolved</source>
        <translation>
            <numerusform>%n navn ikke slått opp</numerusform>
            <numerusform>%n navn ikke slått opp</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Avbrutt: %1</translation>
    </message>
    <message>
        <source>The session is locked.</source>
        <translation>Økten er låst.</translation>
    </message>
    <message>
        <source>Your role (%1) may not run discovery.</source>
        <translation>Rollen din (%1) har ikke lov til å kjøre søk.</translation>
    </message>
    <message>
        <source>Log in first.</source>
        <translation>Logg inn først.</translation>
    </message>
    <message>
        <source>Discovery</source>
        <translation>Søk</translation>
    </message>
    <message>
        <source>Discovery of %1 started</source>
        <translation>Søk i %1 startet</translation>
    </message>
    <message numerus="yes">
        <source>The demo fleet has %n printer(s); discovering it again.</source>
        <translation>
            <numerusform>Demoflåten har %n skriver; den søkes opp på nytt.</numerusform>
            <numerusform>Demoflåten har %n skrivere; den søkes opp på nytt.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Credential test: %1</source>
        <translation>Test av tilgang: %1</translation>
    </message>
    <message>
        <source>stored credential sets</source>
        <translation>lagrede tilgangssett</translation>
    </message>
</context>
<context>
    <name>Printwatch::App::StorageReader</name>
    <message>
        <source>Printer %1 is not in your device groups.</source>
        <translation>Skriveren %1 er ikke i enhetsgruppene dine.</translation>
    </message>
</context>
<context>
    <name>Printwatch::Auth</name>
    <message>
        <source>Viewer</source>
        <translation>Leser</translation>
    </message>
    <message>
        <source>Power user</source>
        <translation>Superbruker</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Refresh status</source>
        <translation>Oppdater status</translation>
    </message>
    <message>
        <source>Print test page</source>
        <translation>Skriv ut testside</translation>
    </message>
    <message>
        <source>Reboot</source>
        <translation>Start på nytt</translation>
    </message>
    <message>
        <source>Upgrade firmware</source>
        <translation>Oppgrader fastvare</translation>
    </message>
    <message>
        <source>Troubleshoot</source>
        <translation>Feilsøk</translation>
    </message>
    <message>
        <source>Open web page</source>
        <translation>Åpne nettside</translation>
    </message>
    <message>
        <source>Manage users</source>
        <translation>Administrer brukere</translation>
    </message>
    <message>
        <source>Change settings</source>
        <translation>Endre innstillinger</translation>
    </message>
    <message>
        <source>View the audit log</source>
        <translation>Se revisjonsloggen</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Feil brukernavn eller passord.</translation>
    </message>
    <message>
        <source>Too many failed attempts (%1): this account is locked. An administrator can unlock it.</source>
        <translation>For mange mislykkede forsøk (%1): denne kontoen er låst. En administrator kan låse den opp.</translation>
    </message>
    <message>
        <source>Cannot open the secret store %1: the key derivation ran out of memory.</source>
        <translation>Kan ikke åpne hemmelighetslageret %1: nøkkelutledningen gikk tom for minne.</translation>
    </message>
    <message>
        <source>No OS keychain answered (%1), and the encrypted secret file %2 needs a master password: give one (printwatch-cli --master-password-file FILE, or - to type it; the GUI asks for it). Secrets are never stored in plain text.</source>
        <translation>Ingen nøkkelring i operativsystemet svarte (%1), og den krypterte hemmelighetsfilen %2 trenger et hovedpassord: oppgi ett (printwatch-cli --master-password-file FIL, eller - for å skrive det inn; det grafiske grensesnittet spør etter det). Hemmeligheter lagres aldri i klartekst.</translation>
    </message>
    <message>
        <source>not tried</source>
        <translation>ikke prøvd</translation>
    </message>
    <message>
        <source>the OS keychain did not answer within %1 s (is it locked, waiting for a password prompt?)</source>
        <translation>nøkkelringen i operativsystemet svarte ikke innen %1 s (er den låst og venter på at et passord skal oppgis?)</translation>
    </message>
    <message>
        <source>Run discovery</source>
        <translation>Kjør søk</translation>
    </message>
</context>
<context>
    <name>Printwatch::Auth::AuthService</name>
    <message>
        <source>The user name “%1” is not valid: use 1 to 64 letters, digits, dots, dashes, underscores or @.</source>
        <translation>Brukernavnet «%1» er ikke gyldig: bruk 1 til 64 bokstaver, sifre, punktum, bindestreker, understreker eller @.</translation>
    </message>
    <message>
        <source>The password for %1 is too short: use at least 8 characters.</source>
        <translation>Passordet for %1 er for kort: bruk minst 8 tegn.</translation>
    </message>
    <message>
        <source>The password for %1 must not be the user name.</source>
        <translation>Passordet for %1 kan ikke være brukernavnet.</translation>
    </message>
    <message>
        <source>Cannot create %1 as the first Administrator: users exist already; an Administrator adds further users.</source>
        <translation>Kan ikke opprette %1 som første administrator: det finnes allerede brukere; en administrator legger til flere brukere.</translation>
    </message>
    <message>
        <source>first Administrator created</source>
        <translation>første administrator opprettet</translation>
    </message>
    <message>
        <source>A real user called “demo” exists: the demo account is not created.</source>
        <translation>Det finnes en ekte bruker som heter «demo»: demokontoen opprettes ikke.</translation>
    </message>
    <message>
        <source>The user %1 has an unknown role “%2” in the database.</source>
        <translation>Brukeren %1 har en ukjent rolle «%2» i databasen.</translation>
    </message>
    <message>
        <source>unknown user name (attempt %1)</source>
        <translation>ukjent brukernavn (forsøk %1)</translation>
    </message>
    <message>
        <source>account locked</source>
        <translation>kontoen er låst</translation>
    </message>
    <message>
        <source>wrong password; account locked after %1 attempts</source>
        <translation>feil passord; kontoen låst etter %1 forsøk</translation>
    </message>
    <message>
        <source>wrong password (attempt %1)</source>
        <translation>feil passord (forsøk %1)</translation>
    </message>
    <message>
        <source>the current password was wrong</source>
        <translation>det nåværende passordet var feil</translation>
    </message>
    <message>
        <source>The current password of %1 is not correct.</source>
        <translation>Det nåværende passordet til %1 er ikke riktig.</translation>
    </message>
    <message>
        <source>nobody logged in</source>
        <translation>ingen er logget inn</translation>
    </message>
    <message>
        <source>%1 may not manage users</source>
        <translation>%1 har ikke lov til å administrere brukere</translation>
    </message>
    <message>
        <source>Refused: %1 (%2) may not manage users; only an Administrator may.</source>
        <translation>Avvist: %1 (%2) har ikke lov til å administrere brukere; bare en administrator har det.</translation>
    </message>
    <message>
        <source>There is no user called “%1”.</source>
        <translation>Det finnes ingen bruker som heter «%1».</translation>
    </message>
    <message>
        <source>after %1 failed attempts</source>
        <translation>etter %1 mislykkede forsøk</translation>
    </message>
    <message>
        <source>%1 cannot remove their own account while logged in.</source>
        <translation>%1 kan ikke fjerne sin egen konto mens de er logget inn.</translation>
    </message>
    <message>
        <source>the user list</source>
        <translation>brukerlisten</translation>
    </message>
    <message>
        <source>all printers</source>
        <translation>alle skrivere</translation>
    </message>
    <message>
        <source>groups %1</source>
        <translation>grupper %1</translation>
    </message>
    <message>
        <source>The device group name “%1” is not valid: use 1 to 64 characters, no line breaks, no leading or trailing spaces.</source>
        <translation>Enhetsgruppenavnet «%1» er ikke gyldig: bruk 1 til 64 tegn, ingen linjeskift og ingen mellomrom først eller sist.</translation>
    </message>
    <message>
        <source>%1 may not manage device groups</source>
        <translation>%1 har ikke lov til å administrere enhetsgrupper</translation>
    </message>
    <message>
        <source>Refused: %1 (%2) may not manage device groups; only an Administrator may.</source>
        <translation>Avvist: %1 (%2) har ikke lov til å administrere enhetsgrupper; bare en administrator har det.</translation>
    </message>
    <message>
        <source>device group %1</source>
        <translation>enhetsgruppe %1</translation>
    </message>
    <message>
        <source>device groups</source>
        <translation>enhetsgrupper</translation>
    </message>
    <message>
        <source>id %1</source>
        <translation>id %1</translation>
    </message>
    <message>
        <source>renamed to %1</source>
        <translation>nytt navn: %1</translation>
    </message>
</context>
<context>
    <name>Printwatch::Auth::Authorizer</name>
    <message>
        <source>Refused: %1 on %2 needs a logged-in user.</source>
        <translation>Avvist: %1 på %2 krever en innlogget bruker.</translation>
    </message>
    <message>
        <source>Refused: %1 (%2) may not %3 (%4).</source>
        <translation>Avvist: %1 (%2) har ikke lov til %3 (%4).</translation>
    </message>
    <message>
        <source>Refused: %1 on %2: the printer is not in a device group of %3.</source>
        <translation>Avvist: %1 på %2: skriveren er ikke i en enhetsgruppe hos %3.</translation>
    </message>
    <message>
        <source>Refused: %1 is switched off for %2 by an administrator (Settings).</source>
        <translation>Avvist: %1 er slått av for %2 av en administrator (Innstillinger).</translation>
    </message>
    <message>
        <source>the whole fleet</source>
        <translation>hele parken</translation>
    </message>
    <message>
        <source>device group %1</source>
        <translation>enhetsgruppe %1</translation>
    </message>
</context>
<context>
    <name>Printwatch::Auth::CredentialVault</name>
    <message>
        <source>The SNMP credentials were not saved: %1</source>
        <translation>SNMP-tilgangene ble ikke lagret: %1</translation>
    </message>
    <message>
        <source>The SNMP credential sets were not saved: cannot write the settings file %1.</source>
        <translation>SNMP-tilgangssettene ble ikke lagret: kan ikke skrive innstillingsfilen %1.</translation>
    </message>
    <message>
        <source>The SNMP credentials were saved, but an old secret could not be removed: %1</source>
        <translation>SNMP-tilgangene ble lagret, men en gammel hemmelighet kunne ikke fjernes: %1</translation>
    </message>
    <message>
        <source>%1 is missing from the secret store (%2): enter it again in Settings.</source>
        <translation>%1 mangler i hemmelighetslageret (%2): oppgi verdien på nytt i Innstillinger.</translation>
    </message>
    <message>
        <source>The default SNMP community</source>
        <translation>Standardfellesskapet for SNMP</translation>
    </message>
    <message>
        <source>A secret of credential %1 in the set “%2”</source>
        <translation>En hemmelighet for tilgang %1 i settet «%2»</translation>
    </message>
    <message>
        <source>The write credential of the set “%1”</source>
        <translation>Skrivetilgangen i settet «%1»</translation>
    </message>
</context>
<context>
    <name>Printwatch::Auth::EncryptedFileSecretStore</name>
    <message>
        <source>Cannot open the secret store %1: libsodium did not initialise.</source>
        <translation>Kan ikke åpne hemmelighetslageret %1: libsodium ble ikke initialisert.</translation>
    </message>
    <message>
        <source>The secret store %1 needs a master password; secrets are never stored in plain text.</source>
        <translation>Hemmelighetslageret %1 trenger et hovedpassord; hemmeligheter lagres aldri i klartekst.</translation>
    </message>
    <message>
        <source>Cannot read the secret store %1: %2</source>
        <translation>Kan ikke lese hemmelighetslageret %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the secret store %1: it is damaged or not a Printwatch secret store.</source>
        <translation>Kan ikke lese hemmelighetslageret %1: det er skadet eller ikke et hemmelighetslager fra Printwatch.</translation>
    </message>
    <message>
        <source>Cannot read the secret store %1: its salt is damaged.</source>
        <translation>Kan ikke lese hemmelighetslageret %1: saltet er skadet.</translation>
    </message>
    <message>
        <source>Cannot open the secret store %1: the master password is wrong.</source>
        <translation>Kan ikke åpne hemmelighetslageret %1: hovedpassordet er feil.</translation>
    </message>
    <message>
        <source>encrypted file %1</source>
        <translation>kryptert fil %1</translation>
    </message>
    <message>
        <source>Cannot create the folder of the secret store %1.</source>
        <translation>Kan ikke opprette mappen til hemmelighetslageret %1.</translation>
    </message>
    <message>
        <source>Cannot write the secret store %1: %2</source>
        <translation>Kan ikke skrive hemmelighetslageret %1: %2</translation>
    </message>
    <message>
        <source>The secret “%1” in %2 is damaged (it does not authenticate).</source>
        <translation>Hemmeligheten «%1» i %2 er skadet (den kan ikke autentiseres).</translation>
    </message>
</context>
<context>
    <name>Printwatch::Auth::KeychainSecretStore</name>
    <message>
        <source>OS keychain unavailable: %1</source>
        <translation>Nøkkelringen i operativsystemet er utilgjengelig: %1</translation>
    </message>
    <message>
        <source>OS keychain (service “%1”)</source>
        <translation>Nøkkelring i operativsystemet (tjeneste «%1»)</translation>
    </message>
    <message>
        <source>Cannot store the secret “%1” in the OS keychain: %2</source>
        <translation>Kan ikke lagre hemmeligheten «%1» i nøkkelringen: %2</translation>
    </message>
    <message>
        <source>Cannot read the secret “%1” from the OS keychain: %2</source>
        <translation>Kan ikke lese hemmeligheten «%1» fra nøkkelringen: %2</translation>
    </message>
    <message>
        <source>Cannot remove the secret “%1” from the OS keychain: %2</source>
        <translation>Kan ikke fjerne hemmeligheten «%1» fra nøkkelringen: %2</translation>
    </message>
</context>
<context>
    <name>Printwatch::Auth::PasswordHasher</name>
    <message>
        <source>Cannot hash the password: libsodium did not initialise.</source>
        <translation>Kan ikke hashe passordet: libsodium ble ikke initialisert.</translation>
    </message>
    <message>
        <source>Cannot hash the password: Argon2id needs %1 MiB of memory and could not get it.</source>
        <translation>Kan ikke hashe passordet: Argon2id trenger %1 MiB minne og fikk det ikke.</translation>
    </message>
</context>
<context>
    <name>Printwatch::Core</name>
    <message>
        <source>“%1” is not a CIDR block: “%2” is not an IPv4 address</source>
        <translation>«%1» er ikke en CIDR-blokk: «%2» er ikke en IPv4-adresse</translation>
    </message>
    <message>
        <source>“%1” is not a CIDR block: the prefix length must be 0 to 32</source>
        <translation>«%1» er ikke en CIDR-blokk: prefikslengden må være 0 til 32</translation>
    </message>
    <message>
        <source>“%1” is not a range: “%2” is neither an address nor a last octet</source>
        <translation>«%1» er ikke et område: «%2» er verken en adresse eller en siste oktett</translation>
    </message>
    <message>
        <source>“%1” is not a range: it ends before it starts</source>
        <translation>«%1» er ikke et område: det slutter før det begynner</translation>
    </message>
    <message>
        <source>“%1” is neither an address, a CIDR block, a range nor a host name</source>
        <translation>«%1» er verken en adresse, en CIDR-blokk, et område eller et vertsnavn</translation>
    </message>
    <message>
        <source>No targets given: enter addresses, CIDR blocks, ranges or host names</source>
        <translation>Ingen mål oppgitt: skriv inn adresser, CIDR-blokker, områder eller vertsnavn</translation>
    </message>
</context>
<context>
    <name>Printwatch::Core::Builder</name>
    <message>
        <source>“%1” would make more than %2 addresses; split it into smaller blocks</source>
        <translation>«%1» ville gi mer enn %2 adresser; del det opp i mindre blokker</translation>
    </message>
</context>
<context>
    <name>Printwatch::Models</name>
    <message>
        <source>—</source>
        <comment>unknown value in a table cell</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>Reports an error state</source>
        <translation>Melder en feiltilstand</translation>
    </message>
    <message>
        <source>Reports an error state: %1</source>
        <extracomment>%1: what the printer says is wrong, e.g. &quot;jammed, door open&quot;</extracomment>
        <translation>Melder en feiltilstand: %1</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between error conditions</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Discovery</source>
        <translation>Søk</translation>
    </message>
    <message>
        <source>New printer</source>
        <translation>Ny skriver</translation>
    </message>
    <message>
        <source>Poll</source>
        <translation>Avspørring</translation>
    </message>
    <message>
        <source>Stopped answering</source>
        <translation>Sluttet å svare</translation>
    </message>
    <message>
        <source>Stopped answering: %1</source>
        <translation>Sluttet å svare: %1</translation>
    </message>
    <message>
        <source>Answering again</source>
        <translation>Svarer igjen</translation>
    </message>
    <message>
        <source>Error state cleared, now %1</source>
        <extracomment>the printer left the error state; %1 is its status now, e.g. &quot;Idle&quot;</extracomment>
        <translation>Feiltilstanden er over, nå: %1</translation>
    </message>
</context>
<context>
    <name>Printwatch::Models::AlertCodes</name>
    <message>
        <source>Other</source>
        <translation>Annet</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Ukjent</translation>
    </message>
    <message>
        <source>Cover open</source>
        <translation>Deksel åpent</translation>
    </message>
    <message>
        <source>Cover closed</source>
        <translation>Deksel lukket</translation>
    </message>
    <message>
        <source>Interlock open</source>
        <translation>Sikkerhetslås åpen</translation>
    </message>
    <message>
        <source>Interlock closed</source>
        <translation>Sikkerhetslås lukket</translation>
    </message>
    <message>
        <source>Configuration changed</source>
        <translation>Konfigurasjonen er endret</translation>
    </message>
    <message>
        <source>Paper jam</source>
        <translation>Papirstopp</translation>
    </message>
    <message>
        <source>Component missing</source>
        <translation>Komponent mangler</translation>
    </message>
    <message>
        <source>Component life almost over</source>
        <translation>Komponentens levetid snart over</translation>
    </message>
    <message>
        <source>Component life over</source>
        <translation>Komponentens levetid over</translation>
    </message>
    <message>
        <source>Almost empty</source>
        <translation>Nesten tom</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Tom</translation>
    </message>
    <message>
        <source>Almost full</source>
        <translation>Nesten full</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Full</translation>
    </message>
    <message>
        <source>Near limit</source>
        <translation>Nær grensen</translation>
    </message>
    <message>
        <source>At limit</source>
        <translation>Ved grensen</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Åpnet</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Lukket</translation>
    </message>
    <message>
        <source>Turned on</source>
        <translation>Slått på</translation>
    </message>
    <message>
        <source>Turned off</source>
        <translation>Slått av</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Frakoblet</translation>
    </message>
    <message>
        <source>Power saver</source>
        <translation>Strømsparing</translation>
    </message>
    <message>
        <source>Warming up</source>
        <translation>Varmes opp</translation>
    </message>
    <message>
        <source>Component added</source>
        <translation>Komponent lagt til</translation>
    </message>
    <message>
        <source>Component removed</source>
        <translation>Komponent fjernet</translation>
    </message>
    <message>
        <source>Recoverable failure</source>
        <translation>Feil som kan rettes</translation>
    </message>
    <message>
        <source>Unrecoverable failure</source>
        <translation>Feil som ikke kan rettes</translation>
    </message>
    <message>
        <source>Motor failure</source>
        <translation>Motorfeil</translation>
    </message>
    <message>
        <source>Memory exhausted</source>
        <translation>Minnet er fullt</translation>
    </message>
    <message>
        <source>Over temperature</source>
        <translation>For høy temperatur</translation>
    </message>
    <message>
        <source>Door open</source>
        <translation>Dør åpen</translation>
    </message>
    <message>
        <source>Door closed</source>
        <translation>Dør lukket</translation>
    </message>
    <message>
        <source>Powered up</source>
        <translation>Slått på</translation>
    </message>
    <message>
        <source>Powered down</source>
        <translation>Slått av</translation>
    </message>
    <message>
        <source>Reset over the network</source>
        <translation>Tilbakestilt over nettverket</translation>
    </message>
    <message>
        <source>Reset by hand</source>
        <translation>Tilbakestilt manuelt</translation>
    </message>
    <message>
        <source>Ready to print</source>
        <translation>Klar til utskrift</translation>
    </message>
    <message>
        <source>Input tray missing</source>
        <translation>Innskuff mangler</translation>
    </message>
    <message>
        <source>Paper low</source>
        <translation>Lite papir</translation>
    </message>
    <message>
        <source>Paper out</source>
        <translation>Tomt for papir</translation>
    </message>
    <message>
        <source>Media change requested</source>
        <translation>Papirbytte etterspurt</translation>
    </message>
    <message>
        <source>Manual feed requested</source>
        <translation>Manuell mating etterspurt</translation>
    </message>
    <message>
        <source>Output tray missing</source>
        <translation>Utskuff mangler</translation>
    </message>
    <message>
        <source>Output tray almost full</source>
        <translation>Utskuff nesten full</translation>
    </message>
    <message>
        <source>Output tray full</source>
        <translation>Utskuff full</translation>
    </message>
    <message>
        <source>Fuser under temperature</source>
        <translation>Fikseringsenhet for kald</translation>
    </message>
    <message>
        <source>Fuser over temperature</source>
        <translation>Fikseringsenhet for varm</translation>
    </message>
    <message>
        <source>Toner empty</source>
        <translation>Tom for toner</translation>
    </message>
    <message>
        <source>Ink empty</source>
        <translation>Tom for blekk</translation>
    </message>
    <message>
        <source>Toner low</source>
        <translation>Lite toner</translation>
    </message>
    <message>
        <source>Ink low</source>
        <translation>Lite blekk</translation>
    </message>
    <message>
        <source>Waste toner almost full</source>
        <translation>Brukt toner nesten full</translation>
    </message>
    <message>
        <source>Waste ink almost full</source>
        <translation>Brukt blekk nesten full</translation>
    </message>
    <message>
        <source>Waste toner full</source>
        <translation>Brukt toner full</translation>
    </message>
    <message>
        <source>Waste ink full</source>
        <translation>Brukt blekk full</translation>
    </message>
    <message>
        <source>Drum life almost over</source>
        <translation>Trommelens levetid snart over</translation>
    </message>
    <message>
        <source>Drum life over</source>
        <translation>Trommelens levetid over</translation>
    </message>
    <message>
        <source>Developer almost empty</source>
        <translation>Fremkaller nesten tom</translation>
    </message>
    <message>
        <source>Developer empty</source>
        <translation>Fremkaller tom</translation>
    </message>
    <message>
        <source>Toner cartridge missing</source>
        <translation>Tonerkassett mangler</translation>
    </message>
    <message>
        <source>Media path tray missing</source>
        <translation>Skuff i papirbanen mangler</translation>
    </message>
    <message>
        <source>Cannot duplex the selected media</source>
        <translation>Kan ikke skrive tosidig på valgt papir</translation>
    </message>
    <message>
        <source>Interpreter memory increased</source>
        <translation>Tolkerminne økt</translation>
    </message>
    <message>
        <source>Interpreter memory decreased</source>
        <translation>Tolkerminne redusert</translation>
    </message>
    <message>
        <source>Interpreter resource unavailable</source>
        <translation>Tolkerressurs utilgjengelig</translation>
    </message>
    <message>
        <source>Complex page</source>
        <translation>Kompleks side</translation>
    </message>
    <message>
        <source>Alert code %1</source>
        <translation>Varselkode %1</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisk</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advarsel</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Informasjon</translation>
    </message>
</context>
<context>
    <name>Printwatch::Models::AlertTableModel</name>
    <message>
        <source>Open</source>
        <translation>Åpent</translation>
    </message>
    <message>
        <source>Printer-MIB alert code %1, group %2, location %3</source>
        <translation>Printer-MIB-varselkode %1, gruppe %2, plassering %3</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Alvorlighet</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Varsel</translation>
    </message>
    <message>
        <source>Printer&apos;s text</source>
        <translation>Skriverens tekst</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Skriver</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Oppstått</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>Løst</translation>
    </message>
</context>
<context>
    <name>Printwatch::Models::CounterTableModel</name>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>Mono</source>
        <translation>Svart-hvitt</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farge</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Utskrift</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopi</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Faks</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Skanning</translation>
    </message>
    <message>
        <source>Duplex</source>
        <translation>Tosidig</translation>
    </message>
    <message>
        <source>Large format</source>
        <translation>Storformat</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>Read from %1</source>
        <translation>Lest fra %1</translation>
    </message>
    <message>
        <source>Billing meter of this printer</source>
        <translation>Denne skriverens faktureringstelleverk</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Skriver</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Read at</source>
        <translation>Lest</translation>
    </message>
    <message>
        <source>Lifetime total; printers in bold bill on this meter</source>
        <translation>Totalt gjennom levetiden; skrivere i fet skrift faktureres etter dette telleverket</translation>
    </message>
    <message>
        <source>Meter &quot;%1&quot;; printers in bold bill on this meter</source>
        <translation>Telleverk «%1»; skrivere i fet skrift faktureres etter dette telleverket</translation>
    </message>
    <message>
        <source>Fax sent</source>
        <translation>Faks sendt</translation>
    </message>
    <message>
        <source>Network fax</source>
        <translation>Nettverksfaks</translation>
    </message>
    <message>
        <source>Network fax sent</source>
        <translation>Nettverksfaks sendt</translation>
    </message>
    <message>
        <source>E-mail sent</source>
        <translation>E-post sendt</translation>
    </message>
    <message>
        <source>E-mail received</source>
        <translation>E-post mottatt</translation>
    </message>
    <message>
        <source>Transform</source>
        <translation>Konvertering</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation>Ark</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Jobber</translation>
    </message>
    <message>
        <source>Drum pages</source>
        <translation>Trommelsider</translation>
    </message>
    <message>
        <source>Paper jams</source>
        <translation>Papirstopp</translation>
    </message>
    <message>
        <source>mono</source>
        <comment>meter qualifier: Print, mono</comment>
        <translation>svart-hvitt</translation>
    </message>
    <message>
        <source>colour</source>
        <comment>meter qualifier: Print, colour</comment>
        <translation>farge</translation>
    </message>
    <message>
        <source>sheets</source>
        <comment>meter qualifier: Print, sheets</comment>
        <translation>ark</translation>
    </message>
    <message>
        <source>two-sided</source>
        <comment>meter qualifier: Print, two-sided</comment>
        <translation>tosidig</translation>
    </message>
    <message>
        <source>jobs</source>
        <comment>meter qualifier: Print, jobs</comment>
        <translation>jobber</translation>
    </message>
    <message>
        <source>waste</source>
        <comment>meter qualifier: spoiled impressions</comment>
        <translation>kassert</translation>
    </message>
    <message>
        <source>copy</source>
        <comment>meter qualifier: Scan, copy</comment>
        <translation>kopi</translation>
    </message>
    <message>
        <source>other</source>
        <comment>meter qualifier: Scan, other</comment>
        <translation>annet</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>A meter&apos;s kind and what qualifies it, e.g. &quot;Print, mono&quot;</extracomment>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>Printwatch::Models::EventLog</name>
    <message>
        <source>Information</source>
        <translation>Informasjon</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advarsel</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Feil</translation>
    </message>
</context>
<context>
    <name>Printwatch::Models::EventLogModel</name>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Alvorlighet</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Kilde</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Skriver</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
</context>
<context>
    <name>Printwatch::Models::PrinterTableModel</name>
    <message>
        <source>%1 %</source>
        <extracomment>lowest supply level, then the supply, e.g. &quot;12 % Black toner&quot;</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>MAC address %1</source>
        <translation>MAC-adresse %1</translation>
    </message>
    <message>
        <source>Last answered: %1</source>
        <translation>Svarte sist: %1</translation>
    </message>
    <message>
        <source>Last polled: %1</source>
        <translation>Sist spurt: %1</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>nå nettopp</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>for %n min siden</numerusform>
            <numerusform>for %n min siden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>for %n t siden</numerusform>
            <numerusform>for %n t siden</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Produsent</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Serienummer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Total pages</source>
        <translation>Sider totalt</translation>
    </message>
    <message>
        <source>Lowest supply</source>
        <translation>Laveste forbruksmateriell</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Sist sett</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>state: supply</comment>
        <extracomment>lowest supply without a percentage: its state, then its name, e.g. &quot;Some remaining: Black toner&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 % %2</source>
        <translation>%1 % %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>status: conditions</comment>
        <extracomment>status, then what the printer reports as wrong, e.g. &quot;Error: jammed, door open&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between error conditions</comment>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>Printwatch::Models::SupplyTableModel</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Toner</source>
        <translation>Toner</translation>
    </message>
    <message>
        <source>Ink</source>
        <translation>Blekk</translation>
    </message>
    <message>
        <source>Drum</source>
        <translation>Trommel</translation>
    </message>
    <message>
        <source>Waste container</source>
        <translation>Oppsamlingsbeholder</translation>
    </message>
    <message>
        <source>Fuser</source>
        <translation>Fikseringsenhet</translation>
    </message>
    <message>
        <source>Developer</source>
        <translation>Fremkaller</translation>
    </message>
    <message>
        <source>Transfer unit</source>
        <translation>Overføringsenhet</translation>
    </message>
    <message>
        <source>Staples</source>
        <translation>Stifter</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annet</translation>
    </message>
    <message>
        <source>Black</source>
        <translation>Svart</translation>
    </message>
    <message>
        <source>Cyan</source>
        <translation>Cyan</translation>
    </message>
    <message>
        <source>Magenta</source>
        <translation>Magenta</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Gul</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Unrestricted</source>
        <translation>Ubegrenset</translation>
    </message>
    <message>
        <source>Some remaining</source>
        <translation>Noe igjen</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Ukjent</translation>
    </message>
    <message>
        <source>Nearly full</source>
        <translation>Nesten full</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Lav</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Full</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Tom</translation>
    </message>
    <message>
        <source>Level %1 of capacity %2 (raw values)</source>
        <translation>Nivå %1 av kapasitet %2 (råverdier)</translation>
    </message>
    <message>
        <source>Read from %1</source>
        <translation>Lest fra %1</translation>
    </message>
    <message>
        <source>At this level since %1</source>
        <translation>På dette nivået siden %1</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Skriver</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Supply</source>
        <translation>Forbruksmateriell</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farge</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tilstand</translation>
    </message>
</context>
<context>
    <name>Printwatch::Snmp</name>
    <message>
        <source>an SNMPv3 request needs USM state</source>
        <translation>en SNMPv3-forespørsel trenger USM-tilstand</translation>
    </message>
    <message>
        <source>cannot send this kind of PDU</source>
        <translation>kan ikke sende denne typen PDU</translation>
    </message>
    <message>
        <source>GETBULK does not exist in SNMPv1</source>
        <translation>GETBULK finnes ikke i SNMPv1</translation>
    </message>
    <message>
        <source>a request needs at least one OID</source>
        <translation>en forespørsel trenger minst én OID</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>tomt for minne</translation>
    </message>
    <message>
        <source>invalid OID %1</source>
        <translation>ugyldig OID %1</translation>
    </message>
    <message>
        <source>net-snmp could not encode the request: %1</source>
        <translation>net-snmp kunne ikke kode forespørselen: %1</translation>
    </message>
    <message>
        <source>empty datagram</source>
        <translation>tomt datagram</translation>
    </message>
    <message>
        <source>an SNMPv3 message from a device without USM state</source>
        <translation>en SNMPv3-melding fra en enhet uten USM-tilstand</translation>
    </message>
    <message>
        <source>undecodable SNMP message: %1</source>
        <translation>SNMP-melding som ikke kan dekodes: %1</translation>
    </message>
    <message>
        <source>unexpected SNMP version %1</source>
        <translation>uventet SNMP-versjon %1</translation>
    </message>
    <message>
        <source>net-snmp could not localise the key: %1</source>
        <translation>net-snmp kunne ikke lokalisere nøkkelen: %1</translation>
    </message>
    <message>
        <source>bad OID “%1”</source>
        <translation>ugyldig OID «%1»</translation>
    </message>
    <message>
        <source>bad pattern “%1”</source>
        <translation>ugyldig mønster «%1»</translation>
    </message>
    <message>
        <source>not “oid|tag|value”</source>
        <translation>ikke «oid|tag|verdi»</translation>
    </message>
    <message>
        <source>bad OID</source>
        <translation>ugyldig OID</translation>
    </message>
    <message>
        <source>snmpsim variation tag %1 is not supported</source>
        <translation>snmpsim-variasjonstaggen %1 støttes ikke</translation>
    </message>
    <message>
        <source>bad tag</source>
        <translation>ugyldig tagg</translation>
    </message>
    <message>
        <source>INTEGER “%1” is not a number</source>
        <translation>INTEGER «%1» er ikke et tall</translation>
    </message>
    <message>
        <source>bad OID value</source>
        <translation>ugyldig OID-verdi</translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>«%1» er ikke et tall</translation>
    </message>
    <message>
        <source>unknown tag %1</source>
        <translation>ukjent tagg %1</translation>
    </message>
    <message>
        <source>unknown type “%1”</source>
        <translation>ukjent type «%1»</translation>
    </message>
    <message>
        <source>cannot read the walk %1: %2</source>
        <translation>kan ikke lese gjennomgangen %1: %2</translation>
    </message>
    <message>
        <source>%1 line %2: no “ = ”, skipped</source>
        <translation>%1 linje %2: ingen « = », hoppet over</translation>
    </message>
    <message>
        <source>%1 line %2: bad OID (was the walk made with -On?)</source>
        <translation>%1 linje %2: ugyldig OID (ble gjennomgangen laget med -On?)</translation>
    </message>
    <message>
        <source>%1 line %2: %3, skipped</source>
        <translation>%1 linje %2: %3, hoppet over</translation>
    </message>
    <message>
        <source>the walk %1 holds no readable OID (neither .snmprec nor snmpwalk -On output)</source>
        <translation>gjennomgangen %1 inneholder ingen lesbar OID (verken .snmprec eller utdata fra snmpwalk -On)</translation>
    </message>
    <message>
        <source>the SNMPv3 credential has no authentication protocol</source>
        <translation>SNMPv3-påloggingen har ingen autentiseringsprotokoll</translation>
    </message>
    <message>
        <source>cannot derive the SNMPv3 authentication key (is the password 8 characters or more?)</source>
        <translation>kan ikke utlede SNMPv3-autentiseringsnøkkelen (er passordet minst 8 tegn?)</translation>
    </message>
    <message>
        <source>the SNMPv3 credential has no privacy protocol</source>
        <translation>SNMPv3-påloggingen har ingen personvernprotokoll</translation>
    </message>
    <message>
        <source>cannot derive the SNMPv3 privacy key (is the password 8 characters or more?)</source>
        <translation>kan ikke utlede SNMPv3-personvernnøkkelen (er passordet minst 8 tegn?)</translation>
    </message>
</context>
<context>
    <name>Printwatch::Snmp::CredentialProbe</name>
    <message>
        <source>cannot test %1: %2</source>
        <translation>kan ikke teste %1: %2</translation>
    </message>
    <message>
        <source>no SNMP engine</source>
        <translation>ingen SNMP-motor</translation>
    </message>
    <message>
        <source>%1 answered after a resynchronisation with its SNMPv3 clock (the printer restarted or its clock moved; not an outage)</source>
        <translation>%1 svarte etter en ny synkronisering med SNMPv3-klokken (skriveren startet på nytt eller klokken flyttet seg; ikke et brudd)</translation>
    </message>
</context>
<context>
    <name>Printwatch::Snmp::Discovery</name>
    <message>
        <source>the name has no IPv4 address</source>
        <translation>navnet har ingen IPv4-adresse</translation>
    </message>
</context>
<context>
    <name>Printwatch::Snmp::Engine</name>
    <message>
        <source>cannot open a UDP socket: %1</source>
        <translation>kan ikke åpne en UDP-kontakt: %1</translation>
    </message>
    <message>
        <source>cannot bind a UDP socket: %1</source>
        <translation>kan ikke binde en UDP-kontakt: %1</translation>
    </message>
    <message>
        <source>cannot reach %1: %2</source>
        <translation>kan ikke nå %1: %2</translation>
    </message>
    <message>
        <source>cannot reach %1: not an IPv4 address</source>
        <translation>kan ikke nå %1: ikke en IPv4-adresse</translation>
    </message>
    <message>
        <source>cannot send to %1: %2</source>
        <translation>kan ikke sende til %1: %2</translation>
    </message>
    <message>
        <source>cannot query %1: %2</source>
        <translation>kan ikke spørre %1: %2</translation>
    </message>
    <message>
        <source>%1 answered %2 (index %3)</source>
        <translation>%1 svarte %2 (indeks %3)</translation>
    </message>
    <message numerus="yes">
        <source>no answer from %1 to SNMPv3 engine discovery after %n tries</source>
        <translation>
            <numerusform>intet svar fra %1 på SNMPv3-motoroppdagelse etter %n forsøk</numerusform>
            <numerusform>intet svar fra %1 på SNMPv3-motoroppdagelse etter %n forsøk</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no answer from %1 after %n tries</source>
        <translation>
            <numerusform>intet svar fra %1 etter %n forsøk</numerusform>
            <numerusform>intet svar fra %1 etter %n forsøk</numerusform>
        </translation>
    </message>
    <message>
        <source>walk of %1 on %2 failed: %3</source>
        <translation>gjennomgang av %1 på %2 mislyktes: %3</translation>
    </message>
    <message>
        <source>walk of %1 on %2 stopped: the agent returned %3 after %4 (OIDs must increase)</source>
        <translation>gjennomgang av %1 på %2 stoppet: agenten returnerte %3 etter %4 (OID-er må øke)</translation>
    </message>
    <message>
        <source>walk of %1 on %2 stopped after %3 rows</source>
        <translation>gjennomgang av %1 på %2 stoppet etter %3 rader</translation>
    </message>
    <message>
        <source>walk of %1 on %2 stopped after %3 ms</source>
        <translation>gjennomgang av %1 på %2 stoppet etter %3 ms</translation>
    </message>
    <message>
        <source>%1 answered SNMPv3 engine discovery without an engine ID</source>
        <translation>%1 svarte på SNMPv3-motoroppdagelse uten motor-ID</translation>
    </message>
    <message>
        <source>no engine ID known for %1</source>
        <translation>ingen kjent motor-ID for %1</translation>
    </message>
    <message>
        <source>%1 does not know the SNMPv3 user &apos;%2&apos;: check the user name</source>
        <translation>%1 kjenner ikke SNMPv3-brukeren &apos;%2&apos;: kontroller brukernavnet</translation>
    </message>
    <message>
        <source>%1 rejected the digest of user &apos;%2&apos;: check the authentication password and protocol (%3)</source>
        <translation>%1 avviste sammendraget for brukeren &apos;%2&apos;: kontroller autentiseringspassordet og protokollen (%3)</translation>
    </message>
    <message>
        <source>%1 is still out of the SNMPv3 time window after a resynchronisation: its clock is unstable or another device answers with the same engine ID (not an outage)</source>
        <translation>%1 er fortsatt utenfor SNMPv3-tidsvinduet etter ny synkronisering: klokken er ustabil, eller en annen enhet svarer med samme motor-ID (ikke et brudd)</translation>
    </message>
    <message>
        <source>%1 does not support security level %2 for user &apos;%3&apos;: choose the level the printer has for this user</source>
        <translation>%1 støtter ikke sikkerhetsnivå %2 for brukeren &apos;%3&apos;: velg nivået skriveren har for denne brukeren</translation>
    </message>
    <message>
        <source>%1 could not decrypt the request: check the privacy password, protocol or AES variant (%2)</source>
        <translation>%1 kunne ikke dekryptere forespørselen: kontroller personvernpassordet, protokollen eller AES-varianten (%2)</translation>
    </message>
    <message>
        <source>%1 does not know the SNMPv3 context &apos;%2&apos;</source>
        <translation>%1 kjenner ikke SNMPv3-konteksten &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 keeps refusing its own engine ID</source>
        <translation>%1 fortsetter å avvise sin egen motor-ID</translation>
    </message>
    <message>
        <source>%1 answered with a report (%2)</source>
        <translation>%1 svarte med en rapport (%2)</translation>
    </message>
    <message>
        <source>%1 answered engine discovery, then silence: check the privacy password, protocol or AES variant (%2; AES-192/256 come in a Blumenthal and a Cisco/Reeder &quot;-C&quot; variant)</source>
        <translation>%1 svarte på motoroppdagelse, deretter stillhet: kontroller personvernpassordet, protokollen eller AES-varianten (%2; AES-192/256 finnes i en Blumenthal- og en Cisco/Reeder-«-C»-variant)</translation>
    </message>
    <message>
        <source>%1 answered engine discovery, then silence: check the security level and the printer&apos;s access rules for user &apos;%2&apos;</source>
        <translation>%1 svarte på motoroppdagelse, deretter stillhet: kontroller sikkerhetsnivået og skriverens tilgangsregler for brukeren &apos;%2&apos;</translation>
    </message>
</context>
<context>
    <name>Printwatch::Snmp::PrinterReader</name>
    <message>
        <source>partly read: %1</source>
        <translation>delvis lest: %1</translation>
    </message>
</context>
<context>
    <name>Printwatch::Snmp::ProfileSet</name>
    <message>
        <source>vendor profile %1: %2 at offset %3</source>
        <translation>produsentprofil %1: %2 ved posisjon %3</translation>
    </message>
    <message>
        <source>vendor profile %1: “id” and “vendor” are required</source>
        <translation>produsentprofil %1: «id» og «vendor» er påkrevd</translation>
    </message>
    <message>
        <source>vendor profile %1: %2</source>
        <translation>produsentprofil %1: %2</translation>
    </message>
    <message>
        <source>bad sysObjectID prefix “%1”</source>
        <translation>ugyldig sysObjectID-prefiks «%1»</translation>
    </message>
    <message>
        <source>bad sysDescr pattern “%1”</source>
        <translation>ugyldig sysDescr-mønster «%1»</translation>
    </message>
    <message>
        <source>bad brand pattern “%1”</source>
        <translation>ugyldig merkemønster «%1»</translation>
    </message>
    <message>
        <source>a counter needs “name” and a valid “oid”</source>
        <translation>et telleverk trenger «name» og en gyldig «oid»</translation>
    </message>
    <message>
        <source>bad counter pattern “%1”</source>
        <translation>ugyldig telleverkmønster «%1»</translation>
    </message>
    <message>
        <source>a counter table needs valid “values” and “labels” OIDs</source>
        <translation>en telleverktabell trenger gyldige OID-er for «values» og «labels»</translation>
    </message>
    <message>
        <source>bad counter label pattern “%1”</source>
        <translation>ugyldig mønster for telleverketikett «%1»</translation>
    </message>
    <message>
        <source>cannot read vendor profile %1: %2</source>
        <translation>kan ikke lese produsentprofil %1: %2</translation>
    </message>
    <message>
        <source>bad counter tlvCode (0..255)</source>
        <translation>ugyldig tlvCode for telleverk (0..255)</translation>
    </message>
    <message>
        <source>bad printerWhen sysObjectID prefix “%1”</source>
        <translation>ugyldig sysObjectID-prefiks «%1» i printerWhen</translation>
    </message>
    <message>
        <source>bad printerWhen sysDescr pattern “%1”</source>
        <translation>ugyldig sysDescr-mønster «%1» i printerWhen</translation>
    </message>
</context>
<context>
    <name>Printwatch::Snmp::SyncSession</name>
    <message numerus="yes">
        <source>no answer from %1 after %n tries</source>
        <translation>
            <numerusform>intet svar fra %1 etter %n forsøk</numerusform>
            <numerusform>intet svar fra %1 etter %n forsøk</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: SNMP request failed: %2</source>
        <translation>%1: SNMP-forespørselen mislyktes: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: no answer to the SNMPv3 engine ID discovery after %n tries</source>
        <translation>
            <numerusform>%1: ingen svar på oppdagelsen av SNMPv3-motor-ID etter %n forsøk</numerusform>
            <numerusform>%1: ingen svar på oppdagelsen av SNMPv3-motor-ID etter %n forsøk</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: cannot open an SNMP session: %2</source>
        <translation>%1: kan ikke åpne en SNMP-økt: %2</translation>
    </message>
</context>
<context>
    <name>Printwatch::Snmp::UsmUsers</name>
    <message>
        <source>net-snmp could not derive a key from the password: %1</source>
        <translation>net-snmp kunne ikke utlede en nøkkel fra passordet: %1</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>tomt for minne</translation>
    </message>
    <message>
        <source>net-snmp could not extend the privacy key for %1: %2</source>
        <translation>net-snmp kunne ikke utvide personvernnøkkelen for %1: %2</translation>
    </message>
</context>
<context>
    <name>Printwatch::Storage::AccessRepository</name>
    <message>
        <source>Cannot add the user %1: %2</source>
        <translation>Kan ikke legge til brukeren %1: %2</translation>
    </message>
    <message>
        <source>Cannot add the user %1: the database returned no id.</source>
        <translation>Kan ikke legge til brukeren %1: databasen returnerte ingen id.</translation>
    </message>
    <message>
        <source>Cannot add the device group %1: %2</source>
        <translation>Kan ikke legge til enhetsgruppen %1: %2</translation>
    </message>
    <message>
        <source>Cannot add the device group %1: the database returned no id.</source>
        <translation>Kan ikke legge til enhetsgruppen %1: databasen returnerte ingen id.</translation>
    </message>
    <message>
        <source>Cannot rename device group %1 to %2: %3</source>
        <translation>Kan ikke gi enhetsgruppen %1 det nye navnet %2: %3</translation>
    </message>
    <message>
        <source>Cannot rename device group %1: it does not exist.</source>
        <translation>Kan ikke gi enhetsgruppen %1 nytt navn: den finnes ikke.</translation>
    </message>
    <message>
        <source>Cannot remove device group %1: %2</source>
        <translation>Kan ikke fjerne enhetsgruppen %1: %2</translation>
    </message>
    <message>
        <source>Cannot add printer %1 to device group %2: %3</source>
        <translation>Kan ikke legge til skriveren %1 i enhetsgruppen %2: %3</translation>
    </message>
</context>
<context>
    <name>Printwatch::Storage::AuditRepository</name>
    <message>
        <source>Cannot write the audit log: %1</source>
        <translation>Kan ikke skrive revisjonsloggen: %1</translation>
    </message>
    <message>
        <source>row %1 is missing (deleted); the next row is %2</source>
        <translation>rad %1 mangler (slettet); neste rad er %2</translation>
    </message>
    <message>
        <source>row %1 does not follow row %2 (a row was removed or replaced)</source>
        <translation>rad %1 følger ikke rad %2 (en rad ble fjernet eller erstattet)</translation>
    </message>
    <message>
        <source>row %1: its hash does not match its content (edited)</source>
        <translation>rad %1: hashen stemmer ikke med innholdet (redigert)</translation>
    </message>
    <message>
        <source>the log ends at row %1 but %2 rows were written (rows at the end were deleted)</source>
        <translation>loggen slutter ved rad %1, men %2 rader ble skrevet (rader på slutten ble slettet)</translation>
    </message>
    <message>
        <source>the last row&apos;s hash does not match the recorded head (the last row was replaced)</source>
        <translation>hashen til siste rad stemmer ikke med det registrerte hodet (siste rad ble erstattet)</translation>
    </message>
</context>
<context>
    <name>Printwatch::Storage::Database</name>
    <message>
        <source>Cannot open the database: no file name given.</source>
        <translation>Kan ikke åpne databasen: intet filnavn oppgitt.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: it is a folder, not a file.</source>
        <translation>Kan ikke åpne databasen %1: det er en mappe, ikke en fil.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: the file is not readable (permission denied).</source>
        <translation>Kan ikke åpne databasen %1: filen kan ikke leses (ingen tilgang).</translation>
    </message>
    <message>
        <source>Cannot create the database %1: the folder %2 does not exist.</source>
        <translation>Kan ikke opprette databasen %1: mappen %2 finnes ikke.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: schema version %2 is not one this build knows.</source>
        <translation>Kan ikke åpne databasen %1: skjemaversjon %2 er ikke en denne versjonen kjenner.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2.</source>
        <translation>Kan ikke åpne databasen %1: %2.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: &quot;%2&quot; answered &quot;%3&quot; instead of &quot;%4&quot;.</source>
        <translation>Kan ikke åpne databasen %1: «%2» svarte «%3» i stedet for «%4».</translation>
    </message>
    <message>
        <source>Cannot open the database %1: it is a SQLite database of another program (it has tables but no Printwatch schema version).</source>
        <translation>Kan ikke åpne databasen %1: det er en SQLite-database fra et annet program (den har tabeller, men ingen Printwatch-skjemaversjon).</translation>
    </message>
    <message>
        <source>Cannot open the database %1: its schema version %2 is newer than this build of Printwatch understands (%3). Use a newer Printwatch or another database file.</source>
        <translation>Kan ikke åpne databasen %1: skjemaversjon %2 er nyere enn denne versjonen av Printwatch forstår (%3). Bruk en nyere Printwatch eller en annen databasefil.</translation>
    </message>
    <message>
        <source>Cannot migrate the database %1 to schema version %2: %3</source>
        <translation>Kan ikke migrere databasen %1 til skjemaversjon %2: %3</translation>
    </message>
    <message>
        <source>Database %1: %2 failed: %3</source>
        <translation>Database %1: %2 mislyktes: %3</translation>
    </message>
    <message>
        <source>the database is not open</source>
        <translation>databasen er ikke åpen</translation>
    </message>
    <message>
        <source>the connection belongs to another thread</source>
        <translation>tilkoblingen tilhører en annen tråd</translation>
    </message>
    <message>
        <source>the connection belongs to another thread or is closed</source>
        <translation>tilkoblingen tilhører en annen tråd eller er lukket</translation>
    </message>
    <message>
        <source>the schema_version table is empty</source>
        <translation>tabellen schema_version er tom</translation>
    </message>
</context>
<context>
    <name>Printwatch::Storage::StorageWriter</name>
    <message numerus="yes">
        <source>Cannot store %n poll result(s): the database is not open.</source>
        <translation>
            <numerusform>Kan ikke lagre %n avspørringsresultat: databasen er ikke åpen.</numerusform>
            <numerusform>Kan ikke lagre %n avspørringsresultater: databasen er ikke åpen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Could not store %n poll result(s); the batch was rolled back and nothing of it was written. %1</source>
        <translation>
            <numerusform>Kunne ikke lagre %n avspørringsresultat; partiet ble rullet tilbake og ingenting av det ble skrevet. %1</numerusform>
            <numerusform>Kunne ikke lagre %n avspørringsresultater; partiet ble rullet tilbake og ingenting av det ble skrevet. %1</numerusform>
        </translation>
    </message>
    <message>
        <source>While storing the poll of %1: %2</source>
        <translation>Under lagring av avspørringen av %1: %2</translation>
    </message>
    <message>
        <source>Cannot change which printers are polled: the database is not open.</source>
        <translation>Kan ikke endre hvilke skrivere som spørres: databasen er ikke åpen.</translation>
    </message>
    <message>
        <source>Could not change whether printer %1 is polled: %2</source>
        <translation>Kunne ikke endre om skriver %1 spørres: %2</translation>
    </message>
</context>
<context>
    <name>Printwatch::Views::ActionProgressDialog</name>
    <message numerus="yes">
        <source>Working on %n printer(s)…</source>
        <translation>
            <numerusform>Arbeider med %n skriver…</numerusform>
            <numerusform>Arbeider med %n skrivere…</numerusform>
        </translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Skriver</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Venter</translation>
    </message>
    <message>
        <source>Cancelling… (a transfer stops at its next chunk; a reset already sent cannot be undone)</source>
        <translation>Avbryter … (en overføring stopper ved neste del; en tilbakestilling som alt er sendt, kan ikke angres)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>Printwatch::Views::ActivityPage</name>
    <message>
        <source>All events</source>
        <translation>Alle hendelser</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Advarsler og feil</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Bare feil</translation>
    </message>
    <message>
        <source>Lowest severity to show</source>
        <translation>Laveste alvorlighet som vises</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Skriver</translation>
    </message>
    <message>
        <source>Show only events of printers whose name or address contains this</source>
        <translation>Vis bare hendelser for skrivere der navn eller adresse inneholder dette</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n hendelse</numerusform>
            <numerusform>%n hendelser</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 shown</source>
        <translation>%1, %2 vist</translation>
    </message>
</context>
<context>
    <name>Printwatch::Views::AlertsPage</name>
    <message>
        <source>Open alerts</source>
        <translation>Åpne varsler</translation>
    </message>
    <message>
        <source>Open critical alerts</source>
        <translation>Åpne kritiske varsler</translation>
    </message>
    <message>
        <source>Open and recently cleared</source>
        <translation>Åpne og nylig løste</translation>
    </message>
    <message>
        <source>Which alerts to show</source>
        <translation>Hvilke varsler som vises</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) shown</source>
        <translation>
            <numerusform>%n varsel vist</numerusform>
            <numerusform>%n varsler vist</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Printwatch::Views::AuditPage</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Bruker</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Skriver</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalj</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Hash</translation>
    </message>
    <message>
        <source>Not loaded yet.</source>
        <translation>Ikke lastet ennå.</translation>
    </message>
    <message>
        <source>&amp;Reload and verify</source>
        <translation>&amp;Last på nytt og kontroller</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Eksporter…</translation>
    </message>
    <message numerus="yes">
        <source>Hash chain verified: %n row(s), none changed or removed.</source>
        <translation>
            <numerusform>Hashkjeden er kontrollert: %n rad, ingen endret eller fjernet.</numerusform>
            <numerusform>Hashkjeden er kontrollert: %n rader, ingen endret eller fjernet.</numerusform>
        </translation>
    </message>
    <message>
        <source>TAMPERING DETECTED: %1</source>
        <translation>MANIPULERING OPPDAGET: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan ikke skrive %1: %2</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Eksporter revisjonsloggen</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>Printwatch::Views::Banner</name>
    <message>
        <source>Dismiss</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Lukk meldingen</translation>
    </message>
</context>
<context>
    <name>Printwatch::Views::CountersPage</name>
    <message>
        <source>Bold: the meter the printer bills on</source>
        <translation>Fet skrift: telleverket skriveren faktureres etter</translation>
    </message>
    <message numerus="yes">
        <source>%n printer(s)</source>
        <translation>
            <numerusform>%n skriver</numerusform>
            <numerusform>%n skrivere</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 shown</source>
        <translation>%1, %2 vist</translation>
    </message>
</context>
<context>
    <name>Printwatch::Views::CredentialEditor</name>
    <message>
        <source>Show community</source>
        <translation>Vis fellesskap</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>Vis passord</translation>
    </message>
    <message>
        <source>SNMP v1</source>
        <translation>SNMP v1</translation>
    </message>
    <message>
        <source>SNMP v2c</source>
        <translation>SNMP v2c</translation>
    </message>
    <message>
        <source>SNMP v3</source>
        <translation>SNMP v3</translation>
    </message>
    <message>
        <source>No authentication, no privacy</source>
        <translation>Ingen autentisering, ingen kryptering</translation>
    </message>
    <message>
        <source>Authentication, no privacy</source>
        <translation>Autentisering, ingen kryptering</translation>
    </message>
    <message>
        <source>Authentication and privacy (encrypted)</source>
        <translation>Autentisering og kryptering</translation>
    </message>
    <message>
        <source>usually empty</source>
        <translation>vanligvis tom</translation>
    </message>
    <message>
        <source>SNMP &amp;version:</source>
        <translation>SNMP-&amp;versjon:</translation>
    </message>
    <message>
        <source>&amp;Community:</source>
        <translation>&amp;Fellesskap:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Bruker:</translation>
    </message>
    <message>
        <source>&amp;Security:</source>
        <translation>&amp;Sikkerhet:</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>&amp;Autentisering:</translation>
    </message>
    <message>
        <source>Authentication &amp;password:</source>
        <translation>Autentiserings&amp;passord:</translation>
    </message>
    <message>
        <source>Pri&amp;vacy:</source>
        <translation>&amp;Kryptering:</translation>
    </message>
    <message>
        <source>Privacy pass&amp;word:</source>
        <translation>Krypteringspass&amp;ord:</translation>
    </message>
    <message>
        <source>Conte&amp;xt:</source>
        <translation>Konte&amp;kst:</translation>
    </message>
    <message>
        <source>Enter the community (printers usually answer to &quot;public&quot;).</source>
        <translation>Skriv inn fellesskapet (skrivere svarer vanligvis på «public»).</translation>
    </message>
    <message>
        <source>Never written in plain text; saved credential sets keep it in the OS keychain or the encrypted secret file</source>
        <translation>Skrives aldri i klartekst; lagrede tilgangssett oppbevarer den i nøkkelringen i operativsystemet eller i den krypterte hemmelighetsfilen</translation>
    </message>
</context>
<context>
    <name>Printwatch::Views::CredentialSetDialog</name>
    <message>
        <source>Use a &amp;write credential for actions (reboot)</source>
        <translation>Bruk en &amp;skrivetilgang for handlinger (omstart)</translation>
    </message>
    <message>
        <source>Credential set</source>
        <translation>Tilgangssett</translation>
    </message>
    <message>
        <source>All addresses</source>
        <translation>Alle adresser</translation>
    </message>
    <message>
        <source>Addresses, CIDR blocks, ranges or names this set is for, e.g. 10.1.0.0/24 10.2.0.5-80. Empty: every address. Sets for a range are tried before sets for all addresses.</source>
        <translation>Adresser, CIDR-blokker, områder eller navn som settet gjelder for, f.eks. 10.1.0.0/24 10.2.0.5-80. Tomt: alle adresser. Sett for et område prøves før sett for alle adresser.</translation>
    </message>
    <message>
        <source>A write community (v1/v2c), or an SNMPv3 user with authentication and privacy</source>
        <translation>Et skrivefellesskap (v1/v2c) eller en SNMPv3-bruker med autentisering og kryptering</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>&amp;Applies to:</source>
        <translation>&amp;Gjelder for:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Legg til</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Opp</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Ned</translation>
    </message>
    <message>
        <source>Credentials, tried in this order (the first that answers is used)</source>
        <translation>Tilganger, prøvd i denne rekkefølgen (den første som får svar, brukes)</translation>
    </message>
    <message>
        <source>Write credential</source>
        <translation>Skrivetilgang</translation>
    </message>
    <message>
        <source>Another credential set is called “%1”: give this one its own name.</source>
        <translation>Et annet tilgangssett heter allerede «%1»: gi dette settet et eget navn.</translation>
    </message>
</context>
<context>
    <name>Printwatch::Views::DashboardStrip</name>
    <message>
        <source>All printers</source>
        <translation>Alle skrivere</translation>
    </message>
    <message>
        <source>Printers answering and working</source>
        <translation>Skrivere som svarer og virker</translation>
    </message>
    <message>
        <source>Printers in power save</source>
        <translation>Skrivere i strømsparing</translation>
    </message>
    <message>
        <source>Printers reporting an error state</source>
        <translation>Skrivere som melder en feiltilstand</translation>
    </message>
    <message>
        <source>Printers not answering</source>
        <translation>Skrivere som ikke svarer</translation>
    </message>
    <message>
        <source>Open critical alerts</source>
        <translation>Åpne kritiske varsler</translation>
    </message>
    <message>
        <source>Open warnings</source>
        <translation>Åpne advarsler</translation>
    </message>
    <message>
        <source>Supplies at 10 % or less</source>
        <translation>Forbruksmateriell på 10 % eller mindre</translation>
    </message>
    <message>
        <source>Supplies empty (or waste full)</source>
        <translation>Forbruksmateriell tomt (eller oppsamling full)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln printer(s)</source>
        <translation>
            <numerusform>%Ln skriver</numerusform>
            <numerusform>%Ln skrivere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln up</source>
        <translation>
            <numerusform>%Ln oppe</numerusform>
            <numerusform>%Ln oppe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln asleep</source>
        <translation>
            <numerusform>%Ln i dvale</numerusform>
            <numerusform>%Ln i dvale</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln in error</source>
        <translation>
            <numerusform>%Ln med feil</numerusform>
            <numerusform>%Ln med feil</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln offline</source>
        <translation>
            <numerusform>%Ln frakoblet</numerusform>
            <numerusform>%Ln frakoblet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln critical</source>
        <translation>
            <numerusform>%Ln kritisk</numerusform>
            <numerusform>%Ln kritiske</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln advarsel</numerusform>
            <numerusform>%Ln advarsler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln supplies low</source>
        <translation>
            <numerusform>%Ln snart tom</numerusform>
            <numerusform>%Ln snart tomme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln empty</source>
        <translation>
            <numerusform>%Ln tom</numerusform>
            <numerusform>%Ln tomme</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Printwatch::Views::DetailFacts</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nei</translation>
    </message>
    <message>
        <source>unrestricted</source>
        <translation>ubegrenset</translation>
    </message>
    <message>
        <source>some</source>
        <translation>noe</translation>
    </message>
    <message>
        <source>%1 of %2 sheets</source>
        <translation>%1 av %2 ark</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Kilde: %1</translation>
    </message>
    <message>
        <source>Raw value: %1</source>
        <translation>Råverdi: %1</translation>
    </message>
    <message>
        <source>Vendor profile: %1</source>
        <translation>Leverandørprofil: %1</translation>
    </message>
    <message>
        <source>The printer did not report it</source>
        <translation>Skriveren oppga det ikke</translation>
    </message>
    <message>
        <source>Vendor:</source>
        <translation>Produsent:</translation>
    </message>
    <message>
        <source>Recognised from sysObjectID %1</source>
        <translation>Gjenkjent fra sysObjectID %1</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <source>Serial number:</source>
        <translation>Serienummer:</translation>
    </message>
    <message>
        <source>Firmware:</source>
        <translation>Fastvare:</translation>
    </message>
    <message>
        <source>Asset tag:</source>
        <translation>Inventarnummer:</translation>
    </message>
    <message>
        <source>System name:</source>
        <translation>Systemnavn:</translation>
    </message>
    <message>
        <source>Printer name:</source>
        <translation>Skrivernavn:</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Plassering:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Kontakt:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beskrivelse:</translation>
    </message>
    <message>
        <source>Engine ID:</source>
        <translation>Motor-ID:</translation>
    </message>
    <message>
        <source>First seen:</source>
        <translation>Først sett:</translation>
    </message>
    <message>
        <source>When Printwatch first got an answer from this printer</source>
        <translation>Da Printwatch først fikk svar fra denne skriveren</translation>
    </message>
    <message>
        <source>%1 (%2 – %3)</source>
        <translation>%1 (%2 – %3)</translation>
    </message>
    <message>
        <source>IP address:</source>
        <translation>IP-adresse:</translation>
    </message>
    <message>
        <source>Subnet mask:</source>
        <translation>Nettmaske:</translation>
    </message>
    <message>
        <source>Gateway:</source>
        <translation>Ruter:</translation>
    </message>
    <message>
        <source>DNS name:</source>
        <translation>DNS-navn:</translation>
    </message>
    <message>
        <source>Reverse lookup of the printer&apos;s address</source>
        <translation>Omvendt oppslag av skriverens adresse</translation>
    </message>
    <message>
        <source>MAC address:</source>
        <translation>MAC-adresse:</translation>
    </message>
    <message>
        <source>SNMP port:</source>
        <translation>SNMP-port:</translation>
    </message>
    <message>
        <source>SNMP version:</source>
        <translation>SNMP-versjon:</translation>
    </message>
    <message>
        <source>The version this printer answered to</source>
        <translation>Versjonen denne skriveren svarte på</translation>
    </message>
    <message>
        <source>Managed:</source>
        <translation>Administrert:</translation>
    </message>
    <message>
        <source>Yes, polled</source>
        <translation>Ja, spørres</translation>
    </message>
    <message>
        <source>No (out of scope)</source>
        <translation>Nei (utenfor omfang)</translation>
    </message>
    <message>
        <source>Address history:</source>
        <translation>Adressehistorikk:</translation>
    </message>
    <message>
        <source>Every address this printer answered at, oldest first</source>
        <translation>Alle adresser denne skriveren har svart på, eldste først</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 d %2 h %3 min</source>
        <translation>%1 d %2 t %3 min</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Source: hrDeviceStatus (1.3.6.1.2.1.25.3.2.1.5) = %1, hrPrinterStatus (1.3.6.1.2.1.25.3.5.1.1) = %2</source>
        <translation>Kilde: hrDeviceStatus (1.3.6.1.2.1.25.3.2.1.5) = %1, hrPrinterStatus (1.3.6.1.2.1.25.3.5.1.1) = %2</translation>
    </message>
    <message>
        <source>Detected errors:</source>
        <translation>Oppdagede feil:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>Source: hrPrinterDetectedErrorState (1.3.6.1.2.1.25.3.5.1.2)
Raw value: 0x%1</source>
        <translation>Kilde: hrPrinterDetectedErrorState (1.3.6.1.2.1.25.3.5.1.2)
Råverdi: 0x%1</translation>
    </message>
    <message>
        <source>Console display:</source>
        <translation>Panelvisning:</translation>
    </message>
    <message>
        <source>Source: prtConsoleDisplayBufferText (1.3.6.1.2.1.43.16.5.1.2)</source>
        <translation>Kilde: prtConsoleDisplayBufferText (1.3.6.1.2.1.43.16.5.1.2)</translation>
    </message>
    <message>
        <source>Covers:</source>
        <translation>Deksler:</translation>
    </message>
    <message>
        <source>Source: prtCoverDescription / prtCoverStatus (1.3.6.1.2.1.43.6.1.1)</source>
        <translation>Kilde: prtCoverDescription / prtCoverStatus (1.3.6.1.2.1.43.6.1.1)</translation>
    </message>
    <message>
        <source>Up for:</source>
        <translation>Oppe i:</translation>
    </message>
    <message>
        <source>Source: sysUpTime (1.3.6.1.2.1.1.3.0)
Raw value: %1 centiseconds</source>
        <translation>Kilde: sysUpTime (1.3.6.1.2.1.1.3.0)
Råverdi: %1 hundredels sekunder</translation>
    </message>
    <message>
        <source>Last answered:</source>
        <translation>Svarte sist:</translation>
    </message>
    <message>
        <source>Last polled:</source>
        <translation>Sist spurt:</translation>
    </message>
    <message>
        <source>Last error:</source>
        <translation>Siste feil:</translation>
    </message>
    <message numerus="yes">
        <source>Yes (%n colorants)</source>
        <translation>
            <numerusform>Ja (%n fargestoff)</numerusform>
            <numerusform>Ja (%n fargestoffer)</numerusform>
        </translation>
    </message>
    <message>
        <source>No, monochrome</source>
        <translation>Nei, svart-hvitt</translation>
    </message>
    <message>
        <source>Yes (%1)</source>
        <translation>Ja (%1)</translation>
    </message>
    <message>
        <source>
Read at %1</source>
        <translation>
Lest %1</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Farge:</translation>
    </message>
    <message>
        <source>Source: prtMarkerProcessColorants (1.3.6.1.2.1.43.10.2.1.6) = %1, prtMarkerColorantValue (1.3.6.1.2.1.43.12.1.1.4)</source>
        <translation>Kilde: prtMarkerProcessColorants (1.3.6.1.2.1.43.10.2.1.6) = %1, prtMarkerColorantValue (1.3.6.1.2.1.43.12.1.1.4)</translation>
    </message>
    <message>
        <source>Duplex:</source>
        <translation>Tosidig:</translation>
    </message>
    <message>
        <source>Source: prtMediaPathType (1.3.6.1.2.1.43.13.4.1.9)</source>
        <translation>Kilde: prtMediaPathType (1.3.6.1.2.1.43.13.4.1.9)</translation>
    </message>
    <message>
        <source>Input trays:</source>
        <translation>Papirskuffer:</translation>
    </message>
    <message>
        <source>Source: prtInputTable (1.3.6.1.2.1.43.8.2.1): name, media name, current level / max capacity (sheets)</source>
        <translation>Kilde: prtInputTable (1.3.6.1.2.1.43.8.2.1): navn, medienavn, nåværende nivå / største kapasitet (ark)</translation>
    </message>
    <message>
        <source>Output bins:</source>
        <translation>Utskuffer:</translation>
    </message>
    <message>
        <source>Source: prtOutputTable (1.3.6.1.2.1.43.9.2.1): name, remaining capacity / max capacity (sheets)</source>
        <translation>Kilde: prtOutputTable (1.3.6.1.2.1.43.9.2.1): navn, gjenværende kapasitet / største kapasitet (ark)</translation>
    </message>
    <message>
        <source>Components:</source>
        <translation>Komponenter:</translation>
    </message>
    <message>
        <source>Source: hrDeviceTable (1.3.6.1.2.1.25.3.2.1): type and description</source>
        <translation>Kilde: hrDeviceTable (1.3.6.1.2.1.25.3.2.1): type og beskrivelse</translation>
    </message>
    <message>
        <source>Memory:</source>
        <translation>Minne:</translation>
    </message>
    <message>
        <source>Source: hrMemorySize (1.3.6.1.2.1.25.2.2.0)
Raw value: %1 KB</source>
        <translation>Kilde: hrMemorySize (1.3.6.1.2.1.25.2.2.0)
Råverdi: %1 KB</translation>
    </message>
    <message>
        <source>Disk:</source>
        <translation>Disk:</translation>
    </message>
    <message>
        <source>Source: hrStorageSize × hrStorageAllocationUnits of the fixed disk (1.3.6.1.2.1.25.2.3.1)
Raw value: %1 KB</source>
        <translation>Kilde: hrStorageSize × hrStorageAllocationUnits for den faste disken (1.3.6.1.2.1.25.2.3.1)
Råverdi: %1 KB</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>Skriverspråk:</translation>
    </message>
    <message>
        <source>Source: prtInterpreterDescription (1.3.6.1.2.1.43.15.1.1.3)</source>
        <translation>Kilde: prtInterpreterDescription (1.3.6.1.2.1.43.15.1.1.3)</translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>Hastighet:</translation>
    </message>
    <message>
        <source>From the vendor profile</source>
        <translation>Fra leverandørprofilen</translation>
    </message>
    <message>
        <source>Meters:</source>
        <translation>Telleverk:</translation>
    </message>
    <message>
        <source>The meters of the latest poll; the Counters tab shows each one&apos;s source</source>
        <translation>Telleverkene fra siste avlesning; fanen Telleverk viser kilden til hvert av dem</translation>
    </message>
    <message>
        <source>This serial was also seen at %1 (known at %2), last on %3.</source>
        <translation>Dette serienummeret er også sett på %1 (kjent på %2), sist %3.</translation>
    </message>
    <message>
        <source>This serial answered with another MAC address at %1: %2 (known %3), last on %4.</source>
        <translation>Dette serienummeret svarte med en annen MAC-adresse på %1: %2 (kjent %3), sist %4.</translation>
    </message>
    <message>
        <source>This MAC address answered with another serial at %1: %2 (known %3), last on %4.</source>
        <translation>Denne MAC-adressen svarte med et annet serienummer på %1: %2 (kjent %3), sist %4.</translation>
    </message>
    <message>
        <source>Another printer reports the same SNMPv3 engine ID %1: %2 (cloned configuration?).</source>
        <translation>En annen skriver oppgir samme SNMPv3-motor-ID %1: %2 (klonet oppsett?).</translation>
    </message>
    <message>
        <source>Raw value: %1 × %2 = %3 %4</source>
        <translation>Råverdi: %1 × %2 = %3 %4</translation>
    </message>
    <message>
        <source>Raw value: %1 %2</source>
        <translation>Råverdi: %1 %2</translation>
    </message>
    <message>
        <source>The printer calls it: %1</source>
        <translation>Skriveren kaller det: %1</translation>
    </message>
    <message>
        <source>Billing meter: reports bill on this one</source>
        <translation>Faktureringstelleverk: rapportene fakturerer etter dette</translation>
    </message>
    <message>
        <source>Sources disagree:</source>
        <translation>Kildene er uenige:</translation>
    </message>
    <message>
        <source>Other sources agree:</source>
        <translation>Andre kilder er enige:</translation>
    </message>
    <message>
        <source>  %1: %2 %3 (used)</source>
        <translation>  %1: %2 %3 (brukt)</translation>
    </message>
    <message>
        <source>  %1: %2 %3</source>
        <translation>  %1: %2 %3</translation>
    </message>
    <message>
        <source>Replaced printer: %1 answered at %2; since %3 it is %4.</source>
        <translation>Erstattet skriver: %1 svarte på %2; siden %3 er det %4.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln page(s) per minute</source>
        <translation>
            <numerusform>%Ln side per minutt</numerusform>
            <numerusform>%Ln sider per minutt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, TCP port %2</source>
        <translation>%1, TCP-port %2</translation>
    </message>
    <message>
        <source>%1, disabled</source>
        <translation>%1, deaktivert</translation>
    </message>
    <message>
        <source>Ports:</source>
        <translation>Porter:</translation>
    </message>
    <message>
        <source>Source: PWG Port Monitor MIB ppmPortTable (1.3.6.1.4.1.2699.1.2.1.3.1)
%1</source>
        <translation>Kilde: PWG Port Monitor MIB ppmPortTable (1.3.6.1.4.1.2699.1.2.1.3.1)
%1</translation>
    </message>
    <message>
        <source>IEEE 1284 ID:</source>
        <translation>IEEE 1284-ID:</translation>
    </message>
    <message>
        <source>Source: ppmPrinterIEEE1284DeviceId (1.3.6.1.4.1.2699.1.2.1.2.1.1.3)</source>
        <translation>Kilde: ppmPrinterIEEE1284DeviceId (1.3.6.1.4.1.2699.1.2.1.2.1.1.3)</translation>
    </message>
</context>
<context>
    <name>Printwatch::Views::DialogButtons</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Lagre alle</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ja til &amp;alle</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nei</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;ei til alle</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Prøv igjen</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Forkast</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hjelp</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Bruk</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Tilbakestill</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Gjenopprett standardverdier</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>Søk i:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>Fil&amp;navn:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Filtype:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Åpne</translation>
    </message>
</context>
<context>
    <name>Printwatch::Views::DiscoveryDialog</name>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Test</translation>
    </message>
    <message>
        <source>Discover Printers</source>
        <translation>Søk etter skrivere</translation>
    </message>
    <message>
        <source>192.0.2.0/24, 192.0.2.10-50, printer.example.org</source>
        <translation>192.0.2.0/24, 192.0.2.10-50, skriver.example.org</translation>
    </message>
    <message>
        <source>Addresses, CIDR blocks, ranges and host names, separated by commas, spaces or lines</source>
        <translation>Adresser, CIDR-blokker, områder og vertsnavn, skilt med komma, mellomrom eller linjeskift</translation>
    </message>
    <message>
        <source>Tried in this order on every address; the first that answers is kept for the printer</source>
        <translation>Prøves i denne rekkefølgen på hver adresse; den første som svarer, beholdes for skriveren</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Legg til</translation>
    </message>
    <message>
        <source>Add the credential above to the list tried in order</source>
        <translation>Legg tilgangen over til listen som prøves i rekkefølge</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Opp</translation>
    </message>
    <message>
        <source>Try this credential earlier</source>
        <translation>Prøv denne tilgangen tidligere</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Ned</translation>
    </message>
    <message>
        <source>Try this credential later</source>
        <translation>Prøv denne tilgangen senere</translation>
    </message>
    <message>
        <source>one address, e.g. 192.0.2.25</source>
        <translation>én adresse, f.eks. 192.0.2.25</translation>
    </message>
    <message>
        <source>Send one request with the credential above and show what the printer answers</source>
        <translation>Send én forespørsel med tilgangen over og vis hva skriveren svarer</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>&amp;Targets:</source>
        <translation>&amp;Mål:</translation>
    </message>
    <message>
        <source>Tried in &amp;order:</source>
        <translation>Prøves i &amp;rekkefølge:</translation>
    </message>
    <message>
        <source>Test on one &amp;address:</source>
        <translation>Test på én &amp;adresse:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>T&amp;imeout:</source>
        <translation>T&amp;idsavbrudd:</translation>
    </message>
    <message>
        <source>&amp;Retries:</source>
        <translation>&amp;Nye forsøk:</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v av %m</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Produsent</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Serienummer</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>Enter addresses, CIDR blocks, ranges or host names.</source>
        <translation>Skriv inn adresser, CIDR-blokker, områder eller vertsnavn.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 og %2</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>Spør %1 …</translation>
    </message>
    <message>
        <source>Answered: %1</source>
        <translation>Svarte: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Mislyktes: %1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Avbryter …</translation>
    </message>
    <message>
        <source>&amp;Start again</source>
        <translation>&amp;Start på nytt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln address(es)</source>
        <translation>
            <numerusform>%Ln adresse</numerusform>
            <numerusform>%Ln adresser</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln host name(s)</source>
        <translation>
            <numerusform>%Ln vertsnavn</numerusform>
            <numerusform>%Ln vertsnavn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln printer(s) found</source>
        <translation>
            <numerusform>%Ln skriver funnet</numerusform>
            <numerusform>%Ln skrivere funnet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln other device(s) answered</source>
        <translation>
            <numerusform>%Ln annen enhet svarte</numerusform>
            <numerusform>%Ln andre enheter svarte</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Change settings</source>
        <translation>&amp;Endre innstillinger</translation>
    </message>
    <message>
        <source>Show the targets and credentials again, to scan with other ones</source>
        <translation>Vis målene og tilgangene igjen, for å søke med andre</translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) tried in order</source>
        <translation>
            <numerusform>%n tilgang prøvd i rekkefølge</numerusform>
            <numerusform>%n tilganger prøvd i rekkefølge</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2), %3, port %4</source>
        <translation>%1 (%2), %3, port %4</translation>
    </message>
</context>
<context>
    <name>Printwatch::Views::DiscoveryPage</name>
    <message>
        <source>&amp;New discovery…</source>
        <translation>&amp;Nytt søk …</translation>
    </message>
    <message>
        <source>&amp;Run again</source>
        <translation>&amp;Kjør igjen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Avbryt</translation>
    </message>
    <message>
        <source>&amp;Manage</source>
        <translation>&amp;Administrer</translation>
    </message>
    <message>
        <source>&amp;Out of scope</source>
        <translation>&amp;Utenfor omfang</translation>
    </message>
    <message>
        <source>No discovery has run in this session. Start one to find the printers on your network.</source>
        <translation>Ingen søk har kjørt i denne økten. Start et for å finne skriverne i nettverket ditt.</translation>
    </message>
    <message>
        <source>%v of %m addresses</source>
        <translation>%v av %m adresser</translation>
    </message>
    <message>
        <source>Choose addresses and credentials, then scan (Ctrl+D)</source>
        <translation>Velg adresser og tilganger, og søk (Ctrl+D)</translation>
    </message>
    <message>
        <source>Scan the same addresses again</source>
        <translation>Søk i de samme adressene igjen</translation>
    </message>
    <message>
        <source>Poll the selected printers from now on</source>
        <translation>Spør de valgte skriverne fra nå av</translation>
    </message>
    <message>
        <source>Keep the selected printers in the list but stop polling them</source>
        <translation>Behold de valgte skriverne i listen, men slutt å spørre dem</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Produsent</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Serienummer</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Omfang</translation>
    </message>
    <message>
        <source>Selected printers:</source>
        <translation>Valgte skrivere:</translation>
    </message>
    <message>
        <source>Scanning %1…</source>
        <translation>Søker i %1 …</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Skriver</translation>
    </message>
    <message>
        <source>Managed</source>
        <translation>Administrert</translation>
    </message>
    <message>
        <source>Other device</source>
        <translation>Annen enhet</translation>
    </message>
    <message>
        <source>Not a printer</source>
        <translation>Ikke en skriver</translation>
    </message>
    <message>
        <source>Out of scope</source>
        <translation>Utenfor omfang</translation>
    </message>
    <message>
        <source>Next scheduled discovery: %1</source>
        <translation>Neste planlagte søk: %1</translation>
    </message>
    <message>
        <source>No scheduled discovery (see Settings)</source>
        <translation>Ingen planlagte søk (se Innstillinger)</translation>
    </message>
</context>
<context>
    <name>Printwatch::Views::FactLabel</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopier</translation>
    </message>
</context>
<context>
    <name>Printwatch::Views::GroupsDialog</name>
    <message>
        <source>Device groups</source>
        <translation>Enhetsgrupper</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>Gruppenavn</translation>
    </message>
    <message>
        <source>&amp;New group</source>
        <translation>&amp;Ny gruppe</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>Gi nytt &amp;navn</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Slett</translation>
    </message>
    <message>
        <source>Type the new group&apos;s name first.</source>
        <translation>Skriv inn navnet på den nye gruppen først.</translation>
    </message>
    <message>
        <source>Choose a group and type its new name.</source>
        <translation>Velg en gruppe og skriv inn det nye navnet.</translation>
    </message>
    <message>
        <source>Delete the device group %1? Its users no longer see its printers through it, and its action switches go with it.</source>
        <translation>Slette enhetsgruppen %1? Brukerne ser ikke lenger skriverne gjennom den, og handlingsbryterne for gruppen forsvinner også.</translation>
    </message>
    <message>
        <source>Save &amp;printers</source>
        <translation>Lagre &amp;skrivere</translation>
    </message>
    <message>
        <source>Save &amp;users</source>
        <translation>Lagre &amp;brukere</translation>
    </message>
    <message>
        <source>A user in a group sees only the printers of their groups; a user in no group sees every printer. Administrators always see every printer.</source>
        <translation>En bruker i en gruppe ser bare skriverne i sine egne grupper; en bruker uten gruppe ser alle skrivere. Administratorer ser alltid alle skrivere.</translation>
    </message>
    <message>
        <source>Printers in the group</source>
        <translation>Skrivere i gruppen</translation>
    </message>
    <message>
        <source>Users who see the group</source>
        <translation>Brukere som ser gruppen</translation>
    </message>
    <message>
        <source>%1 (%2, sees every printer)</source>
        <translation>%1 (%2, ser alle skrivere)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Printwatch::Views::LoginDialog</name>
    <message>
        <source>Log in to Printwatch</source>
        <translation>Logg inn i Printwatch</translation>
    </message>
    <message>
        <source>Create the first Administrator</source>
        <translation>Opprett den første administratoren</translation>
    </message>
    <message>
        <source>Printwatch is locked</source>
        <translation>Printwatch er låst</translation>
    </message>
    <message>
        <source>This database has no users yet. Choose the name and password of the first Administrator; Administrators add further users.</source>
        <translation>Denne databasen har ingen brukere ennå. Velg navn og passord for den første administratoren; administratorer legger til flere brukere.</translation>
    </message>
    <message>
        <source>The session locked itself after a while without input. Enter your password to continue.</source>
        <translation>Økten låste seg etter en stund uten aktivitet. Skriv inn passordet ditt for å fortsette.</translation>
    </message>
    <message>
        <source>Enter your Printwatch user name and password.</source>
        <translation>Skriv inn brukernavnet og passordet ditt for Printwatch.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Brukernavn:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passord:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Gjenta:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Opprett</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Logg inn</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <source>DEMO MODE — demo account: user “%1”, password “%2”. Not for real fleets.</source>
        <translation>DEMOMODUS — demokonto: bruker «%1», passord «%2». Ikke for ekte skriverparker.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>De to passordene er ulike.</translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation>Skriv inn et brukernavn.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Kontrollerer …</translation>
    </message>
    <message>
        <source>Please wait…</source>
        <translation>Vent litt …</translation>
    </message>
</context>
<context>
    <name>Printwatch::Views::MainWindow</name>
    <message>
        <source>Printwatch</source>
        <translation>Printwatch</translation>
    </message>
    <message>
        <source>Printers</source>
        <translation>Skrivere</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>&amp;Printers</source>
        <translation>&amp;Skrivere</translation>
    </message>
    <message>
        <source>&amp;Discover…</source>
        <translation>&amp;Søk etter skrivere …</translation>
    </message>
    <message>
        <source>&amp;Poll now</source>
        <translation>&amp;Spør nå</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <source>&amp;About Printwatch</source>
        <translation>&amp;Om Printwatch</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>About Printwatch</source>
        <translation>Om Printwatch</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Printwatch %1&lt;/h3&gt;&lt;p&gt;Watches network printers over SNMP: discovery, status, counters and supplies.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Printwatch %1&lt;/h3&gt;&lt;p&gt;Overvåker nettverksskrivere over SNMP: søk, status, telleverk og forbruksmateriell.&lt;/p&gt;&lt;p&gt;Fri programvare under GNU General Public License, versjon 3 eller senere.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Printwatch::Views::MasterPasswordDialog</name>
    <message>
        <source>Master password for SNMP credentials</source>
        <translation>Hovedpassord for SNMP-tilganger</translation>
    </message>
    <message>
        <source>%1

Printwatch keeps SNMP communities and SNMPv3 passwords in an encrypted file instead, %2, which does not exist yet. Choose its master password and type it twice; without it the saved credentials cannot be read again.</source>
        <translation>%1

Printwatch oppbevarer i stedet SNMP-fellesskap og SNMPv3-passord i en kryptert fil, %2, som ikke finnes ennå. Velg et hovedpassord for den og skriv det to ganger; uten det kan de lagrede tilgangene ikke leses igjen.</translation>
    </message>
    <message>
        <source>%1

Printwatch keeps SNMP communities and SNMPv3 passwords in the encrypted file %2 instead. Enter its master password.</source>
        <translation>%1

Printwatch oppbevarer i stedet SNMP-fellesskap og SNMPv3-passord i den krypterte filen %2. Oppgi hovedpassordet for den.</translation>
    </message>
    <message>
        <source>Cancel: saved SNMP credentials are not loaded, polling uses the default community &quot;public&quot;, and credential changes are not saved in this session.</source>
        <translation>Avbryt: lagrede SNMP-tilganger lastes ikke, avlesningen bruker standardfellesskapet «public», og endringer i tilgangene lagres ikke i denne økten.</translation>
    </message>
    <message>
        <source>Master &amp;password:</source>
        <translation>&amp;Hovedpassord:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Gjenta:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Opprett</translation>
    </message>
    <message>
        <source>Enter the master password.</source>
        <translation>Oppgi hovedpassordet.</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same master password twice.</source>
        <translation>De to passordene er ulike. Skriv det samme hovedpassordet to ganger.</translation>
    </message>
</context>
<context>
    <name>Printwatch::Views::PollerStatusWidget</name>
    <message>
        <source>Polling %1/%2…</source>
        <translation>Spør %1/%2 …</translation>
    </message>
    <message>
        <source>Last round: %1 in %2 s</source>
        <translation>Siste runde: %1 på %2 s</translation>
    </message>
    <message>
        <source>Last round: %1 in %2 s, %3 unreachable</source>
        <translation>Siste runde: %1 på %2 s, %3 utilgjengelige</translation>
    </message>
    <message numerus="yes">
        <source>%Ln printer(s)</source>
        <translation>
            <numerusform>%Ln skriver</numerusform>
            <numerusform>%Ln skrivere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Printwatch::Views::PrinterDetailPage</name>
    <message>
        <source>Open &amp;web page</source>
        <translation>Åpne &amp;nettside</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Oppdater</translation>
    </message>
    <message>
        <source>Open a printer from any table (double-click or Enter) to see it here.</source>
        <translation>Åpne en skriver fra en hvilken som helst tabell (dobbeltklikk eller Enter) for å se den her.</translation>
    </message>
    <message>
        <source>Open the printer&apos;s own web page in the browser</source>
        <translation>Åpne skriverens egen nettside i nettleseren</translation>
    </message>
    <message>
        <source>Read this printer&apos;s data again from the database</source>
        <translation>Les denne skriverens data på nytt fra databasen</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identitet</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Nettverk</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>Egenskaper</translation>
    </message>
    <message>
        <source>Supply</source>
        <translation>Forbruksmateriell</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tilstand</translation>
    </message>
    <message>
        <source>Days to empty</source>
        <translation>Dager til tom</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>Telleverk</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Verdi</translation>
    </message>
    <message>
        <source>Read at</source>
        <translation>Lest</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Alvorlighet</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Varsel</translation>
    </message>
    <message>
        <source>Printer&apos;s text</source>
        <translation>Skriverens tekst</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Oppstått</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>Løst</translation>
    </message>
    <message>
        <source>&amp;Supplies</source>
        <translation>&amp;Forbruksmateriell</translation>
    </message>
    <message>
        <source>C&amp;ounters</source>
        <translation>&amp;Telleverk</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>&amp;Varsler</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laster …</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>not enough history</source>
        <translation>for lite historikk</translation>
    </message>
    <message>
        <source>full in %1 days</source>
        <translation>full om %1 dager</translation>
    </message>
    <message>
        <source>empty now</source>
        <translation>tom nå</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>A straight line through the levels since the last replacement</source>
        <translation>En rett linje gjennom nivåene siden forrige bytte</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åpent</translation>
    </message>
    <message>
        <source>Counters</source>
        <translation>Telleverk</translation>
    </message>
    <message>
        <source>%1: %2 at %3</source>
        <translation>%1: %2 kl. %3</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Sider</translation>
    </message>
    <message>
        <source>Supply levels</source>
        <translation>Nivå på forbruksmateriell</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>Prosent</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Merknader</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Hvor</translation>
    </message>
    <message>
        <source>Identity conflicts Printwatch could not settle by itself</source>
        <translation>Identitetskonflikter Printwatch ikke kunne avgjøre selv</translation>
    </message>
    <message>
        <source>Level %1 of capacity %2 (raw values), unit %3
Source: %4</source>
        <translation>Nivå %1 av kapasitet %2 (råverdier), enhet %3
Kilde: %4</translation>
    </message>
    <message>
        <source>Capacity source: %1</source>
        <translation>Kilde for kapasitet: %1</translation>
    </message>
    <message>
        <source>Part number: %1</source>
        <translation>Delenummer: %1</translation>
    </message>
    <message>
        <source>Vendor quirk applied: %1</source>
        <translation>Leverandørsærtrekk brukt: %1</translation>
    </message>
    <message>
        <source>Source: prtAlertTable (1.3.6.1.2.1.43.18.1.1), row %1
Raw values: severity %2, group %3 (index %4), location %5, code %6, training level %7
Printer&apos;s text: %8</source>
        <translation>Kilde: prtAlertTable (1.3.6.1.2.1.43.18.1.1), rad %1
Råverdier: alvorlighet %2, gruppe %3 (indeks %4), plassering %5, kode %6, opplæringsnivå %7
Skriverens tekst: %8</translation>
    </message>
    <message>
        <source>★ billing meter</source>
        <translation>★ faktureringstelleverk</translation>
    </message>
    <message>
        <source>⚠ sources disagree</source>
        <translation>⚠ kildene er uenige</translation>
    </message>
    <message>
        <source>no level reported</source>
        <translation>intet nivå rapportert</translation>
    </message>
    <message>
        <source>Supply levels: the printer reports no supplies</source>
        <translation>Nivå på forbruksmateriell: skriveren rapporterer ikke noe forbruksmateriell</translation>
    </message>
    <message>
        <source>Supply levels: the printer reports none as a percentage</source>
        <translation>Nivå på forbruksmateriell: skriveren oppgir ingen i prosent</translation>
    </message>
</context>
<context>
    <name>Printwatch::Views::PrintersPage</name>
    <message>
        <source>Search name, address, vendor, model or serial (Ctrl+F)</source>
        <translation>Søk i navn, adresse, produsent, modell eller serienummer (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Finn</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle statuser</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Trenger oppfølging</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Utilgjengelig</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Virker</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopier</translation>
    </message>
    <message>
        <source>Open &amp;web page</source>
        <translation>Åpne &amp;nettside</translation>
    </message>
    <message>
        <source>Show &amp;details</source>
        <translation>Vis &amp;detaljer</translation>
    </message>
    <message>
        <source>No printers</source>
        <translation>Ingen skrivere</translation>
    </message>
    <message>
        <source>%1, %2 shown</source>
        <translation>%1, %2 vist</translation>
    </message>
    <message>
        <source>Column to filter</source>
        <translation>Kolonne som skal filtreres</translation>
    </message>
    <message>
        <source>Column filter</source>
        <translation>Kolonnefilter</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolonner</translation>
    </message>
    <message>
        <source>Choose the columns to show</source>
        <translation>Velg kolonnene som vises</translation>
    </message>
    <message numerus="yes">
        <source>%Ln printer(s)</source>
        <translation>
            <numerusform>%Ln skriver</numerusform>
            <numerusform>%Ln skrivere</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (filtered)</source>
        <translation>%1 (filtrert)</translation>
    </message>
</context>
<context>
    <name>Printwatch::Views::SettingsPage</name>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Time from the end of one poll round to the start of the next</source>
        <translation>Tiden fra slutten av én avspørringsrunde til starten av neste</translation>
    </message>
    <message>
        <source>SNMP v1</source>
        <translation>SNMP v1</translation>
    </message>
    <message>
        <source>SNMP v2c</source>
        <translation>SNMP v2c</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>How long to wait for one answer before trying again</source>
        <translation>Hvor lenge det ventes på ett svar før nytt forsøk</translation>
    </message>
    <message>
        <source>Extra tries after the first, before a printer counts as not answering</source>
        <translation>Ekstra forsøk etter det første, før en skriver regnes som stille</translation>
    </message>
    <message>
        <source> h</source>
        <translation> t</translation>
    </message>
    <message>
        <source>Only when I ask</source>
        <translation>Bare når jeg ber om det</translation>
    </message>
    <message>
        <source>Repeat the last discovery this often, to find new printers</source>
        <translation>Gjenta siste søk så ofte for å finne nye skrivere</translation>
    </message>
    <message>
        <source>Default location</source>
        <translation>Standardplassering</translation>
    </message>
    <message>
        <source>The SQLite file with the fleet&apos;s history; used from the next start</source>
        <translation>SQLite-filen med parkens historikk; brukes fra neste oppstart</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bla gjennom …</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemets språk</translation>
    </message>
    <message>
        <source>Polling</source>
        <translation>Avspørring</translation>
    </message>
    <message>
        <source>Poll &amp;every:</source>
        <translation>Spør &amp;hver:</translation>
    </message>
    <message>
        <source>&amp;Discover again every:</source>
        <translation>&amp;Søk igjen hver:</translation>
    </message>
    <message>
        <source>SNMP defaults</source>
        <translation>SNMP-standarder</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Versjon:</translation>
    </message>
    <message>
        <source>&amp;Community:</source>
        <translation>&amp;Fellesskap:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Tidsavbrudd:</translation>
    </message>
    <message>
        <source>&amp;Retries:</source>
        <translation>&amp;Nye forsøk:</translation>
    </message>
    <message>
        <source>Database and language</source>
        <translation>Database og språk</translation>
    </message>
    <message>
        <source>Data&amp;base:</source>
        <translation>Data&amp;base:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>Show the settings in use again</source>
        <translation>Vis innstillingene som er i bruk igjen</translation>
    </message>
    <message>
        <source>The language changes when Printwatch starts again.</source>
        <translation>Språket endres når Printwatch starter på nytt.</translation>
    </message>
    <message>
        <source>The database location is used from the next start.</source>
        <translation>Databaseplasseringen brukes fra neste oppstart.</translation>
    </message>
    <message>
        <source>Database location</source>
        <translation>Databaseplassering</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db)</source>
        <translation>SQLite-databaser (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Test</translation>
    </message>
    <message>
        <source>Kept in the OS keychain or the encrypted secret file, never in plain text</source>
        <translation>Oppbevares i nøkkelringen i operativsystemet eller i den krypterte hemmelighetsfilen, aldri i klartekst</translation>
    </message>
    <message>
        <source>Credential sets</source>
        <translation>Tilgangssett</translation>
    </message>
    <message>
        <source>Tried in this order: sets for an address range first, then sets for all addresses, then the default community above. Each set may carry the write credential that reboots its printers.</source>
        <translation>Prøves i denne rekkefølgen: først sett for et adresseområde, så sett for alle adresser, deretter standardfellesskapet over. Hvert sett kan ha med skrivetilgangen som starter skriverne på nytt.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Legg til…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Rediger…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Opp</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Ned</translation>
    </message>
    <message>
        <source>one printer&apos;s address</source>
        <translation>adressen til én skriver</translation>
    </message>
    <message>
        <source>Ask one address with each credential of the selected set, in order, and say what happened</source>
        <translation>Spør én adresse med hver tilgang i det valgte settet, i rekkefølge, og vis hva som skjedde</translation>
    </message>
    <message>
        <source>Test on:</source>
        <translation>Test på:</translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation>Sett %1</translation>
    </message>
    <message>
        <source>all addresses</source>
        <translation>alle adresser</translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <source> — write: %1</source>
        <translation> — skriving: %1</translation>
    </message>
    <message>
        <source>community</source>
        <translation>fellesskap</translation>
    </message>
    <message>
        <source>Select the credential set to test.</source>
        <translation>Velg tilgangssettet som skal testes.</translation>
    </message>
    <message>
        <source>Enter the address of one printer to test the set on.</source>
        <translation>Skriv inn adressen til én skriver som settet skal testes på.</translation>
    </message>
    <message>
        <source>The set has no credentials to test.</source>
        <translation>Settet har ingen tilganger å teste.</translation>
    </message>
    <message>
        <source>Asking %1 with %2…</source>
        <translation>Spør %1 med %2…</translation>
    </message>
    <message>
        <source>%1 answers: %2</source>
        <translation>%1 svarer: %2</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 mislyktes: %2</translation>
    </message>
    <message>
        <source>No credential of this set worked on %1.</source>
        <translation>Ingen tilgang i dette settet virket på %1.</translation>
    </message>
</context>
<context>
    <name>Printwatch::Views::SuppliesPage</name>
    <message>
        <source>All supplies</source>
        <translation>Alt forbruksmateriell</translation>
    </message>
    <message>
        <source>Low or empty</source>
        <translation>Lavt eller tomt</translation>
    </message>
    <message>
        <source>Level not known</source>
        <translation>Ukjent nivå</translation>
    </message>
    <message>
        <source>Show only supplies in this state</source>
        <translation>Vis bare forbruksmateriell i denne tilstanden</translation>
    </message>
    <message numerus="yes">
        <source>%n supply(s)</source>
        <translation>
            <numerusform>%n forbruksvare</numerusform>
            <numerusform>%n forbruksvarer</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 shown</source>
        <translation>%1, %2 vist</translation>
    </message>
</context>
<context>
    <name>Printwatch::Views::TablePage</name>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>Søk (Ctrl+F)</translation>
    </message>
    <message>
        <source>Every word must appear somewhere in the row</source>
        <translation>Hvert ord må finnes et sted i raden</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Finn</translation>
    </message>
    <message>
        <source>Column to filter</source>
        <translation>Kolonne som skal filtreres</translation>
    </message>
    <message>
        <source>Column filter</source>
        <translation>Kolonnefilter</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolonner</translation>
    </message>
    <message>
        <source>Choose the columns to show</source>
        <translation>Velg kolonnene som vises</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopier</translation>
    </message>
    <message>
        <source>%1 (filtered)</source>
        <translation>%1 (filtrert)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n rad</numerusform>
            <numerusform>%n rader</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 shown</source>
        <translation>%1, %2 vist</translation>
    </message>
</context>
<context>
    <name>Printwatch::Views::UsersDialog</name>
    <message>
        <source>Users and permissions</source>
        <translation>Brukere og rettigheter</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Bruker</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Printers</source>
        <translation>Skrivere</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tilstand</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Lås opp</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Fjern</translation>
    </message>
    <message>
        <source>Remove the user %1?</source>
        <translation>Fjerne brukeren %1?</translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation>&amp;Legg til bruker</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>De to passordene er ulike.</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Ny bruker</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Navn:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rolle:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passord:</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>Gjenta:</translation>
    </message>
    <message>
        <source>Printer actions allowed</source>
        <translation>Tillatte skriverhandlinger</translation>
    </message>
    <message>
        <source>All printers (fleet-wide)</source>
        <translation>Alle skrivere (hele flåten)</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>For:</translation>
    </message>
    <message>
        <source>Device group %1</source>
        <translation>Enhetsgruppe %1</translation>
    </message>
</context>
<context>
    <name>Printwatch::Views::WelcomeDialog</name>
    <message>
        <source>Welcome to Printwatch</source>
        <translation>Velkommen til Printwatch</translation>
    </message>
    <message>
        <source>Printwatch finds the printers on your network, watches their status, counters and supplies, and keeps their history. How do you want to start?</source>
        <translation>Printwatch finner skriverne i nettverket ditt, følger med på status, telleverk og forbruksmateriell, og tar vare på historikken. Hvordan vil du begynne?</translation>
    </message>
    <message>
        <source>Explore the demo fleet</source>
        <translation>Utforsk demoparken</translation>
    </message>
    <message>
        <source>Start with 36 simulated printers of several brands on this computer. Nothing is sent to your network; the demo keeps its own database.</source>
        <translation>Start med 36 simulerte skrivere av flere merker på denne datamaskinen. Ingenting sendes til nettverket ditt; demoen har sin egen database.</translation>
    </message>
    <message>
        <source>Scan my network</source>
        <translation>Søk i nettverket mitt</translation>
    </message>
    <message>
        <source>Enter address ranges and the SNMP community or v3 user of your printers; Printwatch discovers and polls them.</source>
        <translation>Skriv inn adresseområder og SNMP-fellesskapet eller v3-brukeren til skriverne dine; Printwatch finner og spør dem.</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Senere</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>Database %1: no printer with id %2</source>
        <translation>Database %1: ingen skriver med id %2</translation>
    </message>
    <message>
        <source>the file is not a SQLite database</source>
        <translation>filen er ikke en SQLite-database</translation>
    </message>
    <message>
        <source>the database file is corrupt</source>
        <translation>databasefilen er skadet</translation>
    </message>
    <message>
        <source>the file cannot be opened</source>
        <translation>filen kan ikke åpnes</translation>
    </message>
    <message>
        <source>the file is read-only or not permitted</source>
        <translation>filen er skrivebeskyttet eller ikke tillatt</translation>
    </message>
</context>
</TS>
