# The Redmine side of `npm run bench:redmine`, run by bench/redmine/setup.sh with `rails runner`:
# Redmine's default data in English, 200 issues per page allowed, the `admin` account with the given
# password, and the project `mesas-bench` holding exactly the issues whose subjects come on standard
# input (a JSON array, in the order of the Mesas Matrix). Changes only what differs, so a second run
# with the same subjects leaves the issues as they are.
require 'json'

password = ARGV.fetch(0)
titles = JSON.parse($stdin.read)
raise 'no issue subjects on standard input' if titles.empty?

Redmine::DefaultData::Loader.load('en') if Redmine::DefaultData::Loader.no_data?

Setting.default_language = 'en' unless Setting.default_language == 'en'
options = Setting.per_page_options_array
Setting.per_page_options = (options | [titles.size]).sort.join(',') unless options.include?(titles.size)

admin = User.find_by_login!('admin')
unless admin.check_password?(password) && !admin.must_change_passwd? && admin.language == 'en'
  admin.password = password
  admin.password_confirmation = password
  admin.must_change_passwd = false
  admin.language = 'en'
  admin.save!
end

project = Project.find_by(identifier: 'mesas-bench') || Project.new(identifier: 'mesas-bench')
project.name = 'Forestry (benchmark)'
project.is_public = true
project.save! if project.new_record?
project.enabled_module_names = %w[issue_tracking]
project.trackers = Tracker.sorted.to_a
project.save!

# The list shows the newest issue first: created from the last subject to the first, it reads in the
# order of the Matrix.
wanted = titles.reverse
if project.issues.order(:id).pluck(:subject) != wanted
  Mailer.with_deliveries(false) do
    project.issues.order(id: :desc).each(&:destroy)
    trackers = project.trackers.to_a
    priorities = IssuePriority.active.to_a
    wanted.each_with_index do |subject, i|
      tracker = trackers[i % trackers.size]
      Issue.create!(
        project: project,
        tracker: tracker,
        status: tracker.default_status,
        priority: priorities[i % priorities.size],
        author: admin,
        subject: subject,
      )
    end
  end
end

count = project.issues.count
raise "the project holds #{count} issues, not #{titles.size}" unless count == titles.size
puts JSON.generate(project: project.identifier, issues: count, perPage: Setting.per_page_options_array)
