// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
// Job statistics: JobStats::fromTypedParameters on virTypedParameter arrays built from the
// fuzz bytes (libvirt's keys and random names, every type including invalid ones, random
// values), then the sample through JobStatsCsv.
// Invariants: each field holds the value of the last parameter of its key with the
// expected type (ULLONG; a non-negative INT for the throttle), unknown otherwise; the
// operation, success and error message likewise; a null array decodes to nothing; the
// sample survives JobStatsCsv::write()/read() unchanged (but for the error message, which
// the CSV does not carry).
#include "FuzzCheck.h"
#include "JobStats.h"

#include <fuzzer/FuzzedDataProvider.h>

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

namespace {

using Field = JobStats::Field;

std::vector<std::string> knownNames()
{
    std::vector<std::string> names;
    for (int i = 0; i < JobStats::kFieldCount; ++i)
        names.push_back(JobStats::key(Field(i)).toStdString());
    names.push_back(VIR_DOMAIN_JOB_OPERATION);
    names.push_back(VIR_DOMAIN_JOB_SUCCESS);
    names.push_back(VIR_DOMAIN_JOB_ERRMSG);
    names.push_back(VIR_DOMAIN_JOB_DISK_BPS);
    names.push_back(VIR_DOMAIN_JOB_MEMORY_DIRTY_RATE);
    return names;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const std::vector<std::string> names = knownNames();
    FuzzedDataProvider provider(data, size);
    const int jobType = provider.ConsumeIntegralInRange<int>(0, VIR_DOMAIN_JOB_CANCELLED + 2);
    const int count = provider.ConsumeIntegralInRange<int>(0, 48);

    std::vector<virTypedParameter> parameters(static_cast<size_t>(count));
    std::vector<std::string> strings(static_cast<size_t>(count)); // owns every value.s
    for (int i = 0; i < count; ++i) {
        virTypedParameter &parameter = parameters[size_t(i)];
        std::memset(&parameter, 0, sizeof parameter);
        std::string name = provider.ConsumeBool()
            ? names[provider.ConsumeIntegralInRange<size_t>(0, names.size() - 1)]
            : provider.ConsumeRandomLengthString(VIR_TYPED_PARAM_FIELD_LENGTH - 1);
        name.resize(std::min<size_t>(std::strlen(name.c_str()), VIR_TYPED_PARAM_FIELD_LENGTH - 1));
        std::memcpy(parameter.field, name.c_str(), name.size() + 1);
        // 0 and past VIR_TYPED_PARAM_STRING are not types libvirt sends; they must be ignored.
        parameter.type = provider.ConsumeIntegralInRange<int>(0, VIR_TYPED_PARAM_STRING + 2);
        switch (parameter.type) {
        case VIR_TYPED_PARAM_INT:
            parameter.value.i = provider.ConsumeIntegral<int>();
            break;
        case VIR_TYPED_PARAM_UINT:
            parameter.value.ui = provider.ConsumeIntegral<unsigned>();
            break;
        case VIR_TYPED_PARAM_LLONG:
            parameter.value.l = provider.ConsumeIntegral<long long>();
            break;
        case VIR_TYPED_PARAM_ULLONG:
            parameter.value.ul = provider.ConsumeIntegral<unsigned long long>();
            break;
        case VIR_TYPED_PARAM_DOUBLE:
            parameter.value.d = provider.ConsumeFloatingPoint<double>();
            break;
        case VIR_TYPED_PARAM_BOOLEAN:
            parameter.value.b = provider.ConsumeIntegral<char>();
            break;
        case VIR_TYPED_PARAM_STRING:
            strings[size_t(i)] = provider.ConsumeRandomLengthString(256);
            parameter.value.s = provider.ConsumeBool() ? strings[size_t(i)].data() : nullptr;
            break;
        default:
            parameter.value.ul = provider.ConsumeIntegral<unsigned long long>();
            break;
        }
    }

    JobStats stats = JobStats::fromTypedParameters(jobType, parameters.data(), count);

    // The expected decoding, written independently of JobStats' own.
    JobStats expected;
    expected.jobType = jobType;
    for (const virTypedParameter &parameter : parameters) {
        const QString name = QString::fromLatin1(parameter.field);
        if (name == QLatin1String(VIR_DOMAIN_JOB_OPERATION)) {
            if (parameter.type == VIR_TYPED_PARAM_INT)
                expected.operation = parameter.value.i;
        } else if (name == QLatin1String(VIR_DOMAIN_JOB_SUCCESS)) {
            if (parameter.type == VIR_TYPED_PARAM_BOOLEAN)
                expected.success = parameter.value.b != 0;
        } else if (name == QLatin1String(VIR_DOMAIN_JOB_ERRMSG)) {
            if (parameter.type == VIR_TYPED_PARAM_STRING && parameter.value.s)
                expected.errorMessage = QString::fromUtf8(parameter.value.s);
        } else {
            for (int f = 0; f < JobStats::kFieldCount; ++f) {
                if (JobStats::key(Field(f)) != name)
                    continue;
                if (Field(f) == Field::AutoConvergeThrottle) {
                    if (parameter.type == VIR_TYPED_PARAM_INT && parameter.value.i >= 0)
                        expected.setValue(Field(f), quint64(parameter.value.i));
                } else if (parameter.type == VIR_TYPED_PARAM_ULLONG) {
                    expected.setValue(Field(f), quint64(parameter.value.ul));
                }
            }
        }
    }
    FUZZ_CHECK(stats == expected, JobStats::csvHeader().join(u',') + QStringLiteral("\ngot      ")
            + stats.toCsvRow().join(u',') + QStringLiteral("\nexpected ") + expected.toCsvRow().join(u','));
    FUZZ_CHECK(JobStats::fromTypedParameters(jobType, nullptr, count) == JobStats::fromTypedParameters(jobType, nullptr, 0),
        QStringLiteral("a null array decoded to something"));

    if (const auto pages = stats.value(Field::MemoryDirtyRate), pageSize = stats.value(Field::MemoryPageSize);
        pages && pageSize)
        FUZZ_CHECK(stats.dirtyBytesPerSecond().has_value(), QString());
    else
        FUZZ_CHECK(!stats.dirtyBytesPerSecond().has_value(), QString());

    stats.sampledAtMs = provider.ConsumeIntegral<qint64>();
    QString error;
    const std::optional<QList<JobStats>> read = JobStatsCsv::read(JobStatsCsv::write({ stats }), &error);
    FUZZ_CHECK(read.has_value(), QStringLiteral("write() wrote what read() rejects: ") + error);
    FUZZ_CHECK(read->size() == 1, QString::number(read->size()));
    JobStats withoutMessage = stats;
    withoutMessage.errorMessage.clear();
    FUZZ_CHECK(read->first() == withoutMessage,
        stats.toCsvRow().join(u',') + QStringLiteral(" read back as ") + read->first().toCsvRow().join(u','));
    return 0;
}
