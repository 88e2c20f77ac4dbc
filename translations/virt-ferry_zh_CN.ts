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
        <source>e.g. soft,timeo=600 (comma-separated)</source>
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
        <source>Mount options cannot contain spaces; separate them with commas, e.g. soft,timeo=600.</source>
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
