package se.maltavla.scheduling;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * This instance's name among the instances on one database: {@code maltavla.instance.id} when
 * set, else the host's name and the process id (unique while the process lives). It is written
 * beside what the instance claims or runs, for people reading the Import view and the logs.
 */
@Component
public class InstanceName {

    private final String name;

    InstanceName(@Value("${maltavla.instance.id:}") String configured) {
        this.name =
                configured.isBlank() ? host() + "-" + ProcessHandle.current().pid() : configured.strip();
    }

    public String get() {
        return name.length() > 100 ? name.substring(0, 100) : name;
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "maltavla";
        }
    }

    @Override
    public String toString() {
        return get();
    }
}
