package io.marketpilot.data.demo;

import java.util.List;

/**
 * The demo shop's category tree: ten departments as found on Chinese marketplaces, median prices
 * in CNY (item prices are log-normal around them). Brand names are fictional.
 */
final class Departments {

    static final List<Department> ALL = List.of(
            Department.named("Electronics|电子产品", 0.16).versioned().colored()
                    .brands("Aurora|极光", "Zenith|天顶", "Nova|新星", "Xiaomo|小墨", "Huaxin|华芯",
                            "Pulse|脉动", "Lumina|流明")
                    .adjectives("Wireless|无线", "Smart|智能", "Portable|便携", "Ultra-Thin|超薄",
                            "Noise-Cancelling|降噪", "Fast-Charging|快充", "High-Fidelity|高保真")
                    .suffixes("Pro|Pro", "Max|Max", "Lite|Lite", "Mini|Mini", "Plus|Plus",
                            "Ultra|Ultra", "SE|SE", "Air|Air")
                    .spec("warranty_months", "12", "24", "36")
                    .sub("Phones|手机", 2499, 0.45, "Smartphone|智能手机", "5G Phone|5G手机",
                            "Foldable Phone|折叠屏手机")
                    .sub("Audio|音频", 299, 0.6, "Wireless Earbuds|无线蓝牙耳机", "Headphones|头戴式耳机",
                            "Bluetooth Speaker|蓝牙音箱", "Soundbar|回音壁")
                    .sub("Computers|电脑", 3999, 0.6, "Laptop|笔记本电脑", "Tablet|平板电脑",
                            "Monitor|显示器", "Mechanical Keyboard|机械键盘")
                    .sub("Wearables|智能穿戴", 599, 0.5, "Smartwatch|智能手表", "Fitness Band|运动手环",
                            "Smart Ring|智能戒指")
                    .sub("Accessories|数码配件", 69, 0.6, "Phone Case|手机壳", "Power Bank|充电宝",
                            "Fast Charger|快充充电器", "USB-C Cable|数据线", "Screen Protector|钢化膜")
                    .build(),
            Department.named("Apparel|服装", 0.15).colored()
                    .brands("Urban Thread|城纹", "Maple & Co|枫叶", "Linen House|麻屋", "Yunshang|云裳",
                            "Northpeak|北峰", "Solstice|至日")
                    .adjectives("Classic|经典", "Slim-Fit|修身", "Oversized|宽松", "Cotton|纯棉",
                            "Casual|休闲", "Vintage|复古", "Lightweight|轻薄")
                    .suffixes("Essential|基础款", "Signature|招牌款", "Autumn Edition|秋季款",
                            "Premium|高端款")
                    .spec("size", "S", "M", "L", "XL", "XXL")
                    .sub("Women's Clothing|女装", 199, 0.6, "Dress|连衣裙", "Blouse|衬衫",
                            "Knit Cardigan|针织开衫", "Trench Coat|风衣")
                    .sub("Men's Clothing|男装", 229, 0.6, "T-Shirt|T恤", "Jeans|牛仔裤", "Hoodie|卫衣",
                            "Down Jacket|羽绒服")
                    .sub("Shoes|鞋靴", 399, 0.5, "Sneakers|运动鞋", "Leather Boots|皮靴",
                            "Canvas Shoes|帆布鞋", "Loafers|乐福鞋")
                    .sub("Bags|箱包", 299, 0.7, "Backpack|双肩包", "Tote Bag|托特包", "Suitcase|行李箱",
                            "Wallet|钱包")
                    .sub("Underwear|内衣", 89, 0.5, "Socks|袜子", "Thermal Underwear|保暖内衣",
                            "Pajamas|睡衣")
                    .build(),
            Department.named("Beauty|美妆", 0.12)
                    .brands("Florelle|花漾", "Jade Spring|玉泉", "Lumière|光韵", "Mistral|晨雾",
                            "Zhiyu|植语", "Purely|纯萃")
                    .adjectives("Hydrating|保湿", "Brightening|亮白", "Gentle|温和", "Long-Lasting|持久",
                            "Natural|天然", "Repairing|修护")
                    .suffixes("Essence|精粹款", "Classic|经典款", "Travel Size|旅行装",
                            "Limited Edition|限定版")
                    .spec("volume_ml", "30", "50", "100", "200")
                    .sub("Skincare|护肤", 199, 0.7, "Face Serum|精华液", "Moisturizer|面霜",
                            "Facial Cleanser|洁面乳", "Sunscreen|防晒霜", "Sheet Mask|面膜")
                    .sub("Makeup|彩妆", 149, 0.6, "Lipstick|口红", "Foundation|粉底液",
                            "Eyeshadow Palette|眼影盘", "Mascara|睫毛膏")
                    .sub("Fragrance|香水", 459, 0.5, "Eau de Parfum|浓香水", "Eau de Toilette|淡香水",
                            "Body Mist|香氛喷雾")
                    .sub("Hair Care|洗护", 79, 0.5, "Shampoo|洗发水", "Conditioner|护发素",
                            "Hair Oil|护发精油")
                    .build(),
            Department.named("Home|家居", 0.11).colored()
                    .brands("Hearth|炉边", "Casa Verde|绿居", "Mujia|木家", "Nordic Nest|北欧巢",
                            "Pinecraft|松作", "Lanting|兰亭")
                    .adjectives("Minimalist|简约", "Nordic|北欧风", "Multi-Purpose|多功能",
                            "Compact|小巧", "Durable|耐用", "Eco-Friendly|环保")
                    .suffixes("Home Edition|家用款", "Deluxe|豪华款", "2-Pack|两件装", "Classic|经典款")
                    .spec("material", "wood", "steel", "cotton", "ceramic", "plastic")
                    .sub("Kitchen|厨具", 159, 0.7, "Non-Stick Pan|不粘锅", "Chef Knife|厨师刀",
                            "Rice Cooker|电饭煲", "Air Fryer|空气炸锅")
                    .sub("Bedding|床品", 299, 0.6, "Duvet|羽绒被", "Pillow|枕头", "Bed Sheet Set|四件套")
                    .sub("Furniture|家具", 899, 0.7, "Office Chair|办公椅", "Bookshelf|书架",
                            "Coffee Table|茶几", "Sofa|沙发")
                    .sub("Storage|收纳", 49, 0.6, "Storage Box|收纳箱", "Hanger Set|衣架",
                            "Drawer Organizer|抽屉整理盒")
                    .sub("Appliances|家电", 1299, 0.7, "Robot Vacuum|扫地机器人", "Air Purifier|空气净化器",
                            "Dehumidifier|除湿机", "Electric Kettle|电热水壶")
                    .build(),
            Department.named("Grocery|食品", 0.12)
                    .brands("Golden Field|金田", "Sunny Farm|阳光农场", "Harvest Moon|丰收月",
                            "Shanye|山野", "Bluebay|蓝湾", "Daily Delight|每日鲜")
                    .adjectives("Organic|有机", "Premium|精选", "Crispy|香脆", "Family-Size|家庭装",
                            "Low-Sugar|低糖", "Imported|进口")
                    .suffixes("500g|500g", "1kg|1kg", "Gift Box|礼盒装", "12-Pack|12件装")
                    .spec("shelf_life_days", "30", "90", "180", "365")
                    .sub("Snacks|零食", 39, 0.5, "Mixed Nuts|每日坚果", "Beef Jerky|牛肉干",
                            "Potato Chips|薯片", "Dried Mango|芒果干")
                    .sub("Beverages|饮料", 49, 0.5, "Green Tea|绿茶", "Coffee Beans|咖啡豆",
                            "Sparkling Water|气泡水", "Oolong Tea|乌龙茶")
                    .sub("Fresh Produce|生鲜", 69, 0.5, "Organic Apples|苹果", "Salmon Fillet|三文鱼",
                            "Free-Range Eggs|土鸡蛋")
                    .sub("Pantry|粮油调味", 45, 0.5, "Jasmine Rice|香米", "Soy Sauce|酱油",
                            "Olive Oil|橄榄油", "Instant Noodles|方便面")
                    .build(),
            Department.named("Baby|母婴", 0.07).colored()
                    .brands("Little Cloud|小云朵", "Bebelove|贝贝爱", "Tiny Steps|小脚步",
                            "Mamacare|妈咪呵护", "Sprout|萌芽")
                    .adjectives("Ultra-Soft|超柔", "Hypoallergenic|低敏", "Breathable|透气",
                            "Lightweight|轻便", "Newborn|新生儿")
                    .suffixes("Value Pack|量贩装", "Trial Size|试用装", "Classic|经典款")
                    .spec("age_range", "0-6m", "6-12m", "1-3y", "3-6y")
                    .sub("Diapers & Wipes|尿裤湿巾", 119, 0.4, "Diapers|纸尿裤", "Baby Wipes|婴儿湿巾",
                            "Pull-Up Pants|拉拉裤")
                    .sub("Feeding|喂养", 159, 0.6, "Infant Formula|婴儿奶粉", "Baby Bottle|奶瓶",
                            "Baby Food Puree|辅食泥")
                    .sub("Baby Gear|婴童用品", 599, 0.7, "Stroller|婴儿推车", "Car Seat|安全座椅",
                            "Baby Carrier|婴儿背带")
                    .sub("Kids' Clothing|童装", 99, 0.5, "Bodysuit|连体衣", "Baby Blanket|婴儿毯",
                            "Kids Sneakers|童鞋")
                    .build(),
            Department.named("Sports|运动", 0.08).colored()
                    .brands("Peakrun|峰跑", "Swift|迅驰", "Trailhawk|山鹰", "Longma|龙马",
                            "Velocity|速度", "Kaiyue|凯越")
                    .adjectives("Professional|专业", "Anti-Slip|防滑", "Quick-Dry|速干",
                            "Ultralight|超轻", "Adjustable|可调节", "Waterproof|防水")
                    .suffixes("Pro|Pro", "Trail|越野款", "Team Edition|队服款", "Sport|运动款")
                    .spec("level", "beginner", "intermediate", "advanced")
                    .sub("Fitness|健身", 199, 0.7, "Yoga Mat|瑜伽垫", "Dumbbell Set|哑铃套装",
                            "Resistance Bands|弹力带", "Treadmill|跑步机")
                    .sub("Outdoor|户外", 399, 0.7, "Camping Tent|帐篷", "Hiking Backpack|登山包",
                            "Trekking Poles|登山杖", "Sleeping Bag|睡袋")
                    .sub("Cycling|骑行", 299, 0.8, "Bike Helmet|骑行头盔", "Cycling Jersey|骑行服",
                            "Bike Light|车灯")
                    .sub("Sportswear|运动服饰", 259, 0.5, "Running Shoes|跑鞋", "Sports Bra|运动内衣",
                            "Track Pants|运动裤")
                    .sub("Ball Sports|球类", 149, 0.6, "Basketball|篮球", "Badminton Racket|羽毛球拍",
                            "Football|足球", "Table Tennis Paddle|乒乓球拍")
                    .build(),
            Department.named("Books|图书", 0.06)
                    .brands("Starlight Press|星光出版社", "Bamboo Books|竹简书局", "Riverside|河畔文化",
                            "Inkstone|砚台图书", "Cedar House|雪松书屋")
                    .adjectives("Illustrated|图解", "Bestselling|畅销", "Classic|经典",
                            "Beginner's|入门", "Collector's|典藏")
                    .suffixes("Vol. 1|第一卷", "Vol. 2|第二卷", "Collection|合集",
                            "2nd Edition|第二版")
                    .spec("pages", "128", "256", "384", "512")
                    .sub("Fiction|小说", 39, 0.35, "Mystery Novel|悬疑小说",
                            "Science Fiction Novel|科幻小说", "Romance Novel|言情小说",
                            "Historical Novel|历史小说")
                    .sub("Children's Books|童书", 49, 0.4, "Picture Book|绘本", "Bedtime Stories|睡前故事",
                            "Science Encyclopedia|科普百科")
                    .sub("Business|经管", 59, 0.35, "Management Guide|管理指南",
                            "Investing Handbook|投资手册", "Marketing Playbook|营销实战")
                    .sub("Education|教育", 45, 0.4, "Exam Prep Workbook|考试辅导",
                            "English Grammar Guide|英语语法", "Programming Textbook|编程教程")
                    .sub("Lifestyle|生活", 55, 0.4, "Cookbook|菜谱", "Travel Guide|旅行指南",
                            "Photography Guide|摄影指南")
                    .build(),
            Department.named("Toys|玩具", 0.06).colored()
                    .brands("Funbrick|乐砖", "Wonderbox|奇妙盒", "Panda Play|熊猫乐园", "Kite & Co|风筝",
                            "Qiqu|奇趣")
                    .adjectives("Creative|创意", "Interactive|互动", "Deluxe|豪华", "Colorful|彩色",
                            "Educational|益智")
                    .suffixes("Starter Set|入门套装", "Deluxe Set|豪华套装", "Mini|迷你款")
                    .spec("age_range", "3+", "6+", "8+", "12+")
                    .sub("Building Blocks|积木", 299, 0.7, "Building Set|积木套装",
                            "Brick Robot|积木机器人", "Marble Run|弹珠轨道")
                    .sub("Dolls & Plush|娃娃玩偶", 99, 0.5, "Plush Bear|毛绒熊", "Fashion Doll|时尚娃娃",
                            "Blind Box Figure|盲盒手办")
                    .sub("Learning Toys|益智玩具", 129, 0.5, "Jigsaw Puzzle|拼图",
                            "STEM Kit|科学实验套装", "Magnetic Tiles|磁力片")
                    .sub("RC & Vehicles|遥控玩具", 259, 0.6, "RC Car|遥控车", "Drone|无人机",
                            "Train Set|轨道火车")
                    .build(),
            Department.named("Pets|宠物", 0.07).colored()
                    .brands("Happy Paws|爪爪乐", "Whisker|胡须", "Furry Friend|毛孩子", "Petlove|宠爱",
                            "Meow House|喵屋")
                    .adjectives("Grain-Free|无谷", "Natural|天然", "Durable|耐用", "Indoor|室内",
                            "All-Season|四季")
                    .suffixes("Small|小号", "Large|大号", "Value Pack|量贩装")
                    .spec("pet_size", "small", "medium", "large")
                    .sub("Dog Supplies|狗狗用品", 159, 0.6, "Dog Food|狗粮", "Dog Leash|牵引绳",
                            "Chew Toy|磨牙玩具", "Dog Bed|狗窝")
                    .sub("Cat Supplies|猫咪用品", 129, 0.6, "Cat Food|猫粮", "Cat Litter|猫砂",
                            "Cat Tree|猫爬架", "Cat Treats|猫零食")
                    .sub("Aquarium|水族", 199, 0.7, "Fish Tank|鱼缸", "Aquarium Filter|过滤器",
                            "Fish Food|鱼食")
                    .sub("Pet Health|宠物健康", 89, 0.5, "Flea Drops|驱虫滴剂",
                            "Pet Vitamins|宠物维生素", "Grooming Brush|梳毛刷")
                    .build());

    /** Position of the department with this English name. */
    static int indexOf(String english) {
        for (int d = 0; d < ALL.size(); d++) {
            if (ALL.get(d).name().en().equals(english)) {
                return d;
            }
        }
        throw new IllegalArgumentException("no department named \"" + english + "\"");
    }

    private Departments() {
    }
}
