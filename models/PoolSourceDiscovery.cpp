// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
#include "PoolSourceDiscovery.h"

#include "LibvirtError.h"
#include "LibvirtHandles.h"
#include "RetiredThreads.h"
#include "Tr.h"

#include <QThread>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <libvirt/virterror.h>

#include <cstdlib>

// One start(): the discovery thread posts its answer through this to the owner, which
// cancel() or the owner's destructor clear, so a late answer is dropped.
struct PoolSourceDiscovery::Attempt : Libvirt::EventSink<PoolSourceDiscovery>
{
};

namespace {

QString sourceSpecXml(const QString &host)
{
    if (host.isEmpty())
        return {};
    QString xml;
    QXmlStreamWriter writer(&xml);
    writer.writeStartElement(QStringLiteral("source"));
    writer.writeEmptyElement(QStringLiteral("host"));
    writer.writeAttribute(QStringLiteral("name"), host);
    writer.writeEndElement();
    return xml;
}

// libvirt's messages name internals ("Child process (/usr/sbin/showmount …) unexpected
// exit status"); say what the user can act on.
QString plainError(const QString &type, const QString &host, const LibvirtError &error)
{
    const QString &message = error.message();
    if (error.code() == VIR_ERR_NO_SUPPORT)
        return Tr::tr("This host's libvirt cannot look for %1 sources.").arg(type);
    if (message.contains(QLatin1StringView("showmount"))) {
        if (message.contains(QLatin1StringView("No such file")) || message.contains(QLatin1StringView("not found"))
            || message.contains(QLatin1StringView("Cannot find")))
            return Tr::tr("The host cannot list NFS exports: the showmount program (package nfs-common or "
                          "nfs-utils) is not installed there.");
        return Tr::tr("The NFS server %1 did not list its exports (is it running and reachable from the host?): %2")
            .arg(host, message);
    }
    return Tr::tr("Cannot look for %1 sources: %2").arg(type, message);
}

} // namespace

PoolSourceDiscovery::PoolSourceDiscovery(ConnectionHandle connection, QObject *parent)
    : QObject(parent)
    , m_connection(std::move(connection))
{
}

PoolSourceDiscovery::~PoolSourceDiscovery()
{
    cancel();
}

void PoolSourceDiscovery::start(const QString &type, const QString &host)
{
    cancel();
    if (!m_connection) {
        QMetaObject::invokeMethod(
            this, [this] { Q_EMIT failed(Tr::tr("Not connected.")); }, Qt::QueuedConnection);
        return;
    }
    auto attempt = std::make_shared<Attempt>();
    attempt->target = this;
    m_attempt = attempt;
    // libvirt's call cannot be interrupted and may wait long on a dead server, so it gets
    // a thread of its own that nobody waits for.
    QThread *thread = QThread::create([attempt, connection = m_connection, type, host] {
        const QByteArray typeName = type.toUtf8();
        const QByteArray spec = sourceSpecXml(host).toUtf8();
        char *xml = virConnectFindStoragePoolSources(connection.get(), typeName.constData(),
                                                     spec.isEmpty() ? nullptr : spec.constData(), 0);
        if (!xml) {
            const QString message = plainError(type, host, LibvirtError::fromLastError());
            attempt->post([attempt, message](PoolSourceDiscovery *owner) {
                if (owner->m_attempt == attempt) {
                    owner->m_attempt.reset();
                    Q_EMIT owner->failed(message);
                }
            });
            return;
        }
        const QString text = QString::fromUtf8(xml);
        std::free(xml);
        QString error;
        const QList<Source> sources = parsePoolSources(text, &error);
        attempt->post([attempt, sources, error](PoolSourceDiscovery *owner) {
            if (owner->m_attempt != attempt)
                return;
            owner->m_attempt.reset();
            if (error.isEmpty())
                Q_EMIT owner->finished(sources);
            else
                Q_EMIT owner->failed(error);
        });
    });
    thread->setObjectName(QStringLiteral("pool source discovery"));
    thread->start();
    RetiredThreads::adopt(thread);
}

void PoolSourceDiscovery::cancel()
{
    if (const std::shared_ptr<Attempt> attempt = std::exchange(m_attempt, nullptr))
        attempt->clearTarget();
}

bool PoolSourceDiscovery::isRunning() const
{
    return bool(m_attempt);
}

QList<PoolSourceDiscovery::Source> parsePoolSources(const QString &xml, QString *errorMessage)
{
    QList<PoolSourceDiscovery::Source> sources;
    QXmlStreamReader reader(xml);
    int depth = 0;
    bool sawSources = false;
    while (!reader.atEnd()) {
        const auto token = reader.readNext();
        if (token == QXmlStreamReader::EndElement) {
            --depth;
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        ++depth;
        const auto name = reader.name();
        const auto attribute = [&reader](QLatin1StringView key) { return reader.attributes().value(key).toString(); };
        if (depth == 1) {
            sawSources = name == u"sources";
        } else if (depth == 2 && sawSources && name == u"source") {
            sources.append(PoolSourceDiscovery::Source{});
        } else if (depth == 3 && !sources.isEmpty()) {
            PoolSourceDiscovery::Source &source = sources.last();
            if (name == u"host" && source.host.isEmpty()) {
                source.host = attribute(QLatin1StringView("name"));
            } else if (name == u"dir") {
                source.dir = attribute(QLatin1StringView("path"));
            } else if (name == u"device" && source.device.isEmpty()) {
                source.device = attribute(QLatin1StringView("path"));
            } else if (name == u"format") {
                source.format = attribute(QLatin1StringView("type"));
            } else if (name == u"name") {
                source.name = reader.readElementText();
                --depth;
            }
        }
    }
    if (reader.hasError() || !sawSources) {
        if (errorMessage)
            *errorMessage = reader.hasError()
                ? Tr::tr("Cannot read the host's answer (line %1): %2").arg(reader.lineNumber()).arg(reader.errorString())
                : Tr::tr("The host's answer is not a list of sources.");
        return {};
    }
    return sources;
}
