package se.maltavla.audit.internal;

import java.util.List;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.maltavla.audit.AuditEntry;
import se.maltavla.audit.AuditFilter;
import se.maltavla.audit.AuditLog;

@Service
class DefaultAuditLog implements AuditLog {

    private static final int MAX_PAGE = 500;

    private final AuditRepository entries;

    DefaultAuditLog(AuditRepository entries) {
        this.entries = entries;
    }

    @Override
    @Transactional(readOnly = true)
    public List<AuditEntry> entries(AuditFilter filter, int offset, int limit) {
        return entries.page(filter, offset, Math.min(limit, MAX_PAGE));
    }

    @Override
    @Transactional(readOnly = true)
    public long count(AuditFilter filter) {
        return entries.count(filter);
    }

    @Override
    public void forEach(AuditFilter filter, Consumer<AuditEntry> action) {
        entries.forEach(filter, action);
    }
}
