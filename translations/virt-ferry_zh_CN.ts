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
    <message>
        <source>K&amp;nown hosts file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The known_hosts file libvirt checks the host key against (known_hosts=).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libvirt&apos;s own list (~/.config/libvirt/known_hosts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended: your ~/.ssh/known_hosts, the hosts you already trust in OpenSSH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key to log in with (keyfile=).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default keys (~/.ssh/id_*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication or&amp;der:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SSH login methods to try, in order, separated by commas (sshauth=): agent, privkey, password, keyboard-interactive. Empty: libvirt&apos;s default order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent,privkey,password,keyboard-interactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the URI step by step: the host&apos;s name and port, the SSH login, libvirt on the host, and the libvirt connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test c&amp;onnection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a known_hosts File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an SSH Private Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an absolute path, such as %1/.ssh/known_hosts, or leave it empty for libvirt&apos;s own list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an absolute path, such as %1/.ssh/id_ed25519, or leave it empty for the default keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separate the methods with single commas, as in agent,privkey,password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown method &quot;%1&quot;: use agent, privkey, password or keyboard-interactive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice; each method is tried once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already set by its own field above; remove it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection does not work yet: &quot;%1&quot; failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test was stopped.</source>
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
    <message>
        <source>The saved password was not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember in the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportsApplier</name>
    <message>
        <source>Another operation on /etc/exports is still running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no SSH session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SSH session is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(SFTP) writing %1 (%n byte(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(exit status %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the exported directories; /etc/exports was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the new exports to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the new exports file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking for an existing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check for an existing %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing an old backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove the old backup %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeping a backup in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not back up %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replacing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not replace %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking whether %1 is a mount point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a mount point and cannot be renamed over; copying the new content into it instead (not atomic; the backup is kept).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying the new exports into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not copy the new content into %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reloading the exports (exportfs -ra)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exportfs rejected the new exports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new exports are active. The previous file is kept in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none: there was no %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reloading the restored exports (exportfs -ra)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous %1 was restored and is active again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous %1 was restored, but reloading it failed too: check the server&apos;s exports by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring the previous %1 from %2 FAILED: fix the file by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing the new %1 (there was none before)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportsEditorDialog</name>
    <message>
        <source>NFS Exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;view Changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Directory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/home/image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create this directory on the server if it is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lients:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* or 192.168.1.0/24 host.example.com @netgroup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separate clients with spaces. A client written as host(options) keeps its own options; the others get the options below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read and &amp;write (rw)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read &amp;only (ro)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Synchronous (sync)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asy&amp;nchronous (async)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root users:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;quash root (root_squash)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do &amp;not squash (no_root_squash)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Squash &amp;all users (all_squash)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I understand; every client listed here is a trusted host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that files are inside the exported &amp;subtree (subtree_check)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous &amp;UID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default (65534)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous &amp;GID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other o&amp;ptions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. insecure,crossmnt,fsid=0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These are the exact changes to /etc/exports. Apply writes the file (keeping a backup) and runs exportfs -ra.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(everyone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NFS exports on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With no_root_squash, anyone who is root on a client is root on this export: they can read and change every file in it and plant set-user-ID programs. Use it only for trusted hosts, such as the KVM hosts that keep their VM images here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied: /etc/exports was written and exportfs -ra succeeded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied: /etc/exports was written and exportfs -ra succeeded:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applied:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of /etc/exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added, not applied yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no_root_squash: root on a client is root on this export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exportfs cannot read some lines of /etc/exports; they are kept unchanged:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Add an export&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Edit the export of %1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already exported on line %2; edit that export instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already in the list; edit that export instead.</source>
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
    <name>HostKeyDialog</name>
    <message>
        <source>Host key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host key changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host key of %1 has changed. Virt Ferry will not connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone could be intercepting the connection (a man-in-the-middle attack), or the host was reinstalled or its keys replaced. Confirm the new fingerprint with the host&apos;s administrator or on its console (ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub). If the change is expected, remove the old entry below from the known hosts file and connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored entry in %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown host key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virt Ferry has never connected to %1 before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the fingerprint below is the host&apos;s, for example with its administrator or on its console (ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub), before you trust it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Trust and remember&quot; adds this line to %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust &amp;Once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust and &amp;Remember</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobStatsMonitor</name>
    <message>
        <source>The host is not connected.</source>
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
    <message>
        <source>NFS &amp;Exports on a Server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Virtual Machine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Define a new virtual machine on the selected host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Storage &amp;Pool…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a storage pool to the selected host, and optionally to other hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Migrate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;vacuate Host…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration &amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The migrations of the selected virtual machine, with their charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration &amp;History of Host…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The migrations from and to the selected host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All &amp;Migrations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every migration done from this machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected virtual machines to another host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrate every running virtual machine of this host to another host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evacuate host: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>select one or more virtual machines first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the selected virtual machines are on different hosts; select those of one host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connect another host to migrate to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>select a host first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no virtual machine runs on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The migration did not start: the source or the destination host is no longer connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n moved</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Migration to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Virt Ferry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrations are still running (%1). Quitting aborts them; the virtual machines not moved yet stay on their source host.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MigrateWizard</name>
    <message>
        <source>Migrate %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrate %1 virtual machines from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The definition of “%1” could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MigrateWizardChecksPage</name>
    <message>
        <source>I have read the &amp;warnings and want to continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-&amp;check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-flight checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both hosts are asked whether the migration can work, before anything changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking… (%1 of %2 virtual machines done)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked — passed: %1, warnings: %2, failed: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The migration cannot start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (failed checks in all: %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MigrateWizardDestinationPage</name>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No host can take these virtual machines now. Connect to another host of the same hypervisor type; this list follows as hosts connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the virtual machines are on this host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the source host is not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another connection to the source host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runs %1, the source runs %2: both need the same hypervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 · %3 · CPUs: %4 · memory: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where “%1” goes from %2. Hosts that cannot take it are greyed out with the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the %1 virtual machines from %2 go. Hosts that cannot take them are greyed out with the reason.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MigrateWizardMethodPage</name>
    <message>
        <source>&amp;Move: defined on the destination, removed from the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Temporary move: it stays defined on the source and comes back there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the virtual machines move. Ways their state does not allow are greyed out with the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live, on shared storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guest keeps running; only its memory moves. Its disks must be on storage both hosts see at the same paths (NFS, a shared directory, iSCSI…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live, with a full copy of its storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guest keeps running while its disks are copied block by block to the destination, then its memory. For hosts without shared storage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live, with an incremental storage copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Like the full copy, but only what lies above a base image that both hosts already have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save state and move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guest&apos;s memory is saved to a file, disks and file are copied, and it is restored on the destination: it resumes where it stopped, after a pause as long as the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline, with a disk copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each disk is copied into a pool on the destination, the definition is rewritten to the new volumes and defined there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline, on shared storage (define only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the definition moves; the disks stay where both hosts see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No virtual machine was chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for a running virtual machine: “%1” is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for running virtual machines: “%1” is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for a shut-off virtual machine: “%1” is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for shut-off virtual machines: “%1” is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is transient: this way needs a persistent definition to carry over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save state and move always removes the virtual machine from the source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MigrateWizardOptionsPage</name>
    <message>
        <source>The root element must be &lt;domain&gt;, not &lt;%1&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The XML is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it &amp;defined on the destination (persistent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove its definition from the source (undefine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave it &amp;paused on the destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;several at once:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pee&amp;r to peer (the source&apos;s libvirt connects to the destination)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tunnelled through the libvirt connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-&amp;converge (slow the guest down if memory changes too fast)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow p&amp;ost-copy (switch over before all memory arrived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt with T&amp;LS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit destination &amp;XML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unsafe: migrate although libvirt considers the disk cache unsafe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The defaults suit most migrations. Options that cannot be combined with your choices are greyed out with the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ad&amp;vanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chosen by libvirt, e.g. tcp://10.0.0.2:49152</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MiB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hypervisor default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libvirt refuses to migrate a guest whose disks use the host&apos;s page cache on storage it cannot prove coherent (a shared directory, some NFS setups): the destination could read stale data and corrupt the disk. Tick this only when the storage is coherent, e.g. the guest flushes or the cluster file system guarantees it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Migration URI (where the data goes):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connection URI for peer to peer (as the source host sees the destination):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bandwidth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max &amp;downtime:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parallel co&amp;nnections:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mpression of memory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source&apos;s definition is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited (%1 lines).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The definition the destination host gets. libvirt refuses changes that the running guest cannot follow (devices, memory size); disk paths and host-side settings can change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the &amp;source definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These are options of libvirt&apos;s migration; the way chosen on the Method page does not use them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To fix on an earlier page:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MigrateWizardStoragePage</name>
    <message>
        <source>&amp;State file pool (source):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disks and state pool are on &amp;shared storage both hosts see: copy nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete the source volumes after the copies were verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Destination pool:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the disks libvirt copies while the guest runs, and where they land.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disks to copy (unchecked disks must be on storage both hosts see):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every disk that lives in a storage pool is copied into one pool on the destination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disks that are copied:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The memory state is saved to a file in a pool on the source; disks and file are copied unless both hosts share the storage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same paths as on the source (libvirt creates the volumes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 free of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — not active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing pools…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in pool %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check at least one disk to copy, or go back and migrate on shared storage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The virtual machine has no disk to copy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MigrateWizardSummaryPage</name>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens when you click Finish, in order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the virsh commands to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same with &amp;virsh:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 virtual machines move, %2 at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 virtual machines move, one after another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># Virtual machine %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># A value contains a character no shell can pass on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command reads the edited definition from destination.xml: save it under that name first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MigrationBatch</name>
    <message>
        <source>Cancelled before it started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled during the pre-flight checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started: a pre-flight check failed: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abort requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bandwidth limit lifted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bandwidth limit set to %1 MiB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bandwidth limit changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max downtime set to %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max downtime changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switched to post-copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded in the migration history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libvirt migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline move with disk copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save state and move</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MigrationChartsWidget</name>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer and dirty rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dirty rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected downtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max downtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elapsed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MigrationHistory</name>
    <message>
        <source>The history record id “%1” cannot name a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the migration history folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the migration samples to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the migration history %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MigrationHistoryDialog</name>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Samples as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Charts as &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by VM, host, mode, result…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration History of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No migrations recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n migration(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; from %2 to %3, %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libvirt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afterwards the virtual machine was on: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Average rate %1, %n memory pass(es).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No samples were stored for this migration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored samples cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a migration to see its charts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected migration has no stored samples.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MigrationJob</name>
    <message>
        <source>The source or destination host is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This migration was not started with post-copy allowed, so it cannot switch to post-copy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MigrationMonitorWidget</name>
    <message>
        <source>Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Samples as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Charts as &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elapsed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RAM transferred:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RAM remaining:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RAM total:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk transferred:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk remaining:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk total:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dirty rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory pass:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected downtime:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MiB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The most the migration may send per second; 0 lifts the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the guest may be paused at the switch-over; a longer pause lets a busy guest converge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to &amp;Post-Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;bort…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bandwidth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max downtime:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downtime:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data sent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory passes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual machine:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;This migration is not converging:&lt;/b&gt; the guest dirties memory faster than it is sent, so the passes never end. What helps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available once the migration runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The migration has ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (sent once the migration runs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the migration&apos;s bandwidth now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the longest pause allowed at the switch-over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post-copy cannot start now (already switched, or not a live migration)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This migration was started without “Allow post-copy”; libvirt can only switch a job that allowed it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in post-copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the guest on the destination now and fetch the rest of its memory on demand; ends a migration that does not converge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop this migration; the virtual machine stays on the source host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bandwidth set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max downtime set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switched to post-copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libvirt refused it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The migration has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent once the migration runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: the migration ended before it ran.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post-copy cannot start now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abort migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abort the migration of %1? It stops where it is and the virtual machine keeps running on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the source host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abort Migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Going</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abort requested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the destination host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1 (destination); no longer on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still on %1 (source); not on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found on both %1 and %2: check which one runs before starting the other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found on neither %1 nor %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1 (destination).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked: look on %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Failed.&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libvirt gave no reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Cancelled.&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Migrated.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Migrated.&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no samples to export.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MigrationProgressDialog</name>
    <message>
        <source>Cancel &amp;Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel &amp;All…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrating from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving &lt;b&gt;%1&lt;/b&gt; from &lt;b&gt;%2&lt;/b&gt; to &lt;b&gt;%3&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving %1 virtual machines from &lt;b&gt;%2&lt;/b&gt; to &lt;b&gt;%3&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the selected migrations; those not started yet are dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop every migration of this batch that has not finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying disks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n moved</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in progress</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Run in &amp;Background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this window; the migrations go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel all migrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop every migration of this batch that has not finished? Virtual machines not moved yet stay where they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Migrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Going</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewVmDialog</name>
    <message>
        <source>New Virtual Machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. web01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Memory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Virtual CPUs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Virtualization:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Firmware:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an &amp;existing volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a ne&amp;w volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pool:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vol&amp;ume:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installer (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;ISO image:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None, or a path on the host: /var/lib/libvirt/images/installer.iso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From p&amp;ool:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connec&amp;t to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bridge:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start the virtual machine after creating it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BIOS (hypervisor default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UEFI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qcow2 (thin, snapshots)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>raw (sparse)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the host…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of %1 on the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>of %n on the host</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>New Virtual Machine on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no volumes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a volume…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The volume “%1” was created but does not appear in the pool “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual network “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bridge to the host’s network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the host’s networks: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the host’s capabilities (%1); choose the virtualization yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This host offers no hardware-virtualized (hvm) guests for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No KVM on this host: the guest is emulated, which is slow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KVM (hardware virtualization)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QEMU emulation (slow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libvirt test driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This host has no storage pool; add one in the Storage view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a storage pool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pool “%1” is not active; start it in the Storage view first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the pool’s volumes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pool “%1” has no volumes; create a new one instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a volume, or create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pool “%1” already has a volume named “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the volume “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the volume: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up the new volume…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defining and starting “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defining “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The virtual machine was created but could not be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libvirt could not define the virtual machine: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NfsExportsController</name>
    <message>
        <source>Enter a user name before the @.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port must be a number between 1 and 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading /etc/exports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read /etc/exports: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NFS exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit /etc/exports on this NFS server, over SSH ([user@]host[:port]):</source>
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
    <name>OfflineMoveJob</name>
    <message>
        <source>cannot read the volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the volume failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both the source and the destination host must be connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source volumes can only be deleted when the domain is undefined on the source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain “%1” was not found on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is running on %2; shut it down first, or use a live migration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a transient domain; only a defined domain can be moved offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the definition of “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A domain named “%1” already exists on %2; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has a domain with the same UUID (“%2”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pool “%1” was not found on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pool “%1” on %2 is not running; start it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk %1 is a %2 disk, which an offline move cannot copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk %1 (%2) is not in any storage pool on %3, so it cannot be copied; add its folder as a pool first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 %2 (%3) is not in any storage pool on %4; eject it or add its folder as a pool first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the volume of disk %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk %1 (%2) is an overlay on %3; copying it alone would break the chain. Flatten it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two disks use volumes named “%1”; they cannot land in one pool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool “%1” on %2 already has a volume named “%3”; nothing was copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool “%1” on %2 has %3 free, but the disks hold %4; nothing was copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The move was cancelled before anything was copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” disappeared from the source during the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was started during the copy, so the copies are out of date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy of disk %1 cannot be found on the destination: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy of disk %1 has a capacity of %2, the original %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the definition: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source refused to undefine “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (cannot be read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (capacity %2, the copy %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (checksum not computed: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the copy&apos;s checksum differs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved, but the source volumes were kept because these copies could not be verified: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved, but these source volumes could not be deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The move was cancelled; the copies made so far were deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying disk %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is now defined on both hosts; undefine one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The move had already finished when it was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These copies could not be deleted from pool “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PoolWizard</name>
    <message>
        <source>New storage pool on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it listed no pool types</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PoolWizardHostsPage</name>
    <message>
        <source>No other connection is open. Connect to more hosts first to create this pool on them at the same time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start the pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start it &amp;automatically when the host boots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosts and options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also create this pool on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pool is defined on %1 and on every host checked below, from the same XML.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Build: create the volume group on the physical volume (erases it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Build: write a new partition table on the disk (erases it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Build: create the target directory (the device is not formatted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Build: create the target directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every host gets the same target path, %1, as live migration on shared storage needs. A host that already has a pool named “%2” keeps it: an identical one is reused, a different one is reported and left alone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PoolWizardResultPage</name>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already exists identically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Defining the pool on %n host(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The pool is ready on every host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pool is ready on %1 of %2 hosts; see the reasons below.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PoolWizardReviewPage</name>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been changed yet. Create defines the pool on every host listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;XML every host gets:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>autostart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool “%1”, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target path: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only define it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PoolWizardSourcePage</name>
    <message>
        <source>&amp;Volume group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Physical volume (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target &amp;IQN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gluster &amp;volume:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ceph &amp;pool:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZFS &amp;pool:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Device (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cluster:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. nfs-server or 192.0.2.10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. /export/images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default (negotiated with the server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NFSv3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NFSv4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NFSv4.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NFSv4.2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source &amp;path:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NFS &amp;version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mount options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target path:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mount options cannot contain quotes or backslashes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mount options cannot contain control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is an empty option: remove the extra comma.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the NFS version in the list above instead of “%1” here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (auto)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NFS (nfs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CIFS / SMB (cifs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GlusterFS (glusterfs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use letters, digits and . _ + - only (“%1” is not allowed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network file system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NFS (or CIFS, GlusterFS) share %1 mounts at the target path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where %1 finds the pool’s storage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. /images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. /dev/sdb1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. iqn.2013-06.com.example:target0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for the nfs format: libvirt passes these to mount.nfs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the exported directory on the server, e.g. /export/images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the device, e.g. /dev/sdb1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the target’s IQN, e.g. iqn.2013-06.com.example:target0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An IQN has no spaces, quotes or backslashes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not connected; connect to it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking %1 for the exports of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking %1 for the targets of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking %1 for its volume groups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. Type the path yourself or browse again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (on %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exports nothing this host may mount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports of %1 — pick one:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found — pick one:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the exports of %1: %2
Type the export path instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the targets of %1: %2
Type the target IQN instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the volume groups: %1
Type the name instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. noatime,nconnect=4 (comma-separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mount options cannot contain spaces; separate them with commas, e.g. noatime,nconnect=4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PoolWizardTypePage</name>
    <message>
        <source>Name and type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new storage pool on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. shared-images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory on the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network file system: NFS, CIFS, GlusterFS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LVM volume group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formatted block device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole disk, partitions as volumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iSCSI target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iSCSI target through libiscsi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCSI host adapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multipath devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ceph RBD pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheepdog cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GlusterFS volume through libgfapi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZFS pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtuozzo storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a SCSI adapter description this wizard does not offer; define it with virsh pool-define</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs an initiator IQN this wizard does not offer; define it with virsh pool-define</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheepdog is no longer maintained; define it with virsh pool-define</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this wizard does not know this pool type; define it with virsh pool-define</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libvirt on %1 cannot create %2 pools (its storage driver was built without them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking %1 which pool types it supports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not say which pool types it supports (%2), so the common types are offered; libvirt reports any it cannot create when the pool is defined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has a pool named “%2”.</source>
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
    <name>SaveStateMoveJob</name>
    <message>
        <source>Both the source and the destination host must be connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the pool for the memory state file and the destination pool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain “%1” was not found on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the state of “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not running on %2; save state and move needs a running or paused guest (use an offline move for a shut-off one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a transient domain; only a defined domain can be moved this way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the domain&apos;s UUID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the definition of “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A domain named “%1” already exists on %2; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has a domain with the same UUID (“%2”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pool “%1” was not found on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pool “%1” on %2 is not running; start it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool “%1” on %2 already has a state file “%3”; remove it or restore it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool “%1” on %2 has %3 free, but the guest&apos;s memory needs up to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk %1 is a %2 disk, which cannot be copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk %1 (%2) is not in any storage pool on %3, so it cannot be copied; add its folder as a pool first, or eject it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the volume of disk %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk %1 (%2) is an overlay on %3; copying it alone would break the chain. Flatten it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two files would be named “%1” in pool “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool “%1” on %2 already has a volume named “%3”; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool “%1” on %2 already has a file named “%3”; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool “%1” on %2 has %3 free, but the disks and the memory state need up to %4; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The move was cancelled before the guest was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” disappeared from the source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the state file in pool “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state file in pool “%1” has no path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the guest&apos;s memory failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state file %1 cannot be read back: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the definition in the state file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The move was cancelled; the guest keeps running on the source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The move was cancelled; the guest was restored on the source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying the memory state failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying disk %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy of disk %1 cannot be found on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy of disk %1 has a capacity of %2, the original %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy of disk %1 could not be verified, so %2 was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy of the memory state cannot be found on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the definition: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not restore the guest: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is still defined (shut off) on the source: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These state files could not be deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source volume %1 could not be deleted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guest was restored on the destination, but the check found it elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state file %1 could not be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring the guest on the source failed too (%1); its memory state is kept in %2 on the source: restore it from there (virsh restore).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These copies could not be deleted from pool “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoragePoolListModel</name>
    <message>
        <source>Transient: the pool disappears when it is stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autostart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StorageUsageDelegate</name>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StorageView</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Storage pools&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Pool…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate the pool; its definition and data stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescan the pool for volumes created outside Virt Ferry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autostart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the pool when the host boots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Volume…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resize…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy To…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the volume to a pool on any open host, keeping holes as holes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a storage pool to this host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a volume in this pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload a local file into this pool as a new volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No host selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a pool to see its volumes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool %1 is not running; start it to list its volumes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volumes in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting pool %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping pool %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshing pool %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turning on autostart of pool %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turning off autostart of pool %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting pool %1 and its contents on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting pool %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Pool %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete pool %1 on %2? Its definition is removed from the host (it is stopped first if it is running). Its volumes and data stay where they are unless you also delete its contents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also delete its contents: every volume and the pool&apos;s storage (cannot be undone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These will be destroyed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the pool&apos;s name, %1, to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n volume(s) holding %1, and the pool&apos;s storage at %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Listing the pool&apos;s volumes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pool is not running, so its volumes cannot be listed here. Everything in its storage at %1 is destroyed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating volume %1 in pool %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloning volume %1 to %2 in pool %3 on %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resizing volume %1 in pool %2 on %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete volume %1 (%2, %3 allocated) from pool %4 on %5? Its data is destroyed and cannot be recovered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A virtual machine that uses it will no longer start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting volume %1 from pool %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload a File to Pool %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk images (*.qcow2 *.img *.raw *.iso)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download Volume %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StorageVolumeListModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
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
    <message>
        <source>Cannot create a private directory for SSH prompts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the SSH prompt socket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen for SSH prompts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name resolution and reachability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libvirt on the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libvirt connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not run: the test was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed: %1 is a local connection, no network is involved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed: the %1 transport talks to libvirt&apos;s daemon directly, not over SSH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not run: &quot;%1&quot; failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, port %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), port %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 on %2 answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 resolves to %2; port %3 answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot look up %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name does not resolve: check the spelling of &quot;%1&quot;, your DNS settings or /etc/hosts, or use the host&apos;s IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection refused: no SSH server on port %1. Is sshd installed and running on the host, and is the port right?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection refused: no libvirt daemon listens on port %1. On the host, enable libvirtd&apos;s %2 listener (virtproxyd-%2.socket or listen_%2 in libvirtd.conf).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no answer within %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer: a firewall drops the connection, or the address is wrong (is the host up?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No route to the host: the address is wrong, or the host or its network is down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network refused the connection; the message says why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SSH agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your default keys (~/.ssh/id_*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host key changed since it was recorded: someone may be impersonating the host, or it was reinstalled. Verify the new fingerprint with its administrator, then remove the old line from the known_hosts file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host&apos;s key was not trusted, so nothing more was tried. Compare its fingerprint with the one the host&apos;s administrator gives you, then trust it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SSH login as %1 failed. Tried: %2. Check the user name, that the key&apos;s public half is in ~/.ssh/authorized_keys on the host, and the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your local user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SSH session closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host ended the SSH session; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not run a check command over SSH. Does the account have a POSIX login shell (sh, bash), and does the host allow command execution?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>socket %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no virt-ssh-helper (libvirt falls back to nc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>virt-ssh-helper at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither libvirt&apos;s socket nor virt-ssh-helper was found on %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libvirt is not installed or not running on the host (apt install libvirt-daemon-system, then systemctl enable --now libvirtd).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check command ended with status %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not run a check command over SSH. Does the account have a POSIX login shell (sh, bash)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host refused the credentials: check the user name and password, or the SASL/polkit rules that allow this user to manage libvirt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login was cancelled; run the test again and answer the prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libvirt has no way to ask for the credentials it needs here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No libvirt driver accepts this URI. Check the hypervisor and path (qemu:///system, qemu:///session, test:///default), and that the driver is installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This user may not manage the host&apos;s virtual machines: connect as root, or add the user to the libvirt group on the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This libvirt does not support what the URI asks for: check the transport and the extra parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host did not answer in time: it may be overloaded, or a firewall drops the traffic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link to the libvirt daemon broke off: the daemon on the host may have stopped or restarted, or its version is too old.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libvirt could not open or read the driver&apos;s file; the message names it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libvirt could not reach the daemon through the transport. For SSH, check that libvirt is installed and running on the host (apt install libvirt-daemon-system); the message shows what the host said.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libvirt&apos;s daemon is not running here, or its socket is elsewhere: start it (systemctl start libvirtd) or install it (apt install libvirt-daemon-system).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operating system refused something libvirt needed; the message says what.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libvirt refused the connection; the message above says why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from %1 within %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer: looking up the name or connecting took too long. A firewall may drop the connection, the address may be wrong, or the DNS server does not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libvirt did not finish connecting within %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection hangs: the host may be overloaded, or something waits for input that cannot be given here (such as an ssh prompt without the app&apos;s askpass helper).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the versions of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 via libvirt %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A double quote is not closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export path &quot;%1&quot; is not absolute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default options (%1) after a client are not supported by this editor; the line is kept as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty client (&quot;&quot;) is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option list of &quot;%1&quot; must be in parentheses right after the client, with nothing after the closing one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the directory to export, such as /home/image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path cannot contain line breaks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path cannot contain a NUL character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path must not start or end with a space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path must be absolute, starting with /.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path cannot contain tabs or other control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path cannot contain a backslash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path cannot contain &quot;..&quot;; give the directory itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path is longer than exportfs accepts (1024 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a client: a host name, an address, a network such as 192.168.1.0/24, @netgroup or * for everyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client cannot contain line breaks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client cannot contain spaces; separate clients with a space instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client cannot contain control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot appear in a client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client cannot start with a hyphen; exportfs would read it as default options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A netgroup is @ followed by its name (letters, digits, _ - .).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write IPv6 addresses without brackets in /etc/exports; exportfs reads brackets as a wildcard character class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An IPv4 network needs a prefix length from 0 to 32 or a netmask, as in 192.168.1.0/24 or 192.168.1.0/255.255.255.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An IPv6 network needs a prefix length from 0 to 128, as in fd00::/64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a network: write an IP address, a slash and a prefix length, as in 10.0.0.0/8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IPv6 address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IPv4 address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character classes in a host name cannot be nested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &quot;]&quot; in the host name has no matching &quot;[&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid host name: use letters, digits, hyphens and dots, with * and ? as wildcards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &quot;[&quot; in the host name is not closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An option cannot be empty; check for two commas in a row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &quot;%1&quot; with the choices above, not as another option.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option &quot;%1&quot; cannot contain &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a numeric ID, such as 65534, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID must be between 0 and 4294967295.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clients cannot contain line breaks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has options but no client; write *%1 to export to everyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a client&apos;s own options right after it, as in host(rw,sync), with no space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file or directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operation not supported by the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection was lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SFTP error %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown SSH error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No host name was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create an SSH session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to %1: timed out after %2 s (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to %1: connection refused (no SSH server on port %2?). %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the host key of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot compute the host key fingerprint of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot check the host key of %1 against %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2:
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host key of %1 has changed: possible man-in-the-middle attack. Someone may be impersonating the host, or the host was reinstalled. The server presented %2 %3, but the key recorded for it differs (%4). Virt Ferry will not connect. If the change is expected, verify the new fingerprint with the host&apos;s administrator, remove the old line and connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host key of %1 (%2 %3) was not trusted; not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add the host key of %1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase for the SSH key used to log in to %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot log in to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public key (agent, then key files)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public key (key files)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication to %1 was cancelled (tried: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication failed for %1. Tried: %2. The server accepts: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password (rejected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keyboard-interactive with the password (rejected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SSH session to %1 is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SSH connection to %1 was lost: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A command argument contains a NUL character; not run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open a channel to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot run %1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not finish within %2 s on %3; it was killed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not finish within %2 s on %3; it may still be running there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write to %1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost the output of %1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 ended without an exit status (killed by a signal?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start SFTP on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start SFTP on %1 (is the sftp subsystem enabled?): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot set the permissions of %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SSH session to %1 was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from %1 within %2 s; gave up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name for the virtual machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name cannot start or end with a space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name cannot contain “/”: libvirt stores the definition in a file named after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name cannot contain quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name cannot contain line breaks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name cannot contain control characters such as tabs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“.” and “..” cannot be used as names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is too long (at most 200 bytes in UTF-8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A virtual machine needs at least %1 MiB of memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than the host has: it has %1 of memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A virtual machine needs at least one virtual CPU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>More than the host has: it has %n CPU(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the name of a bridge on the host, such as br0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bridge name cannot contain spaces, “/” or “:”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bridge name has at most 15 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was closed before it answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This host&apos;s libvirt cannot look for %1 sources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host cannot list NFS exports: the showmount program (package nfs-common or nfs-utils) is not installed there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NFS server %1 did not list its exports (is it running and reachable from the host?): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot look for %1 sources: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the host&apos;s answer (line %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host&apos;s answer is not a list of sources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage pools will not update by themselves: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot list the storage pools: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot list the volumes of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no storage pool named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot list the volumes to delete: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some volumes could not be deleted, so the pool was kept:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot stop the pool: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The volumes were deleted, but not the pool&apos;s own storage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove the pool&apos;s definition: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The allocation (%1) cannot be larger than the capacity (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only qcow2 volumes can have a backing volume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool %1 is not active; start it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocating %1 needs more than the %2 free in pool %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A volume named “%1” already exists in pool %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is smaller than the volume&apos;s %2: shrinking would destroy data, so only growing is supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start the pool: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot mark the pool to start with the host: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A different pool named “%1” exists: %2. It was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot build the pool: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The definition was removed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This host cannot tell which storage pool types it supports: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The virtual machine was defined but did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot list the networks: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read libvirt&apos;s XML (line %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a %1 name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 name cannot contain line breaks, tabs or other control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“.” and “..” cannot be used as a %1 name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 name cannot contain “/”: it becomes a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 name cannot contain quotes (&apos; &quot; `).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 name cannot start or end with a space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid IPv4 address: it needs four numbers separated by dots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid IPv4 address: each number must be between 0 and 255.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inaccessible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set autostart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already exists, identical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A different pool of that name exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a storage pool definition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 here, %3 requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NFS version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mount options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path cannot contain line breaks, tabs or other control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path must be absolute (start with “/”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path cannot contain “..”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server&apos;s host name or IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address cannot contain spaces or control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid IPv6 address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid host name: use letters, digits, “-” and dots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The size must be greater than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is more than the %2 free in this pool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain XML is not well-formed (line %1, column %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new name of the domain is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new source of disk %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain has no disk with target “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The XML is not a domain definition (its root is &lt;%1&gt;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain XML is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrating %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column “%1” holds “%2”, which is not a valid value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line has %1 cells, but the header has %2 columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty; it needs a header line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header must name the columns “%1” and “%2”; is this a job statistics file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The virtual machine %1 is not on this host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the job statistics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying the disks into a chosen pool needs a connection to the destination host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pool “%1” was not found on the destination: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pool “%1” on the destination is not running; start it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the definition of the virtual machine: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk %1 has no local image, so it cannot be copied into pool “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the source volume of disk %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the size of disk %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk %1 is not in a storage pool on the source, so its backing image is unknown; an incremental copy into pool “%2” needs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two disks would get the volume name “%1” in pool “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool “%1” on the destination already has a volume named “%2”; nothing was migrated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the volume “%1” in pool “%2” on the destination: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new volume “%1” on the destination has no path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The virtual machine has no disk %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The virtual machine has no disk to copy into pool “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still on the source host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the destination host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on both hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on neither host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on an unknown host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The virtual machine %1 is not on the source host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These volumes created on the destination could not be deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not prepare the migration parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The migration was cancelled before it started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The migration failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libvirt reported the migration as done, but the check found the virtual machine %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The virtual machine is no longer on the source host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A migration URI looks like tcp://10.0.0.2 or tcp://host:49152.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unix migration URI needs a socket path, as in unix:///run/mig.sock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown migration transport &quot;%1&quot;: use tcp, rdma or unix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The migration URI needs the destination&apos;s address, as in tcp://10.0.0.2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 migration URI has only an address and a port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer-to-peer migration needs the destination&apos;s libvirt URI, as the source host sees it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tunnelled migration runs through the libvirt daemons: turn on peer-to-peer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tunnelled migration cannot copy storage: libvirt&apos;s tunnel carries only memory. Turn off tunnelling or use shared storage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tunnelled migration cannot use parallel connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tunnelled migration has no migration URI of its own: the data goes through the libvirt connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An offline migration only defines the virtual machine on the destination; this applies to a running one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An offline migration consists of defining the virtual machine on the destination: keep &quot;persistent on destination&quot; on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An offline migration cannot copy storage; use the offline move with disk copy instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choosing disks to copy needs a migration with storage copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bandwidth limit can be at most %1 MiB/s; 0 means unlimited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The maximum downtime can be at most %1 ms; 0 keeps the hypervisor&apos;s default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parallel connections must be between 1 and %1, or 0 for a single connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown compression method &quot;%1&quot;: use %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compression method &quot;%1&quot; is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a disk target name such as vda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk &quot;%1&quot; is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The destination XML is empty; clear it to use the source definition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libvirt migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline move with disk copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save state and move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each disk: vol-dumpxml and vol-create --pool on the destination, then vol-download --sparse here and vol-upload --sparse there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a libvirt migration uses this option, not the %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 always defines the virtual machine on the destination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 copies every disk that lives in a storage pool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new name can only be given when one virtual machine moves, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A destination XML describes one virtual machine: edit it only when one moves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A destination pool is only used by a migration that copies storage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only save state and move writes a memory state file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared storage is chosen with the migration mode for a libvirt migration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source volumes are deleted only by the offline move and by save state and move, after checking the copies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the pool on the destination that the disks are copied into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On shared storage nothing needs copying: use the offline migration, which only defines the virtual machine on the destination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the pool on the source that the memory state is saved to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the pool on the destination that the disks and the state file are copied into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save state and move always removes the virtual machine from the source: it resumes only on the destination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On shared storage nothing is copied: the source volumes are the virtual machine&apos;s disks and cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source volumes can only be deleted when the virtual machine is undefined on the source; its definition there would point at missing disks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Between 1 and %1 virtual machines can move at the same time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1 it is called “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the destination volumes in pool “%1” on %2, with the source&apos;s format and capacity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libvirt creates the destination disks at the same paths on %1 (a pool with the same target path must exist there).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every disk not on shared storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disks %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrate “%1” live from %2 to %3 while it keeps running; its disks stay on the storage both hosts share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrate “%1” live from %2 to %3, copying %4 in full while it keeps running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrate “%1” live from %2 to %3, copying of %4 only what lies above their base images, which both hosts share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Define the shut-off “%1” on %2 from its definition on %3 (offline migration); its disks stay on the storage both hosts share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The libvirt daemon of %1 connects to %2 itself and tunnels the data through that connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The libvirt daemon of %1 connects to %2 itself (peer to peer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data goes to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data is encrypted with TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer is limited to %1 MiB/s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory is compressed with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory is sent over %1 parallel connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If memory changes faster than it is sent, the guest&apos;s CPUs are slowed down until the migration converges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The migration may switch to post-copy: the guest runs on %1 before all its memory arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The final pause may last at most %1 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libvirt&apos;s safety check on disk caches is skipped (unsafe).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The edited destination XML defines it on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” stays paused on %2 afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” runs on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its definition is saved on %1 (persistent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is not defined on %1: once it shuts down there, it is gone from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its definition is removed from %1 (undefined).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its definition stays on %1 (temporary move).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that “%1” is shut off on %2 and that %3 has no virtual machine named “%4”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy each disk that lives in a storage pool of %1 into pool “%2” on %3 (sparse, same volume names).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewrite the disk sources in its XML to the new volumes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Define “%1” on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undefine “%1” on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep “%1” defined on %2 (temporary move).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the source volumes on %1 once sizes and checksums of the copies match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the source volumes on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If anything fails, the copies are removed and “%1” stays defined on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the memory of the running “%1” to a state file in pool “%2” on %3; the guest stops there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy nothing: %1 sees the disks and the state file on the same shared storage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the disks and the state file into pool “%1” on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore “%1” on %2 from the state file with the rewritten XML: the guest resumes where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undefine “%1” on %2 and remove the state file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the source volumes on %1 once the copies were verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If anything fails after the save, “%1” is restored on %2 from its state file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The destination XML points the copied disks at the new volumes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the XML file: point each copied disk at its new volume (vol-path on the destination).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the XML file: point each copied disk at its new volume (vol-path on the destination), set the new name and remove the uuid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit both XML files: point each copied disk at its new volume (vol-path on the destination).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit both XML files: set the new name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source host is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the source host first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The destination host is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the destination host first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination is another host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a destination that is another machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source and destination are the same connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both hosts report the host UUID %1, so libvirt treats them as the same machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another destination, or, if these really are two machines (cloned installations), give each a unique host_uuid in libvirtd.conf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host UUIDs differ (%1, %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source and destination are both %1: the same host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hosts report no host UUID; their connection URIs differ (%1, %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same hypervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the hypervisor type: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source runs %1, the destination %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a destination with the same hypervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both hosts run %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VM state fits the method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM %1 was not found on the source: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the VM&apos;s state: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the VM&apos;s definition: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shut off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neither running nor shut off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is %2; a live move needs it running or paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the VM, or choose an offline method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is %2; an offline move needs it shut off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shut the VM down, or choose a live method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is transient: there is no definition to move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Define the VM first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is %2 and transient: there is no definition on the source to undefine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn off “undefine on the source”, or define the VM first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU compatible with the destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM uses the hypervisor&apos;s default CPU model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM passes the source&apos;s CPU through (%1): a live move only works when the destination&apos;s CPU is identical, and that cannot be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make sure both hosts have the same CPU, or give the VM a named CPU model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM takes the CPU of the host it starts on (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM&apos;s host-model CPU was not expanded to a model, so it cannot be compared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM&apos;s CPU (host-model) follows the host it starts on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The destination&apos;s libvirt cannot compare CPUs, so the CPU could not be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CPU could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make sure the destination&apos;s CPU provides the VM&apos;s CPU model and features.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The destination&apos;s CPU lacks the model or features the VM uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The destination&apos;s CPU lacks the model or features the VM uses; it will not start there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CPU model both hosts provide (an older, common one) in the VM&apos;s CPU settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The destination provides the VM&apos;s CPU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine type supported on the destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the destination&apos;s capabilities: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the default architecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The destination cannot run %1 guests of architecture %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a destination that supports this architecture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The destination has no %1 virtualization for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable %1 on the destination (for kvm: hardware virtualization and the kvm module).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The destination&apos;s emulator has no machine type %1 for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update QEMU on the destination, or move the VM to an older machine type both hosts have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The destination runs %1 guests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The destination supports machine type %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enough memory on the destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the destination&apos;s free memory (%1); the VM needs %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the destination has %1 free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM needs %1; the destination has %2 free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM needs %1, but the destination has only %2 free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free memory on the destination, or choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM needs %1, but the destination has only %2 free: it would not start there now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free memory on the destination before starting the VM there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM&apos;s disks could not all be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty drive: nothing to move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not among the disks to copy. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network disk %1: the destination reaches it over the network as the source does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is reachable on the destination at the same path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The medium %1 was not found in any storage pool on the destination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eject it before the move, or put the same file on the destination in a pool at the same path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in any storage pool on the destination, so the destination cannot reach it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a storage copy, or add the shared storage as a pool on the destination at the same path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no path for libvirt to create the copy at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no storage pool on the destination has the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no destination pool was chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in any storage pool on the source, so its size and format are unknown and it cannot be copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the disk&apos;s folder on the source as a storage pool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be copied: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a destination pool for the copies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pool “%1” does not exist on the destination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another destination pool, or create it on the destination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pool “%1” on the destination is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the pool on the destination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pool “%1” on the destination already has a volume named “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove or rename that volume on the destination, or choose another pool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds %2 of %3; the pool “%4” on the destination has %5 free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, not enough for the disks copied there (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free space in the pool “%1”, or choose a larger pool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the copies fit now but could outgrow it (%2 when full).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make sure the pool “%1” has room for the disks to grow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will be copied: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM uses the virtual network “%1”, which the destination does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Define and start a network named “%1” on the destination, or connect the VM to a network the destination has (in the destination XML).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” exists and is active on the destination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network “%1” exists on the destination but is not active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the network “%1” on the destination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bridge %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host interface %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM is connected to %1, which the destination does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create %1 on the destination, or connect the VM to something the destination has (in the destination XML).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check whether the destination has %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make sure %1 exists on the destination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists and is up on the destination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists on the destination but is not up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring %1 up on the destination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name free on the destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An inactive definition of this same VM (“%1”, same UUID) exists on the destination; the migration replaces it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No VM named “%1” on the destination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undefine the old copy on the destination if its settings should not be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A VM named “%1” already exists on the destination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another new name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a new name for the VM on the destination (Options → new name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UUID free on the destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No VM with the UUID %1 on the destination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The destination already has a VM with the UUID %1 (“%2”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undefine “%1” on the destination if it is a stale copy of this VM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination host name reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed: no migration stream goes to the destination&apos;s host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed: the migration is tunnelled through libvirt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed: the migration goes to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the destination&apos;s host name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a migration URI with the destination&apos;s address in the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a migration URI with the destination&apos;s real address (Options → migration URI), or fix the destination&apos;s entry in /etc/hosts so its host name resolves to that address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The destination calls itself “%1”; libvirt refuses to migrate to localhost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The destination&apos;s host name “%1” does not resolve here (%2); the source host must be able to resolve it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The destination&apos;s host name “%1” resolves to a loopback address (%2): the source would migrate to itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” resolves to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk cache modes safe for a live move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed: the VM is not migrated live by libvirt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (cache %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shared disk is cached on the source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cached disks %1; the migration is allowed as unsafe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disks %1 may be cached on the source; libvirt refuses the migration unless the storage is a cluster file system or QEMU can drop the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the disks&apos; cache mode to none, or allow an unsafe migration (Options → unsafe) if the storage is really shared and consistent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No host devices assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM uses no devices of the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The VM has %n host device(s) assigned (%1); a running VM cannot take them along.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Detach the host devices first, or shut the VM down and move it offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The VM has %n host device(s) assigned (%1); the destination needs the same devices for it to start.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Check the devices exist at the same addresses on the destination, or edit them there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory pass %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass %1 found %2 of memory written again since it was sent; progress holds at %3 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not converging: the guest writes %1 of memory, the migration sends %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise the bandwidth limit, so each pass sends more than the guest writes again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrate again with auto-converge, which slows the guest&apos;s CPUs until the migration catches up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to post-copy: the guest runs on the destination at once and fetches the rest of its memory from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause the guest: it stops writing to its memory and the migration completes; resume it afterwards if it stays paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying disks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post-copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VolumeCopyDialog</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload File to a Pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling and removing the partial copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in pool %2 on %3 (%4, %5 allocated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 free)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool %1 on %2 already has a volume named “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection is open to copy to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no running pool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source host is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The destination host is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 (%3 of data, the rest holes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: created %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. The partial copy was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VolumeCopyJob</name>
    <message>
        <source>the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying a local file to a local file is not a volume copy; one side must be a volume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy was cancelled; the partial copy was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy was cancelled before anything was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source pool “%1” was not found on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source volume “%1” was not found in pool “%2” on %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the source volume “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The destination file needs an absolute path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; nothing was copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 free, but the volume holds %3; nothing was copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The destination pool “%1” was not found on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The destination pool “%1” on %2 is not running; start it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A volume named “%1” already exists in pool “%2” on %3; nothing was copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the destination pool “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool “%1” on %2 has %3 free, but the volume holds %4; nothing was copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the volume “%1” in pool “%2” on %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start writing to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start reading the source volume: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the source volume failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the source volume failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing to %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VolumeDialog</name>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Allocation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 (thin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocate all now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backing volume:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qcow2 (grows as written, snapshots, backing files)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>raw (plain image, fastest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool %1: %2 available of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Volume in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 keeps the volume thin: space is taken as the guest writes. Without an allocation, libvirt would write out every byte of a raw image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resize %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds %2 (%3 allocated). Volumes can only grow; the guest must then grow its partition and file system itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A full copy of %1 (%2, %3 allocated) in pool %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new volume starts as a copy-on-write overlay of this one; the backing volume must then stay unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a number. Enter a size such as 10 or 2.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A size cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That size is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The size must be greater than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool %1 already has a volume named “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An overlay cannot be smaller than its backing volume (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The allocation cannot exceed the capacity (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volumes can only grow: %1 is less than the current %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is the current size. Enter a larger one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool %1 has %2 free, and the clone needs about %3.</source>
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
    <message>
        <source>SSH prompts cannot reach Virt Ferry (%1); qemu+ssh connections need keys or an agent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
