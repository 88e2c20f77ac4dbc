<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Add Connection</source>
        <translation>添加连接</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Hypervisor:</source>
        <translation>虚拟化管理程序(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Transport:</source>
        <translation>传输方式(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>Hos&amp;t:</source>
        <translation>主机(&amp;T)：</translation>
    </message>
    <message>
        <source>host.example.com or 192.0.2.10</source>
        <translation>host.example.com 或 192.0.2.10</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>Node &amp;XML file:</source>
        <translation>节点 XML 文件(&amp;X)：</translation>
    </message>
    <message>
        <source>Built-in default node</source>
        <translation>内置默认节点</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Extra parameters:</source>
        <translation>额外参数(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Custom URI:</source>
        <translation>自定义 URI(&amp;C)：</translation>
    </message>
    <message>
        <source>Connect &amp;automatically at startup</source>
        <translation>启动时自动连接(&amp;A)</translation>
    </message>
    <message>
        <source>URI:</source>
        <translation>URI：</translation>
    </message>
    <message>
        <source>QEMU/KVM system</source>
        <translation>QEMU/KVM 系统</translation>
    </message>
    <message>
        <source>QEMU/KVM user session</source>
        <translation>QEMU/KVM 用户会话</translation>
    </message>
    <message>
        <source>libvirt test driver</source>
        <translation>libvirt 测试驱动</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>本地</translation>
    </message>
    <message>
        <source>SSH (qemu+ssh)</source>
        <translation>SSH (qemu+ssh)</translation>
    </message>
    <message>
        <source>libssh (qemu+libssh)</source>
        <translation>libssh (qemu+libssh)</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>TCP</source>
        <translation>TCP</translation>
    </message>
    <message>
        <source>Unencrypted; use only on a trusted network.</source>
        <translation>未加密；仅在受信任的网络中使用。</translation>
    </message>
    <message>
        <source>Choose a Test Driver Node File</source>
        <translation>选择测试驱动节点文件</translation>
    </message>
    <message>
        <source>libvirt node XML (*.xml);;All files (*)</source>
        <translation>libvirt 节点 XML (*.xml);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The port must be a number, such as 22, or empty for the default.</source>
        <translation>端口必须是数字（例如 22），留空则使用默认端口。</translation>
    </message>
    <message>
        <source>K&amp;nown hosts file:</source>
        <translation>已知主机文件(&amp;N)：</translation>
    </message>
    <message>
        <source>The known_hosts file libvirt checks the host key against (known_hosts=).</source>
        <translation>libvirt 用于核对主机密钥的 known_hosts 文件（known_hosts=）。</translation>
    </message>
    <message>
        <source>libvirt&apos;s own list (~/.config/libvirt/known_hosts)</source>
        <translation>libvirt 自身的列表（~/.config/libvirt/known_hosts）</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>浏览(&amp;W)…</translation>
    </message>
    <message>
        <source>Recommended: your ~/.ssh/known_hosts, the hosts you already trust in OpenSSH.</source>
        <translation>推荐：使用您的 ~/.ssh/known_hosts，即您在 OpenSSH 中已信任的主机。</translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation>密钥文件(&amp;K)：</translation>
    </message>
    <message>
        <source>The private key to log in with (keyfile=).</source>
        <translation>用于登录的私钥（keyfile=）。</translation>
    </message>
    <message>
        <source>Default keys (~/.ssh/id_*)</source>
        <translation>默认密钥（~/.ssh/id_*）</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>浏览(&amp;R)…</translation>
    </message>
    <message>
        <source>Authentication or&amp;der:</source>
        <translation>身份验证顺序(&amp;D)：</translation>
    </message>
    <message>
        <source>The SSH login methods to try, in order, separated by commas (sshauth=): agent, privkey, password, keyboard-interactive. Empty: libvirt&apos;s default order.</source>
        <translation>要依次尝试的 SSH 登录方式，以逗号分隔（sshauth=）：agent、privkey、password、keyboard-interactive。留空则使用 libvirt 的默认顺序。</translation>
    </message>
    <message>
        <source>Check the URI step by step: the host&apos;s name and port, the SSH login, libvirt on the host, and the libvirt connection.</source>
        <translation>逐步检查 URI：主机的名称和端口、SSH 登录、主机上的 libvirt，以及 libvirt 连接。</translation>
    </message>
    <message>
        <source>Test c&amp;onnection</source>
        <translation>测试连接(&amp;O)</translation>
    </message>
    <message>
        <source>Stop test</source>
        <translation>停止测试</translation>
    </message>
    <message>
        <source>Choose a known_hosts File</source>
        <translation>选择 known_hosts 文件</translation>
    </message>
    <message>
        <source>Choose an SSH Private Key</source>
        <translation>选择 SSH 私钥</translation>
    </message>
    <message>
        <source>Enter an absolute path, such as %1/.ssh/known_hosts, or leave it empty for libvirt&apos;s own list.</source>
        <translation>请输入绝对路径（例如 %1/.ssh/known_hosts），或留空以使用 libvirt 自身的列表。</translation>
    </message>
    <message>
        <source>Enter an absolute path, such as %1/.ssh/id_ed25519, or leave it empty for the default keys.</source>
        <translation>请输入绝对路径（例如 %1/.ssh/id_ed25519），或留空以使用默认密钥。</translation>
    </message>
    <message>
        <source>Separate the methods with single commas, as in agent,privkey,password.</source>
        <translation>请用单个逗号分隔各方式，例如 agent,privkey,password。</translation>
    </message>
    <message>
        <source>Unknown method &quot;%1&quot;: use agent, privkey, password or keyboard-interactive.</source>
        <translation>未知的方式“%1”：请使用 agent、privkey、password 或 keyboard-interactive。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice; each method is tried once.</source>
        <translation>“%1”列出了两次；每种方式只会尝试一次。</translation>
    </message>
    <message>
        <source>%1 is already set by its own field above; remove it here.</source>
        <translation>%1 已由上方对应的字段设置；请从此处删除。</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
    <message>
        <source>%1: checking…</source>
        <translation>%1：正在检查…</translation>
    </message>
    <message>
        <source>The connection works.</source>
        <translation>连接正常。</translation>
    </message>
    <message>
        <source>The connection does not work yet: &quot;%1&quot; failed.</source>
        <translation>连接尚不可用：“%1”失败。</translation>
    </message>
    <message>
        <source>The test was stopped.</source>
        <translation>测试已停止。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is a step of the connection test (&quot;SSH login&quot;), %2 what it found.</extracomment>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>CredentialPrompter</name>
    <message>
        <source>Authentication required</source>
        <translation>需要身份验证</translation>
    </message>
    <message>
        <source>Credentials are needed to connect to %1.</source>
        <translation>连接到 %1 需要凭据。</translation>
    </message>
    <message>
        <source>The saved password was not accepted.</source>
        <translation>保存的密码未被接受。</translation>
    </message>
    <message>
        <source>&amp;Remember in the system keyring</source>
        <translation>保存到系统密钥环(&amp;R)</translation>
    </message>
    <message>
        <source>Looking for a keyring service…</source>
        <translation>正在查找密钥环服务…</translation>
    </message>
</context>
<context>
    <name>ExportsApplier</name>
    <message>
        <source>Another operation on /etc/exports is still running.</source>
        <translation>/etc/exports 上的另一个操作仍在进行中。</translation>
    </message>
    <message>
        <source>There is no SSH session.</source>
        <translation>没有 SSH 会话。</translation>
    </message>
    <message>
        <source>The SSH session is gone.</source>
        <translation>SSH 会话已断开。</translation>
    </message>
    <message numerus="yes">
        <source>(SFTP) writing %1 (%n byte(s))</source>
        <translation>
            <numerusform>（SFTP）正在写入 %1（%n 字节）</numerusform>
        </translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>(exit status %1)</source>
        <translation>（退出状态 %1）</translation>
    </message>
    <message>
        <source>Creating %1</source>
        <translation>正在创建 %1</translation>
    </message>
    <message>
        <source>Could not create the exported directories; /etc/exports was not changed.</source>
        <translation>无法创建要导出的目录；/etc/exports 未被更改。</translation>
    </message>
    <message>
        <source>Writing the new exports to %1</source>
        <translation>正在将新的 NFS 导出写入 %1</translation>
    </message>
    <message>
        <source>Could not write the new exports file.</source>
        <translation>无法写入新的 exports 文件。</translation>
    </message>
    <message>
        <source>Checking for an existing %1</source>
        <translation>正在检查是否已存在 %1</translation>
    </message>
    <message>
        <source>Could not check for an existing %1.</source>
        <translation>无法检查是否已存在 %1。</translation>
    </message>
    <message>
        <source>Removing an old backup</source>
        <translation>正在删除旧备份</translation>
    </message>
    <message>
        <source>Could not remove the old backup %1.</source>
        <translation>无法删除旧备份 %1。</translation>
    </message>
    <message>
        <source>Keeping a backup in %1</source>
        <translation>正在将备份保存到 %1</translation>
    </message>
    <message>
        <source>Could not back up %1.</source>
        <translation>无法备份 %1。</translation>
    </message>
    <message>
        <source>Replacing %1</source>
        <translation>正在替换 %1</translation>
    </message>
    <message>
        <source>Could not replace %1.</source>
        <translation>无法替换 %1。</translation>
    </message>
    <message>
        <source>Checking whether %1 is a mount point</source>
        <translation>正在检查 %1 是否为挂载点</translation>
    </message>
    <message>
        <source>%1 is a mount point and cannot be renamed over; copying the new content into it instead (not atomic; the backup is kept).</source>
        <translation>%1 是挂载点，无法通过重命名覆盖；改为将新内容复制到其中（非原子操作；备份会保留）。</translation>
    </message>
    <message>
        <source>Copying the new exports into %1</source>
        <translation>正在将新的 NFS 导出复制到 %1</translation>
    </message>
    <message>
        <source>Could not copy the new content into %1.</source>
        <translation>无法将新内容复制到 %1。</translation>
    </message>
    <message>
        <source>Removing %1</source>
        <translation>正在删除 %1</translation>
    </message>
    <message>
        <source>Reloading the exports (exportfs -ra)</source>
        <translation>正在重新加载 NFS 导出（exportfs -ra）</translation>
    </message>
    <message>
        <source>exportfs rejected the new exports.</source>
        <translation>exportfs 拒绝了新的 NFS 导出。</translation>
    </message>
    <message>
        <source>The new exports are active. The previous file is kept in %1.</source>
        <translation>新的 NFS 导出已生效。之前的文件保存在 %1。</translation>
    </message>
    <message>
        <source>(none: there was no %1)</source>
        <translation>（无：之前不存在 %1）</translation>
    </message>
    <message>
        <source>Reloading the restored exports (exportfs -ra)</source>
        <translation>正在重新加载已恢复的 NFS 导出（exportfs -ra）</translation>
    </message>
    <message>
        <source>The previous %1 was restored and is active again.</source>
        <translation>之前的 %1 已恢复并重新生效。</translation>
    </message>
    <message>
        <source>The previous %1 was restored, but reloading it failed too: check the server&apos;s exports by hand.</source>
        <translation>之前的 %1 已恢复，但重新加载同样失败：请手动检查服务器的 NFS 导出。</translation>
    </message>
    <message>
        <source>Restoring %1 from %2</source>
        <translation>正在从 %2 恢复 %1</translation>
    </message>
    <message>
        <source>Removing the new %1 (there was none before)</source>
        <translation>正在删除新的 %1（之前不存在该文件）</translation>
    </message>
    <message>
        <source>%1 was not changed.</source>
        <translation>%1 未被更改。</translation>
    </message>
    <message>
        <source>Restoring the previous %1 from %2 failed: fix the file by hand.</source>
        <translation>从 %2 恢复之前的 %1 失败：请手动修复该文件。</translation>
    </message>
</context>
<context>
    <name>ExportsEditorDialog</name>
    <message>
        <source>NFS Exports</source>
        <extracomment>The directories an NFS server shares (/etc/exports), not saving to a file.</extracomment>
        <translation>NFS 导出</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>客户端</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;view Changes…</source>
        <translation>查看更改(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Directory:</source>
        <translation>目录(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Create this directory on the server if it is missing</source>
        <translation>如果服务器上不存在此目录则创建(&amp;C)</translation>
    </message>
    <message>
        <source>C&amp;lients:</source>
        <translation>客户端(&amp;L)：</translation>
    </message>
    <message>
        <source>* or 192.168.1.0/24 host.example.com @netgroup</source>
        <translation>* 或 192.168.1.0/24 host.example.com @netgroup</translation>
    </message>
    <message>
        <source>Separate clients with spaces. A client written as host(options) keeps its own options; the others get the options below.</source>
        <translation>客户端之间用空格分隔。写成 host(options) 形式的客户端使用其自身的选项；其他客户端使用下方的选项。</translation>
    </message>
    <message>
        <source>Access:</source>
        <translation>访问权限：</translation>
    </message>
    <message>
        <source>Read and &amp;write (rw)</source>
        <translation>读写（rw）(&amp;W)</translation>
    </message>
    <message>
        <source>Read &amp;only (ro)</source>
        <translation>只读（ro）(&amp;O)</translation>
    </message>
    <message>
        <source>Writes:</source>
        <translation>写入方式：</translation>
    </message>
    <message>
        <source>&amp;Synchronous (sync)</source>
        <translation>同步（sync）(&amp;S)</translation>
    </message>
    <message>
        <source>Asy&amp;nchronous (async)</source>
        <translation>异步（async）(&amp;N)</translation>
    </message>
    <message>
        <source>Root users:</source>
        <translation>root 用户：</translation>
    </message>
    <message>
        <source>S&amp;quash root (root_squash)</source>
        <translation>将 root 映射为匿名用户（root_squash）(&amp;Q)</translation>
    </message>
    <message>
        <source>Do &amp;not squash (no_root_squash)</source>
        <translation>不映射 root（no_root_squash）(&amp;N)</translation>
    </message>
    <message>
        <source>Squash &amp;all users (all_squash)</source>
        <translation>将所有用户映射为匿名用户（all_squash）(&amp;A)</translation>
    </message>
    <message>
        <source>I understand; every client listed here is a trusted host</source>
        <translation>我已了解；此处列出的每个客户端都是受信任的主机</translation>
    </message>
    <message>
        <source>Check that files are inside the exported &amp;subtree (subtree_check)</source>
        <translation>检查文件是否位于导出的子树内（subtree_check）(&amp;S)</translation>
    </message>
    <message>
        <source>Anonymous &amp;UID:</source>
        <translation>匿名 UID(&amp;U)：</translation>
    </message>
    <message>
        <source>Default (65534)</source>
        <translation>默认（65534）</translation>
    </message>
    <message>
        <source>Anonymous &amp;GID:</source>
        <translation>匿名 GID(&amp;G)：</translation>
    </message>
    <message>
        <source>Other o&amp;ptions:</source>
        <translation>其他选项(&amp;P)：</translation>
    </message>
    <message>
        <source>e.g. insecure,crossmnt,fsid=0</source>
        <translation>例如 insecure,crossmnt,fsid=0</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>These are the exact changes to /etc/exports. Apply writes the file (keeping a backup) and runs exportfs -ra.</source>
        <translation>以下是对 /etc/exports 的确切更改。“应用”会写入该文件（并保留备份），然后运行 exportfs -ra。</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>返回(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <source>(everyone)</source>
        <translation>（所有人）</translation>
    </message>
    <message>
        <source>NFS exports on %1</source>
        <translation>%1 上的 NFS 导出</translation>
    </message>
    <message>
        <source>With no_root_squash, anyone who is root on a client is root on this export: they can read and change every file in it and plant set-user-ID programs. Use it only for trusted hosts, such as the KVM hosts that keep their VM images here.</source>
        <translation>使用 no_root_squash 时，客户端上的任何 root 用户在此 NFS 导出上也拥有 root 权限：他们可以读取和修改其中的所有文件，并放置 set-user-ID 程序。请仅对受信任的主机使用此选项，例如在此存放虚拟机镜像的 KVM 主机。</translation>
    </message>
    <message>
        <source>Applied: /etc/exports was written and exportfs -ra succeeded.</source>
        <translation>已应用：已写入 /etc/exports，且 exportfs -ra 执行成功。</translation>
    </message>
    <message>
        <source>Applied: /etc/exports was written and exportfs -ra succeeded:
%1</source>
        <translation>已应用：已写入 /etc/exports，且 exportfs -ra 执行成功：
%1</translation>
    </message>
    <message>
        <source>Not applied:
%1</source>
        <translation>未应用：
%1</translation>
    </message>
    <message>
        <source>Line %1 of /etc/exports</source>
        <translation>/etc/exports 的第 %1 行</translation>
    </message>
    <message>
        <source>Added, not applied yet</source>
        <translation>已添加，尚未应用</translation>
    </message>
    <message>
        <source>no_root_squash: root on a client is root on this export.</source>
        <translation>no_root_squash：客户端上的 root 用户在此 NFS 导出上也是 root。</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>exportfs cannot read some lines of /etc/exports; they are kept unchanged:
%1</source>
        <translation>exportfs 无法读取 /etc/exports 中的某些行；这些行保持不变：
%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Add an export&lt;/b&gt;</source>
        <extracomment>An NFS export: a directory the server shares with its clients (a line of /etc/exports).</extracomment>
        <translation>&lt;b&gt;添加 NFS 导出&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Edit the export of %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;编辑 %1 的 NFS 导出&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation>没有更改。</translation>
    </message>
    <message>
        <source>%1 is already exported on line %2; edit that export instead.</source>
        <translation>%1 已在第 %2 行导出；请改为编辑该 NFS 导出。</translation>
    </message>
    <message>
        <source>%1 is already in the list; edit that export instead.</source>
        <translation>%1 已在列表中；请改为编辑该 NFS 导出。</translation>
    </message>
</context>
<context>
    <name>HostDetailsWidget</name>
    <message>
        <source>Select a host or a virtual machine.</source>
        <translation>请选择主机或虚拟机。</translation>
    </message>
    <message>
        <source>URI:</source>
        <translation>URI：</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Host name:</source>
        <translation>主机名：</translation>
    </message>
    <message>
        <source>Hypervisor:</source>
        <translation>虚拟化管理程序：</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 is the hypervisor (&quot;QEMU&quot;), %2 its version.</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>libvirt:</source>
        <translation>libvirt：</translation>
    </message>
    <message>
        <source>Architecture:</source>
        <translation>架构：</translation>
    </message>
    <message>
        <source>CPU model:</source>
        <translation>CPU 型号：</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>未报告</translation>
    </message>
    <message>
        <source>CPUs:</source>
        <translation>CPU：</translation>
    </message>
    <message>
        <source>%1 (%2 socket(s) × %3 core(s) × %4 thread(s), %5 NUMA node(s)) at %6 MHz</source>
        <extracomment>%1 is the number of logical CPUs; %2 sockets, %3 cores per socket, %4 threads per core, %5 NUMA nodes, %6 the clock rate.</extracomment>
        <translation>%1（%2 个插槽 × %3 个核心 × %4 个线程，%5 个 NUMA 节点），%6 MHz</translation>
    </message>
    <message>
        <source>Memory:</source>
        <translation>内存：</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>主机：</translation>
    </message>
    <message>
        <source>UUID:</source>
        <translation>UUID：</translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>ID：</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>未运行</translation>
    </message>
    <message>
        <source>vCPUs:</source>
        <translation>vCPU：</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>Memory: %1 in use now of %2 at most.</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Persistent:</source>
        <translation>持久：</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no (transient)</source>
        <translation>否（临时）</translation>
    </message>
</context>
<context>
    <name>HostKeyDialog</name>
    <message>
        <source>Host key</source>
        <translation>主机密钥</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>主机：</translation>
    </message>
    <message>
        <source>Key type:</source>
        <translation>密钥类型：</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>指纹：</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>未报告</translation>
    </message>
    <message>
        <source>Host key changed</source>
        <translation>主机密钥已更改</translation>
    </message>
    <message>
        <source>The host key of %1 has changed. Virt Ferry will not connect.</source>
        <translation>%1 的主机密钥已更改。Virt Ferry 将不会连接。</translation>
    </message>
    <message>
        <source>Someone could be intercepting the connection (a man-in-the-middle attack), or the host was reinstalled or its keys replaced. Confirm the new fingerprint with the host&apos;s administrator or on its console (ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub). If the change is expected, remove the old entry below from the known hosts file and connect again.</source>
        <translation>可能有人正在拦截连接（中间人攻击），也可能是该主机被重新安装或其密钥被替换。请向主机管理员或在主机控制台上确认新的指纹（ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub）。如果此更改在预期之内，请从已知主机文件中删除下方的旧条目，然后重新连接。</translation>
    </message>
    <message>
        <source>Stored entry in %1:</source>
        <translation>%1 中存储的条目：</translation>
    </message>
    <message>
        <source>Unknown host key</source>
        <translation>未知的主机密钥</translation>
    </message>
    <message>
        <source>Virt Ferry has never connected to %1 before.</source>
        <translation>Virt Ferry 以前从未连接过 %1。</translation>
    </message>
    <message>
        <source>Check that the fingerprint below is the host&apos;s, for example with its administrator or on its console (ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub), before you trust it.</source>
        <translation>在信任之前，请确认下方的指纹确实属于该主机，例如向其管理员确认或在其控制台上查看（ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub）。</translation>
    </message>
    <message>
        <source>&quot;Trust and remember&quot; adds this line to %1:</source>
        <translation>“信任并记住”会将下面这一行添加到 %1：</translation>
    </message>
    <message>
        <source>Trust &amp;Once</source>
        <translation>仅信任一次(&amp;O)</translation>
    </message>
    <message>
        <source>Trust and &amp;Remember</source>
        <translation>信任并记住(&amp;R)</translation>
    </message>
</context>
<context>
    <name>InterruptedMigrationsDialog</name>
    <message>
        <source>&amp;Watch</source>
        <translation>监视(&amp;W)</translation>
    </message>
    <message>
        <source>Check &amp;Again</source>
        <translation>重新检查(&amp;A)</translation>
    </message>
    <message>
        <source>Interrupted Migrations</source>
        <translation>中断的迁移</translation>
    </message>
    <message>
        <source>These migrations were still running when Virt Ferry stopped watching them. Each host was asked what became of them.</source>
        <translation>Virt Ferry 停止监视这些迁移时，它们仍在进行中。已向各主机查询了它们的结果。</translation>
    </message>
    <message>
        <source>Virtual Machine</source>
        <translation>虚拟机</translation>
    </message>
    <message>
        <source>From</source>
        <translation>源主机</translation>
    </message>
    <message>
        <source>To</source>
        <translation>目的主机</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>What Happened</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Follow the migration that still runs on its source host.</source>
        <translation>监视仍在源主机上进行的迁移。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>Not recorded in the migration history: %1</source>
        <translation>未记录到迁移历史记录中：%1</translation>
    </message>
</context>
<context>
    <name>JobStatsMonitor</name>
    <message>
        <source>The host is not connected.</source>
        <translation>主机未连接。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Virt Ferry</source>
        <translation>Virt Ferry</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Filter virtual machines</source>
        <translation>筛选虚拟机</translation>
    </message>
    <message>
        <source>&amp;Add Connection…</source>
        <translation>添加连接(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit Connection…</source>
        <translation>编辑连接(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove Connection</source>
        <translation>移除连接(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Connect / Reconnect</source>
        <translation>连接/重新连接(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>断开连接(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>启动(&amp;S)</translation>
    </message>
    <message>
        <source>Shut &amp;Down</source>
        <translation>关机(&amp;D)</translation>
    </message>
    <message>
        <source>Re&amp;boot</source>
        <translation>重启(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Force Off</source>
        <translation>强制关机(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source>R&amp;esume</source>
        <translation>恢复(&amp;E)</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>删除(&amp;L)…</translation>
    </message>
    <message>
        <source>Pause &amp;Statistics</source>
        <translation>暂停统计(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About Virt Ferry</source>
        <translation>关于 Virt Ferry(&amp;A)</translation>
    </message>
    <message>
        <source>About Virt Ferry</source>
        <translation>关于 Virt Ferry</translation>
    </message>
    <message>
        <source>&lt;b&gt;Virt Ferry %1&lt;/b&gt;&lt;p&gt;Manage KVM hosts and move virtual machines between them.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Virt Ferry %1&lt;/b&gt;&lt;p&gt;管理 KVM 主机，并在主机之间迁移虚拟机。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Virtual Machine</source>
        <translation>虚拟机(&amp;V)</translation>
    </message>
    <message>
        <source>V&amp;iew</source>
        <translation>视图(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is a connection&apos;s name, %2 why it failed or closed.</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 connected</source>
        <translation>%1 已连接</translation>
    </message>
    <message>
        <source>%1: %2 done</source>
        <extracomment>%1 is a virtual machine, %2 an action such as &quot;Start&quot; or &quot;Reboot&quot;.</extracomment>
        <translation>%1：%2已完成</translation>
    </message>
    <message>
        <source>%1 failed for %2: %3</source>
        <extracomment>%1 is an action such as &quot;Start&quot; or &quot;Reboot&quot;, %2 the virtual machine, %3 libvirt&apos;s error.</extracomment>
        <translation>对 %2 执行“%1”失败：%3</translation>
    </message>
    <message>
        <source>Add Connection</source>
        <translation>添加连接</translation>
    </message>
    <message>
        <source>A connection to %1 already exists.</source>
        <translation>到 %1 的连接已存在。</translation>
    </message>
    <message>
        <source>Edit Connection</source>
        <translation>编辑连接</translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation>移除连接</translation>
    </message>
    <message>
        <source>Remove %1 from the list? Its virtual machines are not touched.</source>
        <translation>要从列表中移除 %1 吗？其虚拟机不受影响。</translation>
    </message>
    <message>
        <source>Force off %1? This is like pulling the power cord: unsaved data in the guest is lost.</source>
        <translation>要强制关闭 %1 吗？这相当于拔掉电源线：客户机中未保存的数据将会丢失。</translation>
    </message>
    <message>
        <source>Reboot %1?</source>
        <translation>要重启 %1 吗？</translation>
    </message>
    <message>
        <source>Delete %1? The definition is removed from its host.</source>
        <translation>要删除 %1 吗？其定义将从所在主机上移除。</translation>
    </message>
    <message>
        <source>Running virtual machines are forced off first.</source>
        <translation>运行中的虚拟机会先被强制关机。</translation>
    </message>
    <message>
        <source>Delete virtual machine</source>
        <translation>删除虚拟机</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Also delete its storage volumes (cannot be undone)</source>
        <translation>同时删除其存储卷（无法撤销）</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>存储</translation>
    </message>
    <message>
        <source>&amp;New Virtual Machine…</source>
        <translation>新建虚拟机(&amp;N)…</translation>
    </message>
    <message>
        <source>New VM</source>
        <translation>新建虚拟机</translation>
    </message>
    <message>
        <source>Define a new virtual machine on the selected host</source>
        <translation>在所选主机上定义新的虚拟机</translation>
    </message>
    <message>
        <source>Add a storage pool to the selected host, and optionally to other hosts</source>
        <translation>向所选主机添加存储池，也可同时添加到其他主机</translation>
    </message>
    <message>
        <source>&amp;Migrate…</source>
        <translation>迁移(&amp;M)…</translation>
    </message>
    <message>
        <source>Migrate</source>
        <translation>迁移</translation>
    </message>
    <message>
        <source>E&amp;vacuate Host…</source>
        <translation>疏散主机(&amp;V)…</translation>
    </message>
    <message>
        <source>Migration &amp;History…</source>
        <translation>迁移历史记录(&amp;H)…</translation>
    </message>
    <message>
        <source>The migrations of the selected virtual machine, with their charts</source>
        <translation>所选虚拟机的迁移及其图表</translation>
    </message>
    <message>
        <source>Migration &amp;History of Host…</source>
        <translation>主机的迁移历史记录(&amp;H)…</translation>
    </message>
    <message>
        <source>The migrations from and to the selected host</source>
        <translation>迁出和迁入所选主机的迁移</translation>
    </message>
    <message>
        <source>All &amp;Migrations…</source>
        <translation>所有迁移(&amp;M)…</translation>
    </message>
    <message>
        <source>Every migration done from this machine</source>
        <translation>从本机执行的所有迁移</translation>
    </message>
    <message>
        <source>Move the selected virtual machines to another host</source>
        <translation>将所选虚拟机迁移到另一台主机</translation>
    </message>
    <message>
        <source>Migrate: %1</source>
        <translation>迁移：%1</translation>
    </message>
    <message>
        <source>Migrate every running virtual machine of this host to another host</source>
        <translation>将此主机上所有运行中的虚拟机迁移到另一台主机</translation>
    </message>
    <message>
        <source>Evacuate host: %1</source>
        <translation>疏散主机：%1</translation>
    </message>
    <message>
        <source>select one or more virtual machines first.</source>
        <translation>请先选择一台或多台虚拟机。</translation>
    </message>
    <message>
        <source>the selected virtual machines are on different hosts; select those of one host.</source>
        <translation>所选虚拟机位于不同主机上；请选择同一主机上的虚拟机。</translation>
    </message>
    <message>
        <source>%1 is not connected.</source>
        <translation>%1 未连接。</translation>
    </message>
    <message>
        <source>connect another host to migrate to.</source>
        <translation>请连接另一台主机作为迁移目标。</translation>
    </message>
    <message>
        <source>select a host first.</source>
        <translation>请先选择一台主机。</translation>
    </message>
    <message>
        <source>no virtual machine runs on %1.</source>
        <translation>%1 上没有运行中的虚拟机。</translation>
    </message>
    <message>
        <source>The migration did not start: the source or the destination host is no longer connected.</source>
        <translation>迁移未启动：源主机或目的主机已不再连接。</translation>
    </message>
    <message numerus="yes">
        <source>%n moved</source>
        <translation>
            <numerusform>已迁移 %n 台</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>失败 %n 台</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>已取消 %n 台</numerusform>
        </translation>
    </message>
    <message>
        <source>Migration to %1: %2</source>
        <translation>迁移到 %1：%2</translation>
    </message>
    <message>
        <source>Quit Virt Ferry</source>
        <translation>退出 Virt Ferry</translation>
    </message>
    <message>
        <source>Migrations are still running (%1). Quitting aborts them; the virtual machines not moved yet stay on their source host.</source>
        <translation>仍有迁移正在进行（%1）。退出将中止这些迁移；尚未迁移的虚拟机将留在其源主机上。</translation>
    </message>
    <message>
        <source>New &amp;Storage Pool…</source>
        <translation>新建存储池(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;NFS Exports on a Server…</source>
        <extracomment>Edits the directories an NFS server shares (/etc/exports); not saving to a file.</extracomment>
        <translation>服务器上的 NFS 导出(&amp;N)…</translation>
    </message>
    <message>
        <source>Main</source>
        <comment>toolbar name</comment>
        <translation>主工具栏</translation>
    </message>
</context>
<context>
    <name>MigrateWizard</name>
    <message>
        <source>Migrate %1 from %2</source>
        <translation>从 %2 迁移 %1</translation>
    </message>
    <message>
        <source>The definition of “%1” could not be read: %2</source>
        <translation>无法读取“%1”的定义：%2</translation>
    </message>
    <message numerus="yes">
        <source>Migrate %n virtual machines from %1</source>
        <extracomment>%n (always more than one) virtual machines; %1 is the source host.</extracomment>
        <translation>
            <numerusform>从 %1 迁移 %n 台虚拟机</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MigrateWizardChecksPage</name>
    <message>
        <source>I have read the &amp;warnings and want to continue</source>
        <translation>我已阅读警告并希望继续(&amp;W)</translation>
    </message>
    <message>
        <source>Re-&amp;check</source>
        <translation>重新检查(&amp;C)</translation>
    </message>
    <message>
        <source>Pre-flight checks</source>
        <translation>迁移前检查</translation>
    </message>
    <message>
        <source>Both hosts are asked whether the migration can work, before anything changes.</source>
        <translation>在做出任何更改之前，先由两台主机确认迁移是否可行。</translation>
    </message>
    <message>
        <source>VM</source>
        <translation>虚拟机</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>处理建议</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is the name of a pre-flight check, %2 what it found.</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>处理建议：%1</translation>
    </message>
    <message>
        <source>Checked.</source>
        <translation>检查完成。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <extracomment>%1 is a virtual machine, %2 the check that failed, %3 what it found.</extracomment>
        <translation>%1：%2 — %3</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Checked — passed: %1, warnings: %2, failed: %3.</source>
        <translation>检查完成 — 通过：%1，警告：%2，失败：%3。</translation>
    </message>
    <message>
        <source>The migration cannot start: %1</source>
        <translation>无法开始迁移：%1</translation>
    </message>
    <message>
        <source> (failed checks in all: %1)</source>
        <translation>（共有 %1 项检查未通过）</translation>
    </message>
    <message>
        <source>Check</source>
        <comment>column: the name of a pre-flight check</comment>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Found</source>
        <comment>column: what a check found</comment>
        <translation>发现情况</translation>
    </message>
    <message numerus="yes">
        <source>Checking… (%1 of %n virtual machines done)</source>
        <translation>
            <numerusform>正在检查…（已完成 %1/%n 台虚拟机）</numerusform>
        </translation>
    </message>
    <message>
        <source>Pass</source>
        <comment>check result: passed</comment>
        <translation>通过</translation>
    </message>
</context>
<context>
    <name>MigrateWizardDestinationPage</name>
    <message>
        <source>Destination</source>
        <translation>目的主机</translation>
    </message>
    <message>
        <source>No host can take these virtual machines now. Connect to another host of the same hypervisor type; this list follows as hosts connect.</source>
        <translation>目前没有主机可以接收这些虚拟机。请连接另一台使用相同类型虚拟化管理程序的主机；此列表会随主机连接而更新。</translation>
    </message>
    <message>
        <source>Move to:</source>
        <translation>迁移到：</translation>
    </message>
    <message>
        <source>the virtual machines are on this host</source>
        <translation>虚拟机已在此主机上</translation>
    </message>
    <message>
        <source>the source host is not connected</source>
        <translation>源主机未连接</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>not connected: %1</source>
        <translation>未连接：%1</translation>
    </message>
    <message>
        <source>another connection to the source host</source>
        <translation>这是到源主机的另一个连接</translation>
    </message>
    <message>
        <source>runs %1, the source runs %2: both need the same hypervisor</source>
        <translation>此主机运行 %1，源主机运行 %2：两者需要相同的虚拟化管理程序</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>%1 is a connection&apos;s name, %2 the host name it reports.</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 %2 · %3 · CPUs: %4 · memory: %5</source>
        <extracomment>%1 is the hypervisor (&quot;QEMU&quot;), %2 its version, %3 the CPU architecture (&quot;x86_64&quot;).</extracomment>
        <translation>%1 %2 · %3 · CPU：%4 · 内存：%5</translation>
    </message>
    <message>
        <source>Where “%1” goes from %2. Hosts that cannot take it are greyed out with the reason.</source>
        <translation>选择“%1”从 %2 迁移到何处。无法接收它的主机显示为灰色并注明原因。</translation>
    </message>
    <message numerus="yes">
        <source>Where the %n virtual machines from %1 go. Hosts that cannot take them are greyed out with the reason.</source>
        <extracomment>%n (always more than one) virtual machines; %1 is the source host.</extracomment>
        <translation>
            <numerusform>选择 %1 上的 %n 台虚拟机迁移到何处。无法接收它们的主机显示为灰色并注明原因。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MigrateWizardMethodPage</name>
    <message>
        <source>&amp;Move: defined on the destination, removed from the source</source>
        <translation>迁移：在目的主机上定义，并从源主机上移除(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Temporary move: it stays defined on the source and comes back there</source>
        <translation>临时迁移：在源主机上保留定义，之后迁回源主机(&amp;T)</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>迁移方式</translation>
    </message>
    <message>
        <source>How the virtual machines move. Ways their state does not allow are greyed out with the reason.</source>
        <translation>选择虚拟机的迁移方式。其状态不允许的方式显示为灰色并注明原因。</translation>
    </message>
    <message>
        <source>Live, on shared storage</source>
        <translation>动态迁移，使用共享存储</translation>
    </message>
    <message>
        <source>The guest keeps running; only its memory moves. Its disks must be on storage both hosts see at the same paths (NFS, a shared directory, iSCSI…).</source>
        <translation>客户机保持运行，只迁移其内存。其磁盘必须位于两台主机都能以相同路径访问的存储上（NFS、共享目录、iSCSI…）。</translation>
    </message>
    <message>
        <source>Live, with a full copy of its storage</source>
        <translation>动态迁移，完整存储复制（块迁移）</translation>
    </message>
    <message>
        <source>The guest keeps running while its disks are copied block by block to the destination, then its memory. For hosts without shared storage.</source>
        <translation>客户机保持运行，同时将其磁盘逐块复制到目的主机，然后复制内存。适用于没有共享存储的主机。</translation>
    </message>
    <message>
        <source>Live, with an incremental storage copy</source>
        <translation>动态迁移，增量存储复制（增量块迁移）</translation>
    </message>
    <message>
        <source>Like the full copy, but only what lies above a base image that both hosts already have.</source>
        <translation>与完整复制类似，但只复制两台主机都已有的基础镜像之上的数据。</translation>
    </message>
    <message>
        <source>Save state and move</source>
        <extracomment>&quot;Save state&quot; as in virsh save: the running guest&apos;s memory is written to a file.</extracomment>
        <translation>保存状态后迁移</translation>
    </message>
    <message>
        <source>The guest&apos;s memory is saved to a file, disks and file are copied, and it is restored on the destination: it resumes where it stopped, after a pause as long as the copy.</source>
        <translation>客户机的内存被保存到文件中，然后复制磁盘和该文件，并在目的主机上恢复：客户机从停止处继续运行，暂停时长与复制时间相当。</translation>
    </message>
    <message>
        <source>Offline, with a disk copy</source>
        <translation>静态迁移（复制磁盘）</translation>
    </message>
    <message>
        <source>Each disk is copied into a pool on the destination, the definition is rewritten to the new volumes and defined there.</source>
        <translation>每个磁盘都会被复制到目的主机上的一个存储池中，定义会被改写为使用新卷，然后在目的主机上定义。</translation>
    </message>
    <message>
        <source>Offline, on shared storage (define only)</source>
        <translation>静态迁移，使用共享存储（仅定义）</translation>
    </message>
    <message>
        <source>Only the definition moves; the disks stay where both hosts see them.</source>
        <translation>只迁移定义；磁盘保留在两台主机都能访问的位置。</translation>
    </message>
    <message>
        <source>No virtual machine was chosen.</source>
        <translation>未选择虚拟机。</translation>
    </message>
    <message>
        <source>Only for a running virtual machine: “%1” is %2.</source>
        <translation>仅适用于运行中的虚拟机：“%1”当前状态为%2。</translation>
    </message>
    <message>
        <source>Only for running virtual machines: “%1” is %2.</source>
        <translation>仅适用于运行中的虚拟机：“%1”当前状态为%2。</translation>
    </message>
    <message>
        <source>Only for a shut-off virtual machine: “%1” is %2.</source>
        <translation>仅适用于已关机的虚拟机：“%1”当前状态为%2。</translation>
    </message>
    <message>
        <source>Only for shut-off virtual machines: “%1” is %2.</source>
        <translation>仅适用于已关机的虚拟机：“%1”当前状态为%2。</translation>
    </message>
    <message>
        <source>“%1” is transient: this way needs a persistent definition to carry over.</source>
        <translation>“%1”是临时虚拟机：此方式需要可迁移的持久定义。</translation>
    </message>
    <message>
        <source>Save state and move always removes the virtual machine from the source.</source>
        <translation>“保存状态后迁移”总是会将虚拟机从源主机上移除。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is a virtual machine, %2 its state (&quot;running&quot;).</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Moving: %1</source>
        <translation>待迁移：%1</translation>
    </message>
</context>
<context>
    <name>MigrateWizardOptionsPage</name>
    <message>
        <source>The root element must be &lt;domain&gt;, not &lt;%1&gt;.</source>
        <translation>根元素必须是 &lt;domain&gt;，而不是 &lt;%1&gt;。</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>第 %1 行，第 %2 列：%3</translation>
    </message>
    <message>
        <source>The XML is empty.</source>
        <translation>XML 为空。</translation>
    </message>
    <message>
        <source>Keep it &amp;defined on the destination (persistent)</source>
        <translation>在目的主机上保持定义（持久）(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Remove its definition from the source (undefine)</source>
        <translation>从源主机上移除其定义（取消定义）(&amp;R)</translation>
    </message>
    <message>
        <source>Leave it &amp;paused on the destination</source>
        <translation>在目的主机上保持暂停状态(&amp;P)</translation>
    </message>
    <message>
        <source>Move &amp;several at once:</source>
        <translation>同时迁移多台(&amp;S)：</translation>
    </message>
    <message>
        <source>Pee&amp;r to peer (the source&apos;s libvirt connects to the destination)</source>
        <translation>点对点（源主机的 libvirt 连接到目的主机）(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Tunnelled through the libvirt connection</source>
        <translation>通过 libvirt 连接建立隧道(&amp;T)</translation>
    </message>
    <message>
        <source>Auto-&amp;converge (slow the guest down if memory changes too fast)</source>
        <translation>自动收敛（内存变化过快时减慢客户机）(&amp;C)</translation>
    </message>
    <message>
        <source>Allow p&amp;ost-copy (switch over before all memory arrived)</source>
        <translation>允许后拷贝（在全部内存到达之前切换）(&amp;O)</translation>
    </message>
    <message>
        <source>Encrypt with T&amp;LS</source>
        <translation>使用 TLS 加密(&amp;L)</translation>
    </message>
    <message>
        <source>Edit destination &amp;XML…</source>
        <translation>编辑目的主机 XML(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Unsafe: migrate although libvirt considers the disk cache unsafe</source>
        <translation>不安全：即使 libvirt 认为磁盘缓存不安全也进行迁移(&amp;U)</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>The defaults suit most migrations. Options that cannot be combined with your choices are greyed out with the reason.</source>
        <translation>默认设置适用于大多数迁移。无法与当前选择组合使用的选项显示为灰色并注明原因。</translation>
    </message>
    <message>
        <source>keep the name</source>
        <translation>保持原名称</translation>
    </message>
    <message>
        <source> at a time</source>
        <translation> 台/次</translation>
    </message>
    <message>
        <source>Ad&amp;vanced</source>
        <translation>高级(&amp;V)</translation>
    </message>
    <message>
        <source>chosen by libvirt, e.g. tcp://10.0.0.2:49152</source>
        <translation>由 libvirt 选择，例如 tcp://10.0.0.2:49152</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>不限制</translation>
    </message>
    <message>
        <source> MiB/s</source>
        <translation> MiB/s</translation>
    </message>
    <message>
        <source>Hypervisor default</source>
        <translation>虚拟化管理程序默认值</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>One connection</source>
        <translation>单个连接</translation>
    </message>
    <message>
        <source>libvirt refuses to migrate a guest whose disks use the host&apos;s page cache on storage it cannot prove coherent (a shared directory, some NFS setups): the destination could read stale data and corrupt the disk. Tick this only when the storage is coherent, e.g. the guest flushes or the cluster file system guarantees it.</source>
        <translation>如果客户机磁盘使用主机的页缓存，而 libvirt 无法证明所在存储具有一致性（共享目录、某些 NFS 配置），libvirt 会拒绝迁移：目的主机可能读取到过时数据并损坏磁盘。仅当存储具有一致性时才勾选此项，例如客户机会刷新缓存，或集群文件系统能够保证一致性。</translation>
    </message>
    <message>
        <source>New &amp;name:</source>
        <translation>新名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Migration URI (where the data goes):</source>
        <translation>迁移 URI（数据发送的目标）(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Connection URI for peer to peer (as the source host sees the destination):</source>
        <translation>点对点连接 URI（源主机访问目的主机所用的地址）(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Bandwidth:</source>
        <translation>带宽(&amp;B)：</translation>
    </message>
    <message>
        <source>Max &amp;downtime:</source>
        <translation>最大停机时间(&amp;D)：</translation>
    </message>
    <message>
        <source>Parallel co&amp;nnections:</source>
        <translation>并行连接数(&amp;N)：</translation>
    </message>
    <message>
        <source>Co&amp;mpression of memory:</source>
        <translation>内存压缩(&amp;M)：</translation>
    </message>
    <message>
        <source>The source&apos;s definition is used.</source>
        <translation>使用源主机的定义。</translation>
    </message>
    <message>
        <source>Destination XML</source>
        <translation>目的主机 XML</translation>
    </message>
    <message>
        <source>The definition the destination host gets. libvirt refuses changes that the running guest cannot follow (devices, memory size); disk paths and host-side settings can change.</source>
        <translation>目的主机获得的定义。libvirt 会拒绝运行中的客户机无法跟随的更改（设备、内存大小）；磁盘路径和主机端设置可以更改。</translation>
    </message>
    <message>
        <source>Use the &amp;source definition</source>
        <translation>使用源主机定义(&amp;S)</translation>
    </message>
    <message>
        <source>These are options of libvirt&apos;s migration; the way chosen on the Method page does not use them.</source>
        <translation>这些是 libvirt 迁移的选项；在“迁移方式”页面上选择的方式不使用这些选项。</translation>
    </message>
    <message>
        <source>To fix on an earlier page:
%1</source>
        <translation>需要在前面的页面上修正：
%1</translation>
    </message>
    <message numerus="yes">
        <source>Edited (%n line(s)).</source>
        <translation>
            <numerusform>已编辑（%n 行）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Post-copy is a point of no return: once the migration switches to it, the virtual machine runs on the destination while the rest of its memory still comes from the source, so the migration can no longer be aborted or undone, and if either host or the network fails before it completes, the virtual machine is lost.</source>
        <translation>后拷贝一旦开始便无法回头：迁移切换到后拷贝后，虚拟机即在目的主机上运行，而其余内存仍从源主机传来，因此迁移将无法再中止或撤销；如果在迁移完成之前任一主机或网络发生故障，虚拟机将会丢失。</translation>
    </message>
</context>
<context>
    <name>MigrateWizardStoragePage</name>
    <message>
        <source>&amp;State file pool (source):</source>
        <translation>状态文件存储池（源主机）(&amp;S)：</translation>
    </message>
    <message>
        <source>Disks and state pool are on &amp;shared storage both hosts see: copy nothing</source>
        <translation>磁盘和状态存储池位于两台主机都能访问的共享存储上：不复制任何内容(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Delete the source volumes after the copies were verified</source>
        <translation>副本校验通过后删除源卷(&amp;D)</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>存储</translation>
    </message>
    <message>
        <source>VM</source>
        <translation>虚拟机</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>磁盘</translation>
    </message>
    <message>
        <source>&amp;Destination pool:</source>
        <translation>目的存储池(&amp;D)：</translation>
    </message>
    <message>
        <source>Choose the disks libvirt copies while the guest runs, and where they land.</source>
        <translation>选择 libvirt 在客户机运行期间复制的磁盘及其复制目标。</translation>
    </message>
    <message>
        <source>Disks to copy (unchecked disks must be on storage both hosts see):</source>
        <translation>要复制的磁盘（未勾选的磁盘必须位于两台主机都能访问的存储上）：</translation>
    </message>
    <message>
        <source>Every disk that lives in a storage pool is copied into one pool on the destination.</source>
        <translation>存储池中的每个磁盘都会被复制到目的主机上的同一个存储池中。</translation>
    </message>
    <message>
        <source>Disks that are copied:</source>
        <translation>将被复制的磁盘：</translation>
    </message>
    <message>
        <source>The memory state is saved to a file in a pool on the source; disks and file are copied unless both hosts share the storage.</source>
        <translation>内存状态被保存到源主机存储池中的一个文件；除非两台主机共享存储，否则会复制磁盘和该文件。</translation>
    </message>
    <message>
        <source>Same paths as on the source (libvirt creates the volumes)</source>
        <translation>与源主机相同的路径（由 libvirt 创建卷）</translation>
    </message>
    <message>
        <source>%1 — %2 free of %3</source>
        <extracomment>%1 is a storage pool, %2 its free space, %3 its capacity.</extracomment>
        <translation>%1 — 可用 %2，共 %3</translation>
    </message>
    <message>
        <source>%1 — not active</source>
        <translation>%1 — 未活动</translation>
    </message>
    <message>
        <source>Listing pools…</source>
        <translation>正在列出存储池…</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>%1 in pool %2</source>
        <extracomment>%1 is a storage volume, %2 the storage pool that holds it.</extracomment>
        <translation>存储池 %2 中的 %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is a network disk&apos;s name, %2 its protocol (&quot;rbd&quot;, &quot;iscsi&quot;…).</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 free</source>
        <translation>可用 %1</translation>
    </message>
    <message>
        <source>Check at least one disk to copy, or go back and migrate on shared storage.</source>
        <translation>请至少勾选一个要复制的磁盘，或返回上一步改为使用共享存储迁移。</translation>
    </message>
    <message>
        <source>The virtual machine has no disk to copy.</source>
        <translation>该虚拟机没有可复制的磁盘。</translation>
    </message>
    <message>
        <source>Source</source>
        <comment>a disk&apos;s source file or volume</comment>
        <translation>来源</translation>
    </message>
    <message>
        <source>Format</source>
        <comment>disk image format</comment>
        <translation>格式</translation>
    </message>
    <message>
        <source>Copy</source>
        <comment>column: whether a disk is copied</comment>
        <translation>复制</translation>
    </message>
</context>
<context>
    <name>MigrateWizardSummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>What happens when you click Finish, in order.</source>
        <translation>单击“完成”后将依次执行以下操作。</translation>
    </message>
    <message>
        <source>Copy the virsh commands to the clipboard</source>
        <translation>将 virsh 命令复制到剪贴板</translation>
    </message>
    <message>
        <source>The same with &amp;virsh:</source>
        <translation>使用 virsh 的等效命令(&amp;V)：</translation>
    </message>
    <message>
        <source># Virtual machine %1 of %2</source>
        <translation># 第 %1 台虚拟机（共 %2 台）</translation>
    </message>
    <message>
        <source># A value contains a character no shell can pass on.</source>
        <translation># 某个值包含无法通过任何 shell 传递的字符。</translation>
    </message>
    <message>
        <source>The command reads the edited definition from destination.xml: save it under that name first.</source>
        <translation>该命令从 destination.xml 读取编辑后的定义：请先以该文件名保存定义。</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <comment>copy to the clipboard</comment>
        <translation>复制(&amp;C)</translation>
    </message>
    <message numerus="yes">
        <source>%n virtual machines move, %1 at a time.</source>
        <extracomment>%n (always more than one) virtual machines; %1 how many migrate at the same time.</extracomment>
        <translation>
            <numerusform>将迁移 %n 台虚拟机，每次 %1 台。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n virtual machines move, one after another.</source>
        <translation>
            <numerusform>将逐台迁移 %n 台虚拟机。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MigrationBatch</name>
    <message>
        <source>Cancelled before it started.</source>
        <translation>在开始前已取消。</translation>
    </message>
    <message>
        <source>Cancelled during the pre-flight checks.</source>
        <translation>在迁移前检查期间已取消。</translation>
    </message>
    <message>
        <source>Not started: a pre-flight check failed: %1 — %2</source>
        <translation>未开始：迁移前检查未通过：%1 — %2</translation>
    </message>
    <message>
        <source>Abort requested</source>
        <translation>已请求中止</translation>
    </message>
    <message>
        <source>Bandwidth limit lifted</source>
        <translation>已解除带宽限制</translation>
    </message>
    <message>
        <source>Bandwidth limit set to %1 MiB/s</source>
        <translation>带宽限制已设为 %1 MiB/s</translation>
    </message>
    <message>
        <source>Bandwidth limit changed</source>
        <translation>带宽限制已更改</translation>
    </message>
    <message>
        <source>Max downtime set to %1 ms</source>
        <translation>最大停机时间已设为 %1 ms</translation>
    </message>
    <message>
        <source>Max downtime changed</source>
        <translation>最大停机时间已更改</translation>
    </message>
    <message>
        <source>Switched to post-copy</source>
        <translation>已切换到后拷贝</translation>
    </message>
    <message>
        <source>Not recorded in the migration history: %1</source>
        <translation>未记录到迁移历史记录中：%1</translation>
    </message>
    <message>
        <source>libvirt migration</source>
        <translation>libvirt 迁移</translation>
    </message>
    <message>
        <source>offline move with disk copy</source>
        <translation>静态迁移（复制磁盘）</translation>
    </message>
    <message>
        <source>save state and move</source>
        <extracomment>&quot;Save state&quot; as in virsh save: the running guest&apos;s memory is written to a file.</extracomment>
        <translation>保存状态后迁移</translation>
    </message>
    <message>
        <source>%1
Stopped waiting for the source host: how the migration ended is not known; Virt Ferry asks again the next time it starts.</source>
        <translation>%1
已停止等待源主机：迁移的结果未知；Virt Ferry 下次启动时会再次查询。</translation>
    </message>
    <message>
        <source>Not journalled: if Virt Ferry stops now, it cannot find this migration again: %1</source>
        <translation>未写入进行中迁移记录：如果 Virt Ferry 现在停止，将无法再找到此次迁移：%1</translation>
    </message>
    <message>
        <source>%1
Checking on both hosts how the migration ended…</source>
        <translation>%1
正在两台主机上检查迁移的结果…</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>The migration call failed (%1), but the migration itself went through: %2</source>
        <translation>迁移调用失败（%1），但迁移本身已完成：%2</translation>
    </message>
    <message>
        <source>%1
After checking both hosts: %2</source>
        <translation>%1
检查两台主机后：%2</translation>
    </message>
    <message>
        <source>%1
How it ended is checked as soon as %2 is connected again.</source>
        <translation>%1
重新连接 %2 后将立即检查迁移的结果。</translation>
    </message>
</context>
<context>
    <name>MigrationChartsWidget</name>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>Processed</source>
        <translation>已处理</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>剩余</translation>
    </message>
    <message>
        <source>Transfer and dirty rate</source>
        <translation>传输速率与脏页速率</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>速率</translation>
    </message>
    <message>
        <source>Transfer rate</source>
        <translation>传输速率</translation>
    </message>
    <message>
        <source>Dirty rate</source>
        <translation>脏页速率</translation>
    </message>
    <message>
        <source>Disks</source>
        <translation>磁盘</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>磁盘</translation>
    </message>
    <message>
        <source>Expected downtime</source>
        <translation>预计停机时间</translation>
    </message>
    <message>
        <source>Downtime</source>
        <translation>停机时间</translation>
    </message>
    <message>
        <source>Max downtime</source>
        <translation>最大停机时间</translation>
    </message>
    <message>
        <source>Elapsed (%1)</source>
        <translation>已用时间（%1）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>An axis title: %1 is what the axis shows (&quot;Memory&quot;), %2 its unit (&quot;MiB&quot;).</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>s</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>%1: %2 at %3</source>
        <extracomment>A chart tooltip: %1 is a line (&quot;Transfer rate&quot;), %2 its value, %3 the time since the start.</extracomment>
        <translation>%1：%3 时为 %2</translation>
    </message>
</context>
<context>
    <name>MigrationHistory</name>
    <message>
        <source>The history record id “%1” cannot name a file.</source>
        <translation>历史记录 ID“%1”不能用作文件名。</translation>
    </message>
    <message>
        <source>Cannot create the migration history folder %1.</source>
        <translation>无法创建迁移历史记录文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot write the migration samples to %1: %2</source>
        <translation>无法将迁移采样数据写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write the migration history %1: %2</source>
        <translation>无法写入迁移历史记录 %1：%2</translation>
    </message>
</context>
<context>
    <name>MigrationHistoryDialog</name>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Export Samples as &amp;CSV…</source>
        <translation>将采样数据导出为 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>Export Charts as &amp;PNG…</source>
        <translation>将图表导出为 PNG(&amp;P)…</translation>
    </message>
    <message>
        <source>Migration History</source>
        <translation>迁移历史记录</translation>
    </message>
    <message>
        <source>Filter by VM, host, mode, result…</source>
        <translation>按虚拟机、主机、方式、结果筛选…</translation>
    </message>
    <message>
        <source>Virtual machine</source>
        <translation>虚拟机</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>标志</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>持续时间</translation>
    </message>
    <message>
        <source>Downtime</source>
        <translation>停机时间</translation>
    </message>
    <message>
        <source>Data sent</source>
        <translation>已发送数据</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Migration History of %1</source>
        <translation>%1 的迁移历史记录</translation>
    </message>
    <message>
        <source>No migrations recorded yet.</source>
        <translation>尚无迁移记录。</translation>
    </message>
    <message numerus="yes">
        <source>%n migration(s)</source>
        <translation>
            <numerusform>%n 次迁移</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; from %2 to %3, %4.</source>
        <extracomment>%1 is a virtual machine, %2 the source host, %3 the destination host, %4 the method (&quot;libvirt migration&quot;).</extracomment>
        <translation>&lt;b&gt;%1&lt;/b&gt; 从 %2 迁移到 %3，%4。</translation>
    </message>
    <message>
        <source>libvirt: %1</source>
        <translation>libvirt：%1</translation>
    </message>
    <message>
        <source>Afterwards the virtual machine was on: %1.</source>
        <translation>迁移后虚拟机位于：%1。</translation>
    </message>
    <message numerus="yes">
        <source>Average rate %1, %n memory pass(es).</source>
        <translation>
            <numerusform>平均速率 %1，共 %n 轮内存传输。</numerusform>
        </translation>
    </message>
    <message>
        <source>No samples were stored for this migration.</source>
        <translation>此次迁移未保存采样数据。</translation>
    </message>
    <message>
        <source>The stored samples cannot be read: %1</source>
        <translation>无法读取已保存的采样数据：%1</translation>
    </message>
    <message>
        <source>Select a migration to see its charts.</source>
        <translation>选择一次迁移以查看其图表。</translation>
    </message>
    <message>
        <source>The selected migration has no stored samples.</source>
        <translation>所选迁移没有已保存的采样数据。</translation>
    </message>
    <message>
        <source>both hosts</source>
        <comment>where a VM was found after a migration</comment>
        <translation>两台主机</translation>
    </message>
    <message>
        <source>neither host</source>
        <comment>where a VM was found after a migration</comment>
        <translation>无（两台主机上都没有）</translation>
    </message>
    <message>
        <source>Source</source>
        <comment>source host</comment>
        <translation>源主机</translation>
    </message>
    <message>
        <source>Destination</source>
        <comment>destination host</comment>
        <translation>目的主机</translation>
    </message>
    <message>
        <source>Mode</source>
        <comment>migration method</comment>
        <translation>方式</translation>
    </message>
    <message>
        <source>Started</source>
        <comment>column: when the migration started</comment>
        <translation>开始时间</translation>
    </message>
</context>
<context>
    <name>MigrationJob</name>
    <message>
        <source>The source or destination host is not connected.</source>
        <translation>源主机或目的主机未连接。</translation>
    </message>
    <message>
        <source>This migration was not started with post-copy allowed, so it cannot switch to post-copy.</source>
        <translation>此次迁移启动时未允许后拷贝，因此无法切换到后拷贝。</translation>
    </message>
    <message>
        <source>the destination host</source>
        <translation>目的主机</translation>
    </message>
    <message>
        <source>Post-copy cannot be aborted: the virtual machine already runs on %1, and only the migration can bring the rest of its memory there. The migration goes on until it completes.</source>
        <translation>无法中止后拷贝：虚拟机已在 %1 上运行，只有迁移才能将其余内存传送过去。迁移将继续进行，直到完成。</translation>
    </message>
    <message>
        <source>Post-copy cannot be aborted: the switch to post-copy was already sent, and from then on the virtual machine runs on %1. The migration goes on until it completes.</source>
        <translation>无法中止后拷贝：切换到后拷贝的请求已经发出，此后虚拟机将在 %1 上运行。迁移将继续进行，直到完成。</translation>
    </message>
    <message>
        <source>(libvirt: %1)</source>
        <translation>（libvirt：%1）</translation>
    </message>
    <message>
        <source>The migration is already switching to post-copy.</source>
        <translation>迁移已在切换到后拷贝。</translation>
    </message>
    <message>
        <source>libvirt has not accepted the abort yet (%1); Virt Ferry keeps asking until the migration ends.</source>
        <translation>libvirt 尚未接受中止请求（%1）；Virt Ferry 会一直请求，直到迁移结束。</translation>
    </message>
</context>
<context>
    <name>MigrationJournal</name>
    <message>
        <source>Line %1 of %2 is damaged and was ignored.</source>
        <translation>%2 的第 %1 行已损坏，已忽略。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>How the migration ended is not known yet.</source>
        <translation>尚不清楚迁移的结果。</translation>
    </message>
    <message>
        <source>Still migrating to %1: %2 % done.</source>
        <extracomment>%1 a host&apos;s name, %2 a percentage.</extracomment>
        <translation>仍在迁移到 %1：已完成 %2%。</translation>
    </message>
    <message>
        <source>Still migrating to %1.</source>
        <translation>仍在迁移到 %1。</translation>
    </message>
    <message>
        <source>Ended: the virtual machine is paused on %1, where the migration left it; resume it there.</source>
        <translation>已结束：迁移使虚拟机停留在 %1 上并处于暂停状态；请在该主机上恢复它。</translation>
    </message>
    <message>
        <source>Ended: the virtual machine runs on %1.</source>
        <translation>已结束：虚拟机在 %1 上运行。</translation>
    </message>
    <message>
        <source>Ended: the virtual machine is defined on %1.</source>
        <translation>已结束：虚拟机已在 %1 上定义。</translation>
    </message>
    <message>
        <source>Ended: the virtual machine runs on both %1 and %2; stop one of them.</source>
        <translation>已结束：虚拟机同时在 %1 和 %2 上运行；请停止其中一个。</translation>
    </message>
    <message>
        <source>Ended: the virtual machine is defined on both %1 and %2.</source>
        <translation>已结束：虚拟机同时在 %1 和 %2 上定义。</translation>
    </message>
    <message>
        <source>Ended: the virtual machine runs on neither %1 nor %2.</source>
        <translation>已结束：虚拟机在 %1 和 %2 上均未运行。</translation>
    </message>
    <message>
        <source>Ended: the virtual machine is defined on neither %1 nor %2.</source>
        <translation>已结束：虚拟机在 %1 和 %2 上均未定义。</translation>
    </message>
    <message>
        <source>Not known yet: %1 cannot be asked (%2).</source>
        <extracomment>%1 a host&apos;s name, %2 why it could not be asked.</extracomment>
        <translation>尚不清楚：无法查询 %1（%2）。</translation>
    </message>
</context>
<context>
    <name>MigrationMonitorWidget</name>
    <message>
        <source>Export Samples as &amp;CSV…</source>
        <translation>将采样数据导出为 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>Export Charts as &amp;PNG…</source>
        <translation>将图表导出为 PNG(&amp;P)…</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Phase:</source>
        <translation>阶段：</translation>
    </message>
    <message>
        <source>Elapsed:</source>
        <translation>已用时间：</translation>
    </message>
    <message>
        <source>Time left:</source>
        <translation>预计剩余时间：</translation>
    </message>
    <message>
        <source>RAM transferred:</source>
        <translation>已传输内存：</translation>
    </message>
    <message>
        <source>RAM remaining:</source>
        <translation>剩余内存：</translation>
    </message>
    <message>
        <source>RAM total:</source>
        <translation>内存总量：</translation>
    </message>
    <message>
        <source>Disk transferred:</source>
        <translation>已传输磁盘数据：</translation>
    </message>
    <message>
        <source>Disk remaining:</source>
        <translation>剩余磁盘数据：</translation>
    </message>
    <message>
        <source>Disk total:</source>
        <translation>磁盘数据总量：</translation>
    </message>
    <message>
        <source>Transfer rate:</source>
        <translation>传输速率：</translation>
    </message>
    <message>
        <source>Dirty rate:</source>
        <translation>脏页速率：</translation>
    </message>
    <message>
        <source>Memory pass:</source>
        <translation>内存传输轮次：</translation>
    </message>
    <message>
        <source>Expected downtime:</source>
        <translation>预计停机时间：</translation>
    </message>
    <message>
        <source>Steer</source>
        <extracomment>Group of controls that change a running migration (bandwidth, downtime, post-copy, abort).</extracomment>
        <translation>调控</translation>
    </message>
    <message>
        <source> MiB/s</source>
        <translation> MiB/s</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>不限制</translation>
    </message>
    <message>
        <source>The most the migration may send per second; 0 lifts the limit</source>
        <translation>迁移每秒最多可发送的数据量；0 表示不限制</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>How long the guest may be paused at the switch-over; a longer pause lets a busy guest converge</source>
        <translation>切换时客户机最多可暂停的时长；暂停时间越长，繁忙的客户机越容易收敛</translation>
    </message>
    <message>
        <source>Switch to &amp;Post-Copy</source>
        <translation>切换到后拷贝(&amp;P)</translation>
    </message>
    <message>
        <source>A&amp;bort…</source>
        <translation>中止(&amp;B)…</translation>
    </message>
    <message>
        <source>Bandwidth:</source>
        <translation>带宽：</translation>
    </message>
    <message>
        <source>Max downtime:</source>
        <translation>最大停机时间：</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Total time:</source>
        <translation>总用时：</translation>
    </message>
    <message>
        <source>Downtime:</source>
        <translation>停机时间：</translation>
    </message>
    <message>
        <source>Data sent:</source>
        <translation>已发送数据：</translation>
    </message>
    <message>
        <source>Average rate:</source>
        <translation>平均速率：</translation>
    </message>
    <message>
        <source>Memory passes:</source>
        <translation>内存传输轮数：</translation>
    </message>
    <message>
        <source>Virtual machine:</source>
        <translation>虚拟机：</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Waiting for statistics</source>
        <translation>正在等待统计数据</translation>
    </message>
    <message>
        <source>Setting up</source>
        <translation>正在准备</translation>
    </message>
    <message>
        <source>&lt;b&gt;This migration is not converging:&lt;/b&gt; the guest dirties memory faster than it is sent, so the passes never end. What helps:</source>
        <translation>&lt;b&gt;此次迁移无法收敛：&lt;/b&gt;客户机产生脏页的速度快于发送速度，因此内存传输轮次永远不会结束。可采取的措施：</translation>
    </message>
    <message>
        <source>Available once the migration runs</source>
        <translation>迁移开始运行后可用</translation>
    </message>
    <message>
        <source>The migration has ended</source>
        <translation>迁移已结束</translation>
    </message>
    <message>
        <source> (sent once the migration runs)</source>
        <translation>（迁移开始运行后发送）</translation>
    </message>
    <message>
        <source>Set the migration&apos;s bandwidth now</source>
        <translation>立即设置迁移带宽</translation>
    </message>
    <message>
        <source>Set the longest pause allowed at the switch-over</source>
        <translation>设置切换时允许的最长暂停时间</translation>
    </message>
    <message>
        <source>This migration was started without “Allow post-copy”; libvirt can only switch a job that allowed it</source>
        <translation>此次迁移启动时未勾选“允许后拷贝”；libvirt 只能切换允许后拷贝的迁移任务</translation>
    </message>
    <message>
        <source>Already in post-copy</source>
        <translation>已处于后拷贝阶段</translation>
    </message>
    <message>
        <source>Stop this migration; the virtual machine stays on the source host</source>
        <translation>停止此次迁移；虚拟机留在源主机上</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>正在应用…</translation>
    </message>
    <message>
        <source>Bandwidth set.</source>
        <translation>带宽已设置。</translation>
    </message>
    <message>
        <source>Max downtime set.</source>
        <translation>最大停机时间已设置。</translation>
    </message>
    <message>
        <source>Switched to post-copy.</source>
        <translation>已切换到后拷贝。</translation>
    </message>
    <message>
        <source>libvirt refused it.</source>
        <translation>libvirt 拒绝了该请求。</translation>
    </message>
    <message>
        <source>The migration has ended.</source>
        <translation>迁移已结束。</translation>
    </message>
    <message>
        <source>Sent once the migration runs.</source>
        <translation>将在迁移开始运行后发送。</translation>
    </message>
    <message>
        <source>Not sent: the migration ended before it ran.</source>
        <translation>未发送：迁移在开始运行前已结束。</translation>
    </message>
    <message>
        <source>Post-copy cannot start now.</source>
        <translation>现在无法开始后拷贝。</translation>
    </message>
    <message>
        <source>Abort migration</source>
        <translation>中止迁移</translation>
    </message>
    <message>
        <source>Abort the migration of %1? It stops where it is and the virtual machine keeps running on %2.</source>
        <translation>要中止 %1 的迁移吗？迁移将就地停止，虚拟机继续在 %2 上运行。</translation>
    </message>
    <message>
        <source>the source host</source>
        <translation>源主机</translation>
    </message>
    <message>
        <source>Abort Migration</source>
        <translation>中止迁移</translation>
    </message>
    <message>
        <source>Keep Going</source>
        <translation>继续迁移</translation>
    </message>
    <message>
        <source>Abort requested.</source>
        <translation>已请求中止。</translation>
    </message>
    <message>
        <source>the destination host</source>
        <translation>目的主机</translation>
    </message>
    <message>
        <source>On %1 (destination); no longer on %2.</source>
        <translation>位于 %1（目的主机）；已不在 %2 上。</translation>
    </message>
    <message>
        <source>Still on %1 (source); not on %2.</source>
        <translation>仍在 %1（源主机）上；不在 %2 上。</translation>
    </message>
    <message>
        <source>Found on both %1 and %2: check which one runs before starting the other.</source>
        <translation>在 %1 和 %2 上都存在：启动另一个之前，请先确认哪一个正在运行。</translation>
    </message>
    <message>
        <source>Found on neither %1 nor %2.</source>
        <translation>在 %1 和 %2 上均未找到。</translation>
    </message>
    <message>
        <source>On %1 (destination).</source>
        <translation>位于 %1（目的主机）。</translation>
    </message>
    <message>
        <source>Not checked: look on %1 and %2.</source>
        <translation>未检查：请在 %1 和 %2 上查看。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Failed.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;失败。&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>libvirt gave no reason.</source>
        <translation>libvirt 未给出原因。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cancelled.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;已取消。&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Migrated.&lt;/b&gt;</source>
        <translation>&lt;b&gt;已迁移。&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Migrated.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;已迁移。&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>There are no samples to export.</source>
        <translation>没有可导出的采样数据。</translation>
    </message>
    <message>
        <source>Figures</source>
        <comment>numbers measured during a migration</comment>
        <translation>指标</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>migration status: in progress</comment>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Post-copy cannot start now (not a live migration)</source>
        <translation>现在无法开始后拷贝（不是动态迁移）</translation>
    </message>
    <message>
        <source>Post-copy cannot be undone: once switched, the virtual machine runs on %1 and the migration can no longer be aborted.</source>
        <translation>后拷贝无法撤销：一旦切换，虚拟机即在 %1 上运行，迁移也无法再中止。</translation>
    </message>
    <message>
        <source>Run the guest on the destination now and fetch the rest of its memory on demand; ends a migration that does not converge.</source>
        <translation>立即在目的主机上运行客户机，并按需获取其余内存；可用于结束无法收敛的迁移。</translation>
    </message>
    <message>
        <source>Post-copy cannot be aborted: the VM already runs on %1.</source>
        <translation>无法中止后拷贝：虚拟机已在 %1 上运行。</translation>
    </message>
    <message>
        <source>Switch to post-copy</source>
        <translation>切换到后拷贝</translation>
    </message>
    <message>
        <source>Switch the migration of %1 to post-copy? This cannot be undone: %1 starts running on %2 at once while the rest of its memory still comes from %3, so from then on the migration cannot be aborted, and if either host or the network between them fails before it completes, the virtual machine is lost.</source>
        <translation>要将 %1 的迁移切换到后拷贝吗？此操作无法撤销：%1 会立即在 %2 上开始运行，而其余内存仍从 %3 传来，因此此后迁移将无法中止；如果在迁移完成之前任一主机或两者之间的网络发生故障，虚拟机将会丢失。</translation>
    </message>
    <message>
        <source>Switch to Post-Copy</source>
        <translation>切换到后拷贝</translation>
    </message>
    <message>
        <source>Keep Pre-Copy</source>
        <translation>保持预拷贝</translation>
    </message>
</context>
<context>
    <name>MigrationProgressDialog</name>
    <message>
        <source>Cancel &amp;Selected</source>
        <translation>取消所选(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel &amp;All…</source>
        <translation>全部取消(&amp;A)…</translation>
    </message>
    <message>
        <source>Migrating from %1 to %2</source>
        <translation>正在从 %1 迁移到 %2</translation>
    </message>
    <message>
        <source>Moving &lt;b&gt;%1&lt;/b&gt; from &lt;b&gt;%2&lt;/b&gt; to &lt;b&gt;%3&lt;/b&gt;.</source>
        <translation>正在将 &lt;b&gt;%1&lt;/b&gt; 从 &lt;b&gt;%2&lt;/b&gt; 迁移到 &lt;b&gt;%3&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>Virtual machine</source>
        <translation>虚拟机</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Stop the selected migrations; those not started yet are dropped</source>
        <translation>停止所选迁移；尚未开始的迁移将被移除</translation>
    </message>
    <message>
        <source>Stop every migration of this batch that has not finished</source>
        <translation>停止此批次中所有尚未完成的迁移</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>正在等待</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>正在检查</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>正在准备</translation>
    </message>
    <message>
        <source>Saving memory</source>
        <translation>正在保存内存</translation>
    </message>
    <message>
        <source>Copying disks</source>
        <translation>正在复制磁盘</translation>
    </message>
    <message>
        <source>Migrating</source>
        <translation>正在迁移</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>正在恢复</translation>
    </message>
    <message>
        <source>Finishing</source>
        <translation>正在完成</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>已迁移</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is a virtual machine, %2 the latest message about its migration.</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 — %2 %</source>
        <extracomment>A progress bar: %1 is the phase (&quot;Copying memory&quot;), %2 the percentage done.</extracomment>
        <translation>%1 — %2%</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>%n moved</source>
        <translation>
            <numerusform>已迁移 %n 台</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>失败 %n 台</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>已取消 %n 台</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in progress</source>
        <translation>
            <numerusform>进行中 %n 台</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>等待中 %n 台</numerusform>
        </translation>
    </message>
    <message>
        <source>Run in &amp;Background</source>
        <translation>在后台运行(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Hide this window; the migrations go on</source>
        <translation>隐藏此窗口；迁移继续进行</translation>
    </message>
    <message>
        <source>Cancel all migrations</source>
        <translation>取消所有迁移</translation>
    </message>
    <message>
        <source>Stop every migration of this batch that has not finished? Virtual machines not moved yet stay where they are.</source>
        <translation>要停止此批次中所有尚未完成的迁移吗？尚未迁移的虚拟机将保留在原处。</translation>
    </message>
    <message>
        <source>Cancel Migrations</source>
        <translation>取消迁移</translation>
    </message>
    <message>
        <source>Keep Going</source>
        <translation>继续迁移</translation>
    </message>
    <message numerus="yes">
        <source>Moving %n virtual machines from &lt;b&gt;%1&lt;/b&gt; to &lt;b&gt;%2&lt;/b&gt;.</source>
        <extracomment>%n (always more than one) virtual machines; %1 is the source host, %2 the destination host.</extracomment>
        <translation>
            <numerusform>正在将 %n 台虚拟机从 &lt;b&gt;%1&lt;/b&gt; 迁移到 &lt;b&gt;%2&lt;/b&gt;。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewVmDialog</name>
    <message>
        <source>New Virtual Machine</source>
        <translation>新建虚拟机</translation>
    </message>
    <message>
        <source>Virtual machine</source>
        <translation>虚拟机</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>e.g. web01</source>
        <translation>例如 web01</translation>
    </message>
    <message>
        <source>&amp;Memory:</source>
        <translation>内存(&amp;M)：</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>&amp;Virtual CPUs:</source>
        <translation>虚拟 CPU(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Virtualization:</source>
        <translation>虚拟化(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Firmware:</source>
        <translation>固件(&amp;F)：</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>磁盘</translation>
    </message>
    <message>
        <source>Use an &amp;existing volume</source>
        <translation>使用现有卷(&amp;E)</translation>
    </message>
    <message>
        <source>Create a ne&amp;w volume</source>
        <translation>新建卷(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Pool:</source>
        <extracomment>A libvirt storage pool.</extracomment>
        <translation>存储池(&amp;P)：</translation>
    </message>
    <message>
        <source>Vol&amp;ume:</source>
        <translation>卷(&amp;U)：</translation>
    </message>
    <message>
        <source>Volume na&amp;me:</source>
        <translation>卷名称(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>大小(&amp;S)：</translation>
    </message>
    <message>
        <source> GiB</source>
        <translation> GiB</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>格式(&amp;O)：</translation>
    </message>
    <message>
        <source>Installer (optional)</source>
        <translation>安装介质（可选）</translation>
    </message>
    <message>
        <source>&amp;ISO image:</source>
        <translation>ISO 镜像(&amp;I)：</translation>
    </message>
    <message>
        <source>None, or a path on the host: /var/lib/libvirt/images/installer.iso</source>
        <translation>留空，或填写主机上的路径：/var/lib/libvirt/images/installer.iso</translation>
    </message>
    <message>
        <source>From p&amp;ool:</source>
        <extracomment>A libvirt storage pool.</extracomment>
        <translation>从存储池(&amp;O)：</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Connec&amp;t to:</source>
        <translation>连接到(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Bridge:</source>
        <translation>网桥(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Start the virtual machine after creating it</source>
        <translation>创建后启动虚拟机(&amp;S)</translation>
    </message>
    <message>
        <source>Show &amp;XML</source>
        <translation>显示 XML(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>创建(&amp;C)</translation>
    </message>
    <message>
        <source>BIOS (hypervisor default)</source>
        <translation>BIOS（虚拟化管理程序默认）</translation>
    </message>
    <message>
        <source>UEFI</source>
        <translation>UEFI</translation>
    </message>
    <message>
        <source>qcow2 (thin, snapshots)</source>
        <translation>qcow2（精简置备，支持快照）</translation>
    </message>
    <message>
        <source>raw (sparse)</source>
        <translation>raw（稀疏）</translation>
    </message>
    <message>
        <source>Asking the host…</source>
        <translation>正在查询主机…</translation>
    </message>
    <message>
        <source>of %1 on the host</source>
        <translation>（主机共 %1）</translation>
    </message>
    <message numerus="yes">
        <source>of %n on the host</source>
        <translation>
            <numerusform>（主机共 %n 个）</numerusform>
        </translation>
    </message>
    <message>
        <source>New Virtual Machine on %1</source>
        <translation>在 %1 上新建虚拟机</translation>
    </message>
    <message>
        <source>(no volumes)</source>
        <translation>（无卷）</translation>
    </message>
    <message>
        <source>Choose a volume…</source>
        <translation>选择卷…</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation>未知格式</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <extracomment>%1 is a storage volume, %2 its format (&quot;qcow2&quot;), %3 its size.</extracomment>
        <translation>%1（%2，%3）</translation>
    </message>
    <message>
        <source>The volume “%1” was created but does not appear in the pool “%2”.</source>
        <translation>卷“%1”已创建，但未出现在存储池“%2”中。</translation>
    </message>
    <message>
        <source>Virtual network “%1”</source>
        <translation>虚拟网络“%1”</translation>
    </message>
    <message>
        <source>Bridge to the host’s network</source>
        <translation>桥接到主机网络</translation>
    </message>
    <message>
        <source>No network</source>
        <translation>无网络</translation>
    </message>
    <message>
        <source>Could not list the host’s networks: %1</source>
        <translation>无法列出主机的网络：%1</translation>
    </message>
    <message>
        <source>Could not read the host’s capabilities (%1); choose the virtualization yourself.</source>
        <translation>无法读取主机的功能信息（%1）；请自行选择虚拟化类型。</translation>
    </message>
    <message>
        <source>This host offers no hardware-virtualized (hvm) guests for %1.</source>
        <translation>此主机不提供 %1 的硬件虚拟化（hvm）客户机。</translation>
    </message>
    <message>
        <source>No KVM on this host: the guest is emulated, which is slow.</source>
        <translation>此主机没有 KVM：客户机将以模拟方式运行，速度较慢。</translation>
    </message>
    <message>
        <source>KVM (hardware virtualization)</source>
        <translation>KVM（硬件虚拟化）</translation>
    </message>
    <message>
        <source>QEMU emulation (slow)</source>
        <translation>QEMU 模拟（较慢）</translation>
    </message>
    <message>
        <source>libvirt test driver</source>
        <translation>libvirt 测试驱动</translation>
    </message>
    <message>
        <source>This host has no storage pool; add one in the Storage view.</source>
        <translation>此主机没有存储池；请在“存储”视图中添加。</translation>
    </message>
    <message>
        <source>Choose a storage pool.</source>
        <translation>请选择存储池。</translation>
    </message>
    <message>
        <source>The pool “%1” is not active; start it in the Storage view first.</source>
        <translation>存储池“%1”未活动；请先在“存储”视图中启动它。</translation>
    </message>
    <message>
        <source>Reading the pool’s volumes…</source>
        <translation>正在读取存储池中的卷…</translation>
    </message>
    <message>
        <source>The pool “%1” has no volumes; create a new one instead.</source>
        <translation>存储池“%1”中没有卷；请改为新建卷。</translation>
    </message>
    <message>
        <source>Choose a volume, or create a new one.</source>
        <translation>请选择卷，或新建卷。</translation>
    </message>
    <message>
        <source>The pool “%1” already has a volume named “%2”.</source>
        <translation>存储池“%1”中已有名为“%2”的卷。</translation>
    </message>
    <message>
        <source>%1 free</source>
        <translation>可用 %1</translation>
    </message>
    <message>
        <source>Creating the volume “%1”…</source>
        <translation>正在创建卷“%1”…</translation>
    </message>
    <message>
        <source>Could not create the volume: %1</source>
        <translation>无法创建卷：%1</translation>
    </message>
    <message>
        <source>Looking up the new volume…</source>
        <translation>正在查找新卷…</translation>
    </message>
    <message>
        <source>Defining and starting “%1”…</source>
        <translation>正在定义并启动“%1”…</translation>
    </message>
    <message>
        <source>Defining “%1”…</source>
        <translation>正在定义“%1”…</translation>
    </message>
    <message>
        <source>The virtual machine was created but could not be started: %1</source>
        <translation>虚拟机已创建，但无法启动：%1</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>libvirt could not define the virtual machine: %1</source>
        <translation>libvirt 无法定义虚拟机：%1</translation>
    </message>
</context>
<context>
    <name>NfsExportsController</name>
    <message>
        <source>Enter a user name before the @.</source>
        <translation>请在 @ 前输入用户名。</translation>
    </message>
    <message>
        <source>The port must be a number between 1 and 65535.</source>
        <translation>端口必须是 1 到 65535 之间的数字。</translation>
    </message>
    <message>
        <source>Reading /etc/exports…</source>
        <translation>正在读取 /etc/exports…</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>无法连接到 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read /etc/exports: %1</source>
        <translation>无法读取 /etc/exports：%1</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>正在应用…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接到 %1…</translation>
    </message>
    <message>
        <source>NFS exports</source>
        <translation>NFS 导出</translation>
    </message>
    <message>
        <source>Edit /etc/exports on this NFS server, over SSH ([user@]host[:port]):</source>
        <translation>通过 SSH 编辑此 NFS 服务器上的 /etc/exports（[用户@]主机[:端口]）：</translation>
    </message>
</context>
<context>
    <name>NotificationArea</name>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
</context>
<context>
    <name>OfflineMoveJob</name>
    <message>
        <source>cannot read the volume</source>
        <translation>无法读取卷</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>reading the volume failed</source>
        <translation>读取卷失败</translation>
    </message>
    <message>
        <source>Both the source and the destination host must be connected.</source>
        <translation>源主机和目的主机都必须已连接。</translation>
    </message>
    <message>
        <source>The source volumes can only be deleted when the domain is undefined on the source.</source>
        <translation>只有在源主机上取消定义该虚拟机时，才能删除源卷。</translation>
    </message>
    <message>
        <source>The domain “%1” was not found on %2: %3</source>
        <translation>在 %2 上未找到虚拟机“%1”：%3</translation>
    </message>
    <message>
        <source>no such domain</source>
        <extracomment>&quot;Domain&quot; is libvirt&apos;s word for a virtual machine.</extracomment>
        <translation>无此虚拟机</translation>
    </message>
    <message>
        <source>“%1” is running on %2; shut it down first, or use a live migration.</source>
        <translation>“%1”正在 %2 上运行；请先将其关机，或改用动态迁移。</translation>
    </message>
    <message>
        <source>“%1” is a transient domain; only a defined domain can be moved offline.</source>
        <translation>“%1”是临时虚拟机；只有已定义的虚拟机才能进行静态迁移。</translation>
    </message>
    <message>
        <source>Cannot read the definition of “%1”: %2</source>
        <translation>无法读取“%1”的定义：%2</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <source>A domain named “%1” already exists on %2; choose another name.</source>
        <translation>%2 上已存在名为“%1”的虚拟机；请选择其他名称。</translation>
    </message>
    <message>
        <source>%1 already has a domain with the same UUID (“%2”).</source>
        <translation>%1 上已有 UUID 相同的虚拟机（“%2”）。</translation>
    </message>
    <message>
        <source>The pool “%1” was not found on %2: %3</source>
        <translation>在 %2 上未找到存储池“%1”：%3</translation>
    </message>
    <message>
        <source>no such pool</source>
        <translation>无此存储池</translation>
    </message>
    <message>
        <source>The pool “%1” on %2 is not running; start it first.</source>
        <translation>%2 上的存储池“%1”未运行；请先启动它。</translation>
    </message>
    <message>
        <source>Disk %1 is a %2 disk, which an offline move cannot copy.</source>
        <translation>磁盘 %1 是 %2 类型的磁盘，静态迁移无法复制此类磁盘。</translation>
    </message>
    <message>
        <source>Disk %1 (%2) is not in any storage pool on %3, so it cannot be copied; add its folder as a pool first.</source>
        <translation>磁盘 %1（%2）不在 %3 上的任何存储池中，因此无法复制；请先将其所在文件夹添加为存储池。</translation>
    </message>
    <message>
        <source>The %1 %2 (%3) is not in any storage pool on %4; eject it or add its folder as a pool first.</source>
        <translation>%1 设备 %2（%3）不在 %4 上的任何存储池中；请先将其弹出，或将其所在文件夹添加为存储池。</translation>
    </message>
    <message>
        <source>Cannot read the volume of disk %1 (%2): %3</source>
        <translation>无法读取磁盘 %1（%2）的卷：%3</translation>
    </message>
    <message>
        <source>Disk %1 (%2) is an overlay on %3; copying it alone would break the chain. Flatten it first.</source>
        <translation>磁盘 %1（%2）是基于 %3 的覆盖层；单独复制它会破坏镜像链。请先将其扁平化。</translation>
    </message>
    <message>
        <source>Two disks use volumes named “%1”; they cannot land in one pool.</source>
        <translation>有两个磁盘使用名为“%1”的卷；它们无法放入同一个存储池。</translation>
    </message>
    <message>
        <source>Pool “%1” on %2 already has a volume named “%3”; nothing was copied.</source>
        <translation>%2 上的存储池“%1”中已有名为“%3”的卷；未复制任何内容。</translation>
    </message>
    <message>
        <source>Pool “%1” on %2 has %3 free, but the disks hold %4; nothing was copied.</source>
        <translation>%2 上的存储池“%1”可用空间为 %3，但磁盘数据量为 %4；未复制任何内容。</translation>
    </message>
    <message>
        <source>The move was cancelled before anything was copied.</source>
        <translation>迁移在复制任何内容之前已被取消。</translation>
    </message>
    <message>
        <source>“%1” disappeared from the source during the copy.</source>
        <translation>复制期间“%1”已从源主机上消失。</translation>
    </message>
    <message>
        <source>“%1” was started during the copy, so the copies are out of date.</source>
        <translation>“%1”在复制期间被启动，因此副本已过时。</translation>
    </message>
    <message>
        <source>The copy of disk %1 cannot be found on the destination: %2</source>
        <translation>在目的主机上找不到磁盘 %1 的副本：%2</translation>
    </message>
    <message>
        <source>The copy of disk %1 has a capacity of %2, the original %3.</source>
        <translation>磁盘 %1 的副本容量为 %2，而原始磁盘为 %3。</translation>
    </message>
    <message>
        <source>%1 refused the definition: %2</source>
        <translation>%1 拒绝了该定义：%2</translation>
    </message>
    <message>
        <source>The source refused to undefine “%1”: %2</source>
        <translation>源主机拒绝取消定义“%1”：%2</translation>
    </message>
    <message>
        <source>%1 (cannot be read)</source>
        <translation>%1（无法读取）</translation>
    </message>
    <message>
        <source>%1 (capacity %2, the copy %3)</source>
        <translation>%1（容量 %2，副本 %3）</translation>
    </message>
    <message>
        <source>%1 (checksum not computed: %2)</source>
        <translation>%1（未计算校验和：%2）</translation>
    </message>
    <message>
        <source>%1 (the copy&apos;s checksum differs)</source>
        <translation>%1（副本的校验和不一致）</translation>
    </message>
    <message>
        <source>Moved, but the source volumes were kept because these copies could not be verified: %1</source>
        <translation>已迁移，但由于以下副本无法校验，源卷已保留：%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Moved, but these source volumes could not be deleted: %1</source>
        <translation>已迁移，但以下源卷无法删除：%1</translation>
    </message>
    <message>
        <source>The move was cancelled; the copies made so far were deleted.</source>
        <translation>迁移已取消；已生成的副本已删除。</translation>
    </message>
    <message>
        <source>Copying disk %1 failed: %2</source>
        <translation>复制磁盘 %1 失败：%2</translation>
    </message>
    <message>
        <source>“%1” is now defined on both hosts; undefine one of them.</source>
        <translation>“%1”现在在两台主机上都已定义；请在其中一台上取消定义。</translation>
    </message>
    <message>
        <source>The move had already finished when it was cancelled.</source>
        <translation>取消时迁移已经完成。</translation>
    </message>
    <message>
        <source>These copies could not be deleted from pool “%1”: %2</source>
        <translation>无法从存储池“%1”中删除以下副本：%2</translation>
    </message>
</context>
<context>
    <name>PoolWizard</name>
    <message>
        <source>New storage pool on %1</source>
        <translation>在 %1 上新建存储池</translation>
    </message>
    <message>
        <source>no connection</source>
        <translation>无连接</translation>
    </message>
    <message>
        <source>it listed no pool types</source>
        <translation>未列出任何存储池类型</translation>
    </message>
</context>
<context>
    <name>PoolWizardHostsPage</name>
    <message>
        <source>No other connection is open. Connect to more hosts first to create this pool on them at the same time.</source>
        <translation>没有打开其他连接。要同时在更多主机上创建此存储池，请先连接这些主机。</translation>
    </message>
    <message>
        <source>&amp;Start the pool</source>
        <translation>启动存储池(&amp;S)</translation>
    </message>
    <message>
        <source>Start it &amp;automatically when the host boots</source>
        <translation>主机启动时自动启动(&amp;A)</translation>
    </message>
    <message>
        <source>Hosts and options</source>
        <translation>主机和选项</translation>
    </message>
    <message>
        <source>Also create this pool on:</source>
        <translation>同时在以下主机上创建此存储池：</translation>
    </message>
    <message>
        <source>The pool is defined on %1 and on every host checked below, from the same XML.</source>
        <translation>将使用同一份 XML 在 %1 及下方勾选的每台主机上定义该存储池。</translation>
    </message>
    <message>
        <source>&amp;Build: create the volume group on the physical volume (erases it)</source>
        <translation>构建：在物理卷上创建卷组（会清除其数据）(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Build: write a new partition table on the disk (erases it)</source>
        <translation>构建：在磁盘上写入新分区表（会清除其数据）(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Build: create the target directory (the device is not formatted)</source>
        <translation>构建：创建目标目录（不会格式化设备）(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Build: create the target directory</source>
        <translation>构建：创建目标目录(&amp;B)</translation>
    </message>
    <message>
        <source>Every host gets the same target path, %1, as live migration on shared storage needs. A host that already has a pool named “%2” keeps it: an identical one is reused, a different one is reported and left alone.</source>
        <translation>每台主机使用相同的目标路径 %1，这是共享存储上的动态迁移所要求的。已有名为“%2”的存储池的主机会保留该存储池：完全相同的将被重用，不同的会被报告并保持不变。</translation>
    </message>
</context>
<context>
    <name>PoolWizardResultPage</name>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <source>Already exists identically</source>
        <translation>已存在且完全相同</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is the outcome on a host (&quot;Failed&quot;), %2 libvirt&apos;s message.</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>正在处理…</translation>
    </message>
    <message numerus="yes">
        <source>Defining the pool on %n host(s)…</source>
        <translation>
            <numerusform>正在 %n 台主机上定义存储池…</numerusform>
        </translation>
    </message>
    <message>
        <source>The pool is ready on every host.</source>
        <translation>存储池已在所有主机上就绪。</translation>
    </message>
    <message numerus="yes">
        <source>The pool is ready on %1 of %n host(s); see the reasons below.</source>
        <translation>
            <numerusform>存储池已在 %n 台主机中的 %1 台上就绪；原因见下文。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PoolWizardReviewPage</name>
    <message>
        <source>Review</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Nothing has been changed yet. Create defines the pool on every host listed.</source>
        <translation>尚未做任何更改。点击“创建”将在列出的每台主机上定义该存储池。</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>创建(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;XML every host gets:</source>
        <translation>每台主机使用的 XML(&amp;X)：</translation>
    </message>
    <message>
        <source>build</source>
        <extracomment>Steps after defining a pool, listed after &quot;Then:&quot;: build (create its directory or format its device), start, autostart.</extracomment>
        <translation>构建</translation>
    </message>
    <message>
        <source>start</source>
        <translation>启动</translation>
    </message>
    <message>
        <source>autostart</source>
        <translation>自动启动</translation>
    </message>
    <message>
        <source>Pool “%1”, %2</source>
        <extracomment>%1 is the pool&apos;s name, %2 its type (&quot;Directory on the host (dir)&quot;).</extracomment>
        <translation>存储池“%1”，%2</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>源：%1</translation>
    </message>
    <message>
        <source>Device: %1</source>
        <translation>设备：%1</translation>
    </message>
    <message>
        <source>Source name: %1</source>
        <translation>源名称：%1</translation>
    </message>
    <message>
        <source>Target path: %1</source>
        <translation>目标路径：%1</translation>
    </message>
    <message>
        <source>Hosts: %1</source>
        <translation>主机：%1</translation>
    </message>
    <message>
        <source>Then: %1</source>
        <translation>随后：%1</translation>
    </message>
    <message>
        <source>only define it</source>
        <translation>仅定义</translation>
    </message>
</context>
<context>
    <name>PoolWizardSourcePage</name>
    <message>
        <source>&amp;Volume group:</source>
        <translation>卷组(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Physical volume (optional):</source>
        <translation>物理卷（可选）(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>设备(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Disk:</source>
        <translation>磁盘(&amp;D)：</translation>
    </message>
    <message>
        <source>Target &amp;IQN:</source>
        <translation>目标 IQN(&amp;I)：</translation>
    </message>
    <message>
        <source>Gluster &amp;volume:</source>
        <translation>Gluster 卷(&amp;V)：</translation>
    </message>
    <message>
        <source>Ceph &amp;pool:</source>
        <translation>Ceph 存储池(&amp;P)：</translation>
    </message>
    <message>
        <source>ZFS &amp;pool:</source>
        <translation>ZFS 存储池(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Device (optional):</source>
        <translation>设备（可选）(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Cluster:</source>
        <translation>集群(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>e.g. nfs-server or 192.0.2.10</source>
        <translation>例如 nfs-server 或 192.0.2.10</translation>
    </message>
    <message>
        <source>e.g. /export/images</source>
        <translation>例如 /export/images</translation>
    </message>
    <message>
        <source>Default (negotiated with the server)</source>
        <translation>默认（与服务器协商）</translation>
    </message>
    <message>
        <source>NFSv3</source>
        <translation>NFSv3</translation>
    </message>
    <message>
        <source>NFSv4</source>
        <translation>NFSv4</translation>
    </message>
    <message>
        <source>NFSv4.1</source>
        <translation>NFSv4.1</translation>
    </message>
    <message>
        <source>NFSv4.2</source>
        <translation>NFSv4.2</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>Source &amp;path:</source>
        <translation>源路径(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>NFS &amp;version:</source>
        <translation>NFS 版本(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Mount options:</source>
        <translation>挂载选项(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Target path:</source>
        <translation>目标路径(&amp;T)：</translation>
    </message>
    <message>
        <source>Mount options cannot contain quotes or backslashes.</source>
        <translation>挂载选项不能包含引号或反斜杠。</translation>
    </message>
    <message>
        <source>Mount options cannot contain control characters.</source>
        <translation>挂载选项不能包含控制字符。</translation>
    </message>
    <message>
        <source>There is an empty option: remove the extra comma.</source>
        <translation>存在空选项：请删除多余的逗号。</translation>
    </message>
    <message>
        <source>Choose the NFS version in the list above instead of “%1” here.</source>
        <translation>请在上方列表中选择 NFS 版本，不要在此处使用“%1”。</translation>
    </message>
    <message>
        <source>Automatic (auto)</source>
        <translation>自动（auto）</translation>
    </message>
    <message>
        <source>NFS (nfs)</source>
        <translation>NFS（nfs）</translation>
    </message>
    <message>
        <source>CIFS / SMB (cifs)</source>
        <translation>CIFS / SMB（cifs）</translation>
    </message>
    <message>
        <source>GlusterFS (glusterfs)</source>
        <translation>GlusterFS（glusterfs）</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>请输入名称。</translation>
    </message>
    <message>
        <source>Use letters, digits and . _ + - only (“%1” is not allowed).</source>
        <translation>只能使用字母、数字和 . _ + -（不允许使用“%1”）。</translation>
    </message>
    <message>
        <source>Network file system</source>
        <translation>网络文件系统</translation>
    </message>
    <message>
        <source>Where %1 finds the pool’s storage.</source>
        <translation>%1 从何处获取存储池的存储。</translation>
    </message>
    <message>
        <source>optional, e.g. /images</source>
        <translation>可选，例如 /images</translation>
    </message>
    <message>
        <source>e.g. /dev/sdb1</source>
        <translation>例如 /dev/sdb1</translation>
    </message>
    <message>
        <source>e.g. iqn.2013-06.com.example:target0</source>
        <translation>例如 iqn.2013-06.com.example:target0</translation>
    </message>
    <message>
        <source>Only for the nfs format: libvirt passes these to mount.nfs.</source>
        <translation>仅适用于 nfs 格式：libvirt 会将这些选项传给 mount.nfs。</translation>
    </message>
    <message>
        <source>Enter the exported directory on the server, e.g. /export/images.</source>
        <translation>请输入服务器上导出的目录，例如 /export/images。</translation>
    </message>
    <message>
        <source>Enter the device, e.g. /dev/sdb1.</source>
        <translation>请输入设备，例如 /dev/sdb1。</translation>
    </message>
    <message>
        <source>Enter the target’s IQN, e.g. iqn.2013-06.com.example:target0.</source>
        <translation>请输入目标的 IQN，例如 iqn.2013-06.com.example:target0。</translation>
    </message>
    <message>
        <source>An IQN has no spaces, quotes or backslashes.</source>
        <translation>IQN 不能包含空格、引号或反斜杠。</translation>
    </message>
    <message>
        <source>Enter the server first.</source>
        <translation>请先输入服务器。</translation>
    </message>
    <message>
        <source>this host</source>
        <translation>此主机</translation>
    </message>
    <message>
        <source>%1 is not connected; connect to it first.</source>
        <translation>%1 未连接；请先连接。</translation>
    </message>
    <message>
        <source>Asking %1 for the exports of %2…</source>
        <translation>正在向 %1 查询 %2 的 NFS 导出…</translation>
    </message>
    <message>
        <source>Asking %1 for the targets of %2…</source>
        <translation>正在向 %1 查询 %2 的目标…</translation>
    </message>
    <message>
        <source>Asking %1 for its volume groups…</source>
        <translation>正在向 %1 查询其卷组…</translation>
    </message>
    <message>
        <source>Cancelled. Type the path yourself or browse again.</source>
        <translation>已取消。请手动输入路径，或重新浏览。</translation>
    </message>
    <message>
        <source>%1 (on %2)</source>
        <extracomment>%1 is an LVM volume group, %2 the device it lives on.</extracomment>
        <translation>%1（位于 %2）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is an exported directory, %2 its file system type (&quot;nfs&quot;).</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 exports nothing this host may mount.</source>
        <translation>%1 没有可供此主机挂载的 NFS 导出。</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>未找到任何内容。</translation>
    </message>
    <message>
        <source>Exports of %1 — pick one:</source>
        <translation>%1 的 NFS 导出 — 请选择一个：</translation>
    </message>
    <message>
        <source>Found — pick one:</source>
        <translation>已找到 — 请选择一个：</translation>
    </message>
    <message>
        <source>Could not list the exports of %1: %2
Type the export path instead.</source>
        <translation>无法列出 %1 的 NFS 导出：%2
请改为手动输入导出路径。</translation>
    </message>
    <message>
        <source>Could not list the targets of %1: %2
Type the target IQN instead.</source>
        <translation>无法列出 %1 的目标：%2
请改为手动输入目标 IQN。</translation>
    </message>
    <message>
        <source>Could not list the volume groups: %1
Type the name instead.</source>
        <translation>无法列出卷组：%1
请改为手动输入名称。</translation>
    </message>
    <message>
        <source>e.g. noatime,nconnect=4 (comma-separated)</source>
        <translation>例如 noatime,nconnect=4（以逗号分隔）</translation>
    </message>
    <message>
        <source>Mount options cannot contain spaces; separate them with commas, e.g. noatime,nconnect=4.</source>
        <translation>挂载选项不能包含空格；请用逗号分隔，例如 noatime,nconnect=4。</translation>
    </message>
    <message>
        <source>%1 mounts the NFS (or CIFS, GlusterFS) share at the target path.</source>
        <translation>%1 将 NFS（或 CIFS、GlusterFS）共享挂载到目标路径。</translation>
    </message>
</context>
<context>
    <name>PoolWizardTypePage</name>
    <message>
        <source>Name and type</source>
        <translation>名称和类型</translation>
    </message>
    <message>
        <source>A new storage pool on %1.</source>
        <translation>在 %1 上新建存储池。</translation>
    </message>
    <message>
        <source>e.g. shared-images</source>
        <translation>例如 shared-images</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <source>Directory on the host</source>
        <translation>主机上的目录</translation>
    </message>
    <message>
        <source>Network file system: NFS, CIFS, GlusterFS</source>
        <translation>网络文件系统：NFS、CIFS、GlusterFS</translation>
    </message>
    <message>
        <source>LVM volume group</source>
        <translation>LVM 卷组</translation>
    </message>
    <message>
        <source>Formatted block device</source>
        <translation>已格式化的块设备</translation>
    </message>
    <message>
        <source>Whole disk, partitions as volumes</source>
        <translation>整块磁盘，分区作为卷</translation>
    </message>
    <message>
        <source>iSCSI target</source>
        <translation>iSCSI 目标</translation>
    </message>
    <message>
        <source>iSCSI target through libiscsi</source>
        <translation>通过 libiscsi 访问的 iSCSI 目标</translation>
    </message>
    <message>
        <source>SCSI host adapter</source>
        <translation>SCSI 主机适配器</translation>
    </message>
    <message>
        <source>Multipath devices</source>
        <translation>多路径设备</translation>
    </message>
    <message>
        <source>Ceph RBD pool</source>
        <translation>Ceph RBD 存储池</translation>
    </message>
    <message>
        <source>Sheepdog cluster</source>
        <translation>Sheepdog 集群</translation>
    </message>
    <message>
        <source>GlusterFS volume through libgfapi</source>
        <translation>通过 libgfapi 访问的 GlusterFS 卷</translation>
    </message>
    <message>
        <source>ZFS pool</source>
        <translation>ZFS 存储池</translation>
    </message>
    <message>
        <source>Virtuozzo storage</source>
        <translation>Virtuozzo 存储</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is a pool type&apos;s description, %2 libvirt&apos;s name for it (&quot;netfs&quot;).</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>needs a SCSI adapter description this wizard does not offer; define it with virsh pool-define</source>
        <translation>需要本向导未提供的 SCSI 适配器描述；请使用 virsh pool-define 定义</translation>
    </message>
    <message>
        <source>needs an initiator IQN this wizard does not offer; define it with virsh pool-define</source>
        <translation>需要本向导未提供的发起端 IQN；请使用 virsh pool-define 定义</translation>
    </message>
    <message>
        <source>Sheepdog is no longer maintained; define it with virsh pool-define</source>
        <translation>Sheepdog 已不再维护；请使用 virsh pool-define 定义</translation>
    </message>
    <message>
        <source>this wizard does not know this pool type; define it with virsh pool-define</source>
        <translation>本向导不支持此存储池类型；请使用 virsh pool-define 定义</translation>
    </message>
    <message>
        <source>this host</source>
        <translation>此主机</translation>
    </message>
    <message>
        <source>libvirt on %1 cannot create %2 pools (its storage driver was built without them)</source>
        <translation>%1 上的 libvirt 无法创建 %2 存储池（其存储驱动构建时未包含该类型）</translation>
    </message>
    <message>
        <source>%1 — not available</source>
        <translation>%1 — 不可用</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is libvirt&apos;s name of a pool type (&quot;iscsi&quot;), %2 why it cannot be used.</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Asking %1 which pool types it supports…</source>
        <translation>正在向 %1 查询支持的存储池类型…</translation>
    </message>
    <message>
        <source>%1 could not say which pool types it supports (%2), so the common types are offered; libvirt reports any it cannot create when the pool is defined.</source>
        <translation>%1 无法告知其支持的存储池类型（%2），因此提供常见类型；如有无法创建的类型，libvirt 会在定义存储池时报告。</translation>
    </message>
    <message>
        <source>Not available:
%1</source>
        <translation>不可用：
%1</translation>
    </message>
    <message>
        <source>%1 already has a pool named “%2”.</source>
        <translation>%1 上已有名为“%2”的存储池。</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Give up &amp;connecting after:</source>
        <translation>连接超时时间(&amp;C)：</translation>
    </message>
    <message>
        <source>A host that does not answer within this time is marked as failed; the window never waits for it.</source>
        <translation>在此时间内无响应的主机将被标记为失败；窗口不会等待它。</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <source>&amp;Update CPU and memory every:</source>
        <translation>CPU 和内存更新间隔(&amp;U)：</translation>
    </message>
    <message>
        <source>One bulk statistics call per host per interval.</source>
        <translation>每个间隔对每台主机只进行一次批量统计调用。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>User &amp;interface language:</source>
        <translation>界面语言(&amp;I)：</translation>
    </message>
    <message>
        <source>Each language is named in itself. The system default follows the locale Virt Ferry starts in (LANG).</source>
        <translation>每种语言均以该语言自身的名称显示。“系统默认”跟随 Virt Ferry 启动时的区域设置（LANG）。</translation>
    </message>
    <message>
        <source>A change of language takes effect when Virt Ferry restarts.</source>
        <translation>更改语言将在 Virt Ferry 重启后生效。</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <comment>language of the user interface</comment>
        <translation>系统默认（%1）</translation>
    </message>
    <message>
        <source>Virt Ferry will follow the system&apos;s language, %1, from its next start.</source>
        <translation>Virt Ferry 下次启动时将跟随系统语言（%1）。</translation>
    </message>
    <message>
        <source>Virt Ferry will be shown in %1 from its next start.</source>
        <translation>Virt Ferry 下次启动时将以 %1 显示。</translation>
    </message>
</context>
<context>
    <name>SaveStateMoveJob</name>
    <message>
        <source>Both the source and the destination host must be connected.</source>
        <translation>源主机和目的主机都必须已连接。</translation>
    </message>
    <message>
        <source>Choose the pool for the memory state file and the destination pool.</source>
        <translation>请选择存放内存状态文件的存储池和目的存储池。</translation>
    </message>
    <message>
        <source>The domain “%1” was not found on %2: %3</source>
        <translation>在 %2 上未找到虚拟机“%1”：%3</translation>
    </message>
    <message>
        <source>no such domain</source>
        <extracomment>&quot;Domain&quot; is libvirt&apos;s word for a virtual machine.</extracomment>
        <translation>无此虚拟机</translation>
    </message>
    <message>
        <source>Cannot read the state of “%1”: %2</source>
        <translation>无法读取“%1”的状态：%2</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <source>“%1” is not running on %2; save state and move needs a running or paused guest (use an offline move for a shut-off one).</source>
        <translation>“%1”未在 %2 上运行；保存状态后迁移需要处于运行中或已暂停状态的客户机（已关机的客户机请使用静态迁移）。</translation>
    </message>
    <message>
        <source>“%1” is a transient domain; only a defined domain can be moved this way.</source>
        <translation>“%1”是临时虚拟机；只有已定义的虚拟机才能以这种方式迁移。</translation>
    </message>
    <message>
        <source>Cannot read the domain&apos;s UUID.</source>
        <translation>无法读取虚拟机的 UUID。</translation>
    </message>
    <message>
        <source>Cannot read the definition of “%1”: %2</source>
        <translation>无法读取“%1”的定义：%2</translation>
    </message>
    <message>
        <source>A domain named “%1” already exists on %2; choose another name.</source>
        <translation>%2 上已存在名为“%1”的虚拟机；请选择其他名称。</translation>
    </message>
    <message>
        <source>%1 already has a domain with the same UUID (“%2”).</source>
        <translation>%1 上已有 UUID 相同的虚拟机（“%2”）。</translation>
    </message>
    <message>
        <source>The pool “%1” was not found on %2: %3</source>
        <translation>在 %2 上未找到存储池“%1”：%3</translation>
    </message>
    <message>
        <source>no such pool</source>
        <translation>无此存储池</translation>
    </message>
    <message>
        <source>The pool “%1” on %2 is not running; start it first.</source>
        <translation>%2 上的存储池“%1”未运行；请先启动它。</translation>
    </message>
    <message>
        <source>Pool “%1” on %2 already has a state file “%3”; remove it or restore it first.</source>
        <translation>%2 上的存储池“%1”中已有状态文件“%3”；请先删除或恢复它。</translation>
    </message>
    <message>
        <source>Pool “%1” on %2 has %3 free, but the guest&apos;s memory needs up to %4.</source>
        <translation>%2 上的存储池“%1”有 %3 可用空间，但客户机的内存最多需要 %4。</translation>
    </message>
    <message>
        <source>Disk %1 is a %2 disk, which cannot be copied.</source>
        <translation>磁盘 %1 是 %2 类型的磁盘，无法复制。</translation>
    </message>
    <message>
        <source>Disk %1 (%2) is not in any storage pool on %3, so it cannot be copied; add its folder as a pool first, or eject it.</source>
        <translation>磁盘 %1（%2）不在 %3 上的任何存储池中，因此无法复制；请先将其所在文件夹添加为存储池，或将其弹出。</translation>
    </message>
    <message>
        <source>Cannot read the volume of disk %1 (%2): %3</source>
        <translation>无法读取磁盘 %1（%2）的卷：%3</translation>
    </message>
    <message>
        <source>Disk %1 (%2) is an overlay on %3; copying it alone would break the chain. Flatten it first.</source>
        <translation>磁盘 %1（%2）是基于 %3 的覆盖层；单独复制它会破坏镜像链。请先将其扁平化。</translation>
    </message>
    <message>
        <source>Two files would be named “%1” in pool “%2”.</source>
        <translation>存储池“%2”中会有两个文件都名为“%1”。</translation>
    </message>
    <message>
        <source>Pool “%1” on %2 already has a volume named “%3”; nothing was saved.</source>
        <translation>%2 上的存储池“%1”中已有名为“%3”的卷；未保存任何内容。</translation>
    </message>
    <message>
        <source>Pool “%1” on %2 already has a file named “%3”; nothing was saved.</source>
        <translation>%2 上的存储池“%1”中已有名为“%3”的文件；未保存任何内容。</translation>
    </message>
    <message>
        <source>Pool “%1” on %2 has %3 free, but the disks and the memory state need up to %4; nothing was saved.</source>
        <translation>%2 上的存储池“%1”有 %3 可用空间，但磁盘和内存状态最多需要 %4；未保存任何内容。</translation>
    </message>
    <message>
        <source>The move was cancelled before the guest was saved.</source>
        <translation>迁移在保存客户机之前已取消。</translation>
    </message>
    <message>
        <source>“%1” disappeared from the source.</source>
        <translation>“%1”已从源主机上消失。</translation>
    </message>
    <message>
        <source>Cannot create the state file in pool “%1”: %2</source>
        <translation>无法在存储池“%1”中创建状态文件：%2</translation>
    </message>
    <message>
        <source>The state file in pool “%1” has no path.</source>
        <translation>存储池“%1”中的状态文件没有路径。</translation>
    </message>
    <message>
        <source>Saving the guest&apos;s memory failed: %1</source>
        <translation>保存客户机的内存失败：%1</translation>
    </message>
    <message>
        <source>The state file %1 cannot be read back: %2</source>
        <translation>无法读回状态文件 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read the definition in the state file: %1</source>
        <translation>无法读取状态文件中的定义：%1</translation>
    </message>
    <message>
        <source>The move was cancelled; the guest keeps running on the source.</source>
        <translation>迁移已取消；客户机仍在源主机上运行。</translation>
    </message>
    <message>
        <source>The move was cancelled; the guest was restored on the source.</source>
        <translation>迁移已取消；客户机已在源主机上恢复。</translation>
    </message>
    <message>
        <source>Copying the memory state failed: %1</source>
        <translation>复制内存状态失败：%1</translation>
    </message>
    <message>
        <source>Copying disk %1 failed: %2</source>
        <translation>复制磁盘 %1 失败：%2</translation>
    </message>
    <message>
        <source>The copy of disk %1 cannot be found on %2: %3</source>
        <translation>在 %2 上找不到磁盘 %1 的副本：%3</translation>
    </message>
    <message>
        <source>The copy of disk %1 has a capacity of %2, the original %3.</source>
        <translation>磁盘 %1 的副本容量为 %2，而原始磁盘为 %3。</translation>
    </message>
    <message>
        <source>The copy of the memory state cannot be found on %1: %2</source>
        <translation>在 %1 上找不到内存状态的副本：%2</translation>
    </message>
    <message>
        <source>%1 refused the definition: %2</source>
        <translation>%1 拒绝了该定义：%2</translation>
    </message>
    <message>
        <source>%1 could not restore the guest: %2</source>
        <translation>%1 无法恢复客户机：%2</translation>
    </message>
    <message>
        <source>“%1” is still defined (shut off) on the source: %2</source>
        <translation>“%1”仍在源主机上保持定义（已关机）：%2</translation>
    </message>
    <message>
        <source>These state files could not be deleted: %1</source>
        <translation>无法删除以下状态文件：%1</translation>
    </message>
    <message>
        <source>The source volume %1 could not be deleted: %2</source>
        <translation>无法删除源卷 %1：%2</translation>
    </message>
    <message>
        <source>The guest was restored on the destination, but the check found it elsewhere.</source>
        <translation>客户机已在目的主机上恢复，但检查发现它位于别处。</translation>
    </message>
    <message>
        <source>The state file %1 could not be deleted.</source>
        <translation>无法删除状态文件 %1。</translation>
    </message>
    <message>
        <source>Restoring the guest on the source failed too (%1); its memory state is kept in %2 on the source: restore it from there (virsh restore).</source>
        <translation>在源主机上恢复客户机也失败了（%1）；其内存状态保存在源主机上的 %2 中：请从那里恢复（virsh restore）。</translation>
    </message>
    <message>
        <source>These copies could not be deleted from pool “%1”: %2</source>
        <translation>无法从存储池“%1”中删除以下副本：%2</translation>
    </message>
    <message>
        <source>The copy of disk %1 could not be verified, so the original %2 was kept.</source>
        <translation>无法校验磁盘 %1 的副本，因此保留了原来的 %2。</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>No keyring service (Secret Service) is available, so the password cannot be remembered.</source>
        <translation>没有可用的密钥环服务（Secret Service），因此无法记住密码。</translation>
    </message>
    <message>
        <source>The keyring said: %1</source>
        <translation>密钥环返回：%1</translation>
    </message>
</context>
<context>
    <name>StoragePoolListModel</name>
    <message>
        <source>Transient: the pool disappears when it is stopped.</source>
        <translation>临时：存储池停止后即消失。</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>A percentage: how full the pool is.</extracomment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Autostart</source>
        <translation>自动启动</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>使用率</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>已分配</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>可用</translation>
    </message>
    <message>
        <source>Target path</source>
        <translation>目标路径</translation>
    </message>
    <message>
        <source>Source</source>
        <comment>storage pool&apos;s source: server and export, or device</comment>
        <translation>源</translation>
    </message>
</context>
<context>
    <name>StorageUsageDelegate</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>StorageView</name>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Storage pools&lt;/b&gt;</source>
        <translation>&lt;b&gt;存储池&lt;/b&gt;</translation>
    </message>
    <message>
        <source>New Pool…</source>
        <translation>新建存储池…</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>启动</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Deactivate the pool; its definition and data stay</source>
        <translation>停用存储池；其定义和数据保留</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Rescan the pool for volumes created outside Virt Ferry</source>
        <translation>重新扫描存储池，查找在 Virt Ferry 之外创建的卷</translation>
    </message>
    <message>
        <source>Autostart</source>
        <translation>自动启动</translation>
    </message>
    <message>
        <source>Start the pool when the host boots</source>
        <translation>主机启动时启动该存储池</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>New Volume…</source>
        <translation>新建卷…</translation>
    </message>
    <message>
        <source>Clone…</source>
        <translation>克隆…</translation>
    </message>
    <message>
        <source>Resize…</source>
        <translation>调整大小…</translation>
    </message>
    <message>
        <source>Copy To…</source>
        <translation>复制到…</translation>
    </message>
    <message>
        <source>Copy the volume to a pool on any open host, keeping holes as holes</source>
        <translation>将卷复制到任一已打开主机上的存储池，并保留稀疏空洞</translation>
    </message>
    <message>
        <source>Upload File…</source>
        <translation>上传文件…</translation>
    </message>
    <message>
        <source>Download…</source>
        <translation>下载…</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <source>Upload…</source>
        <translation>上传…</translation>
    </message>
    <message>
        <source>Add a storage pool to this host</source>
        <translation>向此主机添加存储池</translation>
    </message>
    <message>
        <source>Create a volume in this pool</source>
        <translation>在此存储池中创建卷</translation>
    </message>
    <message>
        <source>Upload a local file into this pool as a new volume</source>
        <translation>将本地文件上传到此存储池，作为新卷</translation>
    </message>
    <message>
        <source>%1 is not connected.</source>
        <translation>%1 未连接。</translation>
    </message>
    <message>
        <source>No host selected.</source>
        <translation>未选择主机。</translation>
    </message>
    <message>
        <source>Select a pool to see its volumes.</source>
        <translation>选择一个存储池以查看其中的卷。</translation>
    </message>
    <message>
        <source>Pool %1 is not running; start it to list its volumes.</source>
        <translation>存储池 %1 未运行；请启动它以列出其中的卷。</translation>
    </message>
    <message>
        <source>Volumes in %1</source>
        <translation>%1 中的卷</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <extracomment>%1 describes the operation (&quot;Starting pool default on kvm1&quot;), %2 is libvirt&apos;s error.</extracomment>
        <translation>%1 失败：%2</translation>
    </message>
    <message>
        <source>Starting pool %1 on %2</source>
        <translation>正在 %2 上启动存储池 %1</translation>
    </message>
    <message>
        <source>Stopping pool %1 on %2</source>
        <translation>正在 %2 上停止存储池 %1</translation>
    </message>
    <message>
        <source>Refreshing pool %1 on %2</source>
        <translation>正在 %2 上刷新存储池 %1</translation>
    </message>
    <message>
        <source>Turning on autostart of pool %1 on %2</source>
        <translation>正在 %2 上开启存储池 %1 的自动启动</translation>
    </message>
    <message>
        <source>Turning off autostart of pool %1 on %2</source>
        <translation>正在 %2 上关闭存储池 %1 的自动启动</translation>
    </message>
    <message>
        <source>Deleting pool %1 and its contents on %2</source>
        <translation>正在 %2 上删除存储池 %1 及其内容</translation>
    </message>
    <message>
        <source>Deleting pool %1 on %2</source>
        <translation>正在 %2 上删除存储池 %1</translation>
    </message>
    <message>
        <source>Delete Pool %1</source>
        <translation>删除存储池 %1</translation>
    </message>
    <message>
        <source>Delete pool %1 on %2? Its definition is removed from the host (it is stopped first if it is running). Its volumes and data stay where they are unless you also delete its contents.</source>
        <translation>要删除 %2 上的存储池 %1 吗？其定义将从主机中移除（如果正在运行，会先将其停止）。除非同时删除其内容，否则其卷和数据将保留在原处。</translation>
    </message>
    <message>
        <source>Also delete its contents: every volume and the pool&apos;s storage (cannot be undone)</source>
        <translation>同时删除其内容：所有卷以及存储池的存储（无法撤销）</translation>
    </message>
    <message>
        <source>These will be destroyed:</source>
        <translation>以下内容将被销毁：</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>卷</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>已分配</translation>
    </message>
    <message>
        <source>Type the pool&apos;s name, %1, to confirm:</source>
        <translation>输入存储池的名称 %1 以确认：</translation>
    </message>
    <message>
        <source>Delete Pool</source>
        <translation>删除存储池</translation>
    </message>
    <message numerus="yes">
        <source>%n volume(s) holding %1, and the pool&apos;s storage at %2.</source>
        <translation>
            <numerusform>%n 个卷（共 %1），以及位于 %2 的存储池存储。</numerusform>
        </translation>
    </message>
    <message>
        <source>Listing the pool&apos;s volumes…</source>
        <translation>正在列出存储池中的卷…</translation>
    </message>
    <message>
        <source>The pool is not running, so its volumes cannot be listed here. Everything in its storage at %1 is destroyed.</source>
        <translation>存储池未运行，因此无法在此列出其卷。其位于 %1 的存储中的所有内容都将被销毁。</translation>
    </message>
    <message>
        <source>Creating volume %1 in pool %2 on %3</source>
        <translation>正在 %3 上的存储池 %2 中创建卷 %1</translation>
    </message>
    <message>
        <source>Cloning volume %1 to %2 in pool %3 on %4</source>
        <translation>正在 %4 上的存储池 %3 中将卷 %1 克隆为 %2</translation>
    </message>
    <message>
        <source>Resizing volume %1 in pool %2 on %3 to %4</source>
        <translation>正在将 %3 上存储池 %2 中的卷 %1 调整为 %4</translation>
    </message>
    <message>
        <source>Delete Volume</source>
        <translation>删除卷</translation>
    </message>
    <message>
        <source>Delete volume %1 (%2, %3 allocated) from pool %4 on %5? Its data is destroyed and cannot be recovered.</source>
        <translation>要从 %5 上的存储池 %4 中删除卷 %1（%2，已分配 %3）吗？其数据将被销毁且无法恢复。</translation>
    </message>
    <message>
        <source>A virtual machine that uses it will no longer start.</source>
        <translation>使用该卷的虚拟机将无法再启动。</translation>
    </message>
    <message>
        <source>Deleting volume %1 from pool %2 on %3</source>
        <translation>正在从 %3 上的存储池 %2 中删除卷 %1</translation>
    </message>
    <message>
        <source>Upload a File to Pool %1</source>
        <translation>上传文件到存储池 %1</translation>
    </message>
    <message>
        <source>Disk images (*.qcow2 *.img *.raw *.iso)</source>
        <translation>磁盘镜像 (*.qcow2 *.img *.raw *.iso)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Download Volume %1</source>
        <translation>下载卷 %1</translation>
    </message>
</context>
<context>
    <name>StorageVolumeListModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>已分配</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>路径</translation>
    </message>
</context>
<context>
    <name>VirtFerry</name>
    <message>
        <source>Disconnected</source>
        <translation>已断开连接</translation>
    </message>
    <message>
        <source>Disconnected: %1</source>
        <translation>已断开连接：%1</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>no answer from %1 within %2 s; gave up</source>
        <translation>%2 秒内未收到 %1 的应答；已放弃</translation>
    </message>
    <message>
        <source>%1 is not connected.</source>
        <translation>%1 未连接。</translation>
    </message>
    <message>
        <source>Test driver (test:///default)</source>
        <translation>测试驱动（test:///default）</translation>
    </message>
    <message>
        <source>Enter the host name or IP address of the remote host.</source>
        <translation>请输入远程主机的主机名或 IP 地址。</translation>
    </message>
    <message>
        <source>The host name must not start or end with spaces.</source>
        <translation>主机名的开头或结尾不能有空格。</translation>
    </message>
    <message>
        <source>A host name can be at most 253 characters long.</source>
        <translation>主机名最长为 253 个字符。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid host name: use letters, digits and hyphens, separated by dots, with no hyphen at either end of a part.</source>
        <translation>“%1”不是有效的主机名：请使用字母、数字和连字符，各部分之间以点分隔，且每部分的首尾不能是连字符。</translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535 (or empty for the default).</source>
        <translation>端口必须在 1 到 65535 之间（留空则使用默认端口）。</translation>
    </message>
    <message>
        <source>A user name cannot contain spaces or any of @ / : ? #.</source>
        <translation>用户名不能包含空格或 @ / : ? # 中的任何字符。</translation>
    </message>
    <message>
        <source>A user name cannot start with a hyphen.</source>
        <translation>用户名不能以连字符开头。</translation>
    </message>
    <message>
        <source>The test driver needs an absolute path to a node XML file, starting with /.</source>
        <translation>测试驱动需要节点 XML 文件的绝对路径，以 / 开头。</translation>
    </message>
    <message>
        <source>The path cannot contain ? or #.</source>
        <translation>路径不能包含 ? 或 #。</translation>
    </message>
    <message>
        <source>Each parameter must look like name=value; &quot;%1&quot; does not.</source>
        <translation>每个参数都必须形如 name=value；“%1”不符合。</translation>
    </message>
    <message>
        <source>The parameter name &quot;%1&quot; may contain only letters, digits and _.</source>
        <translation>参数名“%1”只能包含字母、数字和 _。</translation>
    </message>
    <message>
        <source>Enter a libvirt URI such as qemu+ssh://root@host/system.</source>
        <translation>请输入 libvirt URI，例如 qemu+ssh://root@host/system。</translation>
    </message>
    <message>
        <source>This is not a valid URI: %1</source>
        <translation>这不是有效的 URI：%1</translation>
    </message>
    <message>
        <source>A libvirt URI starts with a driver, such as qemu:// or test://.</source>
        <translation>libvirt URI 以驱动开头，例如 qemu:// 或 test://。</translation>
    </message>
    <message>
        <source>A URI scheme has at most one transport, as in qemu+ssh.</source>
        <translation>URI 方案最多只能包含一种传输方式，例如 qemu+ssh。</translation>
    </message>
    <message>
        <source>Unknown transport &quot;%1&quot;: use ssh, libssh, tls, tcp, unix or ext.</source>
        <translation>未知的传输方式“%1”：请使用 ssh、libssh、tls、tcp、unix 或 ext。</translation>
    </message>
    <message>
        <source>keepalive timeout</source>
        <translation>保活超时</translation>
    </message>
    <message>
        <source>the host closed the connection</source>
        <translation>主机关闭了连接</translation>
    </message>
    <message>
        <source>connection error</source>
        <translation>连接错误</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Cannot connect to %1</source>
        <translation>无法连接到 %1</translation>
    </message>
    <message>
        <source>Live updates are unavailable for %1: %2</source>
        <translation>%1 无法使用实时更新：%2</translation>
    </message>
    <message>
        <source>Cannot list the domains</source>
        <translation>无法列出虚拟机</translation>
    </message>
    <message>
        <source>Cannot read statistics from %1: %2</source>
        <translation>无法从 %1 读取统计信息：%2</translation>
    </message>
    <message>
        <source>%1 is not a managed storage volume: %2</source>
        <translation>%1 不是受管理的存储卷：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>未连接。</translation>
    </message>
    <message>
        <source>The virtual machine was deleted, but some storage was not:
%1</source>
        <translation>虚拟机已删除，但部分存储未删除：
%1</translation>
    </message>
    <message>
        <source>Deleted storage: %1</source>
        <translation>已删除的存储：%1</translation>
    </message>
    <message>
        <source>No state</source>
        <translation>无状态</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>已阻塞</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Shutting down</source>
        <translation>正在关机</translation>
    </message>
    <message>
        <source>Shut off</source>
        <translation>已关机</translation>
    </message>
    <message>
        <source>Crashed</source>
        <translation>已崩溃</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>已挂起</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>启动</translation>
    </message>
    <message>
        <source>Shut down</source>
        <translation>关机</translation>
    </message>
    <message>
        <source>Reboot</source>
        <translation>重启</translation>
    </message>
    <message>
        <source>Force off</source>
        <translation>强制关机</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>CPU usage</source>
        <translation>CPU 使用率</translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation>vCPU 数</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>Cannot create a private directory for SSH prompts: %1</source>
        <translation>无法为 SSH 提示创建私有目录：%1</translation>
    </message>
    <message>
        <source>Cannot create the SSH prompt socket.</source>
        <translation>无法创建 SSH 提示套接字。</translation>
    </message>
    <message>
        <source>Cannot listen for SSH prompts: %1</source>
        <translation>无法监听 SSH 提示：%1</translation>
    </message>
    <message>
        <source>Name resolution and reachability</source>
        <translation>名称解析与可达性</translation>
    </message>
    <message>
        <source>SSH login</source>
        <translation>SSH 登录</translation>
    </message>
    <message>
        <source>libvirt on the host</source>
        <translation>主机上的 libvirt</translation>
    </message>
    <message>
        <source>libvirt connection</source>
        <translation>libvirt 连接</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Not run: the test was cancelled.</source>
        <translation>未运行：测试已取消。</translation>
    </message>
    <message>
        <source>Not needed: %1 is a local connection, no network is involved.</source>
        <translation>无需执行：%1 是本地连接，不涉及网络。</translation>
    </message>
    <message>
        <source>Not needed: the %1 transport talks to libvirt&apos;s daemon directly, not over SSH.</source>
        <translation>无需执行：%1 传输方式直接与 libvirt 守护进程通信，不经过 SSH。</translation>
    </message>
    <message>
        <source>Not run: &quot;%1&quot; failed.</source>
        <translation>未运行：“%1”失败。</translation>
    </message>
    <message>
        <source>%1, port %2</source>
        <translation>%1，端口 %2</translation>
    </message>
    <message>
        <source>%1 (%2), port %3</source>
        <translation>%1（%2），端口 %3</translation>
    </message>
    <message>
        <source>Port %1 on %2 answers.</source>
        <translation>%2 上的端口 %1 有应答。</translation>
    </message>
    <message>
        <source>%1 resolves to %2; port %3 answers.</source>
        <translation>%1 解析为 %2；端口 %3 有应答。</translation>
    </message>
    <message>
        <source>Cannot look up %1: %2</source>
        <translation>无法查询 %1：%2</translation>
    </message>
    <message>
        <source>The name does not resolve: check the spelling of &quot;%1&quot;, your DNS settings or /etc/hosts, or use the host&apos;s IP address.</source>
        <translation>该名称无法解析：请检查“%1”的拼写、DNS 设置或 /etc/hosts，或改用主机的 IP 地址。</translation>
    </message>
    <message>
        <source>Connection refused: no SSH server on port %1. Is sshd installed and running on the host, and is the port right?</source>
        <translation>连接被拒绝：端口 %1 上没有 SSH 服务器。主机上是否已安装并运行 sshd？端口是否正确？</translation>
    </message>
    <message>
        <source>Connection refused: no libvirt daemon listens on port %1. On the host, enable libvirtd&apos;s %2 listener (virtproxyd-%2.socket or listen_%2 in libvirtd.conf).</source>
        <translation>连接被拒绝：端口 %1 上没有 libvirt 守护进程在监听。请在主机上启用 libvirtd 的 %2 监听器（virtproxyd-%2.socket 或 libvirtd.conf 中的 listen_%2）。</translation>
    </message>
    <message>
        <source>%1: no answer within %2 s.</source>
        <translation>%1：%2 秒内无应答。</translation>
    </message>
    <message>
        <source>No answer: a firewall drops the connection, or the address is wrong (is the host up?).</source>
        <translation>无应答：防火墙丢弃了连接，或地址错误（主机是否已开机？）。</translation>
    </message>
    <message>
        <source>No route to the host: the address is wrong, or the host or its network is down.</source>
        <translation>没有到主机的路由：地址错误，或主机或其网络已停止运行。</translation>
    </message>
    <message>
        <source>The network refused the connection; the message says why.</source>
        <translation>网络拒绝了连接；消息中说明了原因。</translation>
    </message>
    <message>
        <source>the SSH agent</source>
        <translation>SSH 代理</translation>
    </message>
    <message>
        <source>your default keys (~/.ssh/id_*)</source>
        <translation>默认密钥（~/.ssh/id_*）</translation>
    </message>
    <message>
        <source>the key file %1</source>
        <translation>密钥文件 %1</translation>
    </message>
    <message>
        <source>a password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Logged in to %1.</source>
        <translation>已登录到 %1。</translation>
    </message>
    <message>
        <source>The host key changed since it was recorded: someone may be impersonating the host, or it was reinstalled. Verify the new fingerprint with its administrator, then remove the old line from the known_hosts file.</source>
        <translation>主机密钥自记录以来已更改：可能有人在冒充该主机，或该主机已重装。请与其管理员核实新的指纹，然后从 known_hosts 文件中删除旧的那一行。</translation>
    </message>
    <message>
        <source>The SSH login as %1 failed. Tried: %2. Check the user name, that the key&apos;s public half is in ~/.ssh/authorized_keys on the host, and the password.</source>
        <translation>以 %1 身份 SSH 登录失败。已尝试：%2。请检查用户名、密钥的公钥部分是否在主机的 ~/.ssh/authorized_keys 中，以及密码是否正确。</translation>
    </message>
    <message>
        <source>your local user</source>
        <translation>本地用户</translation>
    </message>
    <message>
        <source>The SSH session closed.</source>
        <translation>SSH 会话已关闭。</translation>
    </message>
    <message>
        <source>The host ended the SSH session; try again.</source>
        <translation>主机结束了 SSH 会话；请重试。</translation>
    </message>
    <message>
        <source>Could not run a check command over SSH. Does the account have a POSIX login shell (sh, bash), and does the host allow command execution?</source>
        <translation>无法通过 SSH 运行检查命令。该账户是否有 POSIX 登录 shell（sh、bash）？主机是否允许执行命令？</translation>
    </message>
    <message>
        <source>socket %1</source>
        <translation>套接字 %1</translation>
    </message>
    <message>
        <source>no virt-ssh-helper (libvirt falls back to nc)</source>
        <translation>没有 virt-ssh-helper（libvirt 将回退使用 nc）</translation>
    </message>
    <message>
        <source>virt-ssh-helper at %1</source>
        <translation>位于 %1 的 virt-ssh-helper</translation>
    </message>
    <message>
        <source>Found %1.</source>
        <translation>已找到 %1。</translation>
    </message>
    <message>
        <source>Neither libvirt&apos;s socket nor virt-ssh-helper was found on %1 (%2).</source>
        <translation>在 %1 上既未找到 libvirt 的套接字，也未找到 virt-ssh-helper（%2）。</translation>
    </message>
    <message>
        <source>libvirt is not installed or not running on the host (apt install libvirt-daemon-system, then systemctl enable --now libvirtd).</source>
        <translation>主机上未安装或未运行 libvirt（apt install libvirt-daemon-system，然后 systemctl enable --now libvirtd）。</translation>
    </message>
    <message>
        <source>The check command ended with status %1: %2</source>
        <translation>检查命令以状态 %1 结束：%2</translation>
    </message>
    <message>
        <source>Could not run a check command over SSH. Does the account have a POSIX login shell (sh, bash)?</source>
        <translation>无法通过 SSH 运行检查命令。该账户是否有 POSIX 登录 shell（sh、bash）？</translation>
    </message>
    <message>
        <source>The host refused the credentials: check the user name and password, or the SASL/polkit rules that allow this user to manage libvirt.</source>
        <translation>主机拒绝了凭据：请检查用户名和密码，或允许此用户管理 libvirt 的 SASL/polkit 规则。</translation>
    </message>
    <message>
        <source>The login was cancelled; run the test again and answer the prompt.</source>
        <translation>登录已取消；请重新运行测试并回答提示。</translation>
    </message>
    <message>
        <source>libvirt has no way to ask for the credentials it needs here.</source>
        <translation>libvirt 在此处无法请求其所需的凭据。</translation>
    </message>
    <message>
        <source>No libvirt driver accepts this URI. Check the hypervisor and path (qemu:///system, qemu:///session, test:///default), and that the driver is installed.</source>
        <translation>没有 libvirt 驱动接受此 URI。请检查虚拟化管理程序和路径（qemu:///system、qemu:///session、test:///default），以及是否已安装该驱动。</translation>
    </message>
    <message>
        <source>This user may not manage the host&apos;s virtual machines: connect as root, or add the user to the libvirt group on the host.</source>
        <translation>此用户无权管理主机的虚拟机：请以 root 身份连接，或将该用户加入主机上的 libvirt 组。</translation>
    </message>
    <message>
        <source>This libvirt does not support what the URI asks for: check the transport and the extra parameters.</source>
        <translation>此 libvirt 不支持该 URI 所要求的功能：请检查传输方式和额外参数。</translation>
    </message>
    <message>
        <source>The host did not answer in time: it may be overloaded, or a firewall drops the traffic.</source>
        <translation>主机未及时应答：可能负载过高，或防火墙丢弃了流量。</translation>
    </message>
    <message>
        <source>The link to the libvirt daemon broke off: the daemon on the host may have stopped or restarted, or its version is too old.</source>
        <translation>与 libvirt 守护进程的连接中断：主机上的守护进程可能已停止或重启，或其版本过旧。</translation>
    </message>
    <message>
        <source>libvirt could not open or read the driver&apos;s file; the message names it.</source>
        <translation>libvirt 无法打开或读取驱动的文件；消息中给出了文件名。</translation>
    </message>
    <message>
        <source>libvirt could not reach the daemon through the transport. For SSH, check that libvirt is installed and running on the host (apt install libvirt-daemon-system); the message shows what the host said.</source>
        <translation>libvirt 无法通过该传输方式连接到守护进程。对于 SSH，请检查主机上是否已安装并运行 libvirt（apt install libvirt-daemon-system）；消息中显示了主机返回的内容。</translation>
    </message>
    <message>
        <source>libvirt&apos;s daemon is not running here, or its socket is elsewhere: start it (systemctl start libvirtd) or install it (apt install libvirt-daemon-system).</source>
        <translation>此处未运行 libvirt 守护进程，或其套接字位于别处：请启动它（systemctl start libvirtd）或安装它（apt install libvirt-daemon-system）。</translation>
    </message>
    <message>
        <source>The operating system refused something libvirt needed; the message says what.</source>
        <translation>操作系统拒绝了 libvirt 所需的某项操作；消息中说明了具体内容。</translation>
    </message>
    <message>
        <source>libvirt refused the connection; the message above says why.</source>
        <translation>libvirt 拒绝了连接；上方的消息说明了原因。</translation>
    </message>
    <message>
        <source>No answer from %1 within %2 s.</source>
        <translation>%2 秒内未收到 %1 的应答。</translation>
    </message>
    <message>
        <source>No answer: looking up the name or connecting took too long. A firewall may drop the connection, the address may be wrong, or the DNS server does not answer.</source>
        <translation>无应答：解析名称或建立连接耗时过长。可能是防火墙丢弃了连接、地址错误，或 DNS 服务器无应答。</translation>
    </message>
    <message>
        <source>libvirt did not finish connecting within %1 s.</source>
        <translation>libvirt 未在 %1 秒内完成连接。</translation>
    </message>
    <message>
        <source>The connection hangs: the host may be overloaded, or something waits for input that cannot be given here (such as an ssh prompt without the app&apos;s askpass helper).</source>
        <translation>连接挂起：主机可能负载过高，或有程序在等待此处无法提供的输入（例如没有本应用的 askpass 助手时出现的 ssh 提示）。</translation>
    </message>
    <message>
        <source>Cannot read the versions of %1</source>
        <translation>无法读取 %1 的版本</translation>
    </message>
    <message>
        <source>%1 %2 via libvirt %3</source>
        <extracomment>%1 is the hypervisor (&quot;QEMU&quot;), %2 its version, %3 the version of libvirt on the host.</extracomment>
        <translation>%1 %2（libvirt %3）</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <extracomment>%1 is the hypervisor and versions (&quot;QEMU 7.2.0 via libvirt 9.0.0&quot;), %2 the host&apos;s name.</extracomment>
        <translation>%2 上的 %1</translation>
    </message>
    <message>
        <source>A double quote is not closed.</source>
        <translation>双引号未闭合。</translation>
    </message>
    <message>
        <source>The export path &quot;%1&quot; is not absolute.</source>
        <translation>导出路径“%1”不是绝对路径。</translation>
    </message>
    <message>
        <source>Default options (%1) after a client are not supported by this editor; the line is kept as it is.</source>
        <translation>此编辑器不支持位于客户端之后的默认选项（%1）；该行保持原样。</translation>
    </message>
    <message>
        <source>An empty client (&quot;&quot;) is not allowed.</source>
        <translation>不允许空客户端（&quot;&quot;）。</translation>
    </message>
    <message>
        <source>The option list of &quot;%1&quot; must be in parentheses right after the client, with nothing after the closing one.</source>
        <translation>“%1”的选项列表必须用括号括起并紧跟在客户端之后，右括号之后不能有其他内容。</translation>
    </message>
    <message>
        <source>Enter the directory to export, such as /home/image.</source>
        <translation>请输入要导出的目录，例如 /home/image。</translation>
    </message>
    <message>
        <source>The path cannot contain line breaks.</source>
        <translation>路径不能包含换行符。</translation>
    </message>
    <message>
        <source>The path cannot contain a NUL character.</source>
        <translation>路径不能包含 NUL 字符。</translation>
    </message>
    <message>
        <source>The path must not start or end with a space.</source>
        <translation>路径的开头或结尾不能是空格。</translation>
    </message>
    <message>
        <source>The path must be absolute, starting with /.</source>
        <translation>路径必须是绝对路径，以 / 开头。</translation>
    </message>
    <message>
        <source>The path cannot contain tabs or other control characters.</source>
        <translation>路径不能包含制表符或其他控制字符。</translation>
    </message>
    <message>
        <source>The path cannot contain a backslash.</source>
        <translation>路径不能包含反斜杠。</translation>
    </message>
    <message>
        <source>The path cannot contain &quot;..&quot;; give the directory itself.</source>
        <translation>路径不能包含“..”；请直接给出目录本身。</translation>
    </message>
    <message>
        <source>The path is longer than exportfs accepts (1024 bytes).</source>
        <translation>路径长度超出了 exportfs 可接受的上限（1024 字节）。</translation>
    </message>
    <message>
        <source>Enter a client: a host name, an address, a network such as 192.168.1.0/24, @netgroup or * for everyone.</source>
        <translation>请输入客户端：主机名、地址、网络（如 192.168.1.0/24）、@netgroup，或用 * 表示所有人。</translation>
    </message>
    <message>
        <source>A client cannot contain line breaks.</source>
        <translation>客户端不能包含换行符。</translation>
    </message>
    <message>
        <source>A client cannot contain control characters.</source>
        <translation>客户端不能包含控制字符。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot appear in a client.</source>
        <translation>客户端中不能出现“%1”。</translation>
    </message>
    <message>
        <source>A client cannot start with a hyphen; exportfs would read it as default options.</source>
        <translation>客户端不能以连字符开头；exportfs 会将其视为默认选项。</translation>
    </message>
    <message>
        <source>A netgroup is @ followed by its name (letters, digits, _ - .).</source>
        <translation>网络组的格式为 @ 后跟其名称（字母、数字、_ - .）。</translation>
    </message>
    <message>
        <source>Write IPv6 addresses without brackets in /etc/exports; exportfs reads brackets as a wildcard character class.</source>
        <translation>在 /etc/exports 中书写 IPv6 地址时请勿使用方括号；exportfs 会将方括号视为通配符字符类。</translation>
    </message>
    <message>
        <source>An IPv4 network needs a prefix length from 0 to 32 or a netmask, as in 192.168.1.0/24 or 192.168.1.0/255.255.255.0.</source>
        <translation>IPv4 网络需要 0 到 32 之间的前缀长度或子网掩码，例如 192.168.1.0/24 或 192.168.1.0/255.255.255.0。</translation>
    </message>
    <message>
        <source>An IPv6 network needs a prefix length from 0 to 128, as in fd00::/64.</source>
        <translation>IPv6 网络需要 0 到 128 之间的前缀长度，例如 fd00::/64。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a network: write an IP address, a slash and a prefix length, as in 10.0.0.0/8.</source>
        <translation>“%1”不是网络：请写成 IP 地址、斜杠和前缀长度的形式，例如 10.0.0.0/8。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IPv6 address.</source>
        <translation>“%1”不是有效的 IPv6 地址。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IPv4 address.</source>
        <translation>“%1”不是有效的 IPv4 地址。</translation>
    </message>
    <message>
        <source>Character classes in a host name cannot be nested.</source>
        <translation>主机名中的字符类不能嵌套。</translation>
    </message>
    <message>
        <source>A &quot;]&quot; in the host name has no matching &quot;[&quot;.</source>
        <translation>主机名中的“]”没有匹配的“[”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid host name: use letters, digits, hyphens and dots, with * and ? as wildcards.</source>
        <translation>“%1”不是有效的主机名：请使用字母、数字、连字符和点，可用 * 和 ? 作为通配符。</translation>
    </message>
    <message>
        <source>A &quot;[&quot; in the host name is not closed.</source>
        <translation>主机名中的“[”未闭合。</translation>
    </message>
    <message>
        <source>An option cannot be empty; check for two commas in a row.</source>
        <translation>选项不能为空；请检查是否有两个连续的逗号。</translation>
    </message>
    <message>
        <source>Set &quot;%1&quot; with the choices above, not as another option.</source>
        <translation>请使用上方的选项设置“%1”，而不要将其作为另一个选项填写。</translation>
    </message>
    <message>
        <source>The option &quot;%1&quot; cannot contain &quot;%2&quot;.</source>
        <translation>选项“%1”不能包含“%2”。</translation>
    </message>
    <message>
        <source>Enter a numeric ID, such as 65534, or leave it empty.</source>
        <translation>请输入数字 ID，例如 65534，或留空。</translation>
    </message>
    <message>
        <source>The ID must be between 0 and 4294967295.</source>
        <translation>ID 必须在 0 到 4294967295 之间。</translation>
    </message>
    <message>
        <source>The clients cannot contain line breaks.</source>
        <translation>客户端不能包含换行符。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has options but no client; write *%1 to export to everyone.</source>
        <translation>“%1”有选项但没有客户端；若要导出给所有人，请写成 *%1。</translation>
    </message>
    <message>
        <source>Write a client&apos;s own options right after it, as in host(rw,sync), with no space.</source>
        <translation>请将客户端自身的选项紧跟在其后书写，例如 host(rw,sync)，中间不要有空格。</translation>
    </message>
    <message>
        <source>no such file or directory</source>
        <translation>没有那个文件或目录</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>权限被拒绝</translation>
    </message>
    <message>
        <source>the file already exists</source>
        <translation>文件已存在</translation>
    </message>
    <message>
        <source>operation not supported by the server</source>
        <translation>服务器不支持该操作</translation>
    </message>
    <message>
        <source>the connection was lost</source>
        <translation>连接已丢失</translation>
    </message>
    <message>
        <source>SFTP error %1</source>
        <translation>SFTP 错误 %1</translation>
    </message>
    <message>
        <source>unknown SSH error</source>
        <translation>未知 SSH 错误</translation>
    </message>
    <message>
        <source>No host name was given.</source>
        <translation>未提供主机名。</translation>
    </message>
    <message>
        <source>Cannot create an SSH session.</source>
        <translation>无法创建 SSH 会话。</translation>
    </message>
    <message>
        <source>Cannot connect to %1: timed out after %2 s (%3).</source>
        <translation>无法连接到 %1：%2 秒后超时（%3）。</translation>
    </message>
    <message>
        <source>Cannot connect to %1: connection refused (no SSH server on port %2?). %3</source>
        <translation>无法连接到 %1：连接被拒绝（端口 %2 上没有 SSH 服务器？）。%3</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>无法连接到 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read the host key of %1: %2</source>
        <translation>无法读取 %1 的主机密钥：%2</translation>
    </message>
    <message>
        <source>Cannot compute the host key fingerprint of %1.</source>
        <translation>无法计算 %1 的主机密钥指纹。</translation>
    </message>
    <message>
        <source>Cannot check the host key of %1 against %2: %3</source>
        <translation>无法根据 %2 检查 %1 的主机密钥：%3</translation>
    </message>
    <message>
        <source>%1, line %2:
%3</source>
        <translation>%1，第 %2 行：
%3</translation>
    </message>
    <message>
        <source>The host key of %1 has changed: possible man-in-the-middle attack. Someone may be impersonating the host, or the host was reinstalled. The server presented %2 %3, but the key recorded for it differs (%4). Virt Ferry will not connect. If the change is expected, verify the new fingerprint with the host&apos;s administrator, remove the old line and connect again.</source>
        <translation>%1 的主机密钥已更改：可能存在中间人攻击。可能有人在冒充该主机，或该主机已重装。服务器提供的是 %2 %3，但为其记录的密钥与此不同（%4）。Virt Ferry 不会连接。如果此更改在预期之中，请与主机管理员核实新的指纹，删除旧的那一行，然后重新连接。</translation>
    </message>
    <message>
        <source>The host key of %1 (%2 %3) was not trusted; not connected.</source>
        <translation>%1 的主机密钥（%2 %3）未被信任；未连接。</translation>
    </message>
    <message>
        <source>Cannot add the host key of %1 to %2: %3</source>
        <translation>无法将 %1 的主机密钥添加到 %2：%3</translation>
    </message>
    <message>
        <source>Passphrase for the SSH key used to log in to %1:</source>
        <translation>用于登录 %1 的 SSH 密钥的口令：</translation>
    </message>
    <message>
        <source>Cannot log in to %1: %2</source>
        <translation>无法登录到 %1：%2</translation>
    </message>
    <message>
        <source>public key (agent, then key files)</source>
        <translation>公钥（先代理，后密钥文件）</translation>
    </message>
    <message>
        <source>public key (key files)</source>
        <translation>公钥（密钥文件）</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>No SSH authentication method (tried or offered); inserted into the message below.</extracomment>
        <translation>无</translation>
    </message>
    <message>
        <source>Authentication to %1 was cancelled (tried: %2).</source>
        <translation>对 %1 的身份验证已取消（已尝试：%2）。</translation>
    </message>
    <message>
        <source>Authentication failed for %1. Tried: %2. The server accepts: %3.</source>
        <translation>%1 身份验证失败。已尝试：%2。服务器接受：%3。</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <source>password (rejected)</source>
        <translation>密码（被拒绝）</translation>
    </message>
    <message>
        <source>keyboard-interactive with the password (rejected)</source>
        <translation>使用密码的 keyboard-interactive 认证（被拒绝）</translation>
    </message>
    <message>
        <source>The SSH session to %1 is not open.</source>
        <translation>到 %1 的 SSH 会话未打开。</translation>
    </message>
    <message>
        <source>The SSH connection to %1 was lost: %2</source>
        <translation>到 %1 的 SSH 连接已丢失：%2</translation>
    </message>
    <message>
        <source>No command was given.</source>
        <translation>未提供命令。</translation>
    </message>
    <message>
        <source>A command argument contains a NUL character; not run.</source>
        <translation>某个命令参数包含 NUL 字符；未运行。</translation>
    </message>
    <message>
        <source>Cannot open a channel to %1: %2</source>
        <translation>无法打开到 %1 的通道：%2</translation>
    </message>
    <message>
        <source>Cannot run %1 on %2: %3</source>
        <translation>无法在 %2 上运行 %1：%3</translation>
    </message>
    <message>
        <source>%1 did not finish within %2 s on %3; it was killed.</source>
        <translation>%1 未在 %2 秒内于 %3 上完成；已将其终止。</translation>
    </message>
    <message>
        <source>%1 did not finish within %2 s on %3; it may still be running there.</source>
        <translation>%1 未在 %2 秒内于 %3 上完成；它可能仍在那里运行。</translation>
    </message>
    <message>
        <source>Cannot write to %1 on %2: %3</source>
        <translation>无法写入 %2 上的 %1：%3</translation>
    </message>
    <message>
        <source>Lost the output of %1 on %2: %3</source>
        <translation>丢失了 %2 上 %1 的输出：%3</translation>
    </message>
    <message>
        <source>%1 on %2 ended without an exit status (killed by a signal?).</source>
        <translation>%2 上的 %1 结束时没有退出状态（是否被信号终止？）。</translation>
    </message>
    <message>
        <source>Cannot start SFTP on %1: %2</source>
        <translation>无法在 %1 上启动 SFTP：%2</translation>
    </message>
    <message>
        <source>Cannot start SFTP on %1 (is the sftp subsystem enabled?): %2</source>
        <translation>无法在 %1 上启动 SFTP（是否已启用 sftp 子系统？）：%2</translation>
    </message>
    <message>
        <source>Cannot open %1 on %2</source>
        <translation>无法打开 %2 上的 %1</translation>
    </message>
    <message>
        <source>Cannot read %1 on %2</source>
        <translation>无法读取 %2 上的 %1</translation>
    </message>
    <message>
        <source>Cannot create %1 on %2</source>
        <translation>无法在 %2 上创建 %1</translation>
    </message>
    <message>
        <source>Cannot write %1 on %2</source>
        <translation>无法写入 %2 上的 %1</translation>
    </message>
    <message>
        <source>Cannot set the permissions of %1 on %2</source>
        <translation>无法设置 %2 上 %1 的权限</translation>
    </message>
    <message>
        <source>The SSH session to %1 was closed.</source>
        <translation>到 %1 的 SSH 会话已关闭。</translation>
    </message>
    <message>
        <source>No answer from %1 within %2 s; gave up.</source>
        <translation>%2 秒内未收到 %1 的应答；已放弃。</translation>
    </message>
    <message>
        <source>Enter a name for the virtual machine.</source>
        <translation>请输入虚拟机的名称。</translation>
    </message>
    <message>
        <source>The name cannot start or end with a space.</source>
        <translation>名称的开头或结尾不能是空格。</translation>
    </message>
    <message>
        <source>The name cannot contain “/”: libvirt stores the definition in a file named after it.</source>
        <translation>名称不能包含“/”：libvirt 会将定义存储在以该名称命名的文件中。</translation>
    </message>
    <message>
        <source>The name cannot contain quotes.</source>
        <translation>名称不能包含引号。</translation>
    </message>
    <message>
        <source>The name cannot contain line breaks.</source>
        <translation>名称不能包含换行符。</translation>
    </message>
    <message>
        <source>The name cannot contain control characters such as tabs.</source>
        <translation>名称不能包含制表符等控制字符。</translation>
    </message>
    <message>
        <source>“.” and “..” cannot be used as names.</source>
        <translation>“.”和“..”不能用作名称。</translation>
    </message>
    <message>
        <source>The name is too long (at most 200 bytes in UTF-8).</source>
        <translation>名称过长（UTF-8 编码下最多 200 字节）。</translation>
    </message>
    <message>
        <source>A virtual machine needs at least %1 MiB of memory.</source>
        <translation>虚拟机至少需要 %1 MiB 内存。</translation>
    </message>
    <message>
        <source>More than the host has: it has %1 of memory.</source>
        <translation>超出了主机的容量：主机内存为 %1。</translation>
    </message>
    <message>
        <source>A virtual machine needs at least one virtual CPU.</source>
        <translation>虚拟机至少需要一个虚拟 CPU。</translation>
    </message>
    <message numerus="yes">
        <source>More than the host has: it has %n CPU(s).</source>
        <translation>
            <numerusform>超出了主机的容量：主机有 %n 个 CPU。</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the name of a bridge on the host, such as br0.</source>
        <translation>请输入主机上网桥的名称，例如 br0。</translation>
    </message>
    <message>
        <source>A bridge name cannot contain spaces, “/” or “:”.</source>
        <translation>网桥名称不能包含空格、“/”或“:”。</translation>
    </message>
    <message>
        <source>A bridge name has at most 15 characters.</source>
        <translation>网桥名称最多 15 个字符。</translation>
    </message>
    <message>
        <source>The connection was closed before it answered.</source>
        <translation>连接在应答之前已关闭。</translation>
    </message>
    <message>
        <source>This host&apos;s libvirt cannot look for %1 sources.</source>
        <translation>此主机的 libvirt 无法查找 %1 类型的源。</translation>
    </message>
    <message>
        <source>The host cannot list NFS exports: the showmount program (package nfs-common or nfs-utils) is not installed there.</source>
        <translation>主机无法列出 NFS 导出：主机上未安装 showmount 程序（软件包 nfs-common 或 nfs-utils）。</translation>
    </message>
    <message>
        <source>The NFS server %1 did not list its exports (is it running and reachable from the host?): %2</source>
        <translation>NFS 服务器 %1 未列出其 NFS 导出（它是否正在运行，且可从该主机访问？）：%2</translation>
    </message>
    <message>
        <source>Cannot look for %1 sources: %2</source>
        <translation>无法查找 %1 类型的源：%2</translation>
    </message>
    <message>
        <source>Cannot read the host&apos;s answer (line %1): %2</source>
        <translation>无法读取主机的应答（第 %1 行）：%2</translation>
    </message>
    <message>
        <source>The host&apos;s answer is not a list of sources.</source>
        <translation>主机的应答不是源列表。</translation>
    </message>
    <message>
        <source>Storage pools will not update by themselves: %1</source>
        <translation>存储池不会自动更新：%1</translation>
    </message>
    <message>
        <source>Cannot list the storage pools: %1</source>
        <translation>无法列出存储池：%1</translation>
    </message>
    <message>
        <source>Cannot list the volumes of %1: %2</source>
        <translation>无法列出 %1 的卷：%2</translation>
    </message>
    <message>
        <source>There is no storage pool named “%1”.</source>
        <translation>不存在名为“%1”的存储池。</translation>
    </message>
    <message>
        <source>Cannot list the volumes to delete: %1</source>
        <translation>无法列出要删除的卷：%1</translation>
    </message>
    <message>
        <source>Some volumes could not be deleted, so the pool was kept:
%1</source>
        <translation>部分卷无法删除，因此保留了存储池：
%1</translation>
    </message>
    <message>
        <source>Cannot stop the pool: %1</source>
        <translation>无法停止存储池：%1</translation>
    </message>
    <message>
        <source>The volumes were deleted, but not the pool&apos;s own storage: %1</source>
        <translation>卷已删除，但存储池自身的存储未删除：%1</translation>
    </message>
    <message>
        <source>Cannot remove the pool&apos;s definition: %1</source>
        <translation>无法移除存储池的定义：%1</translation>
    </message>
    <message>
        <source>The allocation (%1) cannot be larger than the capacity (%2).</source>
        <translation>分配量（%1）不能大于容量（%2）。</translation>
    </message>
    <message>
        <source>Only qcow2 volumes can have a backing volume.</source>
        <translation>只有 qcow2 卷才能有后备卷。</translation>
    </message>
    <message>
        <source>Pool %1 is not active; start it first.</source>
        <translation>存储池 %1 未处于活动状态；请先启动它。</translation>
    </message>
    <message>
        <source>Allocating %1 needs more than the %2 free in pool %3.</source>
        <translation>分配 %1 所需的空间超过了存储池 %3 中的 %2 可用空间。</translation>
    </message>
    <message>
        <source>A volume named “%1” already exists in pool %2.</source>
        <translation>存储池 %2 中已存在名为“%1”的卷。</translation>
    </message>
    <message>
        <source>%1 is smaller than the volume&apos;s %2: shrinking would destroy data, so only growing is supported.</source>
        <translation>%1 小于卷当前的 %2：缩小会破坏数据，因此仅支持扩大。</translation>
    </message>
    <message>
        <source>Cannot start the pool: %1</source>
        <translation>无法启动存储池：%1</translation>
    </message>
    <message>
        <source>Cannot mark the pool to start with the host: %1</source>
        <translation>无法将存储池设置为随主机启动：%1</translation>
    </message>
    <message>
        <source>A different pool named “%1” exists: %2. It was left unchanged.</source>
        <translation>已存在另一个名为“%1”的存储池：%2。未对其进行更改。</translation>
    </message>
    <message>
        <source>Cannot build the pool: %1</source>
        <translation>无法构建存储池：%1</translation>
    </message>
    <message>
        <source>The definition was removed again.</source>
        <translation>定义已被再次移除。</translation>
    </message>
    <message>
        <source>This host cannot tell which storage pool types it supports: %1</source>
        <translation>此主机无法告知其支持哪些存储池类型：%1</translation>
    </message>
    <message>
        <source>The virtual machine was defined but did not start: %1</source>
        <translation>虚拟机已定义，但未能启动：%1</translation>
    </message>
    <message>
        <source>Cannot list the networks: %1</source>
        <translation>无法列出网络：%1</translation>
    </message>
    <message>
        <source>Cannot read libvirt&apos;s XML (line %1): %2</source>
        <translation>无法读取 libvirt 的 XML（第 %1 行）：%2</translation>
    </message>
    <message>
        <source>Enter a %1 name.</source>
        <extracomment>%1 is &quot;pool&quot; or &quot;volume&quot; (translated on their own) in this and the following name errors.</extracomment>
        <translation>请输入%1名称。</translation>
    </message>
    <message>
        <source>The %1 name cannot contain line breaks, tabs or other control characters.</source>
        <translation>%1名称不能包含换行符、制表符或其他控制字符。</translation>
    </message>
    <message>
        <source>“.” and “..” cannot be used as a %1 name.</source>
        <translation>“.”和“..”不能用作%1名称。</translation>
    </message>
    <message>
        <source>The %1 name cannot contain “/”: it becomes a file name.</source>
        <translation>%1名称不能包含“/”：它会成为文件名。</translation>
    </message>
    <message>
        <source>The %1 name cannot contain quotes (&apos; &quot; `).</source>
        <translation>%1名称不能包含引号（&apos; &quot; `）。</translation>
    </message>
    <message>
        <source>The %1 name cannot start or end with a space.</source>
        <translation>%1名称的开头或结尾不能是空格。</translation>
    </message>
    <message>
        <source>“%1” is not a valid IPv4 address: it needs four numbers separated by dots.</source>
        <translation>“%1”不是有效的 IPv4 地址：需要四个以点分隔的数字。</translation>
    </message>
    <message>
        <source>“%1” is not a valid IPv4 address: each number must be between 0 and 255.</source>
        <translation>“%1”不是有效的 IPv4 地址：每个数字都必须在 0 到 255 之间。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>未活动</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>正在构建</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>已降级</translation>
    </message>
    <message>
        <source>Inaccessible</source>
        <translation>无法访问</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Set autostart</source>
        <translation>设置自动启动</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <source>Already exists, identical</source>
        <translation>已存在，定义相同</translation>
    </message>
    <message>
        <source>A different pool of that name exists</source>
        <translation>已存在同名但定义不同的存储池</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>This is not a storage pool definition.</source>
        <translation>这不是存储池定义。</translation>
    </message>
    <message>
        <source>%1 %2 here, %3 requested</source>
        <extracomment>%1 is a pool setting such as &quot;target path&quot; (translated on its own), %2 its value on this host, %3 the value the new pool asks for.</extracomment>
        <translation>%1：此处为 %2，请求的是 %3</translation>
    </message>
    <message>
        <source>type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>target path</source>
        <translation>目标路径</translation>
    </message>
    <message>
        <source>source host</source>
        <translation>源主机</translation>
    </message>
    <message>
        <source>source path</source>
        <translation>源路径</translation>
    </message>
    <message>
        <source>source device</source>
        <translation>源设备</translation>
    </message>
    <message>
        <source>source name</source>
        <translation>源名称</translation>
    </message>
    <message>
        <source>source format</source>
        <translation>源格式</translation>
    </message>
    <message>
        <source>NFS version</source>
        <translation>NFS 版本</translation>
    </message>
    <message>
        <source>mount options</source>
        <translation>挂载选项</translation>
    </message>
    <message>
        <source>pool</source>
        <extracomment>A storage pool, inserted into &quot;Enter a %1 name.&quot; and the like.</extracomment>
        <translation>存储池</translation>
    </message>
    <message>
        <source>volume</source>
        <extracomment>A storage volume, inserted into &quot;Enter a %1 name.&quot; and the like.</extracomment>
        <translation>卷</translation>
    </message>
    <message>
        <source>Enter a path.</source>
        <translation>请输入路径。</translation>
    </message>
    <message>
        <source>The path cannot contain line breaks, tabs or other control characters.</source>
        <translation>路径不能包含换行符、制表符或其他控制字符。</translation>
    </message>
    <message>
        <source>The path must be absolute (start with “/”).</source>
        <translation>路径必须是绝对路径（以“/”开头）。</translation>
    </message>
    <message>
        <source>The path cannot contain “..”.</source>
        <translation>路径不能包含“..”。</translation>
    </message>
    <message>
        <source>Enter the server&apos;s host name or IP address.</source>
        <translation>请输入服务器的主机名或 IP 地址。</translation>
    </message>
    <message>
        <source>The server address cannot contain spaces or control characters.</source>
        <translation>服务器地址不能包含空格或控制字符。</translation>
    </message>
    <message>
        <source>“%1” is not a valid IPv6 address.</source>
        <translation>“%1”不是有效的 IPv6 地址。</translation>
    </message>
    <message>
        <source>“%1” is not a valid host name: use letters, digits, “-” and dots.</source>
        <translation>“%1”不是有效的主机名：请使用字母、数字、“-”和点。</translation>
    </message>
    <message>
        <source>The size must be greater than zero.</source>
        <translation>大小必须大于零。</translation>
    </message>
    <message>
        <source>%1 is more than the %2 free in this pool.</source>
        <translation>%1 超出了此存储池中的 %2 可用空间。</translation>
    </message>
    <message>
        <source>The domain XML is not well-formed (line %1, column %2): %3</source>
        <translation>虚拟机 XML 格式不正确（第 %1 行，第 %2 列）：%3</translation>
    </message>
    <message>
        <source>The new name of the domain is empty.</source>
        <translation>虚拟机的新名称为空。</translation>
    </message>
    <message>
        <source>The new source of disk %1 is empty.</source>
        <translation>磁盘 %1 的新源为空。</translation>
    </message>
    <message>
        <source>The domain has no disk with target “%1”.</source>
        <translation>虚拟机没有目标为“%1”的磁盘。</translation>
    </message>
    <message>
        <source>The XML is not a domain definition (its root is &lt;%1&gt;).</source>
        <translation>该 XML 不是虚拟机定义（其根元素为 &lt;%1&gt;）。</translation>
    </message>
    <message>
        <source>The domain XML is empty.</source>
        <translation>虚拟机 XML 为空。</translation>
    </message>
    <message>
        <source>Migrating %1%</source>
        <extracomment>A VM&apos;s state while it migrates; %1 is the percentage done.</extracomment>
        <translation>正在迁移 %1%</translation>
    </message>
    <message>
        <source>Column “%1” holds “%2”, which is not a valid value.</source>
        <translation>列“%1”的值“%2”无效。</translation>
    </message>
    <message>
        <source>The line has %1 cells, but the header has %2 columns.</source>
        <translation>该行有 %1 个单元格，但标题行有 %2 列。</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>The file is empty; it needs a header line.</source>
        <translation>文件为空；需要一个标题行。</translation>
    </message>
    <message>
        <source>The header must name the columns “%1” and “%2”; is this a job statistics file?</source>
        <translation>标题行必须包含列“%1”和“%2”；这是作业统计文件吗？</translation>
    </message>
    <message>
        <source>The line is empty.</source>
        <translation>该行为空。</translation>
    </message>
    <message>
        <source>The virtual machine %1 is not on this host.</source>
        <translation>虚拟机 %1 不在此主机上。</translation>
    </message>
    <message>
        <source>Cannot read the job statistics.</source>
        <translation>无法读取作业统计信息。</translation>
    </message>
    <message>
        <source>the host</source>
        <translation>该主机</translation>
    </message>
    <message>
        <source>Copying the disks into a chosen pool needs a connection to the destination host.</source>
        <translation>将磁盘复制到所选存储池需要连接到目的主机。</translation>
    </message>
    <message>
        <source>The pool “%1” was not found on the destination: %2</source>
        <translation>在目的主机上找不到存储池“%1”：%2</translation>
    </message>
    <message>
        <source>no such pool</source>
        <translation>无此存储池</translation>
    </message>
    <message>
        <source>The pool “%1” on the destination is not running; start it first.</source>
        <translation>目的主机上的存储池“%1”未运行；请先启动它。</translation>
    </message>
    <message>
        <source>Cannot read the definition of the virtual machine: %1</source>
        <translation>无法读取虚拟机的定义：%1</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <source>Disk %1 has no local image, so it cannot be copied into pool “%2”.</source>
        <translation>磁盘 %1 没有本地镜像，因此无法复制到存储池“%2”。</translation>
    </message>
    <message>
        <source>Cannot read the source volume of disk %1: %2</source>
        <translation>无法读取磁盘 %1 的源卷：%2</translation>
    </message>
    <message>
        <source>Cannot read the size of disk %1: %2</source>
        <translation>无法读取磁盘 %1 的大小：%2</translation>
    </message>
    <message>
        <source>Disk %1 is not in a storage pool on the source, so its backing image is unknown; an incremental copy into pool “%2” needs it.</source>
        <translation>磁盘 %1 不在源主机的存储池中，因此其后备镜像未知；而增量复制到存储池“%2”需要该后备镜像。</translation>
    </message>
    <message>
        <source>Two disks would get the volume name “%1” in pool “%2”.</source>
        <translation>两个磁盘在存储池“%2”中会得到相同的卷名“%1”。</translation>
    </message>
    <message>
        <source>Pool “%1” on the destination already has a volume named “%2”; nothing was migrated.</source>
        <translation>目的主机上的存储池“%1”中已有名为“%2”的卷；未迁移任何内容。</translation>
    </message>
    <message>
        <source>Cannot create the volume “%1” in pool “%2” on the destination: %3</source>
        <translation>无法在目的主机的存储池“%2”中创建卷“%1”：%3</translation>
    </message>
    <message>
        <source>The new volume “%1” on the destination has no path.</source>
        <translation>目的主机上的新卷“%1”没有路径。</translation>
    </message>
    <message>
        <source>The virtual machine has no disk %1.</source>
        <translation>虚拟机没有磁盘 %1。</translation>
    </message>
    <message>
        <source>The virtual machine has no disk to copy into pool “%1”.</source>
        <translation>虚拟机没有可复制到存储池“%1”的磁盘。</translation>
    </message>
    <message>
        <source>still on the source host</source>
        <translation>仍在源主机上</translation>
    </message>
    <message>
        <source>on the destination host</source>
        <translation>在目的主机上</translation>
    </message>
    <message>
        <source>on both hosts</source>
        <translation>在两台主机上</translation>
    </message>
    <message>
        <source>on neither host</source>
        <translation>不在任何一台主机上</translation>
    </message>
    <message>
        <source>on an unknown host</source>
        <translation>在未知主机上</translation>
    </message>
    <message>
        <source>The virtual machine %1 is not on the source host.</source>
        <translation>虚拟机 %1 不在源主机上。</translation>
    </message>
    <message>
        <source>These volumes created on the destination could not be deleted yet: %1. They are deleted once the destination host is connected again.</source>
        <translation>以下在目的主机上创建的卷暂时无法删除：%1。目的主机重新连接后，这些卷将被删除。</translation>
    </message>
    <message>
        <source>Could not prepare the migration parameters.</source>
        <translation>无法准备迁移参数。</translation>
    </message>
    <message>
        <source>The migration was cancelled before it started.</source>
        <translation>迁移在开始前已被取消。</translation>
    </message>
    <message>
        <source>The migration failed.</source>
        <translation>迁移失败。</translation>
    </message>
    <message>
        <source>libvirt reported the migration as done, but the check found the virtual machine %1.</source>
        <translation>libvirt 报告迁移已完成，但检查发现虚拟机%1。</translation>
    </message>
    <message>
        <source>The virtual machine is no longer on the source host.</source>
        <translation>虚拟机已不在源主机上。</translation>
    </message>
    <message>
        <source>The change was refused.</source>
        <translation>更改被拒绝。</translation>
    </message>
    <message>
        <source>A migration URI looks like tcp://10.0.0.2 or tcp://host:49152.</source>
        <translation>迁移 URI 的格式如 tcp://10.0.0.2 或 tcp://host:49152。</translation>
    </message>
    <message>
        <source>A unix migration URI needs a socket path, as in unix:///run/mig.sock.</source>
        <translation>unix 迁移 URI 需要套接字路径，如 unix:///run/mig.sock。</translation>
    </message>
    <message>
        <source>Unknown migration transport &quot;%1&quot;: use tcp, rdma or unix.</source>
        <translation>未知的迁移传输方式“%1”：请使用 tcp、rdma 或 unix。</translation>
    </message>
    <message>
        <source>The migration URI needs the destination&apos;s address, as in tcp://10.0.0.2.</source>
        <translation>迁移 URI 需要目的主机的地址，如 tcp://10.0.0.2。</translation>
    </message>
    <message>
        <source>A %1 migration URI has only an address and a port.</source>
        <translation>%1 迁移 URI 只能包含地址和端口。</translation>
    </message>
    <message>
        <source>Peer-to-peer migration needs the destination&apos;s libvirt URI, as the source host sees it.</source>
        <translation>点对点迁移需要目的主机的 libvirt URI（从源主机看到的形式）。</translation>
    </message>
    <message>
        <source>Tunnelled migration runs through the libvirt daemons: turn on peer-to-peer.</source>
        <translation>隧道迁移经由 libvirt 守护进程进行：请开启点对点。</translation>
    </message>
    <message>
        <source>Tunnelled migration cannot copy storage: libvirt&apos;s tunnel carries only memory. Turn off tunnelling or use shared storage.</source>
        <translation>隧道迁移无法复制存储：libvirt 的隧道只传输内存。请关闭隧道或使用共享存储。</translation>
    </message>
    <message>
        <source>Tunnelled migration cannot use parallel connections.</source>
        <translation>隧道迁移无法使用并行连接。</translation>
    </message>
    <message>
        <source>A tunnelled migration has no migration URI of its own: the data goes through the libvirt connection.</source>
        <translation>隧道迁移没有自己的迁移 URI：数据经由 libvirt 连接传输。</translation>
    </message>
    <message>
        <source>An offline migration consists of defining the virtual machine on the destination: keep &quot;persistent on destination&quot; on.</source>
        <translation>静态迁移就是在目的主机上定义虚拟机：请保持勾选“在目的主机上保持定义（持久）”。</translation>
    </message>
    <message>
        <source>An offline migration cannot copy storage; use the offline move with disk copy instead.</source>
        <translation>静态迁移无法复制存储；请改用静态迁移（复制磁盘）。</translation>
    </message>
    <message>
        <source>Choosing disks to copy needs a migration with storage copy.</source>
        <translation>选择要复制的磁盘需要使用带存储复制的迁移。</translation>
    </message>
    <message>
        <source>The bandwidth limit can be at most %1 MiB/s; 0 means unlimited.</source>
        <translation>带宽限制最多为 %1 MiB/s；0 表示不限制。</translation>
    </message>
    <message>
        <source>The maximum downtime can be at most %1 ms; 0 keeps the hypervisor&apos;s default.</source>
        <translation>最大停机时间最多为 %1 ms；0 表示使用虚拟化管理程序的默认值。</translation>
    </message>
    <message>
        <source>Parallel connections must be between 1 and %1, or 0 for a single connection.</source>
        <translation>并行连接数必须在 1 到 %1 之间，或为 0 表示单个连接。</translation>
    </message>
    <message>
        <source>Unknown compression method &quot;%1&quot;: use %2.</source>
        <translation>未知的压缩方式“%1”：请使用 %2。</translation>
    </message>
    <message>
        <source>The compression method &quot;%1&quot; is listed twice.</source>
        <translation>压缩方式“%1”被列出了两次。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a disk target name such as vda.</source>
        <translation>“%1”不是磁盘目标名称（如 vda）。</translation>
    </message>
    <message>
        <source>The disk &quot;%1&quot; is listed twice.</source>
        <translation>磁盘“%1”被列出了两次。</translation>
    </message>
    <message>
        <source>The destination XML is empty; clear it to use the source definition.</source>
        <translation>目的 XML 为空；请清空它以使用源定义。</translation>
    </message>
    <message>
        <source>libvirt migration</source>
        <translation>libvirt 迁移</translation>
    </message>
    <message>
        <source>offline move with disk copy</source>
        <translation>静态迁移（复制磁盘）</translation>
    </message>
    <message>
        <source>save state and move</source>
        <translation>保存状态后迁移</translation>
    </message>
    <message>
        <source>For each disk: vol-dumpxml and vol-create --pool on the destination, then vol-download --sparse here and vol-upload --sparse there.</source>
        <translation>对每个磁盘：在目的主机上执行 vol-dumpxml 和 vol-create --pool，然后在本端执行 vol-download --sparse，在对端执行 vol-upload --sparse。</translation>
    </message>
    <message>
        <source>Only a libvirt migration uses this option, not the %1.</source>
        <translation>只有 libvirt 迁移使用此选项，%1不使用。</translation>
    </message>
    <message>
        <source>The %1 always defines the virtual machine on the destination.</source>
        <translation>%1始终会在目的主机上定义虚拟机。</translation>
    </message>
    <message>
        <source>The %1 copies every disk that lives in a storage pool.</source>
        <translation>%1会复制位于存储池中的每个磁盘。</translation>
    </message>
    <message>
        <source>A destination XML describes one virtual machine: edit it only when one moves.</source>
        <translation>目的 XML 描述的是一个虚拟机：仅在迁移单个虚拟机时才能编辑。</translation>
    </message>
    <message>
        <source>A destination pool is only used by a migration that copies storage.</source>
        <translation>只有复制存储的迁移才会使用目的存储池。</translation>
    </message>
    <message>
        <source>Only save state and move writes a memory state file.</source>
        <translation>只有“保存状态后迁移”会写入内存状态文件。</translation>
    </message>
    <message>
        <source>Shared storage is chosen with the migration mode for a libvirt migration.</source>
        <translation>对于 libvirt 迁移，共享存储通过迁移模式来选择。</translation>
    </message>
    <message>
        <source>Source volumes are deleted only by the offline move and by save state and move, after checking the copies.</source>
        <translation>只有静态迁移（复制磁盘）和“保存状态后迁移”会在核对副本后删除源卷。</translation>
    </message>
    <message>
        <source>Choose the pool on the destination that the disks are copied into.</source>
        <translation>选择目的主机上用于存放磁盘副本的存储池。</translation>
    </message>
    <message>
        <source>On shared storage nothing needs copying: use the offline migration, which only defines the virtual machine on the destination.</source>
        <translation>在共享存储上无需复制任何内容：请使用静态迁移，它只在目的主机上定义虚拟机。</translation>
    </message>
    <message>
        <source>Choose the pool on the source that the memory state is saved to.</source>
        <translation>选择源主机上用于保存内存状态的存储池。</translation>
    </message>
    <message>
        <source>Choose the pool on the destination that the disks and the state file are copied into.</source>
        <translation>选择目的主机上用于存放磁盘和状态文件副本的存储池。</translation>
    </message>
    <message>
        <source>Save state and move always removes the virtual machine from the source: it resumes only on the destination.</source>
        <translation>“保存状态后迁移”始终会从源主机移除虚拟机：它只会在目的主机上恢复运行。</translation>
    </message>
    <message>
        <source>On shared storage nothing is copied: the source volumes are the virtual machine&apos;s disks and cannot be deleted.</source>
        <translation>在共享存储上不会复制任何内容：源卷就是虚拟机的磁盘，不能删除。</translation>
    </message>
    <message>
        <source>The source volumes can only be deleted when the virtual machine is undefined on the source; its definition there would point at missing disks.</source>
        <translation>只有在源主机上取消定义虚拟机时才能删除源卷；否则其在源主机上的定义会指向不存在的磁盘。</translation>
    </message>
    <message>
        <source>Between 1 and %1 virtual machines can move at the same time.</source>
        <translation>可同时迁移的虚拟机数量为 1 到 %1 个。</translation>
    </message>
    <message>
        <source>On %1 it is called “%2”.</source>
        <translation>在 %1 上它名为“%2”。</translation>
    </message>
    <message>
        <source>Create the destination volumes in pool “%1” on %2, with the source&apos;s format and capacity.</source>
        <translation>在 %2 上的存储池“%1”中创建目的卷，格式和容量与源相同。</translation>
    </message>
    <message>
        <source>libvirt creates the destination disks at the same paths on %1 (a pool with the same target path must exist there).</source>
        <translation>libvirt 在 %1 上以相同路径创建目的磁盘（该主机上必须存在目标路径相同的存储池）。</translation>
    </message>
    <message>
        <source>every disk not on shared storage</source>
        <translation>所有不在共享存储上的磁盘</translation>
    </message>
    <message>
        <source>the disks %1</source>
        <translation>磁盘 %1</translation>
    </message>
    <message>
        <source>Migrate “%1” live from %2 to %3 while it keeps running; its disks stay on the storage both hosts share.</source>
        <translation>将“%1”从 %2 动态迁移到 %3，迁移期间保持运行；其磁盘保留在两台主机共享的存储上。</translation>
    </message>
    <message>
        <source>Migrate “%1” live from %2 to %3, copying %4 in full while it keeps running.</source>
        <translation>将“%1”从 %2 动态迁移到 %3，迁移期间保持运行，并完整复制%4。</translation>
    </message>
    <message>
        <source>Migrate “%1” live from %2 to %3, copying of %4 only what lies above their base images, which both hosts share.</source>
        <translation>将“%1”从 %2 动态迁移到 %3，对于%4，仅复制其基础镜像之上的部分（基础镜像由两台主机共享）。</translation>
    </message>
    <message>
        <source>Define the shut-off “%1” on %2 from its definition on %3 (offline migration); its disks stay on the storage both hosts share.</source>
        <translation>根据“%1”在 %3 上的定义，在 %2 上定义已关机的“%1”（静态迁移）；其磁盘保留在两台主机共享的存储上。</translation>
    </message>
    <message>
        <source>The libvirt daemon of %1 connects to %2 itself and tunnels the data through that connection.</source>
        <translation>%1 的 libvirt 守护进程自行连接到 %2，并通过该连接以隧道方式传输数据。</translation>
    </message>
    <message>
        <source>The libvirt daemon of %1 connects to %2 itself (peer to peer).</source>
        <translation>%1 的 libvirt 守护进程自行连接到 %2（点对点）。</translation>
    </message>
    <message>
        <source>The data goes to %1.</source>
        <translation>数据发送到 %1。</translation>
    </message>
    <message>
        <source>The data is encrypted with TLS.</source>
        <translation>数据使用 TLS 加密。</translation>
    </message>
    <message>
        <source>The transfer is limited to %1 MiB/s.</source>
        <translation>传输速率限制为 %1 MiB/s。</translation>
    </message>
    <message>
        <source>Memory is compressed with %1.</source>
        <translation>内存使用 %1 压缩。</translation>
    </message>
    <message>
        <source>If memory changes faster than it is sent, the guest&apos;s CPUs are slowed down until the migration converges.</source>
        <translation>如果内存变化快于发送速度，将降低客户机的 CPU 速度，直到迁移收敛。</translation>
    </message>
    <message>
        <source>The migration may switch to post-copy: the guest runs on %1 before all its memory arrived.</source>
        <translation>迁移可能切换为后拷贝：客户机在全部内存到达之前就在 %1 上运行。</translation>
    </message>
    <message>
        <source>The final pause may last at most %1 ms.</source>
        <translation>最后的暂停最多持续 %1 ms。</translation>
    </message>
    <message>
        <source>libvirt&apos;s safety check on disk caches is skipped (unsafe).</source>
        <translation>跳过 libvirt 对磁盘缓存的安全检查（不安全）。</translation>
    </message>
    <message>
        <source>The edited destination XML defines it on %1.</source>
        <translation>编辑后的目的 XML 会在 %1 上定义它。</translation>
    </message>
    <message>
        <source>“%1” stays paused on %2 afterwards.</source>
        <translation>之后“%1”在 %2 上保持已暂停状态。</translation>
    </message>
    <message>
        <source>“%1” runs on %2.</source>
        <translation>“%1”在 %2 上运行。</translation>
    </message>
    <message>
        <source>Its definition is saved on %1 (persistent).</source>
        <translation>其定义保存在 %1 上（持久）。</translation>
    </message>
    <message>
        <source>It is not defined on %1: once it shuts down there, it is gone from %1.</source>
        <translation>它不会在 %1 上定义：一旦在该主机上关机，它就会从 %1 上消失。</translation>
    </message>
    <message>
        <source>Its definition is removed from %1 (undefined).</source>
        <translation>其定义从 %1 上移除（取消定义）。</translation>
    </message>
    <message>
        <source>Its definition stays on %1 (temporary move).</source>
        <translation>其定义保留在 %1 上（临时迁移）。</translation>
    </message>
    <message>
        <source>Check that “%1” is shut off on %2 and that %3 has no virtual machine named “%4”.</source>
        <translation>检查“%1”在 %2 上已关机，且 %3 上没有名为“%4”的虚拟机。</translation>
    </message>
    <message>
        <source>Copy each disk that lives in a storage pool of %1 into pool “%2” on %3 (sparse, same volume names).</source>
        <translation>将 %1 上位于存储池中的每个磁盘复制到 %3 上的存储池“%2”（稀疏复制，卷名不变）。</translation>
    </message>
    <message>
        <source>Rewrite the disk sources in its XML to the new volumes.</source>
        <translation>将其 XML 中的磁盘源改写为新卷。</translation>
    </message>
    <message>
        <source>Define “%1” on %2.</source>
        <translation>在 %2 上定义“%1”。</translation>
    </message>
    <message>
        <source>Undefine “%1” on %2.</source>
        <translation>在 %2 上取消定义“%1”。</translation>
    </message>
    <message>
        <source>Keep “%1” defined on %2 (temporary move).</source>
        <translation>在 %2 上保留“%1”的定义（临时迁移）。</translation>
    </message>
    <message>
        <source>Delete the source volumes on %1 once sizes and checksums of the copies match.</source>
        <translation>副本的大小和校验和一致后，删除 %1 上的源卷。</translation>
    </message>
    <message>
        <source>Keep the source volumes on %1.</source>
        <translation>保留 %1 上的源卷。</translation>
    </message>
    <message>
        <source>If anything fails, the copies are removed and “%1” stays defined on %2.</source>
        <translation>如有任何失败，将删除副本，“%1”仍定义在 %2 上。</translation>
    </message>
    <message>
        <source>Save the memory of the running “%1” to a state file in pool “%2” on %3; the guest stops there.</source>
        <translation>将运行中的“%1”的内存保存到 %3 上存储池“%2”中的状态文件；客户机随即在该主机上停止。</translation>
    </message>
    <message>
        <source>Copy nothing: %1 sees the disks and the state file on the same shared storage.</source>
        <translation>无需复制：%1 可在同一共享存储上访问磁盘和状态文件。</translation>
    </message>
    <message>
        <source>Copy the disks and the state file into pool “%1” on %2.</source>
        <translation>将磁盘和状态文件复制到 %2 上的存储池“%1”。</translation>
    </message>
    <message>
        <source>Restore “%1” on %2 from the state file with the rewritten XML: the guest resumes where it stopped.</source>
        <translation>使用改写后的 XML 从状态文件在 %2 上恢复“%1”：客户机从停止处继续运行。</translation>
    </message>
    <message>
        <source>Undefine “%1” on %2 and remove the state file.</source>
        <translation>在 %2 上取消定义“%1”并删除状态文件。</translation>
    </message>
    <message>
        <source>Delete the source volumes on %1 once the copies were verified.</source>
        <translation>副本校验通过后，删除 %1 上的源卷。</translation>
    </message>
    <message>
        <source>If anything fails after the save, “%1” is restored on %2 from its state file.</source>
        <translation>保存后如有任何失败，将从状态文件在 %2 上恢复“%1”。</translation>
    </message>
    <message>
        <source>The destination XML points the copied disks at the new volumes.</source>
        <translation>目的 XML 将复制的磁盘指向新卷。</translation>
    </message>
    <message>
        <source>Edit the XML file: point each copied disk at its new volume (vol-path on the destination).</source>
        <translation>编辑 XML 文件：将每个复制的磁盘指向其新卷（目的主机上的 vol-path）。</translation>
    </message>
    <message>
        <source>Edit the XML file: point each copied disk at its new volume (vol-path on the destination), set the new name and remove the uuid.</source>
        <translation>编辑 XML 文件：将每个复制的磁盘指向其新卷（目的主机上的 vol-path），设置新名称并删除 uuid。</translation>
    </message>
    <message>
        <source>Edit both XML files: point each copied disk at its new volume (vol-path on the destination).</source>
        <translation>编辑两个 XML 文件：将每个复制的磁盘指向其新卷（目的主机上的 vol-path）。</translation>
    </message>
    <message>
        <source>Edit both XML files: set the new name.</source>
        <translation>编辑两个 XML 文件：设置新名称。</translation>
    </message>
    <message>
        <source>Destination connected</source>
        <translation>目的主机已连接</translation>
    </message>
    <message>
        <source>Source connected</source>
        <translation>源主机已连接</translation>
    </message>
    <message>
        <source>The source host is not connected.</source>
        <translation>源主机未连接。</translation>
    </message>
    <message>
        <source>Connect to the source host first.</source>
        <translation>请先连接到源主机。</translation>
    </message>
    <message>
        <source>The destination host is not connected.</source>
        <translation>目的主机未连接。</translation>
    </message>
    <message>
        <source>Connect to the destination host first.</source>
        <translation>请先连接到目的主机。</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>已连接到 %1。</translation>
    </message>
    <message>
        <source>Destination is another host</source>
        <translation>目的主机是另一台主机</translation>
    </message>
    <message>
        <source>Choose a destination that is another machine.</source>
        <translation>请选择另一台机器作为目的主机。</translation>
    </message>
    <message>
        <source>Source and destination are the same connection.</source>
        <translation>源主机和目的主机是同一个连接。</translation>
    </message>
    <message>
        <source>Both hosts report the host UUID %1, so libvirt treats them as the same machine.</source>
        <translation>两台主机报告的主机 UUID 均为 %1，因此 libvirt 将它们视为同一台机器。</translation>
    </message>
    <message>
        <source>Choose another destination, or, if these really are two machines (cloned installations), give each a unique host_uuid in libvirtd.conf.</source>
        <translation>请选择其他目的主机；如果它们确实是两台机器（克隆安装），请在 libvirtd.conf 中为每台主机设置唯一的 host_uuid。</translation>
    </message>
    <message>
        <source>Host UUIDs differ (%1, %2).</source>
        <translation>主机 UUID 不同（%1、%2）。</translation>
    </message>
    <message>
        <source>Source and destination are both %1: the same host.</source>
        <translation>源主机和目的主机都是 %1：同一台主机。</translation>
    </message>
    <message>
        <source>The hosts report no host UUID; their connection URIs differ (%1, %2).</source>
        <translation>两台主机均未报告主机 UUID；它们的连接 URI 不同（%1、%2）。</translation>
    </message>
    <message>
        <source>Same hypervisor</source>
        <translation>虚拟化管理程序相同</translation>
    </message>
    <message>
        <source>Could not read the hypervisor type: %1</source>
        <translation>无法读取虚拟化管理程序类型：%1</translation>
    </message>
    <message>
        <source>The source runs %1, the destination %2.</source>
        <translation>源主机运行 %1，目的主机运行 %2。</translation>
    </message>
    <message>
        <source>Choose a destination with the same hypervisor.</source>
        <translation>请选择使用相同虚拟化管理程序的目的主机。</translation>
    </message>
    <message>
        <source>Both hosts run %1.</source>
        <translation>两台主机均运行 %1。</translation>
    </message>
    <message>
        <source>VM state fits the method</source>
        <translation>虚拟机状态适合该迁移方式</translation>
    </message>
    <message>
        <source>The VM %1 was not found on the source: %2</source>
        <translation>在源主机上找不到虚拟机 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read the VM&apos;s state: %1</source>
        <translation>无法读取虚拟机的状态：%1</translation>
    </message>
    <message>
        <source>Cannot read the VM&apos;s definition: %1</source>
        <translation>无法读取虚拟机的定义：%1</translation>
    </message>
    <message>
        <source>paused</source>
        <extracomment>A virtual machine&apos;s state, inserted as %2 into &quot;“%1” is %2; …&quot; below.</extracomment>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>shut off</source>
        <translation>已关机</translation>
    </message>
    <message>
        <source>neither running nor shut off</source>
        <translation>既未运行也未关机</translation>
    </message>
    <message>
        <source>“%1” is %2; a live move needs it running or paused.</source>
        <translation>“%1”当前%2；动态迁移要求其处于运行中或已暂停状态。</translation>
    </message>
    <message>
        <source>Start the VM, or choose an offline method.</source>
        <translation>请启动虚拟机，或选择静态迁移方式。</translation>
    </message>
    <message>
        <source>“%1” is %2; an offline move needs it shut off.</source>
        <translation>“%1”当前%2；静态迁移要求其已关机。</translation>
    </message>
    <message>
        <source>Shut the VM down, or choose a live method.</source>
        <translation>请关闭虚拟机，或选择动态迁移方式。</translation>
    </message>
    <message>
        <source>“%1” is transient: there is no definition to move.</source>
        <translation>“%1”是临时虚拟机：没有可迁移的定义。</translation>
    </message>
    <message>
        <source>Define the VM first.</source>
        <translation>请先定义虚拟机。</translation>
    </message>
    <message>
        <source>“%1” is %2 and transient: there is no definition on the source to undefine.</source>
        <translation>“%1”当前%2，且为临时虚拟机：源主机上没有可取消定义的定义。</translation>
    </message>
    <message>
        <source>Turn off “undefine on the source”, or define the VM first.</source>
        <translation>请关闭“在源主机上取消定义”，或先定义虚拟机。</translation>
    </message>
    <message>
        <source>“%1” is %2.</source>
        <extracomment>%1 is a virtual machine, %2 its state (&quot;running&quot;, &quot;paused&quot;, &quot;shut off&quot;).</extracomment>
        <translation>“%1”当前%2。</translation>
    </message>
    <message>
        <source>CPU compatible with the destination</source>
        <translation>CPU 与目的主机兼容</translation>
    </message>
    <message>
        <source>The VM uses the hypervisor&apos;s default CPU model.</source>
        <translation>虚拟机使用虚拟化管理程序的默认 CPU 型号。</translation>
    </message>
    <message>
        <source>The VM passes the source&apos;s CPU through (%1): a live move only works when the destination&apos;s CPU is identical, and that cannot be checked.</source>
        <translation>虚拟机直通源主机的 CPU（%1）：只有目的主机的 CPU 完全相同时动态迁移才能成功，而这一点无法检查。</translation>
    </message>
    <message>
        <source>Make sure both hosts have the same CPU, or give the VM a named CPU model.</source>
        <translation>请确保两台主机的 CPU 相同，或为虚拟机指定一个具名的 CPU 型号。</translation>
    </message>
    <message>
        <source>The VM takes the CPU of the host it starts on (%1).</source>
        <translation>虚拟机使用其启动所在主机的 CPU（%1）。</translation>
    </message>
    <message>
        <source>The VM&apos;s host-model CPU was not expanded to a model, so it cannot be compared.</source>
        <translation>虚拟机的 host-model CPU 未展开为具体型号，因此无法比较。</translation>
    </message>
    <message>
        <source>The VM&apos;s CPU (host-model) follows the host it starts on.</source>
        <translation>虚拟机的 CPU（host-model）随其启动所在的主机而定。</translation>
    </message>
    <message>
        <source>The destination&apos;s libvirt cannot compare CPUs, so the CPU could not be checked.</source>
        <translation>目的主机的 libvirt 无法比较 CPU，因此未能检查 CPU。</translation>
    </message>
    <message>
        <source>The CPU could not be checked: %1</source>
        <translation>无法检查 CPU：%1</translation>
    </message>
    <message>
        <source>Make sure the destination&apos;s CPU provides the VM&apos;s CPU model and features.</source>
        <translation>请确保目的主机的 CPU 支持虚拟机的 CPU 型号和特性。</translation>
    </message>
    <message>
        <source>The destination&apos;s CPU lacks the model or features the VM uses.</source>
        <translation>目的主机的 CPU 缺少虚拟机所用的型号或特性。</translation>
    </message>
    <message>
        <source>The destination&apos;s CPU lacks the model or features the VM uses; it will not start there.</source>
        <translation>目的主机的 CPU 缺少虚拟机所用的型号或特性；虚拟机无法在该主机上启动。</translation>
    </message>
    <message>
        <source>Choose a CPU model both hosts provide (an older, common one) in the VM&apos;s CPU settings.</source>
        <translation>请在虚拟机的 CPU 设置中选择两台主机都支持的 CPU 型号（较旧的通用型号）。</translation>
    </message>
    <message>
        <source>The destination provides the VM&apos;s CPU.</source>
        <translation>目的主机支持虚拟机的 CPU。</translation>
    </message>
    <message>
        <source>Machine type supported on the destination</source>
        <translation>目的主机支持该机器类型</translation>
    </message>
    <message>
        <source>Could not read the destination&apos;s capabilities: %1</source>
        <translation>无法读取目的主机的功能：%1</translation>
    </message>
    <message>
        <source>the default architecture</source>
        <translation>默认架构</translation>
    </message>
    <message>
        <source>The destination cannot run %1 guests of architecture %2.</source>
        <translation>目的主机无法运行架构为 %2 的 %1 客户机。</translation>
    </message>
    <message>
        <source>Choose a destination that supports this architecture.</source>
        <translation>请选择支持此架构的目的主机。</translation>
    </message>
    <message>
        <source>The destination has no %1 virtualization for %2.</source>
        <translation>目的主机没有适用于 %2 的 %1 虚拟化。</translation>
    </message>
    <message>
        <source>Enable %1 on the destination (for kvm: hardware virtualization and the kvm module).</source>
        <translation>请在目的主机上启用 %1（对于 kvm：启用硬件虚拟化并加载 kvm 模块）。</translation>
    </message>
    <message>
        <source>The destination&apos;s emulator has no machine type %1 for %2.</source>
        <translation>目的主机的模拟器没有适用于 %2 的机器类型 %1。</translation>
    </message>
    <message>
        <source>Update QEMU on the destination, or move the VM to an older machine type both hosts have.</source>
        <translation>请在目的主机上更新 QEMU，或将虚拟机改为两台主机都支持的较旧机器类型。</translation>
    </message>
    <message>
        <source>The destination runs %1 guests.</source>
        <translation>目的主机运行 %1 客户机。</translation>
    </message>
    <message>
        <source>The destination supports machine type %1 (%2).</source>
        <translation>目的主机支持机器类型 %1（%2）。</translation>
    </message>
    <message>
        <source>Enough memory on the destination</source>
        <translation>目的主机内存充足</translation>
    </message>
    <message>
        <source>Could not read the destination&apos;s free memory (%1); the VM needs %2.</source>
        <translation>无法读取目的主机的可用内存（%1）；虚拟机需要 %2。</translation>
    </message>
    <message>
        <source>Check that the destination has %1 free.</source>
        <translation>请检查目的主机是否有 %1 可用内存。</translation>
    </message>
    <message>
        <source>The VM needs %1; the destination has %2 free.</source>
        <translation>虚拟机需要 %1；目的主机有 %2 可用。</translation>
    </message>
    <message>
        <source>The VM needs %1, but the destination has only %2 free.</source>
        <translation>虚拟机需要 %1，但目的主机只有 %2 可用。</translation>
    </message>
    <message>
        <source>Free memory on the destination, or choose another one.</source>
        <translation>请释放目的主机上的内存，或选择其他目的主机。</translation>
    </message>
    <message>
        <source>The VM needs %1, but the destination has only %2 free: it would not start there now.</source>
        <translation>虚拟机需要 %1，但目的主机只有 %2 可用：目前无法在该主机上启动。</translation>
    </message>
    <message>
        <source>Free memory on the destination before starting the VM there.</source>
        <translation>在目的主机上启动虚拟机之前，请先释放其内存。</translation>
    </message>
    <message>
        <source>Disks</source>
        <translation>磁盘</translation>
    </message>
    <message>
        <source>The VM&apos;s disks could not all be read: %1</source>
        <translation>无法读取虚拟机的全部磁盘：%1</translation>
    </message>
    <message>
        <source>%1 %2: media</source>
        <extracomment>A check&apos;s title: %1 is the device kind (&quot;cdrom&quot;, &quot;floppy&quot;), %2 its target (&quot;sdb&quot;).</extracomment>
        <translation>%1 %2：介质</translation>
    </message>
    <message>
        <source>Disk %1</source>
        <translation>磁盘 %1</translation>
    </message>
    <message>
        <source>Empty drive: nothing to move.</source>
        <translation>空驱动器：无需迁移。</translation>
    </message>
    <message>
        <source>Not among the disks to copy. </source>
        <translation>不在要复制的磁盘之列。</translation>
    </message>
    <message>
        <source>Network disk %1: the destination reaches it over the network as the source does.</source>
        <translation>网络磁盘 %1：目的主机与源主机一样通过网络访问它。</translation>
    </message>
    <message>
        <source>%1 is reachable on the destination at the same path.</source>
        <translation>目的主机可在相同路径访问 %1。</translation>
    </message>
    <message>
        <source>The medium %1 was not found in any storage pool on the destination.</source>
        <translation>在目的主机的任何存储池中都找不到介质 %1。</translation>
    </message>
    <message>
        <source>Eject it before the move, or put the same file on the destination in a pool at the same path.</source>
        <translation>请在迁移前弹出它，或将同一文件放到目的主机上相同路径的存储池中。</translation>
    </message>
    <message>
        <source>%1 is not in any storage pool on the destination, so the destination cannot reach it.</source>
        <translation>%1 不在目的主机的任何存储池中，因此目的主机无法访问它。</translation>
    </message>
    <message>
        <source>Use a storage copy, or add the shared storage as a pool on the destination at the same path.</source>
        <translation>请使用存储复制，或在目的主机上将共享存储添加为相同路径的存储池。</translation>
    </message>
    <message>
        <source>it has no path for libvirt to create the copy at</source>
        <translation>它没有可供 libvirt 创建副本的路径</translation>
    </message>
    <message>
        <source>no storage pool on the destination has the folder %1</source>
        <translation>目的主机上没有存储池包含文件夹 %1</translation>
    </message>
    <message>
        <source>no destination pool was chosen</source>
        <translation>未选择目的存储池</translation>
    </message>
    <message>
        <source>%1 is not in any storage pool on the source, so its size and format are unknown and it cannot be copied.</source>
        <translation>%1 不在源主机的任何存储池中，因此其大小和格式未知，无法复制。</translation>
    </message>
    <message>
        <source>Add the disk&apos;s folder on the source as a storage pool.</source>
        <translation>请在源主机上将该磁盘所在的文件夹添加为存储池。</translation>
    </message>
    <message>
        <source>%1 cannot be copied: %2.</source>
        <translation>无法复制 %1：%2。</translation>
    </message>
    <message>
        <source>Choose a destination pool for the copies.</source>
        <translation>请为副本选择一个目的存储池。</translation>
    </message>
    <message>
        <source>The pool “%1” does not exist on the destination.</source>
        <translation>目的主机上不存在存储池“%1”。</translation>
    </message>
    <message>
        <source>Choose another destination pool, or create it on the destination.</source>
        <translation>请选择其他目的存储池，或在目的主机上创建该存储池。</translation>
    </message>
    <message>
        <source>The pool “%1” on the destination is not running.</source>
        <translation>目的主机上的存储池“%1”未运行。</translation>
    </message>
    <message>
        <source>Start the pool on the destination.</source>
        <translation>请在目的主机上启动该存储池。</translation>
    </message>
    <message>
        <source>The pool “%1” on the destination already has a volume named “%2”.</source>
        <translation>目的主机上的存储池“%1”中已有名为“%2”的卷。</translation>
    </message>
    <message>
        <source>Remove or rename that volume on the destination, or choose another pool.</source>
        <translation>请在目的主机上删除或重命名该卷，或选择其他存储池。</translation>
    </message>
    <message>
        <source>%1 holds %2 of %3; the pool “%4” on the destination has %5 free</source>
        <translation>%1 已占用 %2（容量 %3）；目的主机上的存储池“%4”有 %5 可用空间</translation>
    </message>
    <message>
        <source>%1, not enough for the disks copied there (%2).</source>
        <translation>%1，不足以容纳复制到该处的磁盘（%2）。</translation>
    </message>
    <message>
        <source>Free space in the pool “%1”, or choose a larger pool.</source>
        <translation>请释放存储池“%1”中的空间，或选择更大的存储池。</translation>
    </message>
    <message>
        <source>%1: the copies fit now but could outgrow it (%2 when full).</source>
        <translation>%1：副本目前放得下，但增长后可能超出（写满时为 %2）。</translation>
    </message>
    <message>
        <source>Make sure the pool “%1” has room for the disks to grow.</source>
        <translation>请确保存储池“%1”有足够空间供磁盘增长。</translation>
    </message>
    <message>
        <source>Will be copied: %1.</source>
        <translation>将被复制：%1。</translation>
    </message>
    <message>
        <source>Network %1</source>
        <translation>网络 %1</translation>
    </message>
    <message>
        <source>The VM uses the virtual network “%1”, which the destination does not have.</source>
        <translation>虚拟机使用虚拟网络“%1”，但目的主机上没有该网络。</translation>
    </message>
    <message>
        <source>Define and start a network named “%1” on the destination, or connect the VM to a network the destination has (in the destination XML).</source>
        <translation>请在目的主机上定义并启动名为“%1”的网络，或将虚拟机连接到目的主机已有的网络（在目的 XML 中修改）。</translation>
    </message>
    <message>
        <source>“%1” exists and is active on the destination.</source>
        <translation>“%1”在目的主机上存在且处于活动状态。</translation>
    </message>
    <message>
        <source>The network “%1” exists on the destination but is not active.</source>
        <translation>网络“%1”在目的主机上存在，但未处于活动状态。</translation>
    </message>
    <message>
        <source>Start the network “%1” on the destination.</source>
        <translation>请在目的主机上启动网络“%1”。</translation>
    </message>
    <message>
        <source>Bridge %1</source>
        <translation>网桥 %1</translation>
    </message>
    <message>
        <source>Host interface %1</source>
        <translation>主机接口 %1</translation>
    </message>
    <message>
        <source>The VM is connected to %1, which the destination does not have.</source>
        <translation>虚拟机连接到 %1，但目的主机上没有它。</translation>
    </message>
    <message>
        <source>Create %1 on the destination, or connect the VM to something the destination has (in the destination XML).</source>
        <translation>请在目的主机上创建 %1，或将虚拟机连接到目的主机已有的设备（在目的 XML 中修改）。</translation>
    </message>
    <message>
        <source>Could not check whether the destination has %1: %2</source>
        <translation>无法检查目的主机上是否有 %1：%2</translation>
    </message>
    <message>
        <source>Make sure %1 exists on the destination.</source>
        <translation>请确保目的主机上存在 %1。</translation>
    </message>
    <message>
        <source>%1 exists and is up on the destination.</source>
        <translation>%1 在目的主机上存在且已启用。</translation>
    </message>
    <message>
        <source>%1 exists on the destination but is not up.</source>
        <translation>%1 在目的主机上存在，但未启用。</translation>
    </message>
    <message>
        <source>Bring %1 up on the destination.</source>
        <translation>请在目的主机上启用 %1。</translation>
    </message>
    <message>
        <source>Name free on the destination</source>
        <translation>目的主机上名称可用</translation>
    </message>
    <message>
        <source>An inactive definition of this same VM (“%1”, same UUID) exists on the destination; the migration replaces it.</source>
        <translation>目的主机上存在同一虚拟机的非活动定义（“%1”，UUID 相同）；迁移将替换它。</translation>
    </message>
    <message>
        <source>No VM named “%1” on the destination.</source>
        <translation>目的主机上没有名为“%1”的虚拟机。</translation>
    </message>
    <message>
        <source>Undefine the old copy on the destination if its settings should not be replaced.</source>
        <translation>如果不应替换其设置，请在目的主机上取消定义旧副本。</translation>
    </message>
    <message>
        <source>A VM named “%1” already exists on the destination.</source>
        <translation>目的主机上已存在名为“%1”的虚拟机。</translation>
    </message>
    <message>
        <source>Choose another new name.</source>
        <translation>请另选一个新名称。</translation>
    </message>
    <message>
        <source>Set a new name for the VM on the destination (Options → new name).</source>
        <translation>请为目的主机上的虚拟机设置新名称（选项 → 新名称）。</translation>
    </message>
    <message>
        <source>UUID free on the destination</source>
        <translation>目的主机上 UUID 可用</translation>
    </message>
    <message>
        <source>No VM with the UUID %1 on the destination.</source>
        <translation>目的主机上没有 UUID 为 %1 的虚拟机。</translation>
    </message>
    <message>
        <source>The destination already has a VM with the UUID %1 (“%2”).</source>
        <translation>目的主机上已有 UUID 为 %1 的虚拟机（“%2”）。</translation>
    </message>
    <message>
        <source>Undefine “%1” on the destination if it is a stale copy of this VM.</source>
        <translation>如果“%1”是此虚拟机的过时副本，请在目的主机上取消定义它。</translation>
    </message>
    <message>
        <source>Destination host name reachable</source>
        <translation>目的主机的主机名可解析</translation>
    </message>
    <message>
        <source>Not needed: no migration stream goes to the destination&apos;s host name.</source>
        <translation>无需检查：没有迁移数据流发往目的主机的主机名。</translation>
    </message>
    <message>
        <source>Not needed: the migration is tunnelled through libvirt.</source>
        <translation>无需检查：迁移通过 libvirt 以隧道方式进行。</translation>
    </message>
    <message>
        <source>Not needed: the migration goes to %1.</source>
        <translation>无需检查：迁移发往 %1。</translation>
    </message>
    <message>
        <source>Could not read the destination&apos;s host name: %1</source>
        <translation>无法读取目的主机的主机名：%1</translation>
    </message>
    <message>
        <source>Set a migration URI with the destination&apos;s address in the options.</source>
        <translation>请在选项中设置包含目的主机地址的迁移 URI。</translation>
    </message>
    <message>
        <source>Set a migration URI with the destination&apos;s real address (Options → migration URI), or fix the destination&apos;s entry in /etc/hosts so its host name resolves to that address.</source>
        <translation>请设置包含目的主机真实地址的迁移 URI（选项 → 迁移 URI），或修正目的主机 /etc/hosts 中的条目，使其主机名解析到该地址。</translation>
    </message>
    <message>
        <source>The destination calls itself “%1”; libvirt refuses to migrate to localhost.</source>
        <translation>目的主机自称“%1”；libvirt 拒绝迁移到 localhost。</translation>
    </message>
    <message>
        <source>The destination&apos;s host name “%1” does not resolve here (%2); the source host must be able to resolve it.</source>
        <translation>目的主机的主机名“%1”在本机无法解析（%2）；源主机必须能够解析它。</translation>
    </message>
    <message>
        <source>The destination&apos;s host name “%1” resolves to a loopback address (%2): the source would migrate to itself.</source>
        <translation>目的主机的主机名“%1”解析为环回地址（%2）：源主机将会迁移到自身。</translation>
    </message>
    <message>
        <source>“%1” resolves to %2.</source>
        <translation>“%1”解析为 %2。</translation>
    </message>
    <message>
        <source>Disk cache modes safe for a live move</source>
        <translation>磁盘缓存模式可安全地进行动态迁移</translation>
    </message>
    <message>
        <source>Not needed: the VM is not migrated live by libvirt.</source>
        <translation>无需检查：该虚拟机不通过 libvirt 进行动态迁移。</translation>
    </message>
    <message>
        <source>%1 (cache %2)</source>
        <extracomment>%1 is a disk&apos;s target (&quot;vda&quot;), %2 its cache mode (&quot;writeback&quot;, or &quot;default&quot;).</extracomment>
        <translation>%1（缓存 %2）</translation>
    </message>
    <message>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>No shared disk is cached on the source.</source>
        <translation>源主机上没有共享磁盘使用缓存。</translation>
    </message>
    <message>
        <source>Cached disks %1; the migration is allowed as unsafe.</source>
        <translation>磁盘 %1 使用缓存；已作为不安全迁移予以允许。</translation>
    </message>
    <message>
        <source>Disks %1 may be cached on the source; libvirt refuses the migration unless the storage is a cluster file system or QEMU can drop the cache.</source>
        <translation>磁盘 %1 可能在源主机上使用缓存；除非存储是集群文件系统或 QEMU 能够丢弃缓存，否则 libvirt 会拒绝迁移。</translation>
    </message>
    <message>
        <source>Set the disks&apos; cache mode to none, or allow an unsafe migration (Options → unsafe) if the storage is really shared and consistent.</source>
        <translation>请将磁盘的缓存模式设为 none；如果存储确实是共享且一致的，也可以允许不安全迁移（选项 → 不安全）。</translation>
    </message>
    <message>
        <source>No host devices assigned</source>
        <translation>未分配主机设备</translation>
    </message>
    <message>
        <source>The VM uses no devices of the host.</source>
        <translation>虚拟机未使用主机的设备。</translation>
    </message>
    <message numerus="yes">
        <source>The VM has %n host device(s) assigned (%1); a running VM cannot take them along.</source>
        <translation>
            <numerusform>虚拟机分配了 %n 个主机设备（%1）；运行中的虚拟机无法带着它们迁移。</numerusform>
        </translation>
    </message>
    <message>
        <source>Detach the host devices first, or shut the VM down and move it offline.</source>
        <translation>请先分离主机设备，或关闭虚拟机后进行静态迁移。</translation>
    </message>
    <message numerus="yes">
        <source>The VM has %n host device(s) assigned (%1); the destination needs the same devices for it to start.</source>
        <translation>
            <numerusform>虚拟机分配了 %n 个主机设备（%1）；目的主机需要有相同的设备，虚拟机才能启动。</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the devices exist at the same addresses on the destination, or edit them there.</source>
        <translation>请检查目的主机上相同地址处存在这些设备，或在目的主机上修改它们。</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>Memory pass %1</source>
        <extracomment>%1 counts the passes over the guest&apos;s memory during a live migration: 1, 2, 3…</extracomment>
        <translation>第 %1 轮内存传输</translation>
    </message>
    <message>
        <source>Not converging: the guest writes %1 of memory, the migration sends %2</source>
        <translation>未收敛：客户机的脏页速率为 %1，迁移发送速率为 %2</translation>
    </message>
    <message>
        <source>Raise the bandwidth limit, so each pass sends more than the guest writes again.</source>
        <translation>提高带宽限制，使每轮发送的数据多于客户机重新写入的数据。</translation>
    </message>
    <message>
        <source>Migrate again with auto-converge, which slows the guest&apos;s CPUs until the migration catches up.</source>
        <translation>使用自动收敛重新迁移，它会降低客户机的 CPU 速度，直到迁移跟上。</translation>
    </message>
    <message>
        <source>Pause the guest: it stops writing to its memory and the migration completes; resume it afterwards if it stays paused.</source>
        <translation>暂停客户机：它停止写入内存，迁移即可完成；如果之后仍处于暂停状态，请恢复它。</translation>
    </message>
    <message>
        <source>Setting up</source>
        <translation>正在准备</translation>
    </message>
    <message>
        <source>Copying disks</source>
        <translation>正在复制磁盘</translation>
    </message>
    <message>
        <source>Copying memory</source>
        <translation>正在复制内存</translation>
    </message>
    <message>
        <source>Post-copy</source>
        <translation>后拷贝</translation>
    </message>
    <message>
        <source>Completing</source>
        <translation>正在完成</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>h</source>
        <extracomment>Unit symbol for hours on a chart axis.</extracomment>
        <translation>小时</translation>
    </message>
    <message>
        <source>min</source>
        <extracomment>Unit symbol for minutes on a chart axis.</extracomment>
        <translation>分钟</translation>
    </message>
    <message>
        <source>s</source>
        <extracomment>Unit symbol for seconds on a chart axis.</extracomment>
        <translation>秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>A duration in seconds.</extracomment>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <extracomment>A duration: %1 minutes and %2 seconds (two digits).</extracomment>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>A duration: %1 hours and %2 minutes (two digits).</extracomment>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Export Charts</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>Export Samples</source>
        <translation>导出采样数据</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Test</source>
        <comment>hypervisor</comment>
        <translation>测试</translation>
    </message>
    <message>
        <source>The host key was not trusted, so nothing more was tried. Compare its fingerprint with the one the host&apos;s administrator gives you, then trust it.</source>
        <translation>该主机密钥未被信任，因此未再进行其他尝试。请将其指纹与主机管理员提供的指纹进行比对，然后信任它。</translation>
    </message>
    <message>
        <source>A client cannot contain spaces; a space separates one client from the next.</source>
        <translation>单个客户端不能包含空格；空格用于分隔相邻的客户端。</translation>
    </message>
    <message>
        <source>Unknown libvirt error</source>
        <translation>未知 libvirt 错误</translation>
    </message>
    <message>
        <source>Cannot start libvirt&apos;s event loop</source>
        <translation>无法启动 libvirt 的事件循环</translation>
    </message>
    <message>
        <source>An offline migration only defines the virtual machine on the destination; this option applies only to a running one.</source>
        <translation>静态迁移只在目的主机上定义虚拟机；此选项仅适用于运行中的虚拟机。</translation>
    </message>
    <message>
        <source>A new name can only be given when one virtual machine moves, not when %1 move at once.</source>
        <translation>只有迁移单个虚拟机时才能指定新名称，同时迁移 %1 台时不能。</translation>
    </message>
    <message numerus="yes">
        <source>Memory is sent over %n parallel connection(s).</source>
        <translation>
            <numerusform>内存通过 %n 个并行连接发送。</numerusform>
        </translation>
    </message>
    <message>
        <source>Pass %1 found %2 of memory written again since it was sent; progress holds at %3%</source>
        <extracomment>%1 is the number of the pass over the guest&apos;s memory, %2 an amount of memory (&quot;1.5 GiB&quot;), %3 a percentage.</extracomment>
        <translation>第 %1 轮内存传输发现自发送后又有 %2 内存被重新写入；进度停留在 %3%</translation>
    </message>
    <message>
        <source>Switch to post-copy: the guest runs on the destination at once and fetches the rest of its memory from the source.</source>
        <translation>切换到后拷贝：客户机立即在目的主机上运行，并从源主机获取其余内存。</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <extracomment>Separator between the items of a list inside a sentence.</extracomment>
        <translation>、</translation>
    </message>
    <message>
        <source>A user name cannot contain control or invisible characters.</source>
        <translation>用户名不能包含控制字符或不可见字符。</translation>
    </message>
    <message>
        <source>A user name cannot contain quotes or shell characters (%1): ssh refuses them.</source>
        <translation>用户名不能包含引号或 shell 特殊字符（%1）：ssh 会拒绝它们。</translation>
    </message>
    <message>
        <source>Invisible or invalid characters are not allowed here: %1 at position %2.</source>
        <extracomment>%1 is a Unicode code point such as &quot;U+202E&quot;; %2 the character&apos;s position, counted from 1.</extracomment>
        <translation>此处不允许不可见字符或无效字符：第 %2 个位置上的 %1。</translation>
    </message>
    <message>
        <source>A percent sign in a parameter must start an escape such as %20.</source>
        <translation>参数中的百分号必须用于转义序列，例如 %20。</translation>
    </message>
    <message>
        <source>Parameter values cannot contain spaces, #, quotes, control or non-ASCII characters; percent-encode them.</source>
        <translation>参数值不能包含空格、#、引号、控制字符或非 ASCII 字符；请对其进行百分号编码。</translation>
    </message>
    <message>
        <source>“.” and “..” cannot be used as bridge names.</source>
        <translation>“.”和“..”不能用作网桥名称。</translation>
    </message>
    <message>
        <source>A bridge name may contain only letters A–Z, digits, “_”, “.” and “-” (not “%1”).</source>
        <translation>网桥名称只能包含字母 A–Z、数字、“_”、“.”和“-”（不能包含“%1”）。</translation>
    </message>
    <message>
        <source>The %1 name is too long: %2 bytes in UTF-8, at most %3 (a Chinese character takes 3); %4.</source>
        <extracomment>%1 is &quot;pool&quot; or &quot;volume&quot;; %4 says why (&quot;it becomes a file name&quot;).</extracomment>
        <translation>%1名称过长：UTF-8 编码为 %2 字节，最多 %3 字节（一个汉字占 3 字节）；%4。</translation>
    </message>
    <message>
        <source>libvirt stores the pool&apos;s definition in a file named after it</source>
        <translation>libvirt 会把存储池的定义保存在以其名称命名的文件中</translation>
    </message>
    <message>
        <source>a volume in a directory pool is a file of that name</source>
        <translation>目录存储池中的卷就是同名文件</translation>
    </message>
    <message>
        <source>&quot;%1&quot; reads as the IPv4 address %2; type that address instead.</source>
        <translation>“%1”会被解读为 IPv4 地址 %2；请直接输入该地址。</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>the connection is closed</source>
        <translation>连接已关闭</translation>
    </message>
    <message>
        <source>the host did not answer</source>
        <translation>主机未应答</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>source directory</source>
        <translation>源目录</translation>
    </message>
    <message>
        <source>The pool definition&apos;s %1 contains control characters.</source>
        <extracomment>%1 is a part of a storage pool definition: its name, source host, target path…</extracomment>
        <translation>存储池定义中的%1包含控制字符。</translation>
    </message>
    <message>
        <source>Cancelled as requested (libvirt: %1)</source>
        <translation>已按请求取消（libvirt：%1）</translation>
    </message>
    <message>
        <source>the destination host</source>
        <translation>目的主机</translation>
    </message>
    <message>
        <source>The connection to %1 was lost during the migration.</source>
        <translation>迁移期间与 %1 的连接已断开。</translation>
    </message>
</context>
<context>
    <name>VolumeCopyDialog</name>
    <message>
        <source>%1 s</source>
        <extracomment>A duration in seconds.</extracomment>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <extracomment>A duration: %1 minutes and %2 seconds.</extracomment>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>A duration: %1 hours and %2 minutes.</extracomment>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>Copied:</source>
        <translation>已复制：</translation>
    </message>
    <message>
        <source>Rate:</source>
        <translation>速率：</translation>
    </message>
    <message>
        <source>Time left:</source>
        <translation>预计剩余时间：</translation>
    </message>
    <message>
        <source>Copy Volume</source>
        <translation>复制卷</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Upload File to a Pool</source>
        <translation>上传文件到存储池</translation>
    </message>
    <message>
        <source>&amp;Upload</source>
        <translation>上传(&amp;U)</translation>
    </message>
    <message>
        <source>Download Volume</source>
        <translation>下载卷</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>下载(&amp;D)</translation>
    </message>
    <message>
        <source>To file:</source>
        <translation>目标文件：</translation>
    </message>
    <message>
        <source>To host:</source>
        <translation>目的主机：</translation>
    </message>
    <message>
        <source>Pool:</source>
        <extracomment>A libvirt storage pool on the destination host.</extracomment>
        <translation>存储池：</translation>
    </message>
    <message>
        <source>Volume name:</source>
        <translation>卷名：</translation>
    </message>
    <message>
        <source>Cancelling and removing the partial copy…</source>
        <translation>正在取消并删除不完整的副本…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is a local file, %2 its size.</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 in pool %2 on %3 (%4, %5 allocated)</source>
        <translation>%3 上存储池 %2 中的 %1（容量 %4，已分配 %5）</translation>
    </message>
    <message>
        <source>%1 (%2 free)</source>
        <translation>%1（%2 可用）</translation>
    </message>
    <message>
        <source>Pool %1 on %2 already has a volume named “%3”.</source>
        <translation>%2 上的存储池 %1 中已有名为“%3”的卷。</translation>
    </message>
    <message>
        <source>No connection is open to copy to.</source>
        <translation>没有可作为复制目标的已打开连接。</translation>
    </message>
    <message>
        <source>%1 has no running pool.</source>
        <translation>%1 没有运行中的存储池。</translation>
    </message>
    <message>
        <source>The source host is not connected.</source>
        <translation>源主机未连接。</translation>
    </message>
    <message>
        <source>The destination host is not connected.</source>
        <translation>目的主机未连接。</translation>
    </message>
    <message>
        <source>starting…</source>
        <translation>正在开始…</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 of %2 (%3 of data, the rest holes)</source>
        <translation>%1 / %2（其中数据 %3，其余为空洞）</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Done: saved to %1.</source>
        <translation>完成：已保存到 %1。</translation>
    </message>
    <message>
        <source>Done: created %1.</source>
        <translation>完成：已创建 %1。</translation>
    </message>
    <message>
        <source>Cancelled. The partial copy was removed.</source>
        <translation>已取消。不完整的副本已删除。</translation>
    </message>
    <message>
        <source>Cancelled. %1</source>
        <translation>已取消。%1</translation>
    </message>
    <message>
        <source>The copy failed: %1</source>
        <translation>复制失败：%1</translation>
    </message>
</context>
<context>
    <name>VolumeCopyJob</name>
    <message>
        <source>the host</source>
        <translation>该主机</translation>
    </message>
    <message>
        <source>Copying a local file to a local file is not a volume copy; one side must be a volume.</source>
        <translation>从本地文件复制到本地文件不属于卷复制；至少一端必须是卷。</translation>
    </message>
    <message>
        <source>The copy was cancelled; the partial copy was deleted.</source>
        <translation>复制已取消；不完整的副本已删除。</translation>
    </message>
    <message>
        <source>The copy was cancelled before anything was written.</source>
        <translation>复制在写入任何内容之前已取消。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 不是普通文件。</translation>
    </message>
    <message>
        <source>The source pool “%1” was not found on %2: %3</source>
        <translation>在 %2 上找不到源存储池“%1”：%3</translation>
    </message>
    <message>
        <source>no such pool</source>
        <translation>无此存储池</translation>
    </message>
    <message>
        <source>The source volume “%1” was not found in pool “%2” on %3: %4</source>
        <translation>在 %3 上的存储池“%2”中找不到源卷“%1”：%4</translation>
    </message>
    <message>
        <source>no such volume</source>
        <translation>无此卷</translation>
    </message>
    <message>
        <source>Cannot read the source volume “%1”: %2</source>
        <translation>无法读取源卷“%1”：%2</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <source>The destination file needs an absolute path.</source>
        <translation>目标文件需要使用绝对路径。</translation>
    </message>
    <message>
        <source>%1 already exists; nothing was copied.</source>
        <translation>%1 已存在；未复制任何内容。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 has %2 free, but the volume holds %3; nothing was copied.</source>
        <translation>%1 有 %2 可用空间，但该卷占用 %3；未复制任何内容。</translation>
    </message>
    <message>
        <source>The destination pool “%1” was not found on %2: %3</source>
        <translation>在 %2 上找不到目的存储池“%1”：%3</translation>
    </message>
    <message>
        <source>The destination pool “%1” on %2 is not running; start it first.</source>
        <translation>%2 上的目的存储池“%1”未运行；请先启动它。</translation>
    </message>
    <message>
        <source>A volume named “%1” already exists in pool “%2” on %3; nothing was copied.</source>
        <translation>%3 上的存储池“%2”中已存在名为“%1”的卷；未复制任何内容。</translation>
    </message>
    <message>
        <source>Cannot read the destination pool “%1”: %2</source>
        <translation>无法读取目的存储池“%1”：%2</translation>
    </message>
    <message>
        <source>Pool “%1” on %2 has %3 free, but the volume holds %4; nothing was copied.</source>
        <translation>%2 上的存储池“%1”有 %3 可用空间，但该卷占用 %4；未复制任何内容。</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <source>Cannot create the volume “%1” in pool “%2” on %3: %4</source>
        <translation>无法在 %3 上的存储池“%2”中创建卷“%1”：%4</translation>
    </message>
    <message>
        <source>Cannot start writing to %1: %2</source>
        <translation>无法开始写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot start reading the source volume: %1</source>
        <translation>无法开始读取源卷：%1</translation>
    </message>
    <message>
        <source>reading the source volume failed</source>
        <translation>读取源卷失败</translation>
    </message>
    <message>
        <source>Reading the source volume failed: %1</source>
        <translation>读取源卷失败：%1</translation>
    </message>
    <message>
        <source>Writing to %1 failed: %2</source>
        <translation>写入 %1 失败：%2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>writing to %1 failed</source>
        <translation>写入 %1 失败</translation>
    </message>
</context>
<context>
    <name>VolumeDialog</name>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>容量(&amp;C)：</translation>
    </message>
    <message>
        <source>e.g. 10</source>
        <translation>例如 10</translation>
    </message>
    <message>
        <source>&amp;Allocation:</source>
        <translation>分配(&amp;A)：</translation>
    </message>
    <message>
        <source>0 (thin)</source>
        <translation>0（精简）</translation>
    </message>
    <message>
        <source>Allocate all now</source>
        <translation>立即全部分配</translation>
    </message>
    <message>
        <source>&amp;Backing volume:</source>
        <translation>后备卷(&amp;B)：</translation>
    </message>
    <message>
        <source>qcow2 (grows as written, snapshots, backing files)</source>
        <translation>qcow2（按写入增长，支持快照和后备文件）</translation>
    </message>
    <message>
        <source>raw (plain image, fastest)</source>
        <translation>raw（普通镜像，最快）</translation>
    </message>
    <message>
        <source>Pool %1: %2 available of %3.</source>
        <translation>存储池 %1：可用 %2，共 %3。</translation>
    </message>
    <message>
        <source>New Volume in %1</source>
        <translation>在 %1 中新建卷</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>创建(&amp;C)</translation>
    </message>
    <message>
        <source>0 keeps the volume thin: space is taken as the guest writes. Without an allocation, libvirt would write out every byte of a raw image.</source>
        <translation>0 使卷保持精简：客户机写入时才占用空间。如果不指定分配量，libvirt 会写满 raw 镜像的每个字节。</translation>
    </message>
    <message>
        <source>Resize %1</source>
        <translation>调整 %1 的大小</translation>
    </message>
    <message>
        <source>&amp;Resize</source>
        <translation>调整大小(&amp;R)</translation>
    </message>
    <message>
        <source>%1 holds %2 (%3 allocated). Volumes can only grow; the guest must then grow its partition and file system itself.</source>
        <translation>%1 容量为 %2（已分配 %3）。卷只能增大；之后客户机必须自行扩展其分区和文件系统。</translation>
    </message>
    <message>
        <source>Clone %1</source>
        <translation>克隆 %1</translation>
    </message>
    <message>
        <source>&amp;Clone</source>
        <translation>克隆(&amp;C)</translation>
    </message>
    <message>
        <source>A full copy of %1 (%2, %3 allocated) in pool %4.</source>
        <translation>%1 的完整副本（%2，已分配 %3），位于存储池 %4 中。</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <source>GiB</source>
        <translation>GiB</translation>
    </message>
    <message>
        <source>TiB</source>
        <translation>TiB</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <extracomment>%1 is a storage volume, %2 its format (&quot;qcow2&quot;), %3 its size.</extracomment>
        <translation>%1（%2，%3）</translation>
    </message>
    <message>
        <source>The new volume starts as a copy-on-write overlay of this one; the backing volume must then stay unchanged.</source>
        <translation>新卷一开始是此卷的写时复制覆盖层；此后后备卷必须保持不变。</translation>
    </message>
    <message>
        <source>Enter a size.</source>
        <translation>请输入大小。</translation>
    </message>
    <message>
        <source>“%1” is not a number. Enter a size such as 10 or 2.5.</source>
        <translation>“%1”不是数字。请输入大小，如 10 或 2.5。</translation>
    </message>
    <message>
        <source>A size cannot be negative.</source>
        <translation>大小不能为负数。</translation>
    </message>
    <message>
        <source>That size is too large.</source>
        <translation>该大小过大。</translation>
    </message>
    <message>
        <source>The size must be greater than zero.</source>
        <translation>大小必须大于零。</translation>
    </message>
    <message>
        <source>Pool %1 already has a volume named “%2”.</source>
        <translation>存储池 %1 中已有名为“%2”的卷。</translation>
    </message>
    <message>
        <source>An overlay cannot be smaller than its backing volume (%1).</source>
        <translation>覆盖层不能小于其后备卷（%1）。</translation>
    </message>
    <message>
        <source>The allocation cannot exceed the capacity (%1).</source>
        <translation>分配量不能超过容量（%1）。</translation>
    </message>
    <message>
        <source>Volumes can only grow: %1 is less than the current %2.</source>
        <translation>卷只能增大：%1 小于当前的 %2。</translation>
    </message>
    <message>
        <source>That is the current size. Enter a larger one.</source>
        <translation>这是当前大小。请输入更大的值。</translation>
    </message>
    <message>
        <source>Pool %1 has %2 free, and the clone needs about %3.</source>
        <translation>存储池 %1 有 %2 可用空间，而克隆大约需要 %3。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Manage KVM hosts and migrate virtual machines between them.</source>
        <translation>管理 KVM 主机并在主机之间迁移虚拟机。</translation>
    </message>
    <message>
        <source>Connect to the hypervisor at URI (may be repeated).</source>
        <translation>连接到位于 URI 的虚拟化管理程序（可重复指定）。</translation>
    </message>
    <message>
        <source>Do not open the saved autoconnect connections.</source>
        <translation>不打开已保存的自动连接。</translation>
    </message>
    <message>
        <source>Give up a connection attempt after SECONDS (default 15).</source>
        <translation>连接尝试超过 SECONDS 秒后放弃（默认 15）。</translation>
    </message>
    <message>
        <source>Sample VM statistics every MILLISECONDS (default 2000, 0 pauses).</source>
        <translation>每隔 MILLISECONDS 毫秒采样一次虚拟机统计信息（默认 2000，0 表示暂停采样）。</translation>
    </message>
    <message>
        <source>Print a line once the VMs of the opened connections are on screen.</source>
        <translation>当已打开连接中的虚拟机显示在屏幕上时输出一行信息。</translation>
    </message>
    <message>
        <source>Like --report-populated, then quit (for tests and benchmarks).</source>
        <translation>与 --report-populated 相同，然后退出（用于测试和基准测试）。</translation>
    </message>
    <message>
        <source>--connect %1: %2</source>
        <translation>--connect %1：%2</translation>
    </message>
    <message>
        <source>--connect-timeout needs a number of seconds between 0 and 3600.</source>
        <translation>--connect-timeout 需要 0 到 3600 之间的秒数。</translation>
    </message>
    <message>
        <source>--stats-interval needs a whole number of milliseconds.</source>
        <translation>--stats-interval 需要整数毫秒数。</translation>
    </message>
    <message>
        <source>Virt Ferry</source>
        <translation>Virt Ferry</translation>
    </message>
    <message>
        <source>SSH prompts cannot reach Virt Ferry (%1); qemu+ssh connections need keys or an agent.</source>
        <translation>SSH 的交互提示无法传递给 Virt Ferry（%1）；qemu+ssh 连接需要使用密钥或 SSH 代理。</translation>
    </message>
    <message>
        <source>Show Virt Ferry in LANGUAGE for this session (%1; default: the language chosen in Preferences, else the system&apos;s).</source>
        <translation>本次会话中以 LANGUAGE 显示 Virt Ferry（%1；默认：首选项中选择的语言，否则为系统语言）。</translation>
    </message>
    <message>
        <source>--language %1: Virt Ferry is available in %2.</source>
        <translation>--language %1：Virt Ferry 可用的语言为 %2。</translation>
    </message>
    <message>
        <source>virt-ferry-askpass is missing</source>
        <translation>缺少 virt-ferry-askpass</translation>
    </message>
</context>
</TS>
