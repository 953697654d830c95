// SPDX-License-Identifier: GPL-3.0-or-later
#include "actions/ippclient.h"

#include <QCoreApplication>

#include <cups/cups.h>
#include <cups/ipp.h>

#include <memory>

namespace Printwatch::Actions {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Printwatch::Actions", text);
}

struct HttpCloser
{
    void operator()(http_t *http) const { httpClose(http); }
};
struct IppDeleter
{
    void operator()(ipp_t *ipp) const { ippDelete(ipp); }
};
using Http = std::unique_ptr<http_t, HttpCloser>;
using Ipp = std::unique_ptr<ipp_t, IppDeleter>;

QString uriOf(const IppJob &job)
{
    return QStringLiteral("ipp://%1:%2%3").arg(job.host).arg(job.port).arg(job.resource);
}

Core::Result<Http> connect(const IppJob &job)
{
    int cancel = 0;
    http_t *http = httpConnect2(job.host.toUtf8().constData(), job.port, nullptr, AF_UNSPEC, HTTP_ENCRYPTION_IF_REQUESTED,
                                1, job.timeoutMs, &cancel);
    if (!http)
        return Core::Error{tr("Cannot connect to the IPP printer %1: %2")
                               .arg(uriOf(job), QString::fromLocal8Bit(cupsLastErrorString()))};
    httpSetTimeout(http, job.timeoutMs / 1000.0, nullptr, nullptr);
    return Http(http);
}

Ipp newRequest(ipp_op_t op, const IppJob &job)
{
    ipp_t *request = ippNewRequest(op);
    ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_URI, "printer-uri", nullptr, uriOf(job).toUtf8().constData());
    ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_NAME, "requesting-user-name", nullptr,
                 job.user.isEmpty() ? "printwatch" : job.user.toUtf8().constData());
    return Ipp(request);
}

} // namespace

Core::Result<QStringList> ippSupportedFormats(const IppJob &job)
{
    auto http = connect(job);
    if (!http)
        return Core::Error{http.error()};
    Ipp request = newRequest(IPP_OP_GET_PRINTER_ATTRIBUTES, job);
    ippAddString(request.get(), IPP_TAG_OPERATION, IPP_TAG_KEYWORD, "requested-attributes", nullptr,
                 "document-format-supported");
    // cupsDoRequest frees the request
    Ipp response(cupsDoRequest(http->get(), request.release(), job.resource.toUtf8().constData()));
    if (!response || ippGetStatusCode(response.get()) > IPP_STATUS_OK_CONFLICTING)
        return Core::Error{tr("The IPP printer %1 did not answer Get-Printer-Attributes: %2")
                               .arg(uriOf(job), QString::fromLocal8Bit(cupsLastErrorString()))};
    QStringList formats;
    if (ipp_attribute_t *attr = ippFindAttribute(response.get(), "document-format-supported", IPP_TAG_MIMETYPE)) {
        for (int i = 0; i < ippGetCount(attr); ++i)
            formats << QString::fromUtf8(ippGetString(attr, i, nullptr));
    }
    return formats;
}

Core::Result<int> ippPrintJob(const IppJob &job, const QByteArray &data, const QString &format)
{
    auto http = connect(job);
    if (!http)
        return Core::Error{http.error()};
    Ipp request = newRequest(IPP_OP_PRINT_JOB, job);
    ippAddString(request.get(), IPP_TAG_OPERATION, IPP_TAG_NAME, "job-name", nullptr, job.jobName.toUtf8().constData());
    ippAddString(request.get(), IPP_TAG_OPERATION, IPP_TAG_MIMETYPE, "document-format", nullptr,
                 format.toUtf8().constData());
    const QByteArray resource = job.resource.toUtf8();
    if (cupsSendRequest(http->get(), request.get(), resource.constData(), size_t(data.size())) != HTTP_STATUS_CONTINUE)
        return Core::Error{tr("The IPP printer %1 refused the job: %2")
                               .arg(uriOf(job), QString::fromLocal8Bit(cupsLastErrorString()))};
    if (cupsWriteRequestData(http->get(), data.constData(), size_t(data.size())) != HTTP_STATUS_CONTINUE)
        return Core::Error{tr("Sending the job to the IPP printer %1 failed: %2")
                               .arg(uriOf(job), QString::fromLocal8Bit(cupsLastErrorString()))};
    Ipp response(cupsGetResponse(http->get(), resource.constData()));
    if (!response || ippGetStatusCode(response.get()) > IPP_STATUS_OK_CONFLICTING)
        return Core::Error{tr("The IPP printer %1 did not accept the job: %2")
                               .arg(uriOf(job), QString::fromLocal8Bit(cupsLastErrorString()))};
    ipp_attribute_t *id = ippFindAttribute(response.get(), "job-id", IPP_TAG_INTEGER);
    if (!id)
        return Core::Error{tr("The IPP printer %1 answered without a job-id.").arg(uriOf(job))};
    return ippGetInteger(id, 0);
}

} // namespace Printwatch::Actions
