package io.retentiondesk.jira.ao;

class RepositoriesOnH2Test extends RepositoriesOnActiveObjectsTest {
    @Override
    EntityManagerActiveObjects.Database database() {
        return EntityManagerActiveObjects.Database.H2;
    }
}
