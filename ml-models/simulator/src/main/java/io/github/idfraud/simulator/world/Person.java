package io.github.idfraud.simulator.world;

import io.github.idfraud.contract.Address;
import java.time.LocalDate;
import java.util.List;

/**
 * A real person as they are when the period starts. {@code primaryTenant} indexes the config's tenants;
 * {@code secondTenant} is -1 for people with only one bank.
 */
public record Person(int index, String firstName, String lastName, LocalDate dateOfBirth, String nationalId,
              String email, String phone, Address address, City home, String homeIp,
              List<DeviceProfile> devices, int primaryTenant, int secondTenant, Habits habits) {
}
