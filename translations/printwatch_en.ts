<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Actions</name>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertCode</name>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cover open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cover closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interlock open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interlock closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>configuration change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sub-unit missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sub-unit life almost over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sub-unit life over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sub-unit almost empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sub-unit empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sub-unit almost full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sub-unit full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sub-unit near limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sub-unit at limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sub-unit opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sub-unit closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sub-unit turned on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sub-unit turned off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sub-unit offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sub-unit power saver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sub-unit warming up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sub-unit added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sub-unit removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sub-unit resource added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sub-unit resource removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sub-unit recoverable failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sub-unit unrecoverable failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sub-unit recoverable storage error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sub-unit unrecoverable storage error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sub-unit motor failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sub-unit memory exhausted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sub-unit under temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sub-unit over temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sub-unit timing failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sub-unit thermistor failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>door open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>door closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>power up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>power down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printer taken offline by operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printer brought online by operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printer manual reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printer NMS reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printer ready to print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input media tray missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input media size change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input media weight change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input media type change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input media color change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input media form parts change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input media supply low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input media supply empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input media change request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input manual input request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input tray position failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input tray elevation failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input cannot feed size selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output media tray missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output media tray almost full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output media tray full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output mailbox select failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marker fuser under temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marker fuser over temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marker fuser timing failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marker fuser thermistor failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marker adjusting print quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marker toner empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marker ink empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marker print ribbon empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marker toner almost empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marker ink almost empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marker print ribbon almost empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marker waste toner receptacle almost full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marker waste ink receptacle almost full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marker waste toner receptacle full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marker waste ink receptacle full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marker OPC life almost over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marker OPC life over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marker developer almost empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marker developer empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marker toner cartridge missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>media path media tray missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>media path media tray almost full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>media path media tray full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>media path cannot duplex media selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interpreter memory increase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interpreter memory decrease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interpreter cartridge added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interpreter cartridge deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interpreter resource added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interpreter resource deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interpreter resource unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interpreter complex page encountered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alert removal of binary change entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alert code %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Auth</name>
    <message numerus="yes">
        <source>%n printer(s)</source>
        <translation>
            <numerusform>%n printer</numerusform>
            <numerusform>%n printers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsoleSettings</name>
    <message>
        <source>The poll interval must be between 10 seconds and 24 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SNMP timeout must be between 100 ms and 30 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retries must be between 0 and 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A printer that does not answer takes %1 s (timeout × tries), longer than the poll interval of %2 s. Raise the interval or lower the timeout or retries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the SNMP community (printers usually answer to &quot;public&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SNMP port must be between 1 and 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled discovery must run at most every 31 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database location must be a full path, e.g. /home/me/printwatch.sqlite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database location %1 is a folder; add a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printwatch speaks English (en) and Norwegian Bokmål (nb).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceStatus</name>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warming up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorState</name>
    <message>
        <source>paper low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>toner low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no toner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>door open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jammed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input tray missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output tray missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marker supply missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output nearly full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input tray empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maintenance overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printwatch::Actions</name>
    <message>
        <source>There is no printer with id %1 in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a printer in the database nor an IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>testing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warming up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled while waiting for %1 to come back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for %1 to come back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for %1 to restart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not come back with a restarted uptime within %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not report its uptime (sysUpTime)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the status of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up for %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status of %1 read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the test page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>raw TCP port %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test page sent to %1 over raw port %2 (%3 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LPR queue %1 on port %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printwatch test page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test page queued on %1 (LPR queue %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking %1 which formats it prints…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IPP printer %1 takes neither PDF nor text (it takes: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test page accepted by %1 as IPP job %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown test page protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the uptime of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled before the reset was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the reset to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reset SET to %1 got no answer: %2 (a wrong write community is silently ignored by many printers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the reset (SNMP error-status %2): the write community or SNMP write access is not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reset was accepted, but %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 restarted (back after %2 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The firmware file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The firmware file %1 is too small (%2 bytes) to be a firmware image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The firmware file %1 is %2 MiB, more than the %3 MiB allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the firmware file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is not a recognised firmware format: a PJL-wrapped image (starting with the PJL UEL or @PJL) is expected; it starts with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the firmware version of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the firmware version of %1 before the upgrade: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the firmware: %1 of %2 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The firmware was sent (%1 bytes), but %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the firmware version of %1 after the upgrade: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The firmware of %1 did not change (still “%2”): the printer did not take the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firmware of %1 upgraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before: %1
After: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Troubleshooting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking reachability…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reachability: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking SNMP…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SNMP: no answer (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SNMP: answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading alerts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result: problems found (see above)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result: no problem found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: problems found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no problem found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web page of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to the IPP printer %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IPP printer %1 did not answer Get-Printer-Attributes: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IPP printer %1 refused the job: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the job to the IPP printer %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IPP printer %1 did not accept the job: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IPP printer %1 answered without a job-id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the printer closed the connection (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no progress for %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no acknowledgement for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the print server closed the connection at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the print server refused %1 (answer %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection is gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending to %1 stopped after %2 of %3 bytes: the file could not be read further (%4). Nothing is sent again on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled after %1 of %2 bytes to %3; the printer may have received part of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer to %1 was cut after %2 of %3 bytes: %4. It is not sent again on its own; check the printer before you try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer to %1 was cut: the printer reset the connection before it had read all %2 bytes (%3). It is not sent again on its own; check the printer before you try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LPR job to queue “%1” on %2 failed at %3: %4. It is not sent again on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the queue request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the control file header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the control file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data file header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data file (%1 of %2 bytes sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end of the data file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICMP not permitted here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answers ping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer to ping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no TCP port open of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed at: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you can read this page, the print path from Printwatch to this printer works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reset SET to %1 with SNMPv3 user “%2” failed: %3 (check the user, its passwords and protocols)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printwatch::Actions::ActionExecutor</name>
    <message>
        <source>Refused: %1 is not a stored printer, and %2 may act only on printers of their device groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a printer action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>via %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(The audit log could not be written: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled before this printer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printwatch::Actions::ActionRunner</name>
    <message>
        <source>The database is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is logged in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled before this printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: %1 may not read the audit log; only an Administrator may.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add %1: unknown role “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown action “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is switched on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is switched off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is switched on for device group %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is switched off for device group %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device group %1 added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device group renamed to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device group removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The group now holds %n printer(s).</source>
        <translation>
            <numerusform>The group now holds %n printer.</numerusform>
            <numerusform>The group now holds %n printers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n printer(s) added to the group.</source>
        <translation>
            <numerusform>%n printer added to the group.</numerusform>
            <numerusform>%n printers added to the group.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) changed.</source>
        <translation>
            <numerusform>%n user changed.</numerusform>
            <numerusform>%n users changed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Discovery of %1 refused: the database is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discovery of %1 refused: the audit log cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printwatch::App::ActionsController</name>
    <message>
        <source>&amp;Refresh status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print &amp;test page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;boot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade &amp;firmware…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trouble&amp;shoot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;web page</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n printer(s) done.</source>
        <translation>
            <numerusform>%1 of %n printer done.</numerusform>
            <numerusform>%1 of %n printers done.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>locked after %n failed login(s)</source>
        <translation>
            <numerusform>locked after %n failed login</numerusform>
            <numerusform>locked after %n failed logins</numerusform>
        </translation>
    </message>
    <message>
        <source>demo account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n group</numerusform>
            <numerusform>%n groups</numerusform>
        </translation>
    </message>
    <message>
        <source>Your password is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit &amp;log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Users and permissions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role (%1) may not do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device actions are unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 can unlock this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in as %1 (DEMO ACCOUNT, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in as %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printwatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one or more printers first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n printer(s)</source>
        <translation>
            <numerusform>%n printer</numerusform>
            <numerusform>%n printers</numerusform>
        </translation>
    </message>
    <message>
        <source>Raw TCP port 9100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LPR (port 515)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPP (port 631)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print test page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the test page by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the firmware file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reboot %1? Jobs being printed are lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the firmware file %1 to %2? Do not switch the printer off while it installs; a cut transfer is not sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a test page on %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password (8 characters or more):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An administrator switched this off for the selected printers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to &amp;group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device &amp;groups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no device group yet: create one in Actions → Device groups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to group</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add %n printer(s) to the device group:</source>
        <translation>
            <numerusform>Add %n printer to the device group:</numerusform>
            <numerusform>Add %n printers to the device group:</numerusform>
        </translation>
    </message>
    <message>
        <source>Discovery of %1 refused: the actions thread did not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role (%1) may not run discovery.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printwatch::App::Application</name>
    <message>
        <source>Cannot create the folder %1 for the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Printwatch — demo fleet (%n simulated printer(s))</source>
        <translation>
            <numerusform>Printwatch — demo fleet (%n simulated printer)</numerusform>
            <numerusform>Printwatch — demo fleet (%n simulated printers)</numerusform>
        </translation>
    </message>
    <message>
        <source>Discovering the demo fleet on %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start the demo fleet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the web page of %1: no web browser is set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start the demo: %1 did not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These printers are not in the database yet; try again once they are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo keeps its credentials in memory only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets are kept in the %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SNMP credentials are not saved or loaded in this session: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved SNMP credentials could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SNMP credentials are used in this session but not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printwatch::App::ConsoleController</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered in %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Poll round: your %n printer(s) in %1 s</source>
        <translation>
            <numerusform>Poll round: your %n printer in %1 s</numerusform>
            <numerusform>Poll round: your %n printers in %1 s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Poll round: %n printer(s) in %1 s</source>
        <translation>
            <numerusform>Poll round: %n printer in %1 s</numerusform>
            <numerusform>Poll round: %n printers in %1 s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n not answering</source>
        <translation>
            <numerusform>, %n not answering</numerusform>
            <numerusform>, %n not answering</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Printwatch::App::DemoGroups</name>
    <message>
        <source>Building B</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printwatch::App::DiscoveryController</name>
    <message numerus="yes">
        <source>%n printer(s) found</source>
        <translation type="unfinished">
            <numerusform>%n printer found</numerusform>
            <numerusform>%n printers found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other device(s) answered</source>
        <translation type="unfinished">
            <numerusform>%n other device answered</numerusform>
            <numerusform>%n other devices answered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n address(es) probed in %1 s</source>
        <translation type="unfinished">
            <numerusform>%n address probed in %1 s</numerusform>
            <numerusform>%n addresses probed in %1 s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n name(s) not resolved</source>
        <translation type="unfinished">
            <numerusform>%n name not resolved</numerusform>
            <numerusform>%n names not resolved</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role (%1) may not run discovery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discovery of %1 started</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The demo fleet has %n printer(s); discovering it again.</source>
        <translation>
            <numerusform>The demo fleet has %n printer; discovering it again.</numerusform>
            <numerusform>The demo fleet has %n printers; discovering it again.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential test: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored credential sets</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printwatch::App::StorageReader</name>
    <message>
        <source>Printer %1 is not in your device groups.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printwatch::Auth</name>
    <message>
        <source>Viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print test page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reboot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade firmware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Troubleshoot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open web page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many failed attempts (%1): this account is locked. An administrator can unlock it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the secret store %1: the key derivation ran out of memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No OS keychain answered (%1), and the encrypted secret file %2 needs a master password: give one (printwatch-cli --master-password-file FILE, or - to type it; the GUI asks for it). Secrets are never stored in plain text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not tried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the OS keychain did not answer within %1 s (is it locked, waiting for a password prompt?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run discovery</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printwatch::Auth::AuthService</name>
    <message>
        <source>The user name “%1” is not valid: use 1 to 64 letters, digits, dots, dashes, underscores or @.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password for %1 is too short: use at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password for %1 must not be the user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1 as the first Administrator: users exist already; an Administrator adds further users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first Administrator created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A real user called “demo” exists: the demo account is not created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user %1 has an unknown role “%2” in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown user name (attempt %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong password; account locked after %1 attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong password (attempt %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the current password was wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password of %1 is not correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not manage users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: %1 (%2) may not manage users; only an Administrator may.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after %1 failed attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot remove their own account while logged in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all printers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>groups %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device group name “%1” is not valid: use 1 to 64 characters, no line breaks, no leading or trailing spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not manage device groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: %1 (%2) may not manage device groups; only an Administrator may.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renamed to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printwatch::Auth::Authorizer</name>
    <message>
        <source>Refused: %1 on %2 needs a logged-in user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: %1 (%2) may not %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: %1 on %2: the printer is not in a device group of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: %1 is switched off for %2 by an administrator (Settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the whole fleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device group %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printwatch::Auth::CredentialVault</name>
    <message>
        <source>The SNMP credentials were not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SNMP credential sets were not saved: cannot write the settings file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SNMP credentials were saved, but an old secret could not be removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing from the secret store (%2): enter it again in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default SNMP community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secret of credential %1 in the set “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The write credential of the set “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printwatch::Auth::EncryptedFileSecretStore</name>
    <message>
        <source>Cannot open the secret store %1: libsodium did not initialise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret store %1 needs a master password; secrets are never stored in plain text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the secret store %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the secret store %1: it is damaged or not a Printwatch secret store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the secret store %1: its salt is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the secret store %1: the master password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encrypted file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder of the secret store %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the secret store %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret “%1” in %2 is damaged (it does not authenticate).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printwatch::Auth::KeychainSecretStore</name>
    <message>
        <source>OS keychain unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OS keychain (service “%1”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store the secret “%1” in the OS keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the secret “%1” from the OS keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove the secret “%1” from the OS keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printwatch::Auth::PasswordHasher</name>
    <message>
        <source>Cannot hash the password: libsodium did not initialise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot hash the password: Argon2id needs %1 MiB of memory and could not get it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printwatch::Core</name>
    <message>
        <source>“%1” is not a CIDR block: “%2” is not an IPv4 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a CIDR block: the prefix length must be 0 to 32</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a range: “%2” is neither an address nor a last octet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a range: it ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is neither an address, a CIDR block, a range nor a host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No targets given: enter addresses, CIDR blocks, ranges or host names</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printwatch::Core::Builder</name>
    <message>
        <source>“%1” would make more than %2 addresses; split it into smaller blocks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printwatch::Models</name>
    <message>
        <source>—</source>
        <comment>unknown value in a table cell</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports an error state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports an error state: %1</source>
        <extracomment>%1: what the printer says is wrong, e.g. &quot;jammed, door open&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>between error conditions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped answering: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answering again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error state cleared, now %1</source>
        <extracomment>the printer left the error state; %1 is its status now, e.g. &quot;Idle&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printwatch::Models::AlertCodes</name>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cover open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cover closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interlock open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interlock closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper jam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component life almost over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component life over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Almost empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Almost full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Near limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turned on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turned off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power saver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warming up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recoverable failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unrecoverable failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motor failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory exhausted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Door open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Door closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Powered up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Powered down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset over the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input tray missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media change requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual feed requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output tray missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output tray almost full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output tray full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fuser under temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fuser over temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toner empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ink empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toner low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ink low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waste toner almost full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waste ink almost full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waste toner full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waste ink full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drum life almost over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drum life over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Developer almost empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Developer empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toner cartridge missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media path tray missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot duplex the selected media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreter memory increased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreter memory decreased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreter resource unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complex page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printwatch::Models::AlertTableModel</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer-MIB alert code %1, group %2, location %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer&apos;s text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printwatch::Models::CounterTableModel</name>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mono</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing meter of this printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifetime total; printers in bold bill on this meter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter &quot;%1&quot;; printers in bold bill on this meter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fax sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network fax sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drum pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper jams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mono</source>
        <comment>meter qualifier: Print, mono</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>colour</source>
        <comment>meter qualifier: Print, colour</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sheets</source>
        <comment>meter qualifier: Print, sheets</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two-sided</source>
        <comment>meter qualifier: Print, two-sided</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jobs</source>
        <comment>meter qualifier: Print, jobs</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waste</source>
        <comment>meter qualifier: spoiled impressions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy</source>
        <comment>meter qualifier: Scan, copy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <comment>meter qualifier: Scan, other</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>A meter&apos;s kind and what qualifies it, e.g. &quot;Print, mono&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printwatch::Models::EventLog</name>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printwatch::Models::EventLogModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printwatch::Models::PrinterTableModel</name>
    <message>
        <source>%1 %</source>
        <extracomment>lowest supply level, then the supply, e.g. &quot;12 % Black toner&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAC address %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last answered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last polled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest supply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>state: supply</comment>
        <extracomment>lowest supply without a percentage: its state, then its name, e.g. &quot;Some remaining: Black toner&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>status: conditions</comment>
        <extracomment>status, then what the printer reports as wrong, e.g. &quot;Error: jammed, door open&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>between error conditions</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printwatch::Models::SupplyTableModel</name>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waste container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fuser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Developer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Black</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cyan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Magenta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unrestricted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some remaining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nearly full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level %1 of capacity %2 (raw values)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At this level since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printwatch::Snmp</name>
    <message>
        <source>an SNMPv3 request needs USM state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot send this kind of PDU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GETBULK does not exist in SNMPv1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a request needs at least one OID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid OID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>net-snmp could not encode the request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty datagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an SNMPv3 message from a device without USM state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undecodable SNMP message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected SNMP version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>net-snmp could not localise the key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad OID “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad pattern “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not “oid|tag|value”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad OID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snmpsim variation tag %1 is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INTEGER “%1” is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad OID value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown tag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown type “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the walk %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line %2: no “ = ”, skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line %2: bad OID (was the walk made with -On?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line %2: %3, skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the walk %1 holds no readable OID (neither .snmprec nor snmpwalk -On output)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SNMPv3 credential has no authentication protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot derive the SNMPv3 authentication key (is the password 8 characters or more?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SNMPv3 credential has no privacy protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot derive the SNMPv3 privacy key (is the password 8 characters or more?)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printwatch::Snmp::CredentialProbe</name>
    <message>
        <source>cannot test %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no SNMP engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered after a resynchronisation with its SNMPv3 clock (the printer restarted or its clock moved; not an outage)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printwatch::Snmp::Discovery</name>
    <message>
        <source>the name has no IPv4 address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printwatch::Snmp::Engine</name>
    <message>
        <source>cannot open a UDP socket: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot bind a UDP socket: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot reach %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot reach %1: not an IPv4 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot send to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot query %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered %2 (index %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>no answer from %1 to SNMPv3 engine discovery after %n tries</source>
        <translation>
            <numerusform>no answer from %1 to SNMPv3 engine discovery after %n try</numerusform>
            <numerusform>no answer from %1 to SNMPv3 engine discovery after %n tries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no answer from %1 after %n tries</source>
        <translation>
            <numerusform>no answer from %1 after %n try</numerusform>
            <numerusform>no answer from %1 after %n tries</numerusform>
        </translation>
    </message>
    <message>
        <source>walk of %1 on %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>walk of %1 on %2 stopped: the agent returned %3 after %4 (OIDs must increase)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>walk of %1 on %2 stopped after %3 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>walk of %1 on %2 stopped after %3 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered SNMPv3 engine discovery without an engine ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no engine ID known for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not know the SNMPv3 user &apos;%2&apos;: check the user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rejected the digest of user &apos;%2&apos;: check the authentication password and protocol (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is still out of the SNMPv3 time window after a resynchronisation: its clock is unstable or another device answers with the same engine ID (not an outage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not support security level %2 for user &apos;%3&apos;: choose the level the printer has for this user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not decrypt the request: check the privacy password, protocol or AES variant (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not know the SNMPv3 context &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 keeps refusing its own engine ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered with a report (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered engine discovery, then silence: check the privacy password, protocol or AES variant (%2; AES-192/256 come in a Blumenthal and a Cisco/Reeder &quot;-C&quot; variant)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered engine discovery, then silence: check the security level and the printer&apos;s access rules for user &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printwatch::Snmp::PrinterReader</name>
    <message>
        <source>partly read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printwatch::Snmp::ProfileSet</name>
    <message>
        <source>vendor profile %1: %2 at offset %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vendor profile %1: “id” and “vendor” are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vendor profile %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad sysObjectID prefix “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad sysDescr pattern “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad brand pattern “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a counter needs “name” and a valid “oid”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad counter pattern “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a counter table needs valid “values” and “labels” OIDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad counter label pattern “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read vendor profile %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad counter tlvCode (0..255)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad printerWhen sysObjectID prefix “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad printerWhen sysDescr pattern “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printwatch::Snmp::SyncSession</name>
    <message numerus="yes">
        <source>no answer from %1 after %n tries</source>
        <translation>
            <numerusform>no answer from %1 after %n try</numerusform>
            <numerusform>no answer from %1 after %n tries</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: SNMP request failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: no answer to the SNMPv3 engine ID discovery after %n tries</source>
        <translation>
            <numerusform>%1: no answer to the SNMPv3 engine ID discovery after %n try</numerusform>
            <numerusform>%1: no answer to the SNMPv3 engine ID discovery after %n tries</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: cannot open an SNMP session: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printwatch::Snmp::UsmUsers</name>
    <message>
        <source>net-snmp could not derive a key from the password: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>net-snmp could not extend the privacy key for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printwatch::Storage::AccessRepository</name>
    <message>
        <source>Cannot add the user %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add the user %1: the database returned no id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add the device group %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add the device group %1: the database returned no id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot rename device group %1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot rename device group %1: it does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove device group %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add printer %1 to device group %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printwatch::Storage::AuditRepository</name>
    <message>
        <source>Cannot write the audit log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 is missing (deleted); the next row is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 does not follow row %2 (a row was removed or replaced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1: its hash does not match its content (edited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the log ends at row %1 but %2 rows were written (rows at the end were deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last row&apos;s hash does not match the recorded head (the last row was replaced)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printwatch::Storage::Database</name>
    <message>
        <source>Cannot open the database: no file name given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database %1: it is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database %1: the file is not readable (permission denied).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the database %1: the folder %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database %1: schema version %2 is not one this build knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database %1: &quot;%2&quot; answered &quot;%3&quot; instead of &quot;%4&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database %1: it is a SQLite database of another program (it has tables but no Printwatch schema version).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database %1: its schema version %2 is newer than this build of Printwatch understands (%3). Use a newer Printwatch or another database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot migrate the database %1 to schema version %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database %1: %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection belongs to another thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection belongs to another thread or is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the schema_version table is empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printwatch::Storage::StorageWriter</name>
    <message numerus="yes">
        <source>Cannot store %n poll result(s): the database is not open.</source>
        <translation>
            <numerusform>Cannot store %n poll result: the database is not open.</numerusform>
            <numerusform>Cannot store %n poll results: the database is not open.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Could not store %n poll result(s); the batch was rolled back and nothing of it was written. %1</source>
        <translation>
            <numerusform>Could not store %n poll result; the batch was rolled back and nothing of it was written. %1</numerusform>
            <numerusform>Could not store %n poll results; the batch was rolled back and nothing of it was written. %1</numerusform>
        </translation>
    </message>
    <message>
        <source>While storing the poll of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change which printers are polled: the database is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not change whether printer %1 is polled: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printwatch::Views::ActionProgressDialog</name>
    <message numerus="yes">
        <source>Working on %n printer(s)…</source>
        <translation>
            <numerusform>Working on %n printer…</numerusform>
            <numerusform>Working on %n printers…</numerusform>
        </translation>
    </message>
    <message>
        <source>Printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling… (a transfer stops at its next chunk; a reset already sent cannot be undone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printwatch::Views::ActivityPage</name>
    <message>
        <source>All events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest severity to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only events of printers whose name or address contains this</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printwatch::Views::AlertsPage</name>
    <message>
        <source>Open alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open critical alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open and recently cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which alerts to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) shown</source>
        <translation>
            <numerusform>%n alert shown</numerusform>
            <numerusform>%n alerts shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Printwatch::Views::AuditPage</name>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not loaded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload and verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Hash chain verified: %n row(s), none changed or removed.</source>
        <translation>
            <numerusform>Hash chain verified: %n row, none changed or removed.</numerusform>
            <numerusform>Hash chain verified: %n rows, none changed or removed.</numerusform>
        </translation>
    </message>
    <message>
        <source>TAMPERING DETECTED: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printwatch::Views::Banner</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printwatch::Views::CountersPage</name>
    <message>
        <source>Bold: the meter the printer bills on</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n printer(s)</source>
        <translation>
            <numerusform>%n printer</numerusform>
            <numerusform>%n printers</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printwatch::Views::CredentialEditor</name>
    <message>
        <source>Show community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SNMP v1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SNMP v2c</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SNMP v3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No authentication, no privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication, no privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication and privacy (encrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usually empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SNMP &amp;version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Community:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Security:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pri&amp;vacy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conte&amp;xt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the community (printers usually answer to &quot;public&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never written in plain text; saved credential sets keep it in the OS keychain or the encrypted secret file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printwatch::Views::CredentialSetDialog</name>
    <message>
        <source>Use a &amp;write credential for actions (reboot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses, CIDR blocks, ranges or names this set is for, e.g. 10.1.0.0/24 10.2.0.5-80. Empty: every address. Sets for a range are tried before sets for all addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A write community (v1/v2c), or an SNMPv3 user with authentication and privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Applies to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials, tried in this order (the first that answers is used)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another credential set is called “%1”: give this one its own name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printwatch::Views::DashboardStrip</name>
    <message>
        <source>All printers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printers answering and working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printers in power save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printers reporting an error state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printers not answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open critical alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplies at 10 % or less</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplies empty (or waste full)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln printer(s)</source>
        <translation>
            <numerusform>%Ln printer</numerusform>
            <numerusform>%Ln printers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln up</source>
        <translation>
            <numerusform>%Ln up</numerusform>
            <numerusform>%Ln up</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln asleep</source>
        <translation>
            <numerusform>%Ln asleep</numerusform>
            <numerusform>%Ln asleep</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln in error</source>
        <translation>
            <numerusform>%Ln in error</numerusform>
            <numerusform>%Ln in error</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln offline</source>
        <translation>
            <numerusform>%Ln offline</numerusform>
            <numerusform>%Ln offline</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln critical</source>
        <translation>
            <numerusform>%Ln critical</numerusform>
            <numerusform>%Ln critical</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln warning</numerusform>
            <numerusform>%Ln warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln supplies low</source>
        <translation>
            <numerusform>%Ln supply low</numerusform>
            <numerusform>%Ln supplies low</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln empty</source>
        <translation>
            <numerusform>%Ln empty</numerusform>
            <numerusform>%Ln empty</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Printwatch::Views::DetailFacts</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unrestricted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>some</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw value: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer did not report it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognised from sysObjectID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firmware:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset tag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First seen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When Printwatch first got an answer from this printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 – %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subnet mask:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse lookup of the printer&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAC address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SNMP port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SNMP version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version this printer answered to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, polled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No (out of scope)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address history:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every address this printer answered at, oldest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h %3 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: hrDeviceStatus (1.3.6.1.2.1.25.3.2.1.5) = %1, hrPrinterStatus (1.3.6.1.2.1.25.3.5.1.1) = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected errors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: hrPrinterDetectedErrorState (1.3.6.1.2.1.25.3.5.1.2)
Raw value: 0x%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console display:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: prtConsoleDisplayBufferText (1.3.6.1.2.1.43.16.5.1.2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: prtCoverDescription / prtCoverStatus (1.3.6.1.2.1.43.6.1.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: sysUpTime (1.3.6.1.2.1.1.3.0)
Raw value: %1 centiseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last answered:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last polled:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Yes (%n colorants)</source>
        <translation>
            <numerusform>Yes (%n colorant)</numerusform>
            <numerusform>Yes (%n colorants)</numerusform>
        </translation>
    </message>
    <message>
        <source>No, monochrome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Read at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: prtMarkerProcessColorants (1.3.6.1.2.1.43.10.2.1.6) = %1, prtMarkerColorantValue (1.3.6.1.2.1.43.12.1.1.4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplex:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: prtMediaPathType (1.3.6.1.2.1.43.13.4.1.9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input trays:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: prtInputTable (1.3.6.1.2.1.43.8.2.1): name, media name, current level / max capacity (sheets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output bins:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: prtOutputTable (1.3.6.1.2.1.43.9.2.1): name, remaining capacity / max capacity (sheets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Components:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: hrDeviceTable (1.3.6.1.2.1.25.3.2.1): type and description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: hrMemorySize (1.3.6.1.2.1.25.2.2.0)
Raw value: %1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: hrStorageSize × hrStorageAllocationUnits of the fixed disk (1.3.6.1.2.1.25.2.3.1)
Raw value: %1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: prtInterpreterDescription (1.3.6.1.2.1.43.15.1.1.3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the vendor profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meters of the latest poll; the Counters tab shows each one&apos;s source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This serial was also seen at %1 (known at %2), last on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This serial answered with another MAC address at %1: %2 (known %3), last on %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This MAC address answered with another serial at %1: %2 (known %3), last on %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another printer reports the same SNMPv3 engine ID %1: %2 (cloned configuration?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw value: %1 × %2 = %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw value: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer calls it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing meter: reports bill on this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources disagree:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other sources agree:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1: %2 %3 (used)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced printer: %1 answered at %2; since %3 it is %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln page(s) per minute</source>
        <translation>
            <numerusform>%Ln page per minute</numerusform>
            <numerusform>%Ln pages per minute</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, TCP port %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: PWG Port Monitor MIB ppmPortTable (1.3.6.1.4.1.2699.1.2.1.3.1)
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IEEE 1284 ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: ppmPrinterIEEE1284DeviceId (1.3.6.1.4.1.2699.1.2.1.2.1.1.3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printwatch::Views::DialogButtons</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printwatch::Views::DiscoveryDialog</name>
    <message>
        <source>&amp;Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discover Printers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>192.0.2.0/24, 192.0.2.10-50, printer.example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses, CIDR blocks, ranges and host names, separated by commas, spaces or lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tried in this order on every address; the first that answers is kept for the printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the credential above to the list tried in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try this credential earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try this credential later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one address, e.g. 192.0.2.25</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send one request with the credential above and show what the printer answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Targets:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tried in &amp;order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test on one &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;imeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter addresses, CIDR blocks, ranges or host names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln address(es)</source>
        <translation>
            <numerusform>%Ln address</numerusform>
            <numerusform>%Ln addresses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln host name(s)</source>
        <translation>
            <numerusform>%Ln host name</numerusform>
            <numerusform>%Ln host names</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln printer(s) found</source>
        <translation>
            <numerusform>%Ln printer found</numerusform>
            <numerusform>%Ln printers found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln other device(s) answered</source>
        <translation>
            <numerusform>%Ln other device answered</numerusform>
            <numerusform>%Ln other devices answered</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Change settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the targets and credentials again, to scan with other ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) tried in order</source>
        <translation>
            <numerusform>%n credential tried in order</numerusform>
            <numerusform>%n credentials tried in order</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2), %3, port %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printwatch::Views::DiscoveryPage</name>
    <message>
        <source>&amp;New discovery…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Out of scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No discovery has run in this session. Start one to find the printers on your network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose addresses and credentials, then scan (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the same addresses again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poll the selected printers from now on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the selected printers in the list but stop polling them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected printers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next scheduled discovery: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scheduled discovery (see Settings)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printwatch::Views::FactLabel</name>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printwatch::Views::GroupsDialog</name>
    <message>
        <source>Device groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the new group&apos;s name first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a group and type its new name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the device group %1? Its users no longer see its printers through it, and its action switches go with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;printers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user in a group sees only the printers of their groups; a user in no group sees every printer. Administrators always see every printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printers in the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users who see the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, sees every printer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printwatch::Views::LoginDialog</name>
    <message>
        <source>Log in to Printwatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the first Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printwatch is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no users yet. Choose the name and password of the first Administrator; Administrators add further users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session locked itself after a while without input. Enter your password to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your Printwatch user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEMO MODE — demo account: user “%1”, password “%2”. Not for real fleets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please wait…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printwatch::Views::MainWindow</name>
    <message>
        <source>Printwatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Printers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discover…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Poll now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Printwatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Printwatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Printwatch %1&lt;/h3&gt;&lt;p&gt;Watches network printers over SNMP: discovery, status, counters and supplies.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printwatch::Views::MasterPasswordDialog</name>
    <message>
        <source>Master password for SNMP credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Printwatch keeps SNMP communities and SNMPv3 passwords in an encrypted file instead, %2, which does not exist yet. Choose its master password and type it twice; without it the saved credentials cannot be read again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Printwatch keeps SNMP communities and SNMPv3 passwords in the encrypted file %2 instead. Enter its master password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel: saved SNMP credentials are not loaded, polling uses the default community &quot;public&quot;, and credential changes are not saved in this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Master &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the master password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same master password twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printwatch::Views::PollerStatusWidget</name>
    <message>
        <source>Polling %1/%2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last round: %1 in %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last round: %1 in %2 s, %3 unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln printer(s)</source>
        <translation>
            <numerusform>%Ln printer</numerusform>
            <numerusform>%Ln printers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Printwatch::Views::PrinterDetailPage</name>
    <message>
        <source>Open &amp;web page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a printer from any table (double-click or Enter) to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the printer&apos;s own web page in the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read this printer&apos;s data again from the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days to empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer&apos;s text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Supplies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ounters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enough history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full in %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A straight line through the levels since the last replacement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supply levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity conflicts Printwatch could not settle by itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level %1 of capacity %2 (raw values), unit %3
Source: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor quirk applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: prtAlertTable (1.3.6.1.2.1.43.18.1.1), row %1
Raw values: severity %2, group %3 (index %4), location %5, code %6, training level %7
Printer&apos;s text: %8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>★ billing meter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ sources disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no level reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supply levels: the printer reports no supplies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supply levels: the printer reports none as a percentage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printwatch::Views::PrintersPage</name>
    <message>
        <source>Search name, address, vendor, model or serial (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;web page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No printers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column to filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the columns to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln printer(s)</source>
        <translation>
            <numerusform>%Ln printer</numerusform>
            <numerusform>%Ln printers</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (filtered)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printwatch::Views::SettingsPage</name>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time from the end of one poll round to the start of the next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SNMP v1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SNMP v2c</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long to wait for one answer before trying again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra tries after the first, before a printer counts as not answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only when I ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the last discovery this often, to find new printers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite file with the fleet&apos;s history; used from the next start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poll &amp;every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discover again every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SNMP defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Community:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database and language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data&amp;base:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the settings in use again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language changes when Printwatch starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database location is used from the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in the OS keychain or the encrypted secret file, never in plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tried in this order: sets for an address range first, then sets for all addresses, then the default community above. Each set may carry the write credential that reboots its printers.</source>
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
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one printer&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask one address with each credential of the selected set, in order, and say what happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — write: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the credential set to test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the address of one printer to test the set on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The set has no credentials to test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking %1 with %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answers: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credential of this set worked on %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printwatch::Views::SuppliesPage</name>
    <message>
        <source>All supplies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low or empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only supplies in this state</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n supply(s)</source>
        <translation>
            <numerusform>%n supply</numerusform>
            <numerusform>%n supplies</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printwatch::Views::TablePage</name>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every word must appear somewhere in the row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column to filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the columns to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (filtered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printwatch::Views::UsersDialog</name>
    <message>
        <source>Users and permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the user %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer actions allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All printers (fleet-wide)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device group %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printwatch::Views::WelcomeDialog</name>
    <message>
        <source>Welcome to Printwatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printwatch finds the printers on your network, watches their status, counters and supplies, and keeps their history. How do you want to start?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explore the demo fleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with 36 simulated printers of several brands on this computer. Nothing is sent to your network; the demo keeps its own database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan my network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter address ranges and the SNMP community or v3 user of your printers; Printwatch discovers and polls them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>Database %1: no printer with id %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not a SQLite database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database file is corrupt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is read-only or not permitted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
