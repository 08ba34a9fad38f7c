package se.maltavla.dataimport;

import java.util.List;

/** The per-nämnd reporting status of a municipality's plan year (Rapporteringsläge): coordinators only. */
public interface ReportingStatusService {

    /** Every nämnd with goals in the municipality's plan year, by name. */
    @org.springframework.security.access.prepost.PreAuthorize("hasRole('COORDINATOR')")
    List<CommitteeReporting> status(String municipality, int year);
}
