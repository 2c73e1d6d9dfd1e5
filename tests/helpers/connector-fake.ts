import { ConnectorFake } from '../../scripts/connector-fake';

export { ConnectorFake, type Delivered, type FakeMember, type Faults } from '../../scripts/connector-fake';

/** A fake for a whole test file: started once, its faults and records reset before each test. */
export function useConnectorFake(): ConnectorFake {
  const fake = new ConnectorFake();
  beforeAll(() => fake.start());
  afterAll(() => fake.stop());
  beforeEach(() => {
    fake.setFaults({});
    fake.delivered.splice(0);
    fake.updates.splice(0);
    fake.requests.splice(0);
  });
  return fake;
}
