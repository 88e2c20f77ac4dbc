<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Add Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hypervisor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Transport:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hos&amp;t:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host.example.com or 192.0.2.10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node &amp;XML file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in default node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Extra parameters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name=value&amp;name=value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Custom URI:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qemu+ssh://root@host.example.com/system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect &amp;automatically at startup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URI:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QEMU/KVM system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QEMU/KVM user session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libvirt test driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH (qemu+ssh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libssh (qemu+libssh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unencrypted; use only on a trusted network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a Test Driver Node File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libvirt node XML (*.xml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port must be a number, such as 22, or empty for the default.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialPrompter</name>
    <message>
        <source>Authentication required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials are needed to connect to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HostDetailsWidget</name>
    <message>
        <source>Select a host or a virtual machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URI:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hypervisor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libvirt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Architecture:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPUs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 socket(s) × %3 core(s) × %4 thread(s), %5 NUMA node(s)) at %6 MHz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UUID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCPUs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persistent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no (transient)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Virt Ferry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter virtual machines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect / Reconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shut &amp;Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;boot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Force Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;esume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause &amp;Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Virt Ferry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Virt Ferry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Virt Ferry %1&lt;/b&gt;&lt;p&gt;Manage KVM hosts and move virtual machines between them.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Virtual Machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V&amp;iew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed for %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A connection to %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from the list? Its virtual machines are not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Force off %1? This is like pulling the power cord: unsaved data in the guest is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reboot %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1? The definition is removed from its host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running virtual machines are forced off first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete virtual machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also delete its storage volumes (cannot be undone)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotificationArea</name>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up &amp;connecting after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A host that does not answer within this time is marked as failed; the window never waits for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Update CPU and memory every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One bulk statistics call per host per interval.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtFerry</name>
    <message>
        <source>Disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer from %1 within %2 s; gave up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test driver (test:///default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the host name or IP address of the remote host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host name must not start or end with spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A host name can be at most 253 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid host name: use letters, digits and hyphens, separated by dots, with no hyphen at either end of a part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535 (or empty for the default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user name cannot contain spaces or any of @ / : ? #.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user name cannot start with a hyphen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test driver needs an absolute path to a node XML file, starting with /.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path cannot contain ? or #.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each parameter must look like name=value; &quot;%1&quot; does not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parameter name &quot;%1&quot; may contain only letters, digits and _.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter values cannot contain spaces or #; percent-encode them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a libvirt URI such as qemu+ssh://root@host/system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid URI: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A libvirt URI starts with a driver, such as qemu:// or test://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A URI scheme has at most one transport, as in qemu+ssh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown transport &quot;%1&quot;: use ssh, libssh, tls, tcp, unix or ext.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keepalive timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host closed the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live updates are unavailable for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot list the domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read statistics from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a managed storage volume: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The virtual machine was deleted, but some storage was not:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted storage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shutting down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shut off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shut down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reboot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Force off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Manage KVM hosts and migrate virtual machines between them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the hypervisor at URI (may be repeated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not open the saved autoconnect connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up a connection attempt after SECONDS (default 15).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample VM statistics every MILLISECONDS (default 2000, 0 pauses).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a line once the VMs of the opened connections are on screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Like --report-populated, then quit (for tests and benchmarks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--connect %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--connect-timeout needs a number of seconds between 0 and 3600.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--stats-interval needs a whole number of milliseconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virt Ferry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
